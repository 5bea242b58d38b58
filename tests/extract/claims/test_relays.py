"""Books and their authors relay what they tell, as outlets do (guidelines C: "reporters,
outlets, authors … relay or report"): their claim is a report, and a flat denial by its subject
against only them leaves it denied. Texts written for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def test_a_book_reports_and_a_dismissal_denies(analyze_text):
    text = (
        "Plan row\n"
        "A new book says the minister went back on a pledge to stand down. "
        "Mr Hale dismissed the claims.\n"
    )
    claim = claim_with(analyze_text(text), "went back on a pledge")
    assert {a.attitude for a in claim.attributions} == {"report", "deny"}
    assert claim.status == "denied"


def test_a_named_book_reports(analyze_text):
    text = (
        "Cabinet memoir\n"
        "Former aide Joan Pyle has written about her years in office. "
        "The book, Inside Number Ten, says the cabinet was split over the tax plan.\n"
    )
    claim = claim_with(analyze_text(text), "split over the tax plan")
    assert [a.attitude for a in claim.attributions] == ["report"]
    assert claim.status == "reported"


def test_the_author_reports(analyze_text):
    text = (
        "Biography claims\n"
        "The author of a new biography, Tim Marsh, said the singer had planned to retire.\n"
    )
    claim = claim_with(analyze_text(text), "planned to retire")
    assert any(a.attitude == "report" for a in claim.attributions)


def test_a_participle_on_the_claims_is_not_their_content(analyze_text):
    # "the claims, made in a book": where the claims were made, not what they claim
    text = (
        "Advice row\n"
        "A new book claims that the legal advice was drawn up at Number 10. "
        "Downing Street has denied the claims, made in the book by a law professor.\n"
    )
    analysis = analyze_text(text)
    assert not any(c.text.startswith("Made in") for c in analysis.claims)
    claim = claim_with(analysis, "drawn up at Number 10")
    assert any(
        a.attitude == "deny" and a.source.name == "Downing Street" for a in claim.attributions
    )
    assert claim.status == "denied"


def test_reports_surveyed_by_a_study_found_no_claim(analyze_text):
    text = (
        "Green reporting\n"
        "More firms now publish green reports. "
        "The reports surveyed by the Hartwell study are published voluntarily.\n"
    )
    assert not any("Surveyed" in c.text for c in analyze_text(text).claims)


def test_the_person_an_outlet_quotes_speaks_for_themself(analyze_text):
    # "X quoted Y as saying C" is one record, for Y (guidelines A): Y says C, X relays
    text = (
        "Bank shares up\n"
        "Shares in Barnet Bank rose on Monday. "
        '"Our savings from a merger are far greater," the newspaper quoted the executive as '
        "saying.\n"
    )
    claim = claim_with(analyze_text(text), "savings from a merger")
    assert [a.attitude for a in claim.attributions] == ["assert"]
    assert claim.status == "asserted"

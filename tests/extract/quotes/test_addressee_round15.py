"""Reported speech, round 15: the person told is never the subject of what is said."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimtrail.extract.quotes.reported import from_clausal_complement


def test_the_person_told_is_not_the_content(analyze_text):
    """'X has told a court that charges made against him are "false"': the parser may hang the
    that-clause on "court" as a relative clause and leave the complement subjectless; the
    content is the clause after "that", not "a court that ...". The parse is given here as the
    small model gave it for such a sentence. An object before a subjectless complement of
    another verb ("insisted Wessex were happy") is still its subject."""
    words = (
        "A partner of Ed Vance has told a court that tax charges made against him are "
        '" wholly false " .'
    )
    heads = [1, 6, 1, 4, 2, 6, 6, 8, 6, 12, 11, 12, 8, 12, 13, 6, 18, 18, 15, 18, 6]
    deps = [
        *("det", "nsubj", "prep", "compound", "pobj", "aux", "ROOT", "det", "dobj", "mark"),
        *("compound", "nsubj", "relcl", "prep", "pobj", "ccomp", "punct", "advmod", "acomp"),
        *("punct", "punct"),
    ]
    doc = Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps)
    found = from_clausal_complement(doc, doc[6], "tell")
    assert found is not None
    assert doc.text[found.start : found.end].startswith("tax charges made against him")
    other = analyze_text("The coach insisted Wessex were happy with the draw on Saturday.\n")
    assert other.quotes and other.quotes[0].text.startswith("Wessex were happy")


def test_a_closing_press_report_tagged_a_noun_is_an_attribution(analyze_text):
    """'C, local press reports.' parsed with "reports" a noun in apposition: the press words
    speak and C is the content. A closing noun phrase that names nothing that could speak
    ("..., including three reports.") is no attribution."""
    text = (
        "Three towns in Tarvik saw days of angry marches over a planned rise in bread prices, "
        "local press reports.\n\nThe mill sold its old stock last year, including three reports.\n"
    )
    quotes = analyze_text(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.endswith("bread prices")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "local press"


def test_a_name_with_its_apposition_before_a_subjectless_verb_speaks(analyze_text):
    """'In her new book, Rough Justice, Ann Vale, a barrister and law lecturer, argues C',
    parsed with the name inside the opening phrase: the person named there speaks."""
    text = (
        "In her latest book, Rough Justice, Ann Vale, a barrister and law lecturer, argues the "
        "harbour contract was drafted inside the mayor's office.\n"
    )
    quotes = analyze_text(text).quotes
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ann Vale"


def test_a_headline_fragment_about_the_leads_report_is_the_reports(analyze_text):
    """'Exchange "sets date for sale"' over 'The Kelmouth Exchange is planning to announce a
    preferred buyer by May, newspaper reports claim': the headline quotes the gist of the
    report about the Exchange, so the words are the reports', not the Exchange's."""
    text = (
        "Exchange 'sets date for sale'\n\n"
        "The Kelmouth Exchange is planning to announce a preferred buyer for its sale by May, "
        "newspaper reports claim.\n\nShares in the Exchange rose 3% on Monday.\n"
    )
    analysis = analyze_text(text)
    fragment = next(q for q in analysis.quotes if q.start < text.index("\n"))
    assert fragment.speaker is not None and fragment.speaker.name == "newspaper reports"
    assert analysis.claims[0].status == "reported"


def test_a_scare_quote_understood_is_no_quote(analyze_text):
    """'the party that understood the "silent middle"': what one understands or knows is a
    thing, not anybody's words; the sentence's own report ('insisted that ...') stays."""
    text = (
        "Slogans unveiled\n\n"
        'The Greens insisted that theirs was the movement that understood the "silent middle".\n'
    )
    quotes = analyze_text(text).quotes
    assert [q.text for q in quotes if q.text.strip('"') == "silent middle"] == []
    assert any(q.text.startswith("that theirs was the movement") for q in quotes)


def test_claiming_a_win_says_nothing(analyze_text):
    """'The song claimed the top spot ahead of X's latest re-release, Are You There Tonight':
    "claim" the verb of winning; the title the parser hangs on it is no content."""
    text = (
        "Chart news\n\n"
        "The song claimed the top spot ahead of Elvis Presley's latest re-release, Are You "
        "There Tonight.\n"
    )
    assert analyze_text(text).quotes == []


def test_a_spokesman_speaks_for_the_body_after_for_not_its_owner(analyze_text):
    """'A spokesman for Kelmouth's Harbour Centre said C': he speaks for the centre, not the
    town that owns it; 'for the St Ann's Market Hall' keeps its whole name."""
    text = (
        "Shoppers return\n\n"
        "A spokesman for Kelmouth's Harbour Centre said trade was up 5% on last year. On "
        "Saturday a spokeswoman for the St Ann's Market Hall in Tarvik said it was the busiest "
        "day of the year.\n"
    )
    names = [q.speaker.name for q in analyze_text(text).quotes if q.speaker is not None]
    assert names[0] == "a spokesman for Harbour Centre"
    assert "Kelmouth" not in names[0]

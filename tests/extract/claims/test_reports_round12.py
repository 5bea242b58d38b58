"""Reports told twice, answers that point back, and confirmations of something else
(claimtrail/extract/claims/groups.py, holders.py): the classes found on news written for
these tests in the genres the withheld set is rich in (takeover talk, denied press reports,
allegations and their rebuttals). Every name, firm and outlet here is invented."""

from __future__ import annotations


def _central(claims):
    return next(c for c in claims if c.central)


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


DENIED_REPORT = (
    "Airline denies job cuts report\n\n"
    "Low-cost airline SkyNorth has denied a newspaper report that it plans to cut 1,200 jobs "
    "and close two of its bases.\n\n"
    "The Sunday Courier said the carrier would announce the cuts next month as part of a plan "
    "to save 80m pounds a year.\n\n"
    '"There is no truth in this story," a SkyNorth spokeswoman said. "We are not closing any '
    'bases."\n\n'
    "The airline confirmed that it was reviewing its costs but said no decisions had been "
    "taken.\n"
)


def test_the_named_outlet_after_an_unnamed_report_is_that_report(analyze_text) -> None:
    # "a newspaper report that C" ... "The Sunday Courier said D": D tells the same report
    claims = analyze_text(DENIED_REPORT).claims
    central = _central(claims)
    assert ("Sunday Courier", "report") in _sides(central)
    assert not any(c is not central and "Sunday Courier" in str(_sides(c)) for c in claims)


def test_a_dismissal_of_this_story_denies_it(analyze_text) -> None:
    # "There is no truth in this story" points back: a denial, not a claim of its own
    claims = analyze_text(DENIED_REPORT).claims
    assert not any("no truth" in c.text for c in claims)
    assert ("a spokeswoman for SkyNorth", "deny") in _sides(_central(claims))


def test_a_denier_confirming_other_words_confirms_something_else(analyze_text) -> None:
    # it denied the cuts; "reviewing its costs" shares no word with them: its own claim
    claims = analyze_text(DENIED_REPORT).claims
    central = _central(claims)
    assert central.status == "denied"
    assert ("SkyNorth", "confirm") not in _sides(central)
    assert any("reviewing its costs" in c.text and c.status == "confirmed" for c in claims)


def test_the_lead_denial_is_the_headline_denial(analyze_text) -> None:
    # "MP denies expenses claims" ... "A Conservative MP has denied claims that C": one claim,
    # stated with the subject named, and the outlet that alleged it on it
    text = (
        "MP denies expenses claims\n\n"
        "A Conservative MP has denied claims that he used public money to pay for a holiday "
        "home.\n\n"
        "The Daily Ledger alleged that Peter Vance, MP for Eastbridge, claimed 30,000 pounds in "
        "expenses for a flat he rented to his brother.\n\n"
        'Mr Vance said the allegations were "completely false".\n'
    )
    claims = analyze_text(text).claims
    central = _central(claims)
    assert central.text.startswith("Peter Vance used public money")
    assert {("Peter Vance", "deny"), ("Daily Ledger", "report")} <= _sides(central)
    assert central.status == "denied"
    assert sum("public money" in c.text for c in claims) == 1


def test_a_magazine_naming_the_rumour_joins_it(analyze_text) -> None:
    text = (
        "Singer rejects split rumours\n\n"
        "Pop star Lana Fierro has dismissed reports that she has split from her husband, the "
        "actor Ben Marsh.\n\n"
        "A celebrity magazine claimed last week that the couple had separated after five years "
        "of marriage.\n"
    )
    claims = analyze_text(text).claims
    assert ("A celebrity magazine", "report") in _sides(_central(claims))
    assert len([c for c in claims if "separated" in c.text]) == 0


def test_no_such_thing_denies_the_allegation_and_an_apposition_names_the_accuser(
    analyze_text,
) -> None:
    text = (
        "Minister confirms rail fare rise\n\n"
        "Rail fares in England will rise by an average of 4% in January, the transport "
        "secretary has confirmed.\n\n"
        "Labour's transport spokesman, Kate Lyle, accused the government of breaking its "
        "promise to freeze fares. The Department for Transport said no such promise had been "
        "made.\n"
    )
    claims = analyze_text(text).claims
    accused = next(c for c in claims if "promise to freeze" in c.text)
    assert {("Kate Lyle", "allege"), ("Department for Transport", "deny")} <= _sides(accused)
    assert accused.status == "contested"
    assert not any(c.text.startswith("No such promise") for c in claims)


def test_calling_the_figures_wrong_is_a_denial_not_a_claim(analyze_text) -> None:
    # "the figures were wrong" points back at the figures another party gave: no claim of its own
    text = (
        "Minister denies school funding cut\n\n"
        "The education secretary has denied claims that schools in England face a real-terms "
        "cut in funding next year.\n\n"
        "Labour said figures obtained from the Commons library showed that spending per pupil "
        "would fall by 2%.\n\n"
        "Education Secretary Ruth Hammond said the figures were wrong.\n"
    )
    claims = analyze_text(text).claims
    assert not any(c.text.lower().startswith("the figures were wrong") for c in claims)
    assert any(("Ruth Hammond", "deny") in _sides(c) for c in claims)


def test_a_body_denial_states_the_claim_a_naming_headline_denies(analyze_text) -> None:
    # the headline's "rejects ... story" names the claim; the body's denial states it in full
    text = (
        "Bank rejects merger report\n\n"
        'Northfield Bank has dismissed as "pure speculation" a report that it is planning to '
        "merge with building society Harrowgate.\n"
    )
    central = _central(analyze_text(text).claims)
    assert central.text.startswith("Northfield Bank is planning to merge")


def test_a_body_named_by_its_kind_in_a_content_is_named(analyze_text) -> None:
    # "the company would appeal" in the firm's own words
    text = (
        "Mining firm fined\n\n"
        "Mining company Tarrow has been fined by regulators. Tarrow said the company would "
        "appeal.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert "Tarrow would appeal" in texts


def test_it_emerged_that_is_an_unattributed_report(analyze_text) -> None:
    text = (
        "Minister quits over visa row\n\n"
        "Home Office minister Jane Corby has resigned. Ms Corby had said she was not aware of "
        "the concerns until last month. But it emerged that she had been told about them a "
        "year ago.\n"
    )
    claims = analyze_text(text).claims
    told = next(c for c in claims if "told about them" in c.text)
    assert told.text.startswith("Jane Corby had been told")
    assert _sides(told) == {("unattributed", "report")}


def test_calling_the_sums_fantasy_figures_is_a_denial(analyze_text) -> None:
    text = (
        "Party pledges tax cut\n\n"
        "The Greens would cut council tax for pensioners by half, their spokesman Oliver Letts "
        'has said. But Treasury minister Maria Holt said: "These are fantasy figures."\n'
    )
    claims = analyze_text(text).claims
    assert not any("fantasy figures" in c.text for c in claims)
    assert any(a.attitude == "deny" for c in claims for a in c.attributions)


def test_a_leading_possessive_is_named(analyze_text) -> None:
    text = (
        "Phone virus found\n\n"
        "A new phone virus has been found. Phone maker Tellus said its handsets were not "
        "affected.\n"
    )
    texts = [c.text for c in analyze_text(text).claims]
    assert "Tellus's handsets were not affected" in texts

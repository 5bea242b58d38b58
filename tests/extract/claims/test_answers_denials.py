"""More answer forms (issue 9), each on a text written for it: a phrasal dismissal ("brushed
aside", "waved away"), a guilty plea, claims called false or nonsense in a quoted label, and
"rule" that is not "rule out"."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_brushed_aside_the_allegations_denies_them(analyze_text):
    text = (
        "Bank row\n"
        "The Daily Star said that Northbank had lost the savings of 2,000 customers. "
        "The bank brushed aside the allegations.\n"
    )
    claim = claim_with(analyze_text(text), "savings of 2,000 customers")
    assert any(a.attitude == "deny" and a.cue.text == "brushed" for a in claim.attributions)
    assert claim.status == "denied"


def test_waved_away_the_allegations_denies_them(analyze_text):
    text = (
        "Mine row\n"
        "Campaigners said that the Dunmore mine had poisoned the river. "
        "The company waved away the allegations.\n"
    )
    claim = claim_with(analyze_text(text), "poisoned the river")
    assert ("The company", "deny") in attitudes(claim)


def test_guilty_plea_confirms_the_allegation(analyze_text):
    text = (
        "Fraud trial\n"
        "Prosecutors alleged that Mark Hollis stole 40,000 pounds from the charity. "
        "Mr Hollis pleaded guilty to the charges.\n"
    )
    claim = claim_with(analyze_text(text), "stole 40,000 pounds")
    assert ("Mark Hollis", "confirm") in attitudes(claim)
    assert not any(a.attitude == "deny" for a in claim.attributions)
    assert claim.status == "confirmed"


def test_not_guilty_plea_to_the_charges_denies_the_allegation(analyze_text):
    text = (
        "Fraud trial\n"
        "Prosecutors alleged that Mark Hollis stole 40,000 pounds from the charity. "
        "Mr Hollis pleaded not guilty to the charges.\n"
    )
    claim = claim_with(analyze_text(text), "stole 40,000 pounds")
    assert ("Mark Hollis", "deny") in attitudes(claim)
    assert not any(a.attitude == "confirm" for a in claim.attributions)


def test_calling_the_claims_totally_false_denies_them(analyze_text):
    text = (
        "Fees row\n"
        "The Daily Star said that Northbank had hidden fees from customers. "
        'Northbank called the claims "totally false".\n'
    )
    claim = claim_with(analyze_text(text), "hidden fees")
    assert ("Northbank", "deny") in attitudes(claim)
    assert claim.status == "denied"


def test_describing_the_reports_as_nonsense_denies_them(analyze_text):
    text = (
        "Fees row\n"
        "The Daily Star said that Northbank had hidden fees from customers. "
        'A spokesman for Northbank described the reports as "complete nonsense".\n'
    )
    claim = claim_with(analyze_text(text), "hidden fees")
    assert any(a.attitude == "deny" for a in claim.attributions)


def test_a_judge_ruling_for_a_claim_confirms_it(analyze_text):
    text = (
        "Council loses\n"
        "Residents claimed that the council had broken planning law. The judge ruled that the "
        "council had broken planning law when it approved the tower.\n"
    )
    claim = claim_with(analyze_text(text), "broken planning law")
    assert ("The judge", "confirm") in attitudes(claim)
    assert claim.status == "confirmed"


def test_ruling_on_an_appeal_is_no_denial(analyze_text):
    analysis = analyze_text(
        "Appeal date\nThe minister said that he would rule on the appeal next week.\n"
    )
    assert not any(a.attitude == "deny" for c in analysis.claims for a in c.attributions)


def test_the_claims_point_back_at_the_claims_made_before(analyze_text):
    # a definite "the claims" answers the earlier "claims that X", not a later claim that
    # happens to name the denier
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims. "
        "The book says the attorney general met a Downing Street adviser on 13 March.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(
        a.source.name == "Downing Street" and a.attitude == "deny" for a in claim.attributions
    )
    met = next(c for c in analysis.claims if "13 March" in c.text)
    assert not any(a.attitude == "deny" for a in met.attributions)


def test_also_denied_them_echoes_the_last_denial(analyze_text):
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims. "
        "The book says the attorney general, Lord Marlow, warned the cabinet in March. "
        "Lord Marlow also denied them.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(a.source.name == "Lord Marlow" and a.attitude == "deny" for a in claim.attributions)
    warned = next(c for c in analysis.claims if "warned the cabinet" in c.text)
    assert not any(a.attitude == "deny" for a in warned.attributions)


def test_claims_nested_in_a_party_statement_are_a_claim_of_their_own(analyze_text):
    # "X says ministers must answer claims that C": C is its own claim (every level of nesting
    # is a record); the denial answers C, and X's demand is not C maintained
    text = (
        "Advice row\n"
        "The opposition says ministers must answer claims that the legal advice was written "
        "at Number 10. Downing Street has denied the claims.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.text.startswith("The legal advice"))
    assert any(
        a.source.name == "Downing Street" and a.attitude == "deny" for a in claim.attributions
    )
    assert claim.status == "denied"

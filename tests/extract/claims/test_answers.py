"""Answer forms and holders (issue 9): phrasal answers, pleas, official findings, a party
clearing itself or calling claims false, and a party modifier holding a claim. Texts written
for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_played_down_claims_contests_them(analyze_text):
    text = (
        "Airline rescue talk\n"
        "Newspapers claimed that the Brazilian government could step in to save Varig. "
        "The government has played down claims that it could step in to save the airline.\n"
    )
    claim = claim_with(analyze_text(text), "step in")
    assert any(a.attitude == "contest" for a in claim.attributions)
    assert claim.status == "contested"


def test_hit_back_at_claims_contests_them(analyze_text):
    text = (
        "Minister row\n"
        "Labour claims that Mr Hale had used his wife as a human shield were made on Monday. "
        'Mr Hale hit back at Labour claims he had used his wife as a "human shield".\n'
    )
    claim = claim_with(analyze_text(text), "human shield")
    assert any(a.attitude == "contest" and "Hale" in a.source.name for a in claim.attributions)


def test_played_down_fears_resolves_the_company(analyze_text):
    text = (
        "Carmaker plays down job fears\n"
        "Unions fear that Morven Motors will cut 2,000 jobs at its Leeds plant. "
        "The company played down the fears, saying no decision had been taken.\n"
    )
    claim = claim_with(analyze_text(text), "2,000 jobs")
    assert ("Morven Motors", "contest") in attitudes(claim)


def test_not_guilty_plea_denies_the_charges(analyze_text):
    text = (
        "Banker in court\n"
        "Former Halden chief Tom Reed faces charges of fraud over the collapse of the bank. "
        "Mr Reed pleaded not guilty at Southwark Crown Court on Monday.\n"
    )
    claim = claim_with(analyze_text(text), "charges of fraud")
    assert ("Tom Reed", "deny") in attitudes(claim)
    assert claim.status == "denied"


def test_jury_ruling_confirms_an_allegation(analyze_text):
    text = (
        "Jury verdict\n"
        "Prosecutors alleged that Lord Ellis lied during a libel trial in 1987. "
        "A jury ruled that Lord Ellis lied during the trial.\n"
    )
    claim = claim_with(analyze_text(text), "lied")
    assert any(a.attitude == "confirm" for a in claim.attributions)
    assert not any(a.attitude == "deny" for a in claim.attributions)
    assert claim.status == "confirmed"


def test_inquiry_finding_against_a_claim_denies_it(analyze_text):
    text = (
        "Inquiry clears police\n"
        "Campaigners claimed that police had destroyed evidence in the case. "
        "An independent inquiry found that officers had not destroyed any evidence.\n"
    )
    claim = claim_with(analyze_text(text), "destroyed evidence")
    assert any(a.attitude == "deny" and "inquiry" in a.source.name for a in claim.attributions)


def test_court_rules_headline_is_no_denial(analyze_text):
    text = (
        "Court rules against council\n"
        "Residents alleged that the council had broken planning law. "
        "On Tuesday the High Court ruled that the council had acted unlawfully.\n"
    )
    analysis = analyze_text(text)
    assert not any(a.attitude == "deny" for c in analysis.claims for a in c.attributions)


def test_spokesman_clearing_the_accused_denies(analyze_text):
    text = (
        "Opposition claims rejected\n"
        "Opposition claims that the minister misled parliament over the arms deal have been "
        "rejected by Downing Street. A spokesman said the minister had done nothing wrong.\n"
    )
    claim = claim_with(analyze_text(text), "misled parliament")
    assert any(a.attitude == "deny" for a in claim.attributions)
    assert ("Opposition", "allege") in attitudes(claim)


def test_party_modifier_holds_the_claims(analyze_text):
    text = (
        "Tory claims dismissed\n"
        "Conservative claims that the NHS waiting lists had doubled were rejected by the "
        "health secretary, who said waiting lists had fallen.\n"
    )
    claim = claim_with(analyze_text(text), "waiting lists had doubled")
    assert ("Conservative", "allege") in attitudes(claim)


def test_a_witness_guilty_plea_does_not_confirm_a_claim_about_another(analyze_text):
    # a plea is about the pleader: Carter pleading guilty confirms nothing said about Reed
    text = (
        "Banker denies bank fraud\n"
        "Former Halden chief Tom Reed has denied claims that he knew staff were hiding losses "
        "at the bank. The prosecution's star witness is former finance chief Jim Carter. "
        "Mr Carter has pleaded guilty to fraud and is a witness for the prosecution.\n"
    )
    claim = claim_with(analyze_text(text), "hiding losses")
    assert ("Jim Carter", "confirm") not in attitudes(claim)
    assert claim.status == "denied"

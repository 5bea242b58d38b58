"""Attributed propositions beyond plain quotes, and how they join into claims (written texts)."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next(c for c in analysis.claims if words in c.text)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_report_nobody_holds_is_an_unattributed_report(analyze_text):
    a = analyze_text(
        "Acme shares fall\nAcme shares fell amid reports that the company plans to close its "
        "Leeds factory.\n"
    )
    claim = claim_with(a, "close its Leeds factory")
    assert ("unattributed", "report") in attitudes(claim)
    assert claim.status == "reported"


def test_agentless_evidential_is_an_unattributed_report_with_its_subject(analyze_text):
    a = analyze_text(
        "Deal in doubt\nGlobex is thought to have failed to raise finance for the deal.\n"
    )
    claim = claim_with(a, "failed to raise finance")
    assert claim.text.startswith("Globex")
    assert attitudes(claim) == {("unattributed", "report")}


def test_passive_accusation_is_an_unattributed_allegation(analyze_text):
    a = analyze_text("Bill row\nMinisters have been accused of panic over the new housing bill.\n")
    claim = claim_with(a, "panic")
    assert ("unattributed", "allege") in attitudes(claim)
    assert claim.status == "alleged"


def test_denial_of_the_claims_joins_the_reported_claim(analyze_text):
    a = analyze_text(
        "Owner unknown\nNewspapers claimed that Acme was a front for Globex. "
        "Globex has denied the claims.\n"
    )
    claim = claim_with(a, "front for Globex")
    assert {("Newspapers", "report"), ("Globex", "deny")} <= attitudes(claim)
    assert claim.status == "denied"


def test_subject_denying_in_its_own_words_answers_the_report(analyze_text):
    a = analyze_text(
        "Owner unknown\nThe Times reported that Baltic Finance was a front for Globex. "
        "Globex denied that it was behind the purchase.\n"
    )
    claim = claim_with(a, "front for Globex")
    assert ("Globex", "deny") in attitudes(claim)
    assert claim.status == "denied"
    assert not any("behind the purchase" in c.text for c in a.claims)


def test_a_refusal_is_not_an_attribution(analyze_text):
    a = analyze_text("No comment\nAcme refused to confirm the rumours about a sale.\n")
    assert not any(x.attitude == "deny" for c in a.claims for x in c.attributions)


def test_a_party_saying_another_did_wrong_alleges(analyze_text):
    a = analyze_text(
        "Row over bill\nOpposition leader Tom Berg said the minister had lied about the cost "
        "of the scheme.\n"
    )
    claim = claim_with(a, "lied about the cost")
    assert ("Tom Berg", "allege") in attitudes(claim)


def test_an_outlet_that_claims_reports(analyze_text):
    a = analyze_text(
        "Takeover talk\nThe Guardian newspaper claimed that Acme would bid for Globex.\n"
    )
    claim = claim_with(a, "bid for Globex")
    assert {x.attitude for x in claim.attributions} == {"report"}


def test_claim_text_stands_alone(analyze_text):
    a = analyze_text("Denial\nGlobex denied that it had hidden losses from investors.\n")
    claim = claim_with(a, "hidden losses")
    assert claim.text.startswith("Globex had hidden losses")

"""Claims and their status on short texts written for these tests."""

from __future__ import annotations


def central(analysis):
    [claim] = [c for c in analysis.claims if c.central]
    return claim


def test_denial_headline_makes_the_claim_denied(analyze_text):
    text = (
        "Acme and Globex deny merger talks\n"
        "Acme and Globex have denied a report by Reuters that they discussed a merger.\n"
    )
    claim = central(analyze_text(text))
    assert claim.status == "denied"
    attitudes = {(a.source.name, a.attitude) for a in claim.attributions}
    assert ("Acme", "deny") in attitudes and ("Globex", "deny") in attitudes
    assert "merger talks" in claim.text.lower()
    assert claim.status_reason and "denied by Acme" in claim.status_reason


def test_confirmation_in_the_body_makes_it_confirmed(analyze_text):
    text = (
        "Acme to buy Globex, sources say\n"
        "Acme will buy Globex for $2 billion, according to Bloomberg. "
        "Acme confirmed the deal to buy Globex on Friday.\n"
    )
    claim = central(analyze_text(text))
    assert claim.status == "confirmed"
    assert any(a.attitude == "confirm" and a.source.name == "Acme" for a in claim.attributions)


def test_allegation_contested_by_the_company(analyze_text):
    text = (
        "Regulators probe Acme\n"
        "Officials raised concerns about Acme's alleged links to the Russian army, "
        "a claim the company has disputed.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "links to the Russian army" in c.text)
    assert claim.text.startswith("Acme has links")
    assert claim.status == "contested"
    assert {a.attitude for a in claim.attributions} >= {"allege", "contest"}


def test_reported_proposition_is_a_claim_of_its_speaker(analyze_text):
    text = "Budget\nFinance minister Tom Berg said that the deficit would fall next year.\n"
    claim = next(c for c in analyze_text(text).claims if "deficit" in c.text)
    assert claim.text == "The deficit would fall next year"
    assert claim.status == "asserted" and claim.attributions[0].source.name == "Tom Berg"


def test_every_claim_offset_lies_in_the_text(analyze_text):
    text = (
        "Acme denies report\nAcme denied on Monday that it had hidden losses, "
        "after the Times reported the losses.\n"
    )
    analysis = analyze_text(text)
    for claim in analysis.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        for a in claim.attributions:
            if a.cue:
                assert text[a.cue.start : a.cue.end] == a.cue.text


def test_headline_of_only_marks_still_gives_a_nonempty_claim(analyze_text):
    analysis = analyze_text("'…'\nThe council met on Monday and approved the budget.\n")
    for claim in analysis.claims:
        assert claim.text.strip()


def test_a_refusal_to_comment_leaves_a_press_report_reported(analyze_text):
    text = (
        "Toy maker awaits bid\n\n"
        "Toy maker Acme Holdings has refused to comment on reports it may be bought by Globex.\n\n"
        "The Daily Planet said Globex was preparing a bid for Acme Holdings. A spokesman for "
        "Acme would not comment on market speculation. Globex declined to comment.\n"
    )
    claims = analyze_text(text).claims
    bid = next(c for c in claims if "preparing a bid" in c.text)
    assert bid.status == "reported"
    assert not any(a.attitude == "deny" for c in claims for a in c.attributions)

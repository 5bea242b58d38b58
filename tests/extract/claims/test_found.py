"""Attributed propositions that must become a claim of their own (claim recall), on texts
written for these tests."""

from __future__ import annotations


def claim_with(analysis, words: str):
    return next((c for c in analysis.claims if words.lower() in c.text.lower()), None)


def attitudes(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_data_gathered_by_a_party_is_its_report(analyze_text):
    a = analyze_text(
        "Ferry firm in trouble\n\nThe Harbourline ferry company has cut two routes. According to "
        "passenger figures gathered by Tidewatch, the northern crossing lost a third of its "
        "travellers in the summer.\n"
    )
    claim = claim_with(a, "lost a third of its travellers")
    assert claim is not None
    assert ("Tidewatch", "report") in attitudes(claim)


def test_trailing_according_to_a_named_bodys_figures(analyze_text):
    a = analyze_text(
        "Bakery sales slow\n\nBread sales in Wales fell for a fourth month in May, according to "
        "figures from the Millers Federation.\n"
    )
    claim = claim_with(a, "fell for a fourth month")
    assert claim is not None
    assert claim.attributions[0].attitude == "report"
    assert "Millers Federation" in claim.attributions[0].source.name


def test_denial_whose_subject_is_this_answers_the_sentence_before(analyze_text):
    a = analyze_text(
        "Ferry firm in trouble\n\nThe Harbourline ferry company has cut two routes. According to "
        "passenger figures gathered by Tidewatch, the northern crossing lost a third of its "
        "travellers in the summer. In a short statement, Harbourline denied that this was the "
        "result of its fare rises.\n"
    )
    claim = claim_with(a, "lost a third of its travellers")
    assert claim is not None
    assert {("Tidewatch", "report"), ("Harbourline", "deny")} <= attitudes(claim)

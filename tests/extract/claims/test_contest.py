"""Contested claims on text the rules were not written from (issue 9): named parties that
disagree in other words, and parties with standing named by a description ("the government",
"a spokesman for Northwave"). All texts are written for the tests."""

from __future__ import annotations

from claimtrail.status import has_standing


def _claims_with(claims, word: str):
    return [c for c in claims if word in c.text]


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_official_bodies_and_those_speaking_for_a_party_have_standing() -> None:
    # guidelines C: official bodies and insiders keep a claim alive against a denial
    assert has_standing("the government", "assert")
    assert has_standing("The select committee", "assert")
    assert has_standing("a spokesman for Northwave", "assert")
    assert has_standing("a spokeswoman for the Home Office", "contest")
    # a description that names nobody, or a document, still has none
    assert not has_standing("the report", "assert")
    assert not has_standing("a spokesman", "assert")
    assert not has_standing("the government", "report")


def test_the_government_answering_with_but_contests_a_named_body_s_claim(analyze_text) -> None:
    text = (
        "Nurses oppose new clinic rules\n\n"
        "The Royal College of Nursing said pharmacists at Westfield clinics lacked the training "
        "to examine patients safely. But the government said the change would help Westfield "
        "surgeries cope with winter demand. The health minister is expected to publish the "
        "rules next month.\n"
    )
    claims = analyze_text(text).claims
    training = _claims_with(claims, "training")
    assert len(training) == 1
    assert ("the government", "contest") in _sides(training[0])
    assert training[0].status == "contested"


def test_a_spokesman_for_the_accused_firm_insisting_contests_the_claim(analyze_text) -> None:
    text = (
        "Ferry firm hit by safety row\n\n"
        "The Maritime Union said Northwave ferries were sailing with too few crew on board. "
        "A spokesman for Northwave insisted that every crossing met the rules.\n"
    )
    claims = analyze_text(text).claims
    crew = _claims_with(claims, "crew")
    assert len(crew) == 1
    assert ("a spokesman for Northwave", "contest") in _sides(crew[0])
    assert crew[0].status == "contested"


def test_the_government_stating_something_else_later_answers_nothing(analyze_text) -> None:
    text = (
        "Nurses oppose new clinic rules\n\n"
        "The Royal College of Nursing said pharmacists at Westfield clinics lacked the training "
        "to examine patients safely. The college will meet in March. Its members will vote on "
        "a new president. The government said rail fares in Westfield would rise in January.\n"
    )
    claims = analyze_text(text).claims
    training = _claims_with(claims, "training")
    assert len(training) == 1
    assert training[0].status == "asserted"

"""Contrary positions joined (claimtrail/extract/claims/contrary.py): party B answering party A's
claim in other words joins A's claim as a contest or a denial. All texts are written for the
tests."""

from __future__ import annotations

import pytest

from claimtrail.extract.claims.contrary import stem


def _claim(claims, words: str):
    return next(c for c in claims if words in c.text)


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_stem_meets_inflections_and_concepts() -> None:
    assert stem("needs") == stem("need")
    assert stem("offer") == stem("acquisition")  # one concept in the claim layer's folds


def test_the_same_predicate_negated_by_another_party_contests_the_claim(analyze_text) -> None:
    # A: Norvik's own position; B: the union says the opposite of the same predicate ("needs" /
    # "did not need") about the same subject, in other words
    text = (
        "Norvik plans cuts\n\n"
        "Norvik has argued that it needs to find large savings if it is to stay afloat. "
        "The firm employs 4,000 people at three plants. "
        "Union leaders reacted angrily, arguing that Norvik was thriving and did not need "
        "to close any plant.\n"
    )
    claims = analyze_text(text).claims
    savings = _claim(claims, "large savings")
    assert ("Norvik", "assert") in _sides(savings)
    assert any(a.attitude == "contest" for a in savings.attributions)
    assert savings.status == "contested"
    assert not any("did not need" in c.text for c in claims if c is not savings)


def test_a_flat_rebuttal_of_a_prediction_denies_it(analyze_text) -> None:
    # critics predict; ministers insist the opposite on the same rare topic, negated
    text = (
        "Planning bill row\n\n"
        "Opponents of the Planning Bill claim it would allow casinos in national parks. "
        "The bill sets out new rules for local councils. "
        "Ministers insist the plans would not change the rules on casinos.\n"
    )
    claims = analyze_text(text).claims
    casinos = _claim(claims, "allow casinos")
    assert ("Ministers", "deny") in _sides(casinos)
    assert casinos.status == "denied"


def test_a_conviction_in_reply_contests_the_claim_it_answers(analyze_text) -> None:
    text = (
        "Investor opposes bid\n\n"
        "Harlow Fund has complained that the offer for the Baltic Grain Exchange is too high. "
        "The exchange handles most of the region's grain trade. "
        "Tarvos said Harlow Fund's opposition would not change its plans. "
        '"Tarvos is convinced that its acquisition of the BGE is in the best interests of '
        'its shareholders," a Tarvos spokesman said.\n'
    )
    claims = analyze_text(text).claims
    offer = _claim(claims, "too high")
    # the answer, in the bidder's name, joins the claim it answers
    assert any(a.attitude == "contest" for a in offer.attributions)
    assert offer.status == "contested"


@pytest.mark.parametrize(
    "answer",
    [
        # shares only a modifier, not a predicate: "very good relations" is no answer to
        # "not very good at this"
        'Ann Ross said she had always had "very good relations" with Mr Dale.',
        # both sides negated: no contrary polarity on the shared topic
        "Ann Ross insisted farmers would not lose money.",
    ],
)
def test_statements_without_a_contrary_signal_stay_apart(analyze_text, answer: str) -> None:
    text = (
        "Farm levy debate\n\n"
        'Mr Dale said he was "not very good at this". '
        "Critics claimed that farmers were not keen on the levy. "
        "The levy was introduced last year. "
        f"{answer}\n"
    )
    claims = analyze_text(text).claims
    assert not any(
        a.attitude in {"contest", "deny"} and a.source.name == "Ann Ross"
        for c in claims
        for a in c.attributions
    )
    assert any(("Ann Ross", "assert") in _sides(c) for c in claims)


SINGER = (
    "Singer dropped by her label\n\n"
    "A pop singer says she has been dropped by the Zentra record label. "
    "Mia Holt has accused Zentra of unfair treatment and racial discrimination. "
    "A Zentra spokesperson confirmed that Ms Holt was no longer signed to Zentra. "
    'Ms Holt said: "I never meant to upset the label and I do not understand how they think '
    'I harmed them."\n'
)


def test_a_party_confirms_what_is_said_about_it_before_an_accusation(analyze_text) -> None:
    # the label confirms the singer's departure, not her accusation against it
    claims = analyze_text(SINGER).claims
    dropped = _claim(claims, "dropped")
    assert ("a spokesperson for Zentra", "confirm") in _sides(dropped)
    assert dropped.status == "confirmed"
    accusation = _claim(claims, "unfair treatment")
    assert not any(a.attitude == "confirm" for a in accusation.attributions)


def test_a_party_negating_something_else_does_not_deny_its_own_claim(analyze_text) -> None:
    claims = analyze_text(SINGER).claims
    dropped = _claim(claims, "dropped")
    assert ("Mia Holt", "deny") not in _sides(dropped)

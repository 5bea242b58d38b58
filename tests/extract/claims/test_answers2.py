"""Answers joined to the claims they answer by structure rather than wording
(claimtrail/extract/claims/contrary.py): the party a claim is about, or the party a question
is put to, answering in the next sentence with a contrast or a rebuttal cue. All texts are
written for the tests."""

from __future__ import annotations


def _claims_with(claims, word: str):
    return [c for c in claims if word in c.text]


def _sides(claim) -> set[tuple[str, str]]:
    return {(a.source.name, a.attitude) for a in claim.attributions}


def test_a_question_answered_in_the_next_sentence_with_a_contrast_is_contested(
    analyze_text,
) -> None:
    # the answer shares only a name with the question and sets itself against it ("But"),
    # naming the party who asked
    text = (
        "Minister clashes with rival over port figures\n\n"
        "The harbour board moved its dredging budget to capital spending in May. "
        "Opposition spokesman Peter Lund asked the minister whether the ministry had pressed "
        "the harbour board to move the budget.  "
        "But the minister, Anna Berg, said Mr Lund was smearing the harbour board and that "
        "its staff acted alone.\n"
    )
    claims = analyze_text(text).claims
    pressed = _claims_with(claims, "pressed")
    assert len(pressed) == 1
    assert ("Anna Berg", "contest") in _sides(pressed[0])
    assert pressed[0].status == "contested"


def test_a_statement_after_a_question_without_a_contrast_is_no_answer(analyze_text) -> None:
    text = (
        "Minister clashes with rival over port figures\n\n"
        "The harbour board moved its dredging budget to capital spending in May. "
        "Opposition spokesman Peter Lund asked the minister whether the ministry had pressed "
        "the harbour board to move the budget.  "
        "The minister, Anna Berg, said Mr Lund would visit the harbour board next week.\n"
    )
    claims = analyze_text(text).claims
    pressed = _claims_with(claims, "pressed")
    assert len(pressed) == 1
    assert all(a.source.name != "Anna Berg" for a in pressed[0].attributions)


def test_the_accused_party_insisting_in_other_words_contests_the_claim(analyze_text) -> None:
    # no word of what is said in common ("fail" / "on track"): the party the claim names
    # answers it in the next sentence with a rebuttal cue
    text = (
        "Union doubts rail upgrade\n\n"
        "The rail union said Norline's upgrade of the coastal line would collapse within a year. "
        "Norline insisted the programme was on track and within budget.\n"
    )
    claims = analyze_text(text).claims
    collapse = _claims_with(claims, "collapse")
    assert len(collapse) == 1
    assert ("Norline", "contest") in _sides(collapse[0])
    assert collapse[0].status == "contested"

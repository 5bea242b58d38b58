"""Quotes, round 14 (issue 10, voices): false attributions seen on unread BBC articles (none of
the gold's), each on a text written here. Guidelines A exclude speech that was not made and
sources that are nobody in particular."""

from __future__ import annotations

import pytest


def _quote(analysis, words):
    return next((q for q in analysis.quotes if words in q.text), None)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "On Monday Ms Vane is due to announce which seat she will fight at the election.",
            "which seat she will fight",
        ),
        (
            "The party has a costed plan but has yet to reveal which duties would be scrapped.",
            "which duties would be scrapped",
        ),
    ],
)
def test_an_open_question_still_to_be_answered_is_no_quote(analyze_text, sentence, content):
    text = f"Tarvik party plans\n\nThe Tarvik party launched its plans.\n\n{sentence}\n"
    assert _quote(analyze_text(text), content) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Let's hope the Tarvik party and its rivals fade into obscurity so the debate can move on.",
        "One can only hope the voters see through these people and shun them at the polls.",
        "Does anyone else think that the new name is a strange choice for a small party?",
    ],
)
def test_a_source_that_is_nobody_in_particular_is_no_quote(analyze_text, sentence):
    text = (
        "Your views on the new party\n\nReaders have sent their views.\n\n"
        f"I never liked the man. {sentence} Good luck to him, I say.\n"
    )
    assert analyze_text(text).quotes == []


@pytest.mark.parametrize("verb", ["has received", "has faced", "has attracted"])
def test_the_subject_of_receiving_a_claim_noun_is_not_its_holder(analyze_text, verb):
    text = (
        "Film fair opens\n\nThe Tarvik Film Festival opens on Thursday.\n\n"
        "Stars like Ana Ruiz and Tom Vick have films there. Sam Lee founded Tarvik in 1981 "
        f"and it has gone on to show future hits. But it {verb} criticism that it has become "
        "more commercial over the years.\n"
    )
    assert _quote(analyze_text(text), "more commercial") is None  # was the festival's view


def test_a_noun_with_a_reduced_relative_read_as_a_clause_is_the_source(analyze_text):
    text = (
        "Film release delayed\n\nThe release of a film about the Tarvik riots has been put off "
        "after protests by the defendants.\n\nThe film had been due to open on Friday. But 36 "
        "people accused in connection with the riots said the release would harm their case.\n"
    )
    quote = _quote(analyze_text(text), "harm their case")
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.name.startswith("36 people")  # was no speaker

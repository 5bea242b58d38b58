"""The source of a reporting verb, round 14: a time fronted before the subject, which the
parser takes for a second subject ("But this year, she said C"), is no source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        'But this coming winter, because of "a shortage of staff", she said the clinic would '
        "close on Sundays.",
        "But this coming winter, she said the clinic would close on Sundays.",
    ],
)
def test_a_fronted_time_is_not_the_speaker(analyze_text, sentence):
    analysis = analyze_text("Clinic\n\nAnn Vane spoke in Leeds on Monday. " + sentence + "\n")
    quote = next(q for q in analysis.quotes if "close on Sundays" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Ann Vane"


def test_one_rule_for_plurals():
    from claimtrail.extract.cues.sources import singular

    assert singular("agencies") == "agency"
    assert singular("witnesses") == "witness"
    assert singular("analysts") == "analyst"
    assert singular("boss") == "boss"  # not a plural: left whole ("bos" before)
    assert singular("news") == "new"  # by ending only: a list, not a dictionary


def test_witnesses_can_speak(analyze_text):
    analysis = analyze_text("Crash\n\nWitnesses said the lorry had been speeding.\n")
    assert [q.speaker.name for q in analysis.quotes] == ["Witnesses"]

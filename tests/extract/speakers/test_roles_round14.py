"""Speakers' titles, round 14: a word hyphenated onto the title's modifier is that modifier's
("a Tarvik-based analyst" is an analyst, not a "based analyst"; "the two-time champion" keeps
its "two"). Texts written here."""

from __future__ import annotations

import pytest


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        '"Prices will rise," said Vic Lamb, a Tarvik-based analyst with Hale and Co.',
        "London-based analyst Vic Lamb said prices will rise.",
    ],
)
def test_a_place_hyphenated_onto_a_title_is_not_part_of_it(analyze_text, sentence):
    speaker = speaker_of(analyze_text("Oil\n\n" + sentence + "\n"), "rise")
    assert speaker.name == "Vic Lamb"
    assert speaker.role == "analyst"


def test_a_number_hyphenated_onto_a_description_stays_in_the_role(analyze_text):
    text = 'Race\n\nAnn Lee won in Oslo. "I will run again," said the two-time champion.\n'
    speaker = speaker_of(analyze_text(text), "run again")
    assert speaker.name == "Ann Lee"
    assert speaker.role == "two-time champion"

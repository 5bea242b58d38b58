"""A reported clause whose subject and tense the parser hung on an auxiliary ("the lorry had
been speeding", subject and "had" under "been") is still a finite clause. Texts written
here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("speaker", ["Police", "Witnesses"])
def test_a_clause_with_stacked_auxiliaries_is_reported(analyze_text, speaker):
    text = f"Crash\n\nA lorry hit a wall in Leeds. {speaker} said the lorry had been speeding.\n"
    analysis = analyze_text(text)
    assert [(q.speaker.name, q.text) for q in analysis.quotes] == [
        (speaker, "the lorry had been speeding")
    ]

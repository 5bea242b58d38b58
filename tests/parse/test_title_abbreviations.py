"""A title's abbreviation with its stop stays one token ("Cpl. Ann Vane"), so no sentence ends
inside a name and "Cpl" never speaks alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", ["Cpl.", "Sgt.", "Capt.", "Maj.", "Det.", "Cllr.", "Supt."])
def test_a_stopped_title_is_one_token_and_ends_no_sentence(analyzer, title):
    doc = analyzer.nlp(f"The patrol left at dawn, {title} Tom Vane told the inquiry.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_the_name_after_a_stopped_title_speaks(analyze_text):
    analysis = analyze_text('Attack\n\n"We will find them," Sgt. Ann Moss said.\n')
    assert [q.speaker.name for q in analysis.quotes] == ["Ann Moss"]

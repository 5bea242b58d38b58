"""Quotes and their sources, round 13 (issue 10, voices): classes of error seen on unread BBC
articles (none of the gold's), each on a text written here."""

from __future__ import annotations

import pytest


def _quote(analysis, words):
    return next((q for q in analysis.quotes if words in q.text), None)


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Weak spending figures led Norland Bank to conclude that the slump had ended.",
            "the slump had ended",
            "Norland Bank",
        ),
        (
            "The stalled talks prompted Peter Marsh to admit that the deal was in trouble.",
            "the deal was in trouble",
            "Peter Marsh",
        ),
        (
            "The strange ending had many viewers thinking the show would return.",
            "the show would return",
            "many viewers",
        ),
    ],
)
def test_a_causative_verbs_object_holds_the_view_not_its_subject(
    analyze_text, sentence, content, source
):
    text = f"Tarvik news\n\nThe week in Tarvik was busy.\n\n{sentence}\n"
    quote = _quote(analyze_text(text), content)
    assert quote is not None
    assert quote.speaker is not None
    assert quote.speaker.name.lower().endswith(source.lower())  # was the cause, a thing

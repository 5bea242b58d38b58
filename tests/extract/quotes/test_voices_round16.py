"""Quotes, round 16 (issue 10, voices): attributions seen wrong on unread BBC tech and
entertainment articles (none of the gold's), each on a text written here (guidelines A: an
indirect record is a finite reported clause after a speech cue)."""

from __future__ import annotations


def _quote(analysis, words):
    return next((q for q in analysis.quotes if words in q.text), None)


def test_the_as_of_the_same_noun_as_is_a_comparison_and_unless_opens_real_content(
    analyze_text,
):
    text = (
        "Sign phones for deaf users\n\nThe relay service is being tested by the Tarvik "
        "Institute for Deaf People (TIDP), but the group says unless the service is offered at "
        "the same rate as landline calls it would stay out of reach for most users.\n"
    )
    analysis = analyze_text(text)
    assert not any(q.cue is not None and q.cue.text == "calls" for q in analysis.quotes)
    found = _quote(analysis, "out of reach")
    assert found is not None and found.cue.text == "says"
    assert found.text.startswith("unless the service")

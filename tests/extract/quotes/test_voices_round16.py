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


def test_a_deed_or_meeting_about_an_open_question_is_no_statement(analyze_text):
    text = (
        "Robots go on show\n\nThe robots were shown at the fair in Tarvik. With sensors on the "
        "head and the wheels, Bip and Bop demonstrated how they can follow spoken orders.\n\n"
        "An expert panel gathered at the show to discuss how the new machines will change "
        "homes.\n"
    )
    analysis = analyze_text(text)
    assert _quote(analysis, "follow spoken orders") is None
    assert _quote(analysis, "change homes") is None


def test_the_court_heard_how_is_testimony_and_stays(analyze_text):
    text = (
        "Vote fraud trial\n\nThree men deny forging votes. The court heard how ballot papers "
        "were taken to an office at night, where they were mixed with other papers.\n"
    )
    assert _quote(analyze_text(text), "ballot papers") is not None

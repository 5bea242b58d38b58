"""Quotes, round 15 (issue 10, voices): attributions seen wrong on unread BBC articles (none of
the gold's), each on a text written here (guidelines A: the speaker of a reported clause is the
subject of its cue)."""

from __future__ import annotations


def _quote(analysis, words):
    return next((q for q in analysis.quotes if words in q.text), None)


def test_the_second_as_of_an_equative_is_not_an_attribution(analyze_text):
    text = (
        "Shipyard row\n\nOla Brenn, head of the Varden yards, said orders were falling.\n\n"
        "But Kai Trell, the chairman of the Varden Shipbuilders Guild, said he did not think the "
        'slump was as "grave" as Ms Brenn believed. "We have full books until spring," he argued.\n'
    )
    analysis = analyze_text(text)
    reported = _quote(analysis, "slump was")
    assert reported is not None and reported.speaker.name == "Kai Trell"  # was Ola Brenn
    assert reported.cue.text == "said"
    assert _quote(analysis, "full books").speaker.name == "Kai Trell"


def test_a_subject_with_a_participle_does_not_cut_the_reported_clause(analyze_text):
    text = (
        "Lawyer quits\n\nAnn Vale QC quit the panel on Monday.\n\nBut Ms Vale believes that "
        "detainees now being held should be allowed a proper hearing.\n"
    )
    reported = _quote(analyze_text(text), "detainees now")
    assert reported is not None and reported.text.endswith("proper hearing")
    assert reported.speaker.name == "Ann Vale"


def test_knowing_an_open_question_narrowed_by_an_adverb_is_no_quote(analyze_text):
    text = (
        "Labels for screens\n\nA new sticker will go on sets from May. The forum wants to help "
        "shoppers know exactly what they are buying.\n"
    )
    assert _quote(analyze_text(text), "what they are buying") is None


def test_words_seen_written_somewhere_are_nobodys_quote(analyze_text):
    text = (
        "Marathon test\n\nThe race is long. Each walker will tire at some point and see written "
        'on the road, "Can you go on?"\n'
    )
    assert _quote(analyze_text(text), "Can you go on?") is None

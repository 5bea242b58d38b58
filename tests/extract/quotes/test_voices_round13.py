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


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked why he thought the warnings were missing, Lord Vale said: "We were rushed."',
        'When asked whether she believed the city was well run, Ms Hoyle replied: "Not really."',
    ],
)
def test_a_view_inside_a_question_asked_is_nobodys_statement(analyze_text, sentence):
    text = f"Tarvik news\n\nThe week in Tarvik was busy.\n\n{sentence}\n"
    analysis = analyze_text(text)
    supposed = [q for q in analysis.quotes if q.cue is not None and q.kind != "direct"]
    assert supposed == []  # the question supposes a view; only the answer is a quote


def test_a_thing_that_points_to_a_conclusion_is_no_source_but_a_study_or_a_writing_is(
    analyze_text,
):
    text = (
        "Tarvik news\n\nThe week in Tarvik was busy.\n\n"
        "The pattern of sales suggests that the shop was not hit by the strike. "
        "A survey by Tarvik Trust has suggested that most pupils walk. "
        "Ms Lang's e-mail suggested that the board should resign.\n"
    )
    analysis = analyze_text(text)
    assert _quote(analysis, "the shop was not hit") is None  # the writer's inference, like data
    assert _quote(analysis, "most pupils walk") is not None  # a study has authors
    assert _quote(analysis, "the board should resign") is not None  # so has a writing


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Many savers found themselves tied into long contracts.", "tied into"),
        ("Parents will need to decide which bank suits them best.", "which bank"),
        ('Travellers refused "pre-clearance" must wait at the border.', "pre-clearance"),
        ('Those refused "pre-clearance" at the airport will be sent home.', "pre-clearance"),
    ],
)
def test_a_verb_with_no_reported_proposition_makes_no_quote(analyze_text, sentence, content):
    text = f"Tarvik news\n\nThe week in Tarvik was busy.\n\n{sentence}\n"
    assert _quote(analyze_text(text), content) is None  # a state, a decision, a refusal


def test_a_cue_in_the_next_sentence_does_not_claim_a_scare_quote(analyze_text):
    text = (
        "Cat news\n\nCats were in the news.\n\n"
        'The "myth that cats hate water" needs to be "exploded". Owners will find most '
        "cats swim well.\n"
    )
    assert _quote(analyze_text(text), "exploded") is None  # was the owners' words


def test_what_emerged_is_an_agentless_evidential(analyze_text):
    text = (
        "Dairy news\n\nThe dairy firm failed.\n\n"
        "The firm collapsed in 2003 after it emerged that the money it held in a bank did "
        "not exist.\n"
    )
    quote = _quote(analyze_text(text), "did not exist")
    assert quote is None or quote.speaker is None  # was the firm's, through its "it"


def test_a_reporting_noun_in_a_setting_phrase_is_not_the_subjects_view(analyze_text):
    text = (
        "Bourse talks\n\nTwo exchanges met.\n\n"
        "Norbourse held talks with the Tarvik exchange on Monday amid speculation that a "
        "takeover offer in cash was close.\n"
    )
    quote = _quote(analyze_text(text), "offer in cash")
    assert quote is None or quote.speaker is None  # was Norbourse's


@pytest.mark.parametrize(
    ("sentence", "content", "share"),
    [
        ("One in four said the mayor should resign.", "should resign", "One in four"),
        ("Thirty per cent said the mayor should stay.", "should stay", "Thirty per cent"),
    ],
)
def test_a_share_of_those_polled_is_named_in_full(analyze_text, sentence, content, share):
    text = f"Tarvik poll\n\nA poll of 1,000 Tarvik voters was taken.\n\n{sentence}\n"
    quote = _quote(analyze_text(text), content)
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.name == share  # was its first word

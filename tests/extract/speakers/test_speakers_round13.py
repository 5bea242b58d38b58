"""Speakers, round 13 (issue 10, voices): classes of speaker error seen on unread BBC articles
(none of the gold's), each on a text written here.

The speaker is the fullest name form in the article (gold guidelines A), so a short form the
press uses again later must be linked to the full name it stands for.
"""

from __future__ import annotations

import pytest


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Sir Walter Brackley", "Sir Walter"),
        ("Dame Elsa Morrow", "Dame Elsa"),
    ],
)
def test_a_rank_and_first_name_is_the_knight_named_in_full(analyze_text, full, short):
    text = (
        "Colleges warn on funding\n\nFewer pupils from poor areas go to college, said the "
        f"head of the Norland Colleges Council, {full}.\n\n"
        f"{short} said the council would publish its figures in March. "
        "The minister said the figures were welcome.\n"
    )
    analysis = analyze_text(text)
    assert speaker_of(analysis, "publish its figures").name == full  # was the short form


@pytest.mark.parametrize("abbreviation", ["Prof", "Supt"])
def test_an_abbreviated_title_without_a_stop_is_no_part_of_the_name(analyze_text, abbreviation):
    text = (
        "Flood risk rising\n\nRiver floods will double by 2030, says Ada Vane of Tarvik "
        f"University.\n\nThe study is her third. {abbreviation} Vane said the defences were "
        "too low in most towns.\n"
    )
    speaker = speaker_of(analyze_text(text), "defences were")
    assert speaker.name == "Ada Vane"  # was "Prof Vane", a second person


def test_an_unnamed_speaker_stays_in_view_across_a_personless_aside(analyze_text):
    text = (
        "Parties ring voters\n\nThe parties ring voters at home.\n\n"
        "A Tarvik Party spokesman told the Courier the party kept to the rules for fundraising "
        'calls. But the rules were less clear for surveys. "When we ask how people will vote, '
        'that is no marketing," he said. "So the rules do not cover it."\n\n'
        "He said the party always stopped calling when asked.\n\n"
        "A Norland Party spokesman said the calls were lawful. But a rival official disagreed. "
        '"That is marketing," he said.\n'
    )
    analysis = analyze_text(text)
    for fragment in ("no marketing", "do not cover it", "always stopped calling"):
        speaker = speaker_of(analysis, fragment)
        assert speaker is not None
        assert speaker.name == "a spokesman for Tarvik Party", fragment  # was left as "he"
    other = speaker_of(analysis, "That is marketing")  # a person in the aside: out of view
    assert other is None or other.name != "a spokesman for Norland Party"


def test_a_works_title_is_no_speaker(analyze_text):
    text = (
        "Mayor in row over river\n\nThe mayor faces a row over the river.\n\n"
        "According to a new book, Tarvik's River, the mayor went back on a pledge to build "
        "flood walls. Essential Guide to Gardens 2005 author Dan Lewis said most lawns were "
        "too wet.\n"
    )
    analysis = analyze_text(text)
    book = speaker_of(analysis, "went back on a pledge")
    assert book is not None and "River" not in book.name  # was the title's last word
    author = speaker_of(analysis, "most lawns were too wet")
    assert author is not None and author.name == "Dan Lewis"  # was "Essential Guide"


def test_a_place_before_a_kind_of_body_is_not_the_untagged_body_named_after_it(analyze_text):
    text = (
        "Net use rises\n\nMore people in Norland are online.\n\n"
        "US research think-tank Pew Internet said most users were online daily.\n"
    )
    speaker = speaker_of(analyze_text(text), "online daily")
    assert speaker is not None
    assert speaker.name == "Pew Internet"  # was "United States"


def test_both_a_countrys_government_and_a_firm_are_one_joint_source(analyze_text):
    text = (
        "Airline loan probe\n\nNorland will look into a loan to the airline Norair.\n\n"
        "Both the Tarvik government and Norair have denied that the loan is state aid.\n"
    )
    speaker = speaker_of(analyze_text(text), "the loan is state aid")
    assert speaker is not None
    assert speaker.name == "Tarvik government and Norair"  # was "Both the Tarvik government"


def test_a_name_the_ner_missed_ends_before_the_body_it_works_at():
    from claimtrail.extract.speakers.resolve import _describe

    assert _describe("Isabel Kranowitz at Hypobank")[0] == "Isabel Kranowitz"
    assert _describe("Traders at Norbank")[0] == "Traders at Norbank"  # no name: kept whole


def test_our_correspondent_is_the_correspondent_named_before(analyze_text):
    text = (
        "Budget week\n\nThe chancellor will speak on Monday.\n\n"
        'BBC correspondent Tom Waller said the chancellor would draw "sharp lines" with '
        'rivals. "He will set out his record," our correspondent said.\n'
    )
    speaker = speaker_of(analyze_text(text), "set out his record")
    assert speaker is not None and speaker.name == "Tom Waller"  # was "our correspondent"

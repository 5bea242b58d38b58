"""Web news without a headline: quotes and speakers on texts written for these tests."""

from __future__ import annotations


def _quote(analysis, words):
    return next(q for q in analysis.quotes if words in q.text)


def test_a_lede_sentence_read_as_headline_keeps_its_names(analyze_text):
    text = (
        "Agriculture Secretary Tom Varnell stated that reports of locusts at the northern "
        "border were false.\n\nThe rains came late this year in the valley.\n"
    )
    quote = _quote(analyze_text(text), "locusts")
    assert quote.speaker.name == "Tom Varnell"
    assert quote.speaker.role == "Agriculture Secretary" or quote.speaker.role == "Secretary"


def test_a_lede_naming_an_outlet_behind_a_report_gives_the_outlet(analyze_text):
    text = (
        "A recent report from Gadget Rumour Weekly stated that the new Zephyr phone had been "
        "stolen from a van in Tarvik.\n\nThe makers have said nothing since.\n"
    )
    quote = _quote(analyze_text(text), "Zephyr")
    assert quote.speaker.name == "Gadget Rumour Weekly"

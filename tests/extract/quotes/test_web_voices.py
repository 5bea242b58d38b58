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


def test_a_one_word_outlet_is_the_longer_outlet_ending_with_it(analyze_text):
    text = (
        "Zephyr launch\n\nZephyr is set to launch a free music service, according to the "
        'Tarvik Herald. The Herald said that the service is now a definite "go."\n'
    )
    quote = _quote(analyze_text(text), "definite")
    assert quote.speaker.name == "Tarvik Herald"


def test_a_name_ends_before_a_possessive_apposition(analyze_text):
    text = (
        "Guard praised\n\nThe guard stopped the intruder on Tuesday.\n\n"
        '"He is a careful man," said Maud, Varnell\'s older sister.\n'
    )
    quote = _quote(analyze_text(text), "careful man")
    assert quote.speaker.name == "Maud"


def test_a_dateline_in_capitals_is_no_source(analyze_text):
    text = (
        "TARVIK \u2014 The Freedonian embassy in Tarvik has denied reports on local news sites "
        "on Monday that it is planning to open a bakery in the capital.\n\n"
        "The embassy has been quiet since.\n"
    )
    quote = _quote(analyze_text(text), "bakery")
    assert "embassy" in quote.speaker.name


def test_a_person_discovering_a_fact_is_no_report(analyze_text):
    text = (
        "Guard strips\n\nTom Hale walked through the scanner in his socks.\n\n"
        "When he turned up for work the next day, he discovered that the camera footage had "
        "been leaked.\n"
    )
    analysis = analyze_text(text)
    assert not any("leaked" in q.text for q in analysis.quotes)

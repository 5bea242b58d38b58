"""A headline's quoted words, round 14: whose words they are. The lead sentence that restates
them gives the speaker ("X 'should restate books'" over "X should restate its earnings,
watchdogs have said"), not the headline's subject; words the body's party denies are the
accusers', whom the headline does not name, so they make no record; a ruling states what it
rules. Texts written here."""

from __future__ import annotations


def headline_quotes(analysis):
    headline = analysis.article.headline or ""
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in analysis.quotes
        if q.start < len(headline) + 2
    ]


def test_the_lead_that_restates_a_headline_fragment_gives_its_speaker(analyze_text):
    text = (
        "Norland Bank 'should cut its fees'\n\nNorland Bank should cut the fees it charges "
        "savers, regulators have said.\n\nNorland Bank said last week that its fees were fair.\n"
    )
    assert headline_quotes(analyze_text(text)) == [("should cut its fees", "regulators")]


def test_a_headline_word_the_body_denies_makes_no_record(analyze_text):
    text = (
        "Party poster 'offensive'\n\nThe Tarvik Party has been accused of offending farmers "
        "with a new poster.\n\nA party spokesman denied the poster was offensive.\n"
    )
    assert headline_quotes(analyze_text(text)) == []


def test_a_ruling_states_the_headline_word(analyze_text):
    text = (
        "Mill sale 'illegal'\n\nThe sale of a steel mill to a minister's cousin was illegal, "
        "a court has ruled.\n"
    )
    assert headline_quotes(analyze_text(text)) == [("illegal", "a court")]

"""Round 11 voices: speakers, roles and spans on sports-style texts written for these tests."""

from __future__ import annotations


def _quote(analysis, words):
    return next(q for q in analysis.quotes if words in q.text)


def test_a_rank_before_a_tagged_name_stays_in_the_name(analyze_text):
    text = (
        "Rovers draw at Dunmore\n\nRovers drew 1-1 at Dunmore on Saturday.\n\n"
        'Rovers manager Sir Alan Ferrow said: "It was a poor game for us."\n'
    )
    quote = _quote(analyze_text(text), "poor game")
    assert quote.speaker.name == "Sir Alan Ferrow"


def test_a_title_opened_by_a_conjunction_drops_the_conjunction(analyze_text):
    text = (
        "Harriers confirm offer\n\nHarriers have confirmed Dunmore made a bid for Tom "
        'Hale, 30 - but managing director Karen Brill has called it "derisory".\n'
    )
    quote = _quote(analyze_text(text), "derisory")
    assert quote.speaker.name == "Karen Brill"
    assert quote.speaker.role == "managing director"


def test_a_capitalised_title_before_a_name_is_a_role(analyze_text):
    text = (
        "Hale stays put\n\nTom Hale will stay at Rovers.\n\n"
        "Agent Brian Hollis insists that his client wants to fight for a starting spot.\n"
    )
    quote = _quote(analyze_text(text), "starting spot")
    assert quote.speaker.name == "Brian Hollis"
    assert quote.speaker.role.lower() == "agent"


def test_a_title_stated_with_joined_as_is_the_speakers_role(analyze_text):
    text = (
        "Rovers will not sell\n\nRovers will not sell their captain, says the club.\n\n"
        "Ray Parrott joined Rovers as chief executive in 1998. Ray Parrott said the club "
        'would not sell. "We will not accept offers," said Parrott.\n'
    )
    quote = _quote(analyze_text(text), "accept offers")
    assert quote.speaker.role == "chief executive"


def test_a_mixed_quote_keeps_its_closing_mark_before_the_stop(analyze_text):
    text = (
        "Rovers reject offer\n\nRovers have turned down an offer for their striker.\n\n"
        'Kelly Marsh told the Gazette the offer was "a joke and an insult". Nobody replied.\n'
    )
    quote = _quote(analyze_text(text), "a joke")
    assert quote.kind == "mixed"
    assert quote.text == 'the offer was "a joke and an insult"'

"""Listeners, seats of power and participles (texts written here): whom somebody spoke to is
no speaker, "the Kremlin" speaks for itself, and a participle cue speaks for the right party."""

from __future__ import annotations


def speaker_of(analysis, fragment: str):
    quote = next(q for q in analysis.quotes if fragment in q.text)
    return quote.speaker


def test_an_unnamed_spokesman_does_not_speak_for_the_programme_told(analyze_text):
    text = (
        "Planning law\n\nMinisters want new powers. Lord Harwood told Radio Leeds's breakfast show "
        "he hoped the law would pass. A spokesman said the bill would be published next week.\n"
    )
    speaker = speaker_of(analyze_text(text), "published next week")
    assert "Leeds" not in speaker.name
    assert speaker.role == "spokesman"


def test_a_spokesman_still_speaks_for_the_body_in_view(analyze_text):
    text = (
        "Pay deal\nThe Ministry of Defence has confirmed the deal, Lord Harwood told the BBC. A "
        "spokesman said the aircraft would be delivered next year.\n"
    )
    assert speaker_of(analyze_text(text), "delivered next year").name == (
        "a spokesman for Ministry of Defence"
    )


def test_the_kremlin_speaks_for_itself_not_for_the_country(analyze_text):
    text = "Gas row\nRussia has rejected the claims. The Kremlin said the reports were false.\n"
    assert speaker_of(analyze_text(text), "were false").name == "Kremlin"


def test_the_white_house_speaks_for_itself(analyze_text):
    analysis = analyze_text(
        "Summit\nPresident Bush met Tony Blair in Washington. The White House said the two "
        "leaders had agreed on a plan.\n"
    )
    assert speaker_of(analysis, "agreed on a plan").name == "White House"


def test_they_is_not_the_seat_of_power_the_people_met_in(analyze_text):
    analysis = analyze_text(
        "Feud\n\nGordon Brown and Tony Blair met in Downing Street. They said the election "
        "would be close.\n"
    )
    assert speaker_of(analysis, "would be close").name != "Downing Street"


def test_a_paper_quoting_somebody_telling_others_quotes_that_person(analyze_text):
    text = (
        "Housing\n\nBristol's Evening Post quoted Mr Okafor telling councillors in Bath that he "
        "wanted new flats to be built.\n"
    )
    assert speaker_of(analyze_text(text), "new flats").name == "Okafor"


def test_a_participle_after_a_reported_clause_speaks_for_the_main_subject(analyze_text):
    text = (
        "Planning law\n\nLord Harwood outlined the plans. He denied local campaigners had forced "
        'the changes, telling the paper "there is a case for change".\n'
    )
    assert speaker_of(analyze_text(text), "case for change").name == "Harwood"

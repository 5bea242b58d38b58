"""A sentence ending in a colon is no reaction head (texts written here): "On Tuesday, Dr Reed
told journalists:" is Dr Reed's sentence, not a name "On Tuesday" with a role."""

from __future__ import annotations

from claimtrail.extract.quotes.reactions import parse_head


def test_a_head_with_a_verb_of_telling_and_its_listener_is_a_sentence():
    assert parse_head("On Tuesday, Dr Reed told journalists") is None
    head = "Mr Lowe, a former party director, told Radio Leeds's breakfast show"
    assert parse_head(head) is None


def test_a_name_and_role_head_still_parses():
    parsed = parse_head("Jane Doe, head of policy at Acme")
    assert parsed is not None and parsed[0].name == "Jane Doe"


def test_the_speaker_of_a_colon_sentence_after_a_time_phrase(analyze_text):
    text = (
        "Budget\nMr Reed has attacked the budget.\n\nOn Tuesday, Dr Reed told journalists: "
        '"The chancellor has got his sums wrong."\n'
    )
    quote = next(q for q in analyze_text(text).quotes if "sums wrong" in q.text)
    assert quote.speaker.name == "Reed"
    assert quote.speaker.role is None or "told" not in quote.speaker.role

"""A clause before a verb of saying that a connective of consequence separates from it ("X was
hurt, so he called an ambulance") is what happened first, not what the verb reports; the
parser often hangs it on the verb as its complement. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Vane was hurt, so he called an ambulance.",
        "Once the storm had passed, the skipper saw the mast was cracked, so he called the "
        "harbour and was towed back to port.",
        "The lights went out, then she told the guards.",
    ],
)
def test_a_clause_before_a_connective_is_no_content(analyze_text, sentence):
    assert analyze_text("Hurt\n\n" + sentence + "\n").quotes == []


def test_a_fronted_content_without_a_connective_is_still_reported(analyze_text):
    analysis = analyze_text("Rates\n\nPrices will rise next year, he told reporters.\n")
    assert [q.text for q in analysis.quotes] == ["Prices will rise next year"]


def test_a_verb_stating_a_feeling_of_its_own_reports_nothing_before_it(analyze_text):
    text = (
        "Storm\n\nThe skipper's boat was towed back to port on Friday - he felt very lucky "
        "to be home after such a night.\n"
    )
    assert analyze_text(text).quotes == []


@pytest.mark.parametrize(
    "sentence", ["The plan will fail, he felt.", "The plan will fail - he felt sure of it."]
)
def test_a_conviction_still_holds_what_comes_before(analyze_text, sentence):
    assert [q.text for q in analyze_text("Plan\n\n" + sentence + "\n").quotes] == [
        "The plan will fail"
    ]


def test_a_quoted_paragraph_does_not_go_on_in_a_things_voice(analyze_text):
    text = (
        'Security\n\nAnn Vane runs the Tarvik web lab. Users must learn "safe habits" she '
        "says, for instance deleting texts that claim a parcel is waiting.\n\n"
        '"Fraud will not grow much, in my view. Users will stay careful, as they probably '
        'should."\n'
    )
    quote = next(q for q in analyze_text(text).quotes if q.text.startswith("Fraud will not"))
    assert quote.speaker is None or quote.speaker.name != "texts"

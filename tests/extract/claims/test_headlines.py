"""The central claim a headline states (claimtrail/extract/claims/build.py with
extract/quotes/headline.py): who a headline names as its speaker, and when a negated headline
is the outlet's denial. Headlines written for these tests."""

from __future__ import annotations

import pytest


def _central(a):
    return next(c for c in a.claims if c.central)


@pytest.mark.parametrize(
    "headline",
    [
        "Singer Hasn't Quit Despite What Fans Are Saying Online",
        "Mayor did not tell voters the bridge is closed, contrary to report",
        "Missing hikers not among victims of avalanche",
        "Climber may have reached the summit, but didn't plant the flag",  # A conceded
        "Don't cancel your trip: the ferry company hasn't gone bust",  # past the instruction
    ],
)
def test_a_negated_headline_is_the_outlets_denial_with_no_speaker_made_of_its_words(
    analyze_text, headline: str
) -> None:
    central = _central(analyze_text(headline + "\n"))
    assert central.status == "denied"
    assert all(x.source.name == "unattributed" for x in central.attributions)


@pytest.mark.parametrize(
    "headline",
    [
        "No One In The Village Is Allowed To Keep Goats",  # a rule stated, not a denial
        "No pupil may bring phones to class from Monday",
    ],
)
def test_a_negative_subject_states_the_claim_it_does_not_deny_it(analyze_text, headline):
    central = _central(analyze_text(headline + "\n"))
    assert central.status != "denied"
    assert all(x.attitude != "deny" for x in central.attributions)


def test_an_interjected_no_is_the_outlets_denial(analyze_text) -> None:
    central = _central(analyze_text("No: the ferry company has not gone bust\n"))
    assert central.status == "denied"


@pytest.mark.parametrize(
    "headline",
    [
        "Don't Reset Your Phone Unless You Want To Lose Your Photos",  # an instruction
        "Doctors jailed for not reporting abuse",  # a subordinate clause's negation
        "I never meant to hurt him: teenager",  # a speaker's own voice
        "Council won't say if the library was sold to a developer",  # speech withheld
        "Singer was born in Leeds but did not tell her label about it",  # A, then a fact
        "Baker opens second shop, but neighbours don't approve",  # an affirmed clause first
        "Speeding may soon mean a fine, not a ban, in Westshire",  # a contrast in the claim
        "Gardener isn't sure how his tractor ended up in a museum",  # a state of mind
        "Carmaker isn't happy with the range of its new van",
    ],
)
def test_a_negation_off_the_headlines_claim_denies_nothing(analyze_text, headline: str) -> None:
    central = _central(analyze_text(headline + "\n"))
    assert central.status != "denied"
    assert not any(x.attitude == "deny" for x in central.attributions)


@pytest.mark.parametrize(
    "headline",
    [
        "Pranksters Trick Fans Into Thinking Singer Quit Band",
        "Factory blast now said to be gas leak",
    ],
)
def test_words_that_are_no_noun_phrase_are_no_speaker(analyze_text, headline: str) -> None:
    central = _central(analyze_text(headline + "\n"))
    assert central.attributions == []


def test_an_agentless_evidential_keeps_its_subject_in_the_claim(analyze_text) -> None:
    central = _central(analyze_text("Factory blast now said to be gas leak\n"))
    assert central.text == "Factory blast now said to be gas leak"


def test_a_speaker_after_the_claim_may_name_a_listener(analyze_text) -> None:
    central = _central(analyze_text("Rates might rise again, minister tells MPs\n"))
    assert central.text == "Rates might rise again"
    assert [x.source.name for x in central.attributions] == ["minister"]

"""A quoted sentence with no cue right after a sentence that reports someone, in the same
paragraph, goes on with that person's words; a belief ("Many might think C") starts no such
run, and an attribution of somebody else ends the run of an earlier speaker's quote."""

from __future__ import annotations


def test_a_quote_after_a_reported_sentence_is_that_speakers(analyze_text):
    text = (
        "Rail plan\n\nCampaign chair Nadia Orlov said the line must reopen soon. "
        '"We will march every month until it does." The council has not replied.\n'
    )
    quote = next(q for q in analyze_text(text).quotes if "march every month" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Nadia Orlov"


def test_a_belief_of_many_starts_no_run_of_quotes(analyze_text):
    text = (
        "New recruit\n\nThe party has signed the former presenter Dilys Amory. Many might think "
        'it is simply another stage for her. "I think the greatest danger is red tape."\n'
    )
    quotes = [q for q in analyze_text(text).quotes if "red tape" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Many" for q in quotes)


def test_another_attribution_ends_an_earlier_speakers_quote(analyze_text):
    text = (
        'Markets climb\n\n"The mood is strong," says exchange chairman Yusuf Khalid. One '
        'leading Lahore broker said the reasons may be political. "Foreign money will stay '
        'away."\n'
    )
    quote = next(q for q in analyze_text(text).quotes if "stay away" in q.text)
    assert quote.speaker is not None and quote.speaker.name != "Yusuf Khalid"

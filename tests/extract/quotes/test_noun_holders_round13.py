"""Reporting nouns whose view is nobody's, round 13 (issue 10, voices): seen on unread BBC
articles, each on a text written here.

A reporting noun that is the object of a verb is held by that verb's subject only when the
subject can hold a view ("the union voiced fears that C"). "Shares fell amid concerns that
C", "the rise reflects the view that C" and "growth boosted hopes that C" are sourceless
(guidelines A: sourceless speculation is excluded), and their claims are unattributed.
"""

from __future__ import annotations

TEXT = (
    "Steel shares slide\n\n"
    "Shares in steel firms have dropped worldwide amid concerns that higher iron ore costs will "
    "hit profit growth.\n\n"
    "The rise in oil prices partly reflects the view that the government is less likely to "
    "release supplies from its reserve.\n\n"
    "Japanese industry is growing faster than expected, boosting hopes that the country's "
    "recession is over.\n\n"
    "The union voiced fears that hundreds of jobs would go. Ann Hill, the union's leader, "
    "expressed concern that the plant would close.\n"
)


def test_a_view_that_is_nobodys_is_no_quote(analyze_text):
    analysis = analyze_text(TEXT)
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert not speakers & {"Shares", "The rise", "Japanese industry"}


def test_a_view_a_party_voices_is_theirs(analyze_text):
    analysis = analyze_text(TEXT)
    by_text = {q.text: q.speaker.name for q in analysis.quotes if q.speaker}
    assert any("jobs would go" in t and s == "The union" for t, s in by_text.items())
    assert any("plant would close" in t and s == "Ann Hill" for t, s in by_text.items())


def test_speculation_fuelled_by_a_thing_is_unattributed(analyze_text):
    text = (
        "Exchange bid\n\nThe bourse made an offer for the exchange.\n\n"
        "Opposition from the fund has fuelled speculation that the proposed takeover could "
        "fail.\n"
    )
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if "takeover could fail" in c.text)
    assert [(a.source.name, a.attitude) for a in claim.attributions] == [
        ("unattributed", "speculate")
    ]

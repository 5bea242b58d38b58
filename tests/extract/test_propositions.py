"""The news convention: an attribution's content is a proposition (texts written here).

Each test is one class of false find seen on real news beyond PolNeAR (BBC business, politics,
sport, tech and entertainment): acts and objects after a cue, agentless evidentials, naming and
physical-action verbs, quoted titles, "That said," and boilerplate lines. Each has a kept
counterpart where the same cue does report speech.
"""

from __future__ import annotations

import pytest


def texts(analyze_text, body: str) -> list[str]:
    return [q.text for q in analyze_text("Headline for a test\n" + body + "\n").quotes]


@pytest.mark.parametrize(
    "body",
    [
        "The minister denied the charges at a hearing in the capital on Monday.",
        "The union rejected the latest pay offer from the rail company.",
        "The council urged residents to stay indoors during the storm.",
        "The two firms were expected to finalise the merger by the end of March.",
        "More than 10,000 people are thought to have signed the petition so far.",
        "The club sued its former manager for breach of contract.",
        "She made up names for the towns she visited to protect her friends.",
        "The party unveiled its new logo at a conference in Leeds.",
    ],
)
def test_an_act_or_an_object_after_a_cue_is_not_an_attribution(analyze_text, body):
    assert texts(analyze_text, body) == []


def test_a_finite_clause_after_the_same_cue_is_one(analyze_text):
    found = texts(analyze_text, "The minister denied that she had misled the committee.")
    assert [t.removeprefix("that ") for t in found] == ["she had misled the committee"]


def test_a_quoted_fragment_after_a_cue_is_a_quote(analyze_text):
    found = texts(analyze_text, 'The coach condemned the referee\'s decision as "a disgrace".')
    assert any("a disgrace" in t for t in found)


def test_polnear_convention_keeps_noun_phrase_contents(analyze_polnear):
    body = "Headline for a test\nThe union rejected the latest pay offer from the rail company.\n"
    assert [q.text for q in analyze_polnear(body).quotes]

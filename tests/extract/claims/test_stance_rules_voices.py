"""Per-quote stance in analyze: the speaker's attitude, commentary, then the model's lean."""

from __future__ import annotations

from claimtrail.extract.claims.stance_rules import _quote_stance
from claimtrail.models import Claim, Cue, Quote

CLAIM = Claim(
    id="c1",
    text="Ford and Xiaomi held talks on US EV production",
    start=0,
    end=10,
    central=True,
    keywords=["Ford", "Xiaomi", "talks"],
)
LEANS_DISAGREE = {"agree": 0.05, "disagree": 0.85, "discuss": 0.1, "unrelated": 0.0}


def _quote(text: str, cue: str = ":") -> Quote:
    return Quote(
        id="q1", text=text, start=0, end=len(text), kind="direct", cue=Cue(text=cue, start=0, end=1)
    )


def test_a_voice_talking_about_the_denials_discusses() -> None:
    # issue 11: the model leans 'disagree' on denial words; the voice only comments on them
    quote = _quote("The denials are expected. No company will admit to exploring Xiaomi talks.")
    assert _quote_stance(quote, CLAIM, LEANS_DISAGREE) == "discuss"


def test_a_hedged_voice_discusses() -> None:
    quote = _quote("This rumor about Ford, even if unfounded, signals a future playbook.")
    assert _quote_stance(quote, CLAIM, LEANS_DISAGREE) == "discuss"


def test_a_plain_denial_keeps_the_models_disagree() -> None:
    quote = _quote("Ford is not in talks with Xiaomi, full stop.")
    assert _quote_stance(quote, CLAIM, LEANS_DISAGREE) == "disagree"


def test_the_speakers_denial_verb_decides_first() -> None:
    quote = _quote("talks with Xiaomi were exploratory and may continue", cue="denied")
    assert _quote_stance(quote, CLAIM, LEANS_DISAGREE) == "disagree"

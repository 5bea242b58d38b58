"""Stance of quotes and of the article toward the central claim
(claimtrail/extract/claims/stance_rules.py), with a stand-in model whose probabilities
the test sets."""

from __future__ import annotations

import pytest

from claimtrail.extract.claims.stance_rules import CONFIDENT_SIDE, quote_is_related, score_stance
from claimtrail.ingest.readers import RawArticle
from claimtrail.models import Claim, Cue, Quote

CLAIM = Claim(
    id="C1",
    text="Ford held talks with Xiaomi",
    start=0,
    end=27,
    central=True,
    keywords=["ford", "xiaomi", "talks"],
)
RAW = RawArticle(
    text="Ford held talks with Xiaomi\nBody.", headline="Ford held talks with Xiaomi", body_start=28
)


def quote(text: str, cue: str | None = None) -> Quote:
    return Quote(
        id="Q1",
        text=text,
        start=0,
        end=len(text),
        kind="direct",
        cue=Cue(text=cue, start=0, end=len(cue)) if cue else None,
    )


class Model:
    version = "stand-in"

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores
        self.calls: list[tuple[list[str], list[str]]] = []

    def predict_proba(self, claims: list[str], texts: list[str]) -> list[dict[str, float]]:
        self.calls.append((claims, texts))
        return [dict(self.scores) for _ in texts]


def _stances(quotes: list[Quote], model: Model | None, claim: Claim = CLAIM) -> list[str]:
    scored, _ = score_stance([claim], quotes, RAW, model)
    return [q.stance for q in scored]


@pytest.mark.parametrize(
    ("text", "related"),
    [
        ("Ford never held any talks.", True),  # a claim keyword
        ("This rumor is baseless.", True),  # refers back to the claim
        ("The weather was fine.", False),
    ],
)
def test_quote_is_related(text: str, related: bool) -> None:
    assert quote_is_related(quote(text), CLAIM) is related


def test_unrelated_quotes_stay_unrelated_whatever_the_model_says() -> None:
    model = Model({"agree": 0.9, "disagree": 0.05, "discuss": 0.05, "unrelated": 0.0})
    assert _stances([quote("The weather was fine.")], model) == ["unrelated"]


def test_the_speakers_own_attitude_decides_first() -> None:
    model = Model({"agree": 0.9, "disagree": 0.0, "discuss": 0.1, "unrelated": 0.0})
    assert _stances([quote("Ford held no talks.", cue="denied")], model) == ["disagree"]
    assert _stances([quote("Ford held talks.", cue="confirmed")], None) == ["agree"]


def test_the_model_takes_a_side_only_when_confident() -> None:
    sure = Model({"agree": 0.1, "disagree": 0.7, "discuss": 0.2, "unrelated": 0.0})
    assert _stances([quote("Ford talks were real.")], sure) == ["disagree"]
    unsure = Model(
        {"agree": 0.3, "disagree": CONFIDENT_SIDE - 0.2, "discuss": 0.3, "unrelated": 0.0}
    )
    assert _stances([quote("Ford talks were real.")], unsure) == ["discuss"]
    sees_unrelated = Model({"agree": 0.0, "disagree": 0.4, "discuss": 0.0, "unrelated": 0.6})
    assert _stances([quote("Ford talks were real.")], sees_unrelated) == ["discuss"]


def test_without_a_central_claim_every_quote_is_unrelated_and_no_article_stance() -> None:
    side = CLAIM.model_copy(update={"central": False})
    scored, article = score_stance([side], [quote("Ford held talks.", cue="denied")], RAW, None)
    assert [q.stance for q in scored] == ["unrelated"] and article is None


def test_the_article_follows_the_claims_status_then_the_model() -> None:
    denied = CLAIM.model_copy(update={"status": "denied"})
    _, article = score_stance([denied], [], RAW, None)
    assert article is not None and (article.label, article.model) == ("disagree", "rules")
    model = Model({"agree": 0.7, "disagree": 0.1, "discuss": 0.1, "unrelated": 0.1})
    _, article = score_stance([CLAIM], [], RAW, model)
    assert article is not None and (article.label, article.model) == ("agree", "stand-in")
    assert model.calls == [([CLAIM.text], ["Body."])]  # the body, without the headline
    unsure = Model({"agree": 0.3, "disagree": 0.2, "discuss": 0.1, "unrelated": 0.4})
    _, article = score_stance([CLAIM], [], RAW, unsure)
    assert article is not None and article.label == "discuss"  # never "unrelated"

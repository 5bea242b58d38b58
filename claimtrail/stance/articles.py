"""An article's and its quotes' stance toward a claim the user names (``claimtrail stance``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from claimtrail.models import Analysis
from claimtrail.stance.model import StanceModel


@dataclass(frozen=True)
class ScoredText:
    label: str
    scores: dict[str, float]


@dataclass(frozen=True)
class QuoteStance:
    quote_id: str
    text: str
    speaker: str | None
    start: int
    end: int
    stance: ScoredText


@dataclass(frozen=True)
class ArticleClaimStance:
    path: str | None
    headline: str | None
    stance: ScoredText
    quotes: list[QuoteStance]

    def to_json_dict(self) -> dict[str, Any]:
        return asdict(self)


def stance_toward_claim(model: StanceModel, claim: str, analysis: Analysis) -> ArticleClaimStance:
    """One call to the model: the article body, then every quote, each against ``claim``."""
    article = analysis.article
    body = article.text[article.body_start :].strip() or article.text
    texts = [body, *(q.text for q in analysis.quotes)]
    scored = [_scored(s) for s in model.predict_proba([claim] * len(texts), texts)]
    quotes = [
        QuoteStance(q.id, q.text, q.speaker.name if q.speaker else None, q.start, q.end, s)
        for q, s in zip(analysis.quotes, scored[1:], strict=True)
    ]
    return ArticleClaimStance(article.path, article.headline, scored[0], quotes)


def _scored(scores: dict[str, float]) -> ScoredText:
    rounded = {label: round(p, 4) for label, p in scores.items()}
    return ScoredText(max(scores, key=scores.__getitem__), rounded)

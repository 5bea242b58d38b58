"""An article's and its quotes' stance toward a claim the user names (``claimtrail stance``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from claimtrail.models import Analysis
from claimtrail.stance.model import SHORT_TEXT_WORDS, StanceModel
from claimtrail.stance.syntax import ParsedText, parse_texts

if TYPE_CHECKING:
    from spacy.language import Language


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


def stance_toward_claim(
    model: StanceModel, claim: str, analysis: Analysis, nlp: Language | None = None
) -> ArticleClaimStance:
    """One call to the model: the article body, then every quote, each against ``claim``.
    The short texts are parsed in one batch with ``nlp`` (the analyser's; the headline head
    reads their dependency parse)."""
    article = analysis.article
    body = article.text[article.body_start :].strip() or article.text
    texts = [body, *(q.text for q in analysis.quotes)]
    parses = short_text_parses(model, texts, nlp)
    scored = [_scored(s) for s in model.predict_proba([claim] * len(texts), texts, parses)]
    quotes = [
        QuoteStance(q.id, q.text, q.speaker.name if q.speaker else None, q.start, q.end, s)
        for q, s in zip(analysis.quotes, scored[1:], strict=True)
    ]
    return ArticleClaimStance(article.path, article.headline, scored[0], quotes)


def short_text_parses(
    model: StanceModel, texts: list[str], nlp: Language | None = None
) -> list[ParsedText | None] | None:
    """Each short text's parse (None for long texts), parsed in one batch; None when the
    model reads no parse."""
    if not model.headline.with_syntax:
        return None
    short = [i for i, text in enumerate(texts) if len(text.split()) <= SHORT_TEXT_WORDS]
    parses: list[ParsedText | None] = [None] * len(texts)
    for i, parsed in zip(short, parse_texts([texts[i] for i in short], nlp), strict=True):
        parses[i] = parsed
    return parses


def _scored(scores: dict[str, float]) -> ScoredText:
    rounded = {label: round(p, 4) for label, p in scores.items()}
    return ScoredText(max(scores, key=scores.__getitem__), rounded)

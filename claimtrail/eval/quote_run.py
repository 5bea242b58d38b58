"""Run systems over gold articles and score them: claimtrail's pipeline and the textacy peer.

The CLI (``claimtrail eval quotes``) only adds options, a progress bar and printing on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimtrail.eval.polnear import GoldArticle
from claimtrail.eval.quotes import DocQuotes, DocScore, PredQuote, QuoteCounts, score_docs

if TYPE_CHECKING:
    from spacy.language import Language

    from claimtrail.pipeline import Analyzer

SYSTEM_NAME = "claimtrail"


@dataclass
class SystemResult:
    """One system's counts over the gold set, its per-document scores and its crashes."""

    name: str
    counts: QuoteCounts
    scores: list[DocScore]
    crashed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        from claimtrail.eval.quote_breakdown import recall_by_gold_kind

        return {
            **self.counts.as_dict(),
            "crashed_docs": len(self.crashed),
            "recall_by_gold_kind": recall_by_gold_kind(self.scores),
        }


def score_system(
    name: str,
    articles: Sequence[GoldArticle],
    predictions: Iterable[list[PredQuote]],
    crashed: list[str] | None = None,
) -> SystemResult:
    """Pair each article with its predictions (in order) and score them all."""
    docs = (
        DocQuotes(a.name, a.text, a.quotes, preds)
        for a, preds in zip(articles, predictions, strict=True)
    )
    counts, scores = score_docs(docs)
    return SystemResult(name, counts, scores, crashed if crashed is not None else [])


def claimtrail_predictions(
    articles: Iterable[GoldArticle], analyzer: Analyzer, convention: str = "polnear"
) -> Iterator[list[PredQuote]]:
    """The pipeline on each whole file text (first line the headline), as ``analyze`` reads it,
    with the annotation convention of the gold it is scored against: PolNeAR's by default
    (noun-phrase and infinitive contents count), the project's "news" for its own gold."""
    from dataclasses import replace

    from claimtrail.eval.quotes import predictions_from_analysis
    from claimtrail.ingest.readers import article_from_text

    if getattr(analyzer, "quote_convention", convention) != convention:
        analyzer = replace(analyzer, quote_convention=convention)
    raws = (article_from_text(a.text, str(a.path)) for a in articles)
    for analysis in analyzer.analyze_many(raws):
        yield predictions_from_analysis(analysis)


def peer_predictions(
    articles: Iterable[GoldArticle], nlp: Language, crashed: list[str]
) -> Iterator[list[PredQuote]]:
    """textacy's quotes per article; the names of articles it crashed on go to ``crashed``."""
    from claimtrail.eval.textacy_peer import run_peer

    names: list[str] = []

    def texts() -> Iterator[str]:
        for article in articles:
            names.append(article.name)
            yield article.text

    for i, result in enumerate(run_peer(nlp, texts())):
        if result.crashed:
            crashed.append(names[i])
        yield result.quotes

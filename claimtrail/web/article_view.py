"""What the article page shows: the text cut into highlight segments and each mark's attribution."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrail.models import Analysis, Claim, Quote
from claimtrail.store.views import ArticleDetail, ClaimDetail
from claimtrail.web.highlight import Mark, Segment, paragraphs, segments
from claimtrail.web.links import claim_mark_id, quote_mark_id


@dataclass(frozen=True)
class MarkInfo:
    """The attribution shown when a highlight is hovered or clicked."""

    mark: Mark
    quote: Quote | None = None
    claim: Claim | None = None
    store_claim_id: int | None = None


@dataclass
class ArticlePage:
    article: ArticleDetail
    headline: list[Segment]
    body: list[list[Segment]]
    infos: dict[str, MarkInfo] = field(default_factory=dict)


def article_page(article: ArticleDetail, claims: list[ClaimDetail]) -> ArticlePage:
    analysis = article.analysis
    if analysis is None:
        return ArticlePage(article=article, headline=[], body=[])
    infos = _infos(analysis, _store_claim_ids(article.id, claims))
    marks = [info.mark for info in infos.values()]
    text, body_start = analysis.article.text, analysis.article.body_start
    head = segments(text, marks, 0, body_start) if body_start else []
    return ArticlePage(
        article=article,
        headline=[s for s in head if s.text.strip()],
        body=paragraphs(text, marks, body_start),
        infos=infos,
    )


def _infos(analysis: Analysis, store_ids: dict[tuple[int, int], int]) -> dict[str, MarkInfo]:
    infos: dict[str, MarkInfo] = {}
    for quote in analysis.quotes:
        mark = Mark(quote_mark_id(quote.id), "quote", quote.start, quote.end)
        infos[mark.id] = MarkInfo(mark=mark, quote=quote)
    for claim in analysis.claims:
        mark = Mark(claim_mark_id(claim.start, claim.end), "claim", claim.start, claim.end)
        infos[mark.id] = MarkInfo(
            mark=mark, claim=claim, store_claim_id=store_ids.get((claim.start, claim.end))
        )
    return infos


def _store_claim_ids(article_id: int, claims: list[ClaimDetail]) -> dict[tuple[int, int], int]:
    """Which store-level claim each of this article's claim spans belongs to."""
    return {
        (event.claim_start, event.claim_end): claim.id
        for claim in claims
        for event in claim.lifecycle
        if event.article_id == article_id
    }

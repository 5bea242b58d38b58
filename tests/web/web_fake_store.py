"""A small in-memory stand-in for ``claimtrail.store.Store`` with the same methods and views.

All seeded articles form one story; each article's central claim is one store claim. It lets the
web tests run without a database and pins exactly what the pages are given.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from claimtrail.errors import NotFoundError
from claimtrail.models import Analysis
from claimtrail.store.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    IngestOutcome,
    LifecycleEvent,
    Page,
    SearchHit,
    SpeakerDetail,
    SpeakerQuote,
    SpeakerSummary,
    Stats,
    StoryDetail,
    StorySummary,
    StoryVoice,
)

T = TypeVar("T")
ROLE = {"report": "report", "deny": "denial", "confirm": "confirmation", "assert": "assertion"}


def _page(items: Sequence[T], limit: int, offset: int) -> Page[T]:
    return Page[Any](items=list(items[offset:offset + limit]), total=len(items), limit=limit,
                     offset=offset)


class FakeStore:
    def __init__(self) -> None:
        self.analyses: list[Analysis] = []
        self.closed = False

    def add_analysis(self, analysis: Analysis) -> IngestOutcome:
        if analysis in self.analyses:
            return IngestOutcome(status="unchanged", article_id=self.analyses.index(analysis) + 1)
        self.analyses.append(analysis)
        return IngestOutcome(status="new", article_id=len(self.analyses), story_id=1)

    def _summary(self, i: int) -> ArticleSummary:
        a = self.analyses[i - 1]
        central = a.central_claim()
        return ArticleSummary(id=i, headline=a.article.headline, source=a.article.source,
                              url=a.article.url, published=a.article.published, story_id=1,
                              central_claim=central.text if central else None,
                              quote_count=len(a.quotes), claim_count=len(a.claims),
                              ingested_at="2026-11-28T00:00:00+00:00")

    def get_article(self, article_id: int) -> ArticleDetail:
        if not 1 <= article_id <= len(self.analyses):
            raise NotFoundError(f"no article {article_id}")
        summary = self._summary(article_id)
        claim_ids = [1] if self.analyses[article_id - 1].central_claim() else []
        return ArticleDetail(**summary.model_dump(), analysis=self.analyses[article_id - 1],
                             claim_ids=claim_ids)

    def list_articles(self, story_id: int | None = None, source: str | None = None,
                      include_duplicates: bool = False, limit: int = 20,
                      offset: int = 0) -> Page[ArticleSummary]:
        items = [self._summary(i) for i in range(1, len(self.analyses) + 1)]
        return _page([s for s in items if source in (None, s.source)], limit, offset)

    def _events(self) -> list[LifecycleEvent]:
        events = []
        for i, a in enumerate(self.analyses, 1):
            claim = a.central_claim()
            for att in claim.attributions if claim else []:
                events.append(LifecycleEvent(
                    article_id=i, headline=a.article.headline, outlet=a.article.source,
                    published=a.article.published, source=att.source.name,
                    attitude=att.attitude, role=ROLE.get(att.attitude, "report"),  # type: ignore[arg-type]
                    claim_text=claim.text, claim_start=claim.start, claim_end=claim.end))
        return events

    def get_claim(self, claim_id: int) -> ClaimDetail:
        events = self._events()
        if claim_id != 1 or not events:
            raise NotFoundError(f"no claim {claim_id}")
        status = "denied" if any(e.attitude == "deny" for e in events) else "reported"
        return ClaimDetail(id=1, text=events[0].claim_text, status=status, story_id=1,
                           central=True, article_count=len({e.article_id for e in events}),
                           lifecycle=events, first_seen=events[0].published,
                           last_change=events[-1].published)

    def list_claims(self, status: str | None = None, entity: str | None = None,
                    since: Any = None, until: Any = None, story_id: int | None = None,
                    limit: int = 20, offset: int = 0) -> Page[ClaimSummary]:
        claims = [self.get_claim(1)] if self._events() else []
        keep = [ClaimSummary(**c.model_dump(include=set(ClaimSummary.model_fields)))
                for c in claims if status in (None, c.status)]
        return _page(keep, limit, offset)

    def _speaker_quotes(self) -> dict[str, list[SpeakerQuote]]:
        out: dict[str, list[SpeakerQuote]] = {}
        for i, a in enumerate(self.analyses, 1):
            for q in a.quotes:
                name = q.speaker.name if q.speaker and q.speaker.name else "unknown"
                out.setdefault(name, []).append(SpeakerQuote(
                    article_id=i, headline=a.article.headline, outlet=a.article.source,
                    published=a.article.published, quote_id=q.id, text=q.text, kind=q.kind,
                    stance=q.stance, sentiment=q.sentiment, start=q.start, end=q.end,
                    story_id=1))
        return out

    def _speaker_summaries(self) -> list[SpeakerSummary]:
        return [SpeakerSummary(id=i, name=name, kind="person", quote_count=len(quotes),
                               article_count=len({q.article_id for q in quotes}))
                for i, (name, quotes) in enumerate(self._speaker_quotes().items(), 1)]

    def get_speaker(self, name_or_id: str | int) -> SpeakerDetail:
        for s in self._speaker_summaries():
            if name_or_id in (s.id, s.name):
                return SpeakerDetail(**s.model_dump(), quotes=self._speaker_quotes()[s.name])
        raise NotFoundError(f"no speaker {name_or_id!r}")

    def list_speakers(self, q: str | None = None, limit: int = 20,
                      offset: int = 0) -> Page[SpeakerSummary]:
        return _page([s for s in self._speaker_summaries() if not q or q in s.name], limit, offset)

    def list_stories(self, limit: int = 20, offset: int = 0) -> Page[StorySummary]:
        return _page([self._story_summary()] if self.analyses else [], limit, offset)

    def _story_summary(self) -> StorySummary:
        claim = self.get_claim(1)
        return StorySummary(id=1, title="Ford and Xiaomi EV talks", central_claim_id=1,
                            central_claim=claim.text, central_status=claim.status,
                            article_count=len(self.analyses), first_seen=claim.first_seen,
                            last_seen=claim.last_change, last_change=claim.last_change)

    def get_story(self, story_id: int) -> StoryDetail:
        if story_id != 1 or not self.analyses:
            raise NotFoundError(f"no story {story_id}")
        roles = {q.speaker.name: q.speaker.role for a in self.analyses for q in a.quotes
                 if q.speaker}
        voices = [StoryVoice(speaker_id=s.id, name=s.name, kind="person", role=roles.get(s.name),
                             stance=quotes[0].stance, sentiment=quotes[0].sentiment,
                             quote_count=len(quotes), quotes=quotes)
                  for s, quotes in zip(self._speaker_summaries(),
                                       self._speaker_quotes().values(), strict=True)]
        return StoryDetail(**self._story_summary().model_dump(),
                           articles=[self._summary(i) for i in range(1, len(self.analyses) + 1)],
                           claims=[self.get_claim(1)], voices=voices)

    def search(self, q: str, limit: int = 20, offset: int = 0) -> Page[SearchHit]:
        hits = [SearchHit(kind="article", id=i, article_id=i, title=a.article.headline or "",
                          snippet=a.article.text[:120], score=1.0)
                for i, a in enumerate(self.analyses, 1) if q.lower() in a.article.text.lower()]
        return _page(hits, limit, offset)

    def stats(self) -> Stats:
        return Stats(backend="sqlite", schema_revision="fake", articles=len(self.analyses),
                     originals=len(self.analyses), duplicates=0, near_duplicates=0,
                     revisions=0, stories=1, claims=1, claims_by_status={}, quotes=0, speakers=0)

    def close(self) -> None:
        self.closed = True

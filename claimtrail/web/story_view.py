"""What the story page shows: the lifecycle timeline and the stakeholder map, from a StoryDetail."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.store.views import ClaimDetail, StoryDetail
from claimtrail.web.article_view import claim_mark_id
from claimtrail.web.charts import (
    StakeholderMap,
    TimelineChart,
    TimelineEvent,
    Voice,
    stakeholder_map,
    stance_score,
    timeline,
)
from claimtrail.web.kinds import voice_kind

# More lanes than this make the chart unreadable; the rest of the claims are listed below it.
MAX_TIMELINE_CLAIMS = 6
LANE_LABEL_CHARS = 26


@dataclass(frozen=True)
class StoryPage:
    story: StoryDetail
    timeline: TimelineChart
    map: StakeholderMap
    voice_kinds: dict[int, str]


def evidence_href(article_id: int, claim_start: int, claim_end: int) -> str:
    return f"/articles/{article_id}?focus={claim_mark_id(claim_start, claim_end)}"


def story_page(story: StoryDetail) -> StoryPage:
    kinds = {v.speaker_id: voice_kind(v.kind, v.role, v.organization) for v in story.voices}
    voices = [Voice(name=v.name, kind=kinds[v.speaker_id],
                    stance=stance_score([q.stance for q in v.quotes] or [v.stance]),
                    sentiment=v.sentiment, href=f"/speakers/{v.speaker_id}",
                    quotes=v.quote_count, label=v.stance) for v in story.voices]
    return StoryPage(story=story, timeline=timeline(_events(story.claims)),
                     map=stakeholder_map(voices), voice_kinds=kinds)


def _events(claims: list[ClaimDetail]) -> list[TimelineEvent]:
    return [
        TimelineEvent(lane=_short(claim.text), lane_id=str(claim.id), when=event.published,
                      attitude=event.attitude, source=event.source,
                      href=evidence_href(event.article_id, event.claim_start, event.claim_end))
        for claim in claims[:MAX_TIMELINE_CLAIMS] for event in claim.lifecycle
    ]


def _short(text: str) -> str:
    return text if len(text) <= LANE_LABEL_CHARS else text[:LANE_LABEL_CHARS - 1].rstrip() + "…"

"""What the story page shows: the lifecycle timeline and the stakeholder map, from a StoryDetail."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.store.views import ClaimDetail, StoryDetail, StoryVoice
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
from claimtrail.web.links import evidence_href, speaker_href

# More lanes than this make the chart unreadable; the rest of the claims are listed below it.
MAX_TIMELINE_CLAIMS = 6
LANE_LABEL_CHARS = 26
# A big story (the BBC corpus has one of 72 articles, 400 claims, 300 voices) would make a page
# of several MB; the page shows this much and links to the full version (?full=1).
MAX_CLAIMS_SHOWN = 25
MAX_VOICES_SHOWN = 30
MAX_QUOTES_PER_VOICE = 4


@dataclass(frozen=True)
class StoryPage:
    story: StoryDetail
    timeline: TimelineChart
    map: StakeholderMap
    voice_kinds: dict[int, str]
    claims: list[ClaimDetail]
    voices: list[StoryVoice]
    quotes_per_voice: int | None
    truncated: bool


def story_page(story: StoryDetail, full: bool = False) -> StoryPage:
    kinds = {v.speaker_id: voice_kind(v.kind, v.role, v.organization) for v in story.voices}
    claims = story.claims if full else story.claims[:MAX_CLAIMS_SHOWN]
    ranked = sorted(story.voices, key=lambda v: -v.quote_count)
    voices = ranked if full else ranked[:MAX_VOICES_SHOWN]
    points = [
        Voice(
            name=v.name,
            kind=kinds[v.speaker_id],
            stance=stance_score([q.stance for q in v.quotes] or [v.stance]),
            sentiment=v.sentiment,
            href=speaker_href(v.speaker_id),
            quotes=v.quote_count,
            label=v.stance,
        )
        for v in story.voices
    ]
    return StoryPage(
        story=story,
        timeline=timeline(_events(story.claims)),
        map=stakeholder_map(points),
        voice_kinds=kinds,
        claims=claims,
        voices=voices,
        quotes_per_voice=None if full else MAX_QUOTES_PER_VOICE,
        truncated=len(claims) < len(story.claims) or len(voices) < len(ranked),
    )


def _events(claims: list[ClaimDetail]) -> list[TimelineEvent]:
    return [
        TimelineEvent(
            lane=_short(claim.text),
            lane_id=str(claim.id),
            when=event.published,
            attitude=event.attitude,
            source=event.source,
            href=evidence_href(event.article_id, event.claim_start, event.claim_end),
        )
        for claim in claims[:MAX_TIMELINE_CLAIMS]
        for event in claim.lifecycle
    ]


def _short(text: str) -> str:
    return text if len(text) <= LANE_LABEL_CHARS else text[: LANE_LABEL_CHARS - 1].rstrip() + "…"

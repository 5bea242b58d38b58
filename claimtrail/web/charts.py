"""Geometry for the story page's two inline-SVG charts; the templates only draw what this computes.

* Timeline: one lane per claim, one dot per attribution placed by publication time and
  coloured by attitude (reported, denied, confirmed, ...), so "who said what, when" reads left
  to right.
* Stakeholder map: each voice at (stance, sentiment), shaped and grouped by speaker kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

# Chart canvas in SVG user units; the SVG scales with the page via viewBox.
TIMELINE_WIDTH = 760
TIMELINE_LANE_HEIGHT = 44
TIMELINE_MARGIN_LEFT = 170
TIMELINE_MARGIN_RIGHT = 70
TIMELINE_AXIS_HEIGHT = 34
SAME_SPOT_PX = 8     # dots closer than this share a spot ...
STACK_PX = 12        # ... and are stacked this far apart, within the lane's height
MAP_SIZE = 360
MAP_MARGIN = 36
# Where a stance label sits on the -1 (disagree) .. +1 (agree) axis when no scores exist.
STANCE_POSITION = {"agree": 0.75, "disagree": -0.75, "discuss": 0.0, "unrelated": 0.0}
SPEAKER_KINDS = ("company", "analyst", "politician", "investor", "official", "other")


@dataclass(frozen=True)
class TimelineEvent:
    lane: str          # the claim's short text
    lane_id: str       # the claim's id
    when: str | None   # ISO date or datetime of the article
    attitude: str      # report, deny, confirm, ...
    source: str        # who took the attitude
    href: str          # where the evidence is (the article page, focused on the claim)


@dataclass(frozen=True)
class PlacedEvent:
    event: TimelineEvent
    x: float
    y: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Lane:
    label: str
    lane_id: str
    y: float


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    lanes: list[Lane]
    events: list[PlacedEvent]
    ticks: list[Tick]
    undated: int


def parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def timeline(events: list[TimelineEvent]) -> TimelineChart:
    """Lanes in order of first appearance; dated events spread over the plot's width."""
    lane_ids = list(dict.fromkeys(e.lane_id for e in events))
    lanes = [Lane(label=next(e.lane for e in events if e.lane_id == lid), lane_id=lid,
                  y=TIMELINE_AXIS_HEIGHT + TIMELINE_LANE_HEIGHT * (i + 0.5))
             for i, lid in enumerate(lane_ids)]
    lane_y = {lane.lane_id: lane.y for lane in lanes}
    dated = [(e, t) for e in events if (t := parse_when(e.when)) is not None]
    first = min((t for _, t in dated), default=None)
    last = max((t for _, t in dated), default=None)
    placed = [PlacedEvent(e, _x(t, first, last), lane_y[e.lane_id]) for e, t in dated]
    height = TIMELINE_AXIS_HEIGHT + TIMELINE_LANE_HEIGHT * max(len(lanes), 1) + 8
    return TimelineChart(width=TIMELINE_WIDTH, height=height, lanes=lanes,
                         events=_spread(placed), ticks=_ticks(first, last),
                         undated=len(events) - len(dated))


def _x(t: datetime, first: datetime | None, last: datetime | None) -> float:
    plot = TIMELINE_WIDTH - TIMELINE_MARGIN_LEFT - TIMELINE_MARGIN_RIGHT
    if first is None or last is None or last == first:
        return TIMELINE_MARGIN_LEFT + plot / 2
    return TIMELINE_MARGIN_LEFT + plot * (t - first) / (last - first)


def _spread(placed: list[PlacedEvent]) -> list[PlacedEvent]:
    """Events at one spot (same moment, same lane) fan out up and down so each stays clickable."""
    seen: dict[tuple[int, float], int] = {}
    out = []
    for p in placed:
        key = (round(p.x / SAME_SPOT_PX), p.y)
        n = seen.get(key, 0)
        seen[key] = n + 1
        step = (n + 1) // 2 * (1 if n % 2 else -1)  # 0, +1, -1, +2, -2 ...
        out.append(PlacedEvent(p.event, p.x + SAME_SPOT_PX * abs(step) / 2,
                               p.y + STACK_PX * step))
    return out


def _ticks(first: datetime | None, last: datetime | None, count: int = 5) -> list[Tick]:
    if first is None or last is None:
        return []
    if first == last:
        return [Tick(_x(first, first, last), first.strftime("%d %b %Y"))]
    span = last - first
    fmt = "%d %b %H:%M" if span.days < 2 else "%d %b %Y"
    return [Tick(_x(t, first, last), t.strftime(fmt))
            for t in (first + span * i / (count - 1) for i in range(count))]


@dataclass(frozen=True)
class Voice:
    name: str
    kind: str            # company, analyst, politician, investor, official, other
    stance: str          # agree, disagree, discuss, unrelated
    sentiment: float     # -1 .. 1
    href: str
    quotes: int = 1
    stance_score: float | None = None  # -1 (disagree) .. +1 (agree) when a model scored it


@dataclass(frozen=True)
class PlacedVoice:
    voice: Voice
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class StakeholderMap:
    size: int
    margin: int
    voices: list[PlacedVoice]
    groups: dict[str, list[Voice]]


def stakeholder_map(voices: list[Voice]) -> StakeholderMap:
    """x: stance toward the central claim (disagree left, agree right); y: sentiment (up = +)."""
    plot = MAP_SIZE - 2 * MAP_MARGIN
    placed = []
    for i, v in enumerate(voices):
        stance = v.stance_score if v.stance_score is not None else STANCE_POSITION.get(v.stance, 0)
        # A small deterministic jitter keeps voices with identical scores from hiding each other.
        jitter = ((i * 37) % 11 - 5) * 2.0
        x = MAP_MARGIN + plot * (stance + 1) / 2 + jitter
        y = MAP_MARGIN + plot * (1 - (max(-1.0, min(1.0, v.sentiment)) + 1) / 2) - jitter / 2
        placed.append(PlacedVoice(v, x, y, r=5 + min(v.quotes, 6)))
    groups = {kind: [v for v in voices if v.kind == kind] for kind in SPEAKER_KINDS}
    return StakeholderMap(size=MAP_SIZE, margin=MAP_MARGIN, voices=placed,
                          groups={k: vs for k, vs in groups.items() if vs})

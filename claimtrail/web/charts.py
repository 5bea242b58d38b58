"""Geometry for the story page's two inline-SVG charts; the templates only draw what this computes.

* Timeline: one lane per claim, one dot per attribution placed by publication time and
  coloured by attitude (reported, denied, confirmed, ...), so "who said what, when" reads left
  to right.
* Stakeholder map: each voice at (stance, sentiment), shaped and grouped by speaker kind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# Chart canvas in SVG user units; the SVG scales with the page via viewBox.
TIMELINE_WIDTH = 760
TIMELINE_LANE_HEIGHT = 44
TIMELINE_MARGIN_LEFT = 170
TIMELINE_MARGIN_RIGHT = 70
TIMELINE_AXIS_HEIGHT = 34
SAME_SPOT_PX = 8  # dots closer than this share a spot ...
STACK_PX = 10  # ... and are stacked this far apart: rows at 0, -1, +1 within the lane
STACK_ROWS = (0, -1, 1)
MAP_SIZE = 440
MAP_MARGIN = 40
MIN_TONE_RANGE = 0.25
MAX_MAP_LABELS = 8  # the most quoted voices are named on the map; the rest on hover
# Dots drawn on the map (the most quoted); every voice is still listed in its kind's group.
# Also bounds the pairwise overlap relaxation, which is quadratic in the number of dots.
MAX_MAP_VOICES = 40
STANCE_VALUE = {"agree": 1.0, "disagree": -1.0, "discuss": 0.0, "unrelated": 0.0}
SPEAKER_KINDS = ("company", "analyst", "politician", "investor", "official", "other")


@dataclass(frozen=True)
class TimelineEvent:
    lane: str  # the claim's short text
    lane_id: str  # the claim's id
    when: str | None  # ISO date or datetime of the article
    attitude: str  # report, deny, confirm, ...
    source: str  # who took the attitude
    href: str  # where the evidence is (the article page, focused on the claim)


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
    lanes = [
        Lane(
            label=next(e.lane for e in events if e.lane_id == lid),
            lane_id=lid,
            y=TIMELINE_AXIS_HEIGHT + TIMELINE_LANE_HEIGHT * (i + 0.5),
        )
        for i, lid in enumerate(lane_ids)
    ]
    lane_y = {lane.lane_id: lane.y for lane in lanes}
    dated = [(e, t) for e in events if (t := parse_when(e.when)) is not None]
    first = min((t for _, t in dated), default=None)
    last = max((t for _, t in dated), default=None)
    placed = [PlacedEvent(e, _x(t, first, last), lane_y[e.lane_id]) for e, t in dated]
    height = TIMELINE_AXIS_HEIGHT + TIMELINE_LANE_HEIGHT * max(len(lanes), 1) + 8
    return TimelineChart(
        width=TIMELINE_WIDTH,
        height=height,
        lanes=lanes,
        events=_spread(placed),
        ticks=_ticks(first, last),
        undated=len(events) - len(dated),
    )


def _x(t: datetime, first: datetime | None, last: datetime | None) -> float:
    plot = TIMELINE_WIDTH - TIMELINE_MARGIN_LEFT - TIMELINE_MARGIN_RIGHT
    if first is None or last is None or last == first:
        return TIMELINE_MARGIN_LEFT + plot / 2
    return TIMELINE_MARGIN_LEFT + plot * (t - first) / (last - first)


def _spread(placed: list[PlacedEvent]) -> list[PlacedEvent]:
    """Events at one spot (same moment, same lane) fill a small grid, three dots high and as
    many columns wide as needed, so each stays clickable and inside its lane."""
    seen: dict[tuple[int, float], int] = {}
    out = []
    for p in placed:
        key = (round(p.x / SAME_SPOT_PX), p.y)
        n = seen.get(key, 0)
        seen[key] = n + 1
        column, row = divmod(n, len(STACK_ROWS))
        out.append(PlacedEvent(p.event, p.x + STACK_PX * column, p.y + STACK_PX * STACK_ROWS[row]))
    return out


def _ticks(first: datetime | None, last: datetime | None, count: int = 5) -> list[Tick]:
    """About ``count`` ticks: on midnights when the story spans days, else evenly spaced."""
    if first is None or last is None:
        return []
    if first == last:
        return [Tick(_x(first, first, last), first.strftime("%d %b %Y"))]
    span = last - first
    if span < timedelta(days=2):
        return [
            Tick(_x(t, first, last), t.strftime("%d %b %H:%M"))
            for t in (first + span * i / (count - 1) for i in range(count))
        ]
    step = timedelta(days=math.ceil(span.days / (count - 1)))
    midnight = first.replace(hour=0, minute=0, second=0, microsecond=0)
    day = midnight if midnight == first else midnight + timedelta(days=1)
    ticks = []
    while day <= last:
        ticks.append(Tick(_x(day, first, last), day.strftime("%d %b")))
        day += step
    return ticks


@dataclass(frozen=True)
class Voice:
    name: str
    kind: str  # company, analyst, politician, investor, official, other
    stance: float  # -1 (disagrees with the claim) .. +1 (agrees)
    sentiment: float  # -1 .. 1
    href: str
    quotes: int = 1
    label: str = ""  # e.g. "discuss"; shown in the hover title


@dataclass(frozen=True)
class PlacedVoice:
    voice: Voice
    x: float
    y: float
    r: float
    labelled: bool


@dataclass(frozen=True)
class StakeholderMap:
    size: int
    margin: int
    voices: list[PlacedVoice]
    groups: dict[str, list[Voice]]
    tone_range: float


def stance_score(labels: list[str]) -> float:
    """Where a voice stands: the mean of its quotes' stances (agree +1, disagree -1, else 0)."""
    values = [STANCE_VALUE.get(label, 0.0) for label in labels]
    return sum(values) / len(values) if values else 0.0


def stakeholder_map(voices: list[Voice]) -> StakeholderMap:
    """x: stance toward the central claim (disagree left, agree right); y: tone (up = +).

    The tone axis spans the story's own range (at least +-MIN_TONE_RANGE): news quotes rarely
    score beyond +-0.5, and a fixed +-1 axis would squeeze every voice into the middle.
    """
    plot = MAP_SIZE - 2 * MAP_MARGIN
    tone = max([MIN_TONE_RANGE, *(abs(v.sentiment) for v in voices)])
    ranked = sorted(voices, key=lambda v: -v.quotes)
    labelled = {id(v) for v in ranked[:MAX_MAP_LABELS]}
    placed = [
        PlacedVoice(
            v,
            x=MAP_MARGIN + plot * (v.stance + 1) / 2,
            y=MAP_MARGIN + plot * (1 - (v.sentiment / tone + 1) / 2),
            r=4 + min(v.quotes, 6),
            labelled=id(v) in labelled,
        )
        for v in ranked[:MAX_MAP_VOICES]
    ]
    groups = {kind: [v for v in voices if v.kind == kind] for kind in SPEAKER_KINDS}
    return StakeholderMap(
        size=MAP_SIZE,
        margin=MAP_MARGIN,
        voices=_separate(placed),
        groups={k: vs for k, vs in groups.items() if vs},
        tone_range=tone,
    )


def _separate(placed: list[PlacedVoice], rounds: int = 25) -> list[PlacedVoice]:
    """Push overlapping dots apart (a few relaxation rounds, a small beeswarm) so each stays
    visible; the push is along the line between two dots, or a fixed angle when they coincide."""
    xs, ys = [p.x for p in placed], [p.y for p in placed]
    lo, hi = MAP_MARGIN, MAP_SIZE - MAP_MARGIN
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(placed):
            for j in range(i + 1, len(placed)):
                dx, dy = xs[j] - xs[i], ys[j] - ys[i]
                dist = math.hypot(dx, dy)
                gap = a.r + placed[j].r + 1 - dist
                if gap <= 0:
                    continue
                ux, uy = (dx / dist, dy / dist) if dist > 1e-6 else (math.cos(j), math.sin(j))
                half = gap / 2
                xs[i], ys[i] = _clamp(xs[i] - ux * half, lo, hi), _clamp(ys[i] - uy * half, lo, hi)
                xs[j], ys[j] = _clamp(xs[j] + ux * half, lo, hi), _clamp(ys[j] + uy * half, lo, hi)
                moved = True
        if not moved:
            break
    return [
        PlacedVoice(p.voice, x, y, p.r, p.labelled) for p, x, y in zip(placed, xs, ys, strict=True)
    ]


def _clamp(value: float, lo: float, hi: float) -> float:
    return min(hi, max(lo, value))

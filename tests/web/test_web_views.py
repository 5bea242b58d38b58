"""The pure parts of the pages: offset highlighting, chart geometry, stakeholder kinds."""

from __future__ import annotations

import pytest

from claimtrail.web.charts import (
    MAP_MARGIN,
    MAP_SIZE,
    TimelineEvent,
    Voice,
    stakeholder_map,
    stance_score,
    timeline,
)
from claimtrail.web.highlight import Mark, paragraphs, segments
from claimtrail.web.kinds import voice_kind

TEXT = 'Ford said "we deny talks" today.\n\nXiaomi agreed.'


def test_segments_cut_at_every_boundary_and_keep_all_covering_marks() -> None:
    marks = [Mark("q", "quote", 10, 25), Mark("c", "claim", 0, 31)]
    segs = segments(TEXT, marks)
    assert "".join(s.text for s in segs) == TEXT
    inner = next(s for s in segs if s.text == '"we deny talks"')
    assert inner.ids == ["q", "c"] and inner.innermost == marks[0]
    assert inner.kinds == ["claim", "quote"]


def test_marks_outside_the_text_or_empty_are_dropped() -> None:
    segs = segments(TEXT, [Mark("x", "claim", 5, 5), Mark("y", "quote", 40, 999)])
    assert [s.marks for s in segs] == [()]


def test_paragraphs_split_at_blank_lines_and_keep_offsets() -> None:
    paras = paragraphs(TEXT, [Mark("c", "claim", 34, 47)])
    assert [["".join(s.text for s in p)] for p in paras] == [
        ['Ford said "we deny talks" today.'],
        ["Xiaomi agreed."],
    ]
    assert paras[1][0].start == 34 and paras[1][0].ids == ["c"]


def _event(when: str | None, attitude: str = "report", lane: str = "c1") -> TimelineEvent:
    return TimelineEvent(
        lane="claim", lane_id=lane, when=when, attitude=attitude, source="FT", href="/"
    )


def test_timeline_orders_by_time_and_counts_undated() -> None:
    chart = timeline(
        [
            _event("2025-06-09T07:30:00Z"),
            _event("2025-06-11", "deny"),
            _event(None),
            _event("2025-06-10", lane="c2"),
        ]
    )
    xs = {e.event.when: e.x for e in chart.events}
    assert xs["2025-06-09T07:30:00Z"] < xs["2025-06-10"] < xs["2025-06-11"]
    assert chart.undated == 1 and len(chart.lanes) == 2 and chart.ticks


def test_same_moment_events_do_not_hide_each_other() -> None:
    chart = timeline([_event("2025-06-10"), _event("2025-06-10", "deny")])
    a, b = chart.events
    assert (a.x, a.y) != (b.x, b.y)


def test_stakeholder_map_places_by_stance_and_tone_without_overlap() -> None:
    voices = [
        Voice(name=f"v{i}", kind="analyst", stance=0.0, sentiment=0.1, href="/") for i in range(6)
    ]
    voices.append(Voice(name="Ford", kind="company", stance=-1.0, sentiment=-0.5, href="/"))
    m = stakeholder_map(voices)
    ford = next(p for p in m.voices if p.voice.name == "Ford")
    assert ford.x < MAP_SIZE / 2 and ford.y > MAP_SIZE / 2
    for i, a in enumerate(m.voices):
        assert MAP_MARGIN <= a.x <= MAP_SIZE - MAP_MARGIN
        for b in m.voices[i + 1 :]:
            assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= a.r + b.r - 0.5
    assert list(m.groups) == ["company", "analyst"]


def test_stance_score() -> None:
    assert stance_score(["agree", "agree", "discuss", "disagree"]) == 0.25
    assert stance_score([]) == 0.0


@pytest.mark.parametrize(
    ("kind", "role", "org", "expected"),
    [
        ("person", "Auto Industry Analyst", None, "analyst"),
        ("person", "Senator", None, "politician"),
        ("person", "Green Tech Investor", None, "investor"),
        ("person", "official", "Commerce Department", "official"),
        ("person", "CEO", "Ford", "company"),
        ("organization", None, None, "company"),
        ("anonymous", None, None, "other"),
    ],
)
def test_voice_kind(kind: str, role: str | None, org: str | None, expected: str) -> None:
    assert voice_kind(kind, role, org) == expected


def test_search_snippet_matches_become_parts_not_markup() -> None:
    from claimtrail.web.pages import snippet_parts

    assert snippet_parts("Ford [denied] <b>it</b> [x]") == [
        ("Ford ", False),
        ("denied", True),
        (" <b>it</b> ", False),
        ("x", True),
    ]


def test_only_http_urls_become_links() -> None:
    from claimtrail.web.links import external_href

    assert external_href("https://example.com/a") == "https://example.com/a"
    assert external_href("javascript:alert(1)") is None
    assert external_href(" JavaScript:alert(1)") is None and external_href(None) is None


def test_big_stories_are_cut_with_a_way_to_the_full_page() -> None:
    from claimtrail.store.views import ClaimDetail, StoryDetail, StoryVoice
    from claimtrail.web.story_view import MAX_CLAIMS_SHOWN, MAX_VOICES_SHOWN, story_page

    claims = [
        ClaimDetail(id=i, text=f"claim {i}", status="reported", story_id=1)
        for i in range(1, MAX_CLAIMS_SHOWN + 5)
    ]
    voices = [
        StoryVoice(
            speaker_id=i,
            name=f"v{i}",
            kind="person",
            stance="discuss",
            sentiment=0.0,
            quote_count=i,
        )
        for i in range(1, MAX_VOICES_SHOWN + 5)
    ]
    story = StoryDetail(
        id=1,
        title="t",
        central_claim_id=1,
        central_claim="claim 1",
        central_status="reported",
        article_count=1,
        first_seen=None,
        last_seen=None,
        last_change=None,
        claims=claims,
        voices=voices,
    )
    cut = story_page(story)
    assert len(cut.claims) == MAX_CLAIMS_SHOWN and cut.truncated
    assert cut.voices[0].quote_count == MAX_VOICES_SHOWN + 4  # the most quoted first
    full = story_page(story, full=True)
    assert len(full.claims) == len(claims) and len(full.voices) == len(voices)
    assert full.quotes_per_voice is None

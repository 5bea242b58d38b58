"""``claimtrail watch --once`` against a loopback news site: each article ingested once, a silent
edit recorded as a revision with its status change, robots.txt and failures handled, and the
webhook receiver gets one signed event per status change."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.store import open_store
from claimtrail.store.schema import status_changes
from claimtrail.store.store import resolve_url
from claimtrail.watch.sinks import EVENT_ID_HEADER, SIGNATURE_HEADER
from tests.ingest.fake_site import Route, Site, article_html, news_sitemap, rss, serve

runner = CliRunner()
SECRET = "s3cret"
DELAY_S = 0.1  # between two requests to the site; the tests check the spacing
HEADLINE = "Ford in talks to build Xiaomi cars in Ohio"
TALKS = [
    "Ford is in talks with Xiaomi to build electric cars at its Ohio plant, people "
    "familiar with the matter said on Monday.",
    "The talks are at an early stage, the people said.",
]
EDITED = [
    TALKS[0],
    "Ford denied that it is in talks with Xiaomi to build electric cars at its Ohio plant.",
    '"We are not in talks with Xiaomi," a Ford spokesman said.',
]
MAYOR = [
    "The mayor of Springfield will resign next month, two aides said on Tuesday.",
    "The mayor has led the city for twelve years, the aides said.",
]
PORT = [
    "The port of Lisbon will add a container terminal by 2027, the harbour authority "
    "said in a statement.",
    "Work on the terminal starts in the spring, it said.",
]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.routes["/robots.txt"] = Route(
            b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        running.page("/a/1", article_html(HEADLINE, TALKS))
        running.page("/a/2", article_html("Springfield mayor to resign", MAYOR))
        running.page("/a/3", article_html("Lisbon port to add terminal", PORT))
        running.page("/private/p", article_html("Not for robots", PORT))
        running.routes["/a/500"] = Route(b"err", status=500)
        running.routes["/a/slow"] = Route(b"late", delay=1.5)
        running.routes["/a/loop"] = Route(status=302, headers={"Location": "/a/loop"})
        running.routes["/a/pdf"] = Route(b"%PDF-1.4", content_type="application/pdf")
        running.routes["/a/huge"] = Route(stream_bytes=50 * 1024 * 1024)
        items = [
            (p, running.url(p))
            for p in (
                "/a/1",
                "/a/2",
                "/private/p",
                "/a/500",
                "/a/slow",
                "/a/loop",
                "/a/pdf",
                "/a/huge",
            )
        ]
        running.routes["/feed.xml"] = Route(
            rss("Example", items).encode(), content_type="application/rss+xml"
        )
        running.routes["/news.xml"] = Route(
            news_sitemap([running.url("/a/3")]).encode(), content_type="application/xml"
        )
        yield running


def watch_args(site: Site, db: Path | str, *extra: str) -> list[str]:
    return [
        "watch",
        "--once",
        "--db",
        str(db),
        "--matcher",
        "lexical",
        "--no-stance-model",
        "--delay",
        str(DELAY_S),
        "--timeout",
        "0.5",
        "--max-bytes",
        "1000000",
        "--recheck-every",
        "0s",
        "--events",
        "none",
        "--webhook",
        site.url("/hook"),
        "--webhook-secret",
        SECRET,
        *extra,
        site.url("/feed.xml"),
        site.url("/news.xml"),
    ]


def signed_events(site: Site) -> list[dict[str, object]]:
    out = []
    for post in site.posts:
        expected = "sha256=" + hmac.new(SECRET.encode(), post.body, hashlib.sha256).hexdigest()
        assert post.headers[SIGNATURE_HEADER] == expected
        event = json.loads(post.body)
        assert post.headers[EVENT_ID_HEADER] == str(event["id"])
        out.append(event)
    return out


def store_changes(db: Path | str) -> list[tuple[int, str, str, str]]:
    engine = create_engine(resolve_url(str(db)))
    with engine.connect() as conn:
        rows = conn.execute(
            select(status_changes)
            .where(status_changes.c.old_status.is_not(None))
            .order_by(status_changes.c.id)
        ).all()
    engine.dispose()
    return [(r.claim_id, r.old_status, r.new_status, r.cause) for r in rows]


def test_watch_once_twice_ingests_once_and_records_the_edit(site: Site, store_url: str) -> None:
    db = store_url
    first = runner.invoke(build_app(), watch_args(site, db))
    assert first.exit_code == 1, first.output  # some pages failed; the rest are stored
    for path, message in [
        ("/a/500", "HTTP 500"),
        ("/a/slow", "timed out"),
        ("/a/loop", "redirect loop"),
        ("/a/pdf", "not an HTML page"),
        ("/a/huge", "larger than"),
        ("/private/p", "robots.txt"),
    ]:
        assert f"skipped {site.url(path)}: " in first.stderr, path
        assert message in first.stderr.split(f"skipped {site.url(path)}: ")[1].split("\n")[0]
    assert "/private/p" not in site.paths()
    # Seen by the server, where a loaded machine can delay one arrival and so shorten the gap
    # after it: the starts span at least the delays they owe, and no two arrive together.
    starts = sorted(h.at for h in site.hits)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert starts[-1] - starts[0] >= DELAY_S * len(gaps) * 0.9, gaps
    assert min(gaps) >= DELAY_S * 0.25, gaps
    with open_store(str(db), matcher="lexical") as store:
        assert store.stats().originals == 3
    new_stories = [e for e in signed_events(site) if e["kind"] == "new_story"]
    assert len(new_stories) == 3 and not [
        e for e in signed_events(site) if e["kind"] == "status_change"
    ]

    site.page("/a/1", article_html(HEADLINE, EDITED))  # a silent edit, same URL
    hits_before = len(site.hits)
    second = runner.invoke(build_app(), watch_args(site, db))
    assert second.exit_code == 0, second.output  # the failed pages are not due again yet
    assert "revision: " in second.stderr
    later = site.hits[hits_before:]
    feed = [h for h in later if h.path == "/feed.xml"]
    assert feed and "If-None-Match" in feed[0].headers  # conditional GET: a 304
    assert "/private/p" not in site.paths()
    with open_store(str(db), matcher="lexical") as store:
        stats = store.stats()
        assert stats.originals == 3 and stats.articles == 4  # one revision, nothing doubled
    changes = store_changes(db)
    assert changes and all(cause == "revision" for *_, cause in changes)
    assert any(new == "denied" for _, _, new, _ in changes)
    delivered = [e for e in signed_events(site) if e["kind"] == "status_change"]
    assert [
        (e["claim_id"], e["old_status"], e["new_status"], e["cause"]) for e in delivered
    ] == changes

    third = runner.invoke(build_app(), watch_args(site, db))  # nothing new: nothing sent
    assert len(signed_events(site)) == 3 + len(changes), third.output


def test_alert_picks_matching_events_as_json_lines(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    out = tmp_path / "events.jsonl"
    args = watch_args(site, db, "--alert", "entity:Xiaomi status:denied", "--events", str(out))
    runner.invoke(build_app(), args)
    assert out.read_text() == ""  # nothing about Xiaomi is denied yet
    site.page("/a/1", article_html(HEADLINE, EDITED))
    runner.invoke(build_app(), args)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines and all(
        e["new_status"] == "denied" and "Xiaomi" in " ".join(e["entities"]) for e in lines
    )
    assert [e["id"] for e in lines] == [e["id"] for e in signed_events(site)]


def test_bad_alert_and_bad_source_are_clear_errors(tmp_path: Path) -> None:
    result = runner.invoke(
        build_app(),
        [
            "watch",
            "--once",
            "--db",
            str(tmp_path / "s.db"),
            "--alert",
            "status:gone",
            "http://127.0.0.1:9/f",
        ],
    )
    assert result.exit_code == 3 and "gone is not a status" in " ".join(result.stderr.split())
    result = runner.invoke(
        build_app(),
        ["watch", "--once", "--db", str(tmp_path / "s.db"), str(tmp_path / "missing.opml")],
    )
    assert result.exit_code == 3
    assert "not a URL and not a readable file" in " ".join(result.stderr.split())


def test_opml_sources(tmp_path: Path) -> None:
    from claimtrail.watch.loop import read_sources

    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head>'
        '<body><outline text="News"><outline type="rss" text="A" '
        'xmlUrl="https://a.example/feed"/><outline type="rss" text="B" '
        'xmlUrl="https://b.example/rss"/></outline></body></opml>'
    )
    listing = tmp_path / "feeds.txt"
    listing.write_text("# mine\nhttps://c.example/sitemap.xml\n")
    assert read_sources([str(opml), str(listing), "https://a.example/feed"]) == [
        "https://a.example/feed",
        "https://b.example/rss",
        "https://c.example/sitemap.xml",
    ]

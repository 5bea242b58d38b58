"""URLs wherever paths are accepted: ``analyze URL`` and ``ingest FEED_URL`` on a loopback site,
with a failing entry listed and the rest of the batch done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.ingest.fetch import DEFAULT_DELAY_S, FetchPolicy
from claimtrail.store import open_store
from tests.ingest.fake_site import Route, Site, article_html, rss, serve

runner = CliRunner()
TALKS = [
    "Ford is in talks with Xiaomi to build electric cars at its Ohio plant, people "
    "familiar with the matter said on Monday.",
    "The talks are at an early stage, the people said.",
]
DENIAL = [
    "Ford denied that it is in talks with Xiaomi to build electric cars at its Ohio plant.",
    '"We are not in talks with Xiaomi," a Ford spokesman said on Tuesday.',
]


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setenv("CLAIMTRAIL_FETCH_DELAY", "0")
    with serve() as running:
        running.page("/a/1", article_html("Ford in talks to build Xiaomi cars", TALKS))
        running.page(
            "/a/2", article_html("Ford denies Xiaomi talks", DENIAL, date="2025-06-11T08:00:00Z")
        )
        running.routes["/a/500"] = Route(b"err", status=500)
        items = [
            ("One", running.url("/a/1")),
            ("Broken", running.url("/a/500")),
            ("Two", running.url("/a/2")),
        ]
        running.routes["/feed.xml"] = Route(
            rss("Example", items).encode(), content_type="application/rss+xml"
        )
        yield running


def test_analyze_reads_an_article_url(site: Site) -> None:
    result = runner.invoke(
        build_app(), ["analyze", "--no-stance-model", "-f", "jsonl", site.url("/a/1")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["url"] == site.url("/a/1")
    assert data["article"]["source"] == "Example News" and data["claims"]


def test_ingest_reads_a_feed_url_and_lists_the_failed_entry(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    result = runner.invoke(
        build_app(),
        [
            "ingest",
            "--no-stance-model",
            "--matcher",
            "lexical",
            "--db",
            str(db),
            "--format",
            "json",
            site.url("/feed.xml"),
        ],
    )
    assert result.exit_code == 1, result.output  # one input failed, the rest stored
    summary = json.loads(result.stdout)
    assert summary["outcomes"] == {"new": 2}
    assert summary["skipped"] == [
        {"input": site.url("/a/500"), "reason": "HTTP 500 Internal Server Error"}
    ]
    with open_store(str(db), matcher="lexical") as store:
        urls = {a.url for a in store.list_articles().items}
    assert urls == {site.url("/a/1"), site.url("/a/2")}


def test_policy_from_env_defaults_and_overrides() -> None:
    assert FetchPolicy.from_env({}).delay == DEFAULT_DELAY_S
    policy = FetchPolicy.from_env(
        {"CLAIMTRAIL_FETCH_DELAY": "0.5", "CLAIMTRAIL_USER_AGENT": "me/1"}
    )
    assert policy.delay == 0.5 and policy.user_agent == "me/1"


def test_analyze_a_feed_url_as_json_is_one_array(site: Site) -> None:
    result = runner.invoke(
        build_app(), ["analyze", "--no-stance-model", "-f", "json", site.url("/feed.xml")]
    )
    assert result.exit_code == 1  # the 500 entry failed, the two others are analysed
    data = json.loads(result.stdout)
    assert [a["article"]["headline"] for a in data] == [
        "Ford in talks to build Xiaomi cars",
        "Ford denies Xiaomi talks",
    ]

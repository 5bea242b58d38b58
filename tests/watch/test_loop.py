"""The poll loop without spaCy (a stub analyser): a crash between storing an article and saving
the page's state re-does that page without storing it twice; the stop flag is honoured between
articles; failing pages back off; durations parse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimtrail.errors import InputError
from claimtrail.ingest.fetch import Fetcher, FetchPolicy
from claimtrail.ingest.readers import RawArticle
from claimtrail.loader import bare_analysis
from claimtrail.models import Analysis
from claimtrail.store import Store
from claimtrail.store.watch_state import WatchState
from claimtrail.watch.loop import Watcher, WatchOptions, parse_duration
from tests.ingest.fake_site import Route, Site, article_html, rss, serve

POLICY = FetchPolicy(delay=0.0, timeout=2.0)


class StubAnalyzer:
    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, raw: RawArticle) -> Analysis:
        self.calls += 1
        return bare_analysis(raw)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        for i in range(3):
            running.page(
                f"/a/{i}",
                article_html(
                    f"Story number {i}",
                    [
                        f"The council of Town{i} approved a budget of {i + 2} million on Monday, "
                        f"officials said.",
                        "The vote was unanimous and the plan starts in May.",
                    ],
                ),
            )
        items = [(str(i), running.url(f"/a/{i}")) for i in range(3)]
        running.routes["/feed.xml"] = Route(
            rss("Example", items).encode(), content_type="application/rss+xml"
        )
        yield running


def _watcher(store: Store, site: Site, analyzer: StubAnalyzer, **kw: object) -> Watcher:
    return Watcher(
        store,
        WatchState(store.url),
        Fetcher(POLICY),
        lambda: analyzer,
        [site.url("/feed.xml")],
        options=WatchOptions(recheck_every=0),
        **kw,
    )


def test_a_crash_after_storing_redoes_the_page_without_doubling(
    store: Store, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer = StubAnalyzer()
    watcher = _watcher(store, site, analyzer)
    real = WatchState.fetched
    calls = {"n": 0}

    def crash_on_second_page(self: WatchState, url: str, **kw: object) -> None:
        if url.endswith("/a/1"):
            calls["n"] += 1
            if calls["n"] == 1:
                raise KeyboardInterrupt  # killed after the article's commit, before its state
        real(self, url, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(WatchState, "fetched", crash_on_second_page)
    with pytest.raises(KeyboardInterrupt):
        watcher.poll(all_sources=True)
    assert store.stats().originals == 2
    report = _watcher(store, site, analyzer).poll(all_sources=True)
    assert store.stats().originals == 3 and store.stats().articles == 3
    assert report.outcomes["unchanged"] == 1 and report.outcomes["new"] == 1
    assert analyzer.calls == 3  # the stored text was recognised, not analysed again


def test_stop_is_honoured_between_articles(store: Store, site: Site) -> None:
    analyzer = StubAnalyzer()
    watcher = _watcher(store, site, analyzer)
    original = watcher._store

    def store_then_stop(raw: RawArticle, report: object) -> int:
        article_id = original(raw, report)  # type: ignore[arg-type]
        watcher.stop.set()
        return article_id

    watcher._store = store_then_stop  # type: ignore[method-assign]
    report = watcher.poll(all_sources=True)
    assert report.stopped and store.stats().originals == 1


def test_a_failing_page_backs_off_and_a_banned_one_is_dropped(store: Store, site: Site) -> None:
    site.routes["/a/1"] = Route(b"err", status=503)
    site.routes["/robots.txt"] = Route(
        b"User-agent: claimtrail\nDisallow: /a/2\n", content_type="text/plain"
    )
    report = _watcher(store, site, StubAnalyzer()).poll(all_sources=True)
    assert {f.message.split(" ")[0] for f in report.failures} == {"HTTP", "disallowed"}
    with WatchState(store.url) as state:
        failing = state.get(site.url("/a/1"))
        banned = state.get(site.url("/a/2"))
    assert failing is not None and failing.failures == 1 and failing.next_fetch is not None
    assert failing.last_error == "HTTP 503 Service Unavailable"
    assert banned is not None and banned.next_fetch is None  # not asked again


def test_durations() -> None:
    assert parse_duration("10m") == 600 and parse_duration("90") == 90
    assert parse_duration("2h") == 7200 and parse_duration("1d") == 86400
    with pytest.raises(InputError, match="not a duration"):
        parse_duration("soon")

"""The polite fetcher and URL inputs against a loopback site: every failure is a per-URL
message, nothing stops the batch, and robots.txt, rate limits and validators are honoured."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from claimtrail.ingest.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchFailure,
    FetchPolicy,
    FetchResult,
    Validators,
)
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.ingest.web import read_url, read_urls
from tests.ingest.fake_site import (
    Route,
    Site,
    article_html,
    news_sitemap,
    rss,
    serve,
    sitemap_index,
)

PARAS = [
    "Ford is in talks with Xiaomi to build electric cars at its Ohio plant, people "
    "familiar with the matter said on Monday.",
    "The talks are at an early stage and could still collapse, the people said.",
]
FAST = FetchPolicy(delay=0.0, timeout=2.0, max_bytes=1024 * 1024)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.routes["/robots.txt"] = Route(
            b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        yield running


def _fetch(site: Site, path: str, policy: FetchPolicy = FAST, **kw: object) -> object:
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(site.url(path), **kw)  # type: ignore[arg-type]


def test_page_is_fetched_with_our_user_agent_and_read_with_its_metadata(site: Site) -> None:
    site.page(
        "/a/1?utm_source=feed",
        article_html("Ford in talks with Xiaomi", PARAS, canonical="https://news.example/a/1"),
    )
    with Fetcher(FAST) as fetcher:
        (item,) = list(read_url(site.url("/a/1?utm_source=feed"), fetcher))
    assert isinstance(item, RawArticle), item
    assert item.url == "https://news.example/a/1"  # the canonical URL, not the tracking one
    assert item.headline == "Ford in talks with Xiaomi" and "early stage" in item.text
    assert item.author == "Jane Roe" and item.source == "Example News"
    assert item.published == "2025-06-10T08:00:00Z"  # the time too, not only trafilatura's day
    assert "Copyright" not in item.text  # boilerplate dropped
    page_hit = next(h for h in site.hits if h.path.startswith("/a/1"))
    assert page_hit.headers["User-Agent"] == DEFAULT_USER_AGENT


def test_conditional_get_turns_an_unchanged_page_into_a_304(site: Site) -> None:
    site.page("/a/2", article_html("Page", PARAS))
    with Fetcher(FAST) as fetcher:
        first = fetcher.fetch(site.url("/a/2"))
        assert isinstance(first, FetchResult) and first.validators.etag
        again = fetcher.fetch(site.url("/a/2"), validators=first.validators)
        assert isinstance(again, FetchResult) and again.not_modified and again.body == b""
        site.page("/a/2", article_html("Page", PARAS + ["An added paragraph."]))
        edited = fetcher.fetch(site.url("/a/2"), validators=first.validators)
    assert isinstance(edited, FetchResult) and not edited.not_modified
    assert b"added paragraph" in edited.body
    assert site.hits[-2].headers["If-None-Match"] == first.validators.etag


def test_last_modified_is_sent_back(site: Site) -> None:
    site.page("/a/3", "<html></html>")
    _fetch(site, "/a/3", validators=Validators(last_modified="Tue, 10 Jun 2025 09:00:00 GMT"))
    assert site.hits[-1].headers["If-Modified-Since"] == "Tue, 10 Jun 2025 09:00:00 GMT"


def test_gzip_bodies_are_decoded(site: Site) -> None:
    site.page("/gz", article_html("Zipped", PARAS), gzip=True)
    result = _fetch(site, "/gz")
    assert isinstance(result, FetchResult) and b"Zipped" in result.body
    assert "gzip" in site.hits[-1].headers["Accept-Encoding"]


def test_redirects_are_followed_and_loops_named(site: Site) -> None:
    site.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    site.page("/new", article_html("Moved", PARAS))
    moved = _fetch(site, "/old")
    assert isinstance(moved, FetchResult) and moved.final_url == site.url("/new")
    site.routes["/loop-a"] = Route(status=302, headers={"Location": "/loop-b"})
    site.routes["/loop-b"] = Route(status=302, headers={"Location": "/loop-a"})
    loop = _fetch(site, "/loop-a")
    assert isinstance(loop, FetchFailure) and "redirect loop" in loop.message


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (Route(b"boom", status=500), "HTTP 500"),
        (Route(b"gone", status=404), "HTTP 404"),
        (Route(b"late", delay=1.5), "timed out"),
    ],
)
def test_http_failures_are_messages(site: Site, route: Route, expected: str) -> None:
    site.routes["/x"] = route
    result = _fetch(site, "/x", FetchPolicy(delay=0.0, timeout=0.5))
    assert isinstance(result, FetchFailure) and expected in result.message


def test_robots_txt_disallow_is_honoured_without_requesting_the_page(site: Site) -> None:
    site.page("/private/a", article_html("Secret", PARAS))
    result = _fetch(site, "/private/a")
    assert isinstance(result, FetchFailure) and "robots.txt" in result.message
    assert "/private/a" not in site.paths() and site.count("/robots.txt") == 1


def test_robots_txt_answering_500_keeps_us_off_the_host(site: Site) -> None:
    site.routes["/robots.txt"] = Route(b"", status=500)
    site.page("/a/1", article_html("Page", PARAS))
    result = _fetch(site, "/a/1")
    assert isinstance(result, FetchFailure) and "robots.txt" in result.message
    assert "/a/1" not in site.paths()


def test_missing_robots_txt_allows_everything(site: Site) -> None:
    del site.routes["/robots.txt"]
    site.page("/a/1", article_html("Page", PARAS))
    assert isinstance(_fetch(site, "/a/1"), FetchResult)


@pytest.mark.parametrize("declared", [True, False])
def test_a_50_mb_body_is_cut_off_at_the_limit(site: Site, declared: bool) -> None:
    site.routes["/huge"] = Route(stream_bytes=50 * 1024 * 1024, declare_length=declared)
    started = time.monotonic()
    result = _fetch(site, "/huge")
    assert isinstance(result, FetchFailure) and "larger than 1 MB" in result.message
    assert time.monotonic() - started < 5
    assert "/huge#complete" not in site.paths()  # the server never got to send it all


class _Recording(httpx.HTTPTransport):
    """When each request actually leaves the client."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(time.monotonic())
        return super().handle_request(request)


def test_rate_limit_spaces_requests_to_one_host(site: Site) -> None:
    for i in range(4):
        site.page(f"/r/{i}", "<html></html>")
    transport = _Recording()
    with Fetcher(FetchPolicy(delay=0.2, per_host=2, timeout=2.0), transport=transport) as f:
        f.fetch_many([site.url(f"/r/{i}") for i in range(4)])
    starts = sorted(transport.sent)  # robots.txt, then the four pages
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    # Starts are scheduled 0.2 s apart; a thread woken late can shorten the next gap a little.
    assert len(starts) == 5 and min(gaps) >= 0.15 and starts[-1] - starts[0] >= 0.75


def test_connection_refused_and_dns_failures_are_messages() -> None:
    with Fetcher(FetchPolicy(delay=0.0, timeout=1.0, robots=False)) as fetcher:
        refused = fetcher.fetch("http://127.0.0.1:9/x")
        assert isinstance(refused, FetchFailure) and "refused" in refused.message
        bad = fetcher.fetch("ftp://127.0.0.1/x")
        assert isinstance(bad, FetchFailure) and "not an http" in bad.message


def test_feed_url_yields_its_entries_pages_and_failures_do_not_stop_it(site: Site) -> None:
    site.page("/a/1", article_html("First story", PARAS))
    site.page("/a/2", article_html("Second story", PARAS[::-1]))
    site.routes["/a/pdf"] = Route(b"%PDF-1.4 binary", content_type="application/pdf")
    site.routes["/a/500"] = Route(b"err", status=500)
    items = [
        ("First", site.url("/a/1")),
        ("PDF", site.url("/a/pdf")),
        ("Broken", site.url("/a/500")),
        ("Banned", site.url("/private/x")),
        ("Second", site.url("/a/2")),
    ]
    site.routes["/feed"] = Route(rss("Example", items).encode(), content_type="application/rss+xml")
    with Fetcher(FAST) as fetcher:
        results = list(read_url(site.url("/feed"), fetcher))
    articles = [r for r in results if isinstance(r, RawArticle)]
    failures = {r.path: r.message for r in results if isinstance(r, InputFailure)}
    assert [a.headline for a in articles] == ["First story", "Second story"]
    assert "not an HTML page (application/pdf)" in failures[site.url("/a/pdf")]
    assert "HTTP 500" in failures[site.url("/a/500")]
    assert "robots.txt" in failures[site.url("/private/x")]


def test_news_sitemap_index_yields_pages_dated_by_the_sitemap(site: Site) -> None:
    site.page("/s/1", article_html("Sitemap story", PARAS, date=""))
    site.routes["/news.xml"] = Route(
        news_sitemap([site.url("/s/1")]).encode(), content_type="application/xml"
    )
    site.routes["/sitemap.xml"] = Route(
        sitemap_index([site.url("/news.xml")]).encode(), content_type="application/xml"
    )
    (item,) = list(read_urls([site.url("/sitemap.xml")], Fetcher(FAST)))
    assert isinstance(item, RawArticle) and item.headline == "Sitemap story"
    assert item.published == "2025-06-11T10:00:00Z"


def test_a_latin_1_page_declared_in_its_meta_tag_is_decoded(site: Site) -> None:
    page = article_html("Café owners in Zürich protest", PARAS).replace(
        "<head>", '<head><meta charset="iso-8859-1">'
    )
    site.routes["/latin"] = Route(page.encode("latin-1"), content_type="text/html")
    (item,) = list(read_urls([site.url("/latin")], Fetcher(FAST)))
    assert isinstance(item, RawArticle) and item.headline == "Café owners in Zürich protest"


def test_a_page_mentioning_feed_tags_is_still_a_page(site: Site) -> None:
    page = article_html("Page", PARAS).replace("<body>", "<body><feed-widget></feed-widget>")
    site.page("/widget", page)
    (item,) = list(read_urls([site.url("/widget")], Fetcher(FAST)))
    assert isinstance(item, RawArticle)


def test_a_dripping_body_times_out_as_a_whole(site: Site) -> None:
    # Each chunk comes well within the read timeout; the whole body never would.
    site.routes["/drip"] = Route(stream_bytes=200 * 65536, chunk_delay=0.1)
    started = time.monotonic()
    result = _fetch(site, "/drip", FetchPolicy(delay=0.0, timeout=0.4, max_bytes=10**9))
    assert isinstance(result, FetchFailure) and "timed out reading the body" in result.message
    assert time.monotonic() - started < 4

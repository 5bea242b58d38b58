"""URLs as inputs: an article page, an RSS/Atom feed (its entries' pages) or a sitemap (its
pages; news sitemaps and sitemap indexes included), fetched politely through ``Fetcher``.

What a fetched body is gets decided by sniffing it (feed, sitemap, HTML), not by the URL; a
page's identity is its canonical URL (``<link rel=canonical>`` / ``og:url``, else the URL after
redirects), so the same article reached through a feed, a sitemap or a tracking link is one
article, and a later edit of it is a revision.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from claimtrail.errors import InputError
from claimtrail.ingest.decode import decode_bytes
from claimtrail.ingest.feeds import looks_like_feed
from claimtrail.ingest.fetch import (
    Fetcher,
    FetchFailure,
    FetchOutcome,
    FetchPolicy,
    FetchResult,
    is_url,
)
from claimtrail.ingest.readers import InputFailure, RawArticle, ReadResult, article_from_html

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
        "application/feed+json",
    }
)
# Sent with every request: pages, feeds and sitemaps are all we read.
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
)
# A sitemap index names sitemaps; nested indexes deeper than this are not followed.
MAX_SITEMAP_DEPTH = 2
# URLs taken from one sitemap (the protocol allows 50,000; a news sitemap holds ≤1,000).
MAX_SITEMAP_URLS = 1000


@dataclass(frozen=True)
class Link:
    """A page URL named by a feed or a sitemap, with the date it gives (if any)."""

    url: str
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Listing:
    """What a feed or sitemap lists: page links, and (for an index) further sitemaps."""

    kind: str  # "feed" | "sitemap"
    links: tuple[Link, ...]
    sitemaps: tuple[str, ...] = ()
    title: str | None = None


def kind_of(result: FetchResult) -> str:
    """ "feed", "sitemap", "html", or "other" (a PDF, an image, JSON...)."""
    head = result.body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"  # before the XML sniffs: a page may mention "<feed" in its first bytes
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if looks_like_feed(head):
        return "feed"
    if result.content_type in HTML_TYPES:
        return "html"
    if result.content_type in XML_TYPES and b"<html" in head:
        return "html"
    return "other"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def body_text(result: FetchResult) -> str:
    """The body decoded with the charset its header or its ``<meta charset>`` declares, else
    as UTF-8 (invalid bytes replaced; binary refused)."""
    declared = _META_CHARSET.search(result.body[:4096])
    for charset in (result.charset, declared.group(1).decode() if declared else None):
        if charset:
            try:
                return result.body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode_bytes(result.body, result.url).text


def page_article(result: FetchResult) -> RawArticle:
    """The article on a fetched HTML page, its URL the page's canonical URL."""
    kind = kind_of(result)
    if kind != "html":
        shown = result.content_type or "no content type"
        raise InputError(f"not an HTML page ({shown}); nothing to analyse", result.url)
    text = body_text(result)
    raw = article_from_html(text, result.url)
    canonical = raw.url if raw.url and is_url(raw.url) else result.final_url
    published = precise_date(text, raw.published)
    return dataclasses.replace(raw, url=canonical, path=result.url, published=published)


# Where pages state their publication time; trafilatura keeps only the day. The time of day
# orders a morning report before an afternoon denial in a claim's lifecycle.
_DATE_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publish-date|dc\.date\.issued)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content=["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def precise_date(html_text: str, day: str | None) -> str | None:
    """The page's publication date-time when its metadata gives one on the same day as
    ``day`` (trafilatura's date), else ``day``."""
    head = html_text[:200_000]
    candidates = [
        m.group(1) for tag in _DATE_META.finditer(head) if (m := _CONTENT.search(tag.group(0)))
    ]
    candidates += _JSONLD_DATE.findall(head)
    for value in candidates:
        value = value.strip()
        if "T" in value and (day is None or value.startswith(day)):
            return value
    return day


def parse_listing(result: FetchResult) -> Listing:
    kind = kind_of(result)
    if kind == "feed":
        return _feed_links(result)
    if kind == "sitemap":
        return _sitemap_links(result)
    raise InputError("neither a feed nor a sitemap", result.url)


def _feed_links(result: FetchResult) -> Listing:
    import feedparser

    parsed = feedparser.parse(result.body)
    links = []
    for entry in parsed.entries:
        url = entry.get("link")
        if url and is_url(url):
            links.append(
                Link(url, entry.get("published") or entry.get("updated"), entry.get("title"))
            )
    if not links and parsed.get("bozo"):
        raise InputError(
            f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})", result.url
        )
    return Listing("feed", tuple(links), title=parsed.feed.get("title"))


def _sitemap_links(result: FetchResult) -> Listing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(result.body, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"sitemap is not XML ({exc})", result.url) from None
    if root is None:
        raise InputError("sitemap is empty", result.url)
    is_index = etree.QName(root).localname == "sitemapindex"
    links: list[Link] = []
    sitemaps: list[str] = []
    for item in root:
        if not isinstance(item.tag, str):
            continue
        fields = {
            etree.QName(child).localname: child
            for child in item.iter()
            if isinstance(child.tag, str)
        }
        loc = (fields["loc"].text or "").strip() if "loc" in fields else ""
        if not is_url(loc):
            continue
        if is_index:
            sitemaps.append(loc)
            continue
        # news:publication_date beats lastmod: it is when the article appeared.
        date = next(
            (
                (fields[k].text or "").strip()
                for k in ("publication_date", "lastmod")
                if k in fields
            ),
            None,
        )
        title = fields["title"].text if "title" in fields else None
        links.append(Link(loc, date or None, title))
        if len(links) >= MAX_SITEMAP_URLS:
            break
    return Listing("sitemap", tuple(links), tuple(sitemaps))


def expand_listing(
    fetcher: Fetcher, result: FetchResult, failures: list[InputFailure]
) -> list[Link]:
    """The page links of a feed or sitemap; a sitemap index's sitemaps are fetched too."""
    listing = parse_listing(result)
    links = list(listing.links)
    pending = [(url, 1) for url in listing.sitemaps]
    while pending:
        url, depth = pending.pop(0)
        outcome = fetcher.fetch(url, accept=ACCEPT)
        if isinstance(outcome, FetchFailure):
            failures.append(InputFailure(url, outcome.message))
            continue
        try:
            child = parse_listing(outcome)
        except InputError as exc:
            failures.append(InputFailure(url, str(exc).removeprefix(f"{url}: ")))
            continue
        links.extend(child.links)
        if depth < MAX_SITEMAP_DEPTH:
            pending.extend((u, depth + 1) for u in child.sitemaps)
    return _unique(links)


def _unique(links: Iterable[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def article_or_failure(outcome: FetchOutcome, link: Link | None = None) -> ReadResult:
    """A fetched page as an article (dated by its feed entry when the page gives no date)."""
    if isinstance(outcome, FetchFailure):
        return InputFailure(outcome.url, outcome.message)
    try:
        raw = page_article(outcome)
    except InputError as exc:
        return InputFailure(outcome.url, str(exc).removeprefix(f"{outcome.url}: "))
    if link is not None and not raw.published and link.published:
        raw = dataclasses.replace(raw, published=link.published)
    return raw


def read_url(url: str, fetcher: Fetcher) -> Iterator[ReadResult]:
    """The articles behind one URL: the page itself, or a feed's / sitemap's pages."""
    outcome = fetcher.fetch(url, accept=ACCEPT)
    if isinstance(outcome, FetchFailure):
        yield InputFailure(url, outcome.message)
        return
    if kind_of(outcome) not in ("feed", "sitemap"):
        yield article_or_failure(outcome)
        return
    failures: list[InputFailure] = []
    try:
        links = expand_listing(fetcher, outcome, failures)
    except InputError as exc:
        yield InputFailure(url, str(exc).removeprefix(f"{url}: "))
        return
    yield from failures
    pages = fetcher.fetch_many([link.url for link in links], accept=ACCEPT)
    for link, page in zip(links, pages, strict=True):
        yield article_or_failure(page, link)


def read_urls(urls: Iterable[str], fetcher: Fetcher | None = None) -> Iterator[ReadResult]:
    """Every article behind ``urls``, one polite fetcher shared by all of them."""
    own = fetcher is None
    active = fetcher or Fetcher()
    try:
        for url in urls:
            yield from read_url(url, active)
    finally:
        if own:
            active.close()


class UrlReader:
    """The hook the file readers use for URL arguments: one polite fetcher for a whole run,
    created only when a URL actually appears (nothing connects otherwise)."""

    def __init__(self, fetcher: Fetcher | None = None) -> None:
        self._fetcher = fetcher
        self._own = fetcher is None

    @staticmethod
    def accepts(arg: str) -> bool:
        return is_url(arg)

    def read(self, url: str) -> Iterator[ReadResult]:
        if self._fetcher is None:
            self._fetcher = Fetcher(FetchPolicy.from_env())
        yield from read_url(url, self._fetcher)

    def close(self) -> None:
        if self._own and self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def __enter__(self) -> UrlReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

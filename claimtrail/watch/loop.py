"""The watch loop: poll sources, store new and edited articles, deliver events.

One poll:
  1. every due source (feed, sitemap, or a page named as a source) is fetched with its stored
     validators; an unchanged one costs a 304; a feed's or sitemap's new links start being
     watched as pages;
  2. every due page is fetched (conditionally), and a new or changed body is analysed and
     stored: a new URL is a new article, a changed text at a known URL a revision (whose status
     changes the store records with cause ``revision``). A page is re-checked every
     ``recheck_every`` for ``recheck_for`` after it was first seen, then left alone;
  3. after each stored article the store's new events are collected and delivered.
State lives in the store, written after each article is stored: a run killed at any point
re-does at most the article in flight, which the store recognises (same text, same URL) and
does not store twice. ``stop`` (set by SIGINT/SIGTERM) is checked between articles.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimtrail.errors import ClaimtrailError, InputError
from claimtrail.ingest.fetch import Fetcher, FetchFailure, FetchResult, Validators, is_url
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.ingest.web import ACCEPT, article_or_failure, expand_listing, kind_of
from claimtrail.loader import AnalyzerLike, bare_analysis
from claimtrail.store.store import Store
from claimtrail.store.watch_state import WatchedUrl, WatchState, age_seconds, later
from claimtrail.watch.sinks import Dispatcher

DEFAULT_EVERY_S = 600.0
DEFAULT_RECHECK_EVERY_S = 3600.0
DEFAULT_RECHECK_FOR_S = 2 * 86400.0
# Pages fetched per poll at most (the rest wait for the next poll), and fetched at once.
DEFAULT_MAX_PAGES = 200
FETCH_CHUNK = 8
# A page whose fetch keeps failing is retried on this back-off, and dropped after so many tries.
MAX_PAGE_FAILURES = 5
END_OF_TIME = "9999-12-31T23:59:59+00:00"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

Report = Callable[[str], None]


def parse_duration(text: str) -> float:
    """Seconds in "90", "90s", "10m", "2h", "1d"."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _UNITS else "s"
    number = value[:-1] if value[-1:] in _UNITS else value
    try:
        seconds = float(number) * _UNITS[unit]
    except ValueError:
        raise InputError(f"not a duration: {text!r} (use e.g. 30s, 10m, 2h, 1d)") from None
    if seconds < 0:
        raise InputError(f"a duration cannot be negative: {text!r}")
    return seconds


def read_sources(args: Iterable[str]) -> list[str]:
    """Source URLs from arguments: URLs, OPML files (their outlines' xmlUrl) and text files
    with one URL per line (# comments allowed)."""
    urls: list[str] = []
    for arg in args:
        if is_url(arg):
            urls.append(arg)
            continue
        path = Path(arg)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"not a URL and not a readable file ({exc.strerror})", arg) from None
        found = (
            _opml_urls(data, arg)
            if b"<opml" in data[:2048].lower()
            else [
                line.strip()
                for line in data.decode("utf-8", "replace").splitlines()
                if line.strip() and not line.lstrip().startswith("#")
            ]
        )
        bad = [u for u in found if not is_url(u)]
        if bad:
            raise InputError(f"not an http(s) URL: {bad[0]!r}", arg)
        if not found:
            raise InputError("lists no feed URLs", arg)
        urls.extend(found)
    return list(dict.fromkeys(urls))


def _opml_urls(data: bytes, name: str) -> list[str]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a readable OPML file ({exc})", name) from None
    return [
        url.strip()
        for outline in root.iter("outline")
        if (url := outline.get("xmlUrl") or outline.get("xmlurl"))
    ]


@dataclass(frozen=True)
class WatchOptions:
    every: float = DEFAULT_EVERY_S
    recheck_every: float = DEFAULT_RECHECK_EVERY_S
    recheck_for: float = DEFAULT_RECHECK_FOR_S
    max_pages: int = DEFAULT_MAX_PAGES


@dataclass
class PollReport:
    sources: int = 0
    fetched: int = 0
    not_modified: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[InputFailure] = field(default_factory=list)
    events: int = 0
    stopped: bool = False

    def summary(self) -> str:
        stored = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(self.outcomes.items()))
        return (
            f"{self.sources} sources, {self.fetched} fetches ({self.not_modified} "
            f"unchanged), articles: {stored or 'none'}, {self.events} events delivered, "
            f"{len(self.failures)} failures" + (" (stopped early)" if self.stopped else "")
        )


@dataclass
class Watcher:
    store: Store
    state: WatchState
    fetcher: Fetcher
    analyzer_factory: Callable[[], AnalyzerLike]
    sources: list[str]
    dispatcher: Dispatcher | None = None
    options: WatchOptions = field(default_factory=WatchOptions)
    stop: threading.Event = field(default_factory=threading.Event)
    report: Report = lambda _message: None
    _analyzer: AnalyzerLike | None = None

    def __post_init__(self) -> None:
        self.state.add(self.sources, "source")

    # -- the loop ----------------------------------------------------------------------------
    def run(self, once: bool = False) -> list[PollReport]:
        reports = []
        while not self.stop.is_set():
            reports.append(self.poll(all_sources=once))
            last = reports[-1]
            if once or last.sources or last.outcomes or last.failures or last.events:
                self.report(last.summary())  # a quiet page re-check is not worth a line
            if once or self.stop.is_set():
                break
            self.stop.wait(self._seconds_to_next())
        return reports

    def _seconds_to_next(self) -> float:
        """Until the next source poll or page re-check, within [1 s, every]."""
        due = self.state.next_due(self.sources)
        wait = self.options.every if due is None else -age_seconds(due)
        return max(1.0, min(self.options.every, wait))

    def poll(self, all_sources: bool = False) -> PollReport:
        """One round; ``all_sources``: poll every source now, not only those due (``--once``:
        whoever runs it on a timer decides when a poll is due)."""
        report = PollReport()
        if self.dispatcher is not None:
            self.dispatcher.resume()
        sources = self.state.due(
            "source", among=self.sources, now=END_OF_TIME if all_sources else None
        )
        report.sources = len(sources)
        for source in sources:
            if self.stop.is_set():
                break
            self._poll_source(source, report)
        pages = self.state.due("page", limit=self.options.max_pages, listed_by=self.sources)
        for start in range(0, len(pages), FETCH_CHUNK):
            if self.stop.is_set():
                break
            chunk = pages[start : start + FETCH_CHUNK]
            outcomes = self.fetcher.fetch_many(
                [p.url for p in chunk],
                {p.url: v for p in chunk if (v := _validators(p)) is not None},
                accept=ACCEPT,
            )
            for page, outcome in zip(chunk, outcomes, strict=True):
                if self.stop.is_set():
                    break
                self._page(page, outcome, report)
        self._dispatch(report)
        report.stopped = self.stop.is_set()
        return report

    # -- sources -----------------------------------------------------------------------------
    def _poll_source(self, source: WatchedUrl, report: PollReport) -> None:
        outcome = self.fetcher.fetch(source.url, _validators(source), accept=ACCEPT)
        report.fetched += 1
        next_poll = later(self.options.every)
        if isinstance(outcome, FetchFailure):
            self._fail(report, source.url, outcome.message)
            self.state.failed(source.url, outcome.message, next_poll)
            return
        if outcome.not_modified or _same_body(source, outcome):
            report.not_modified += 1
            self.state.fetched(source.url, next_fetch=next_poll, keep_validators=True)
            return
        if kind_of(outcome) not in ("feed", "sitemap"):
            self._page(source, outcome, report, next_fetch=next_poll)  # a page as a source
            return
        failures: list[InputFailure] = []
        try:
            links = expand_listing(self.fetcher, outcome, failures)
        except InputError as exc:
            message = str(exc).removeprefix(f"{outcome.url}: ")
            self._fail(report, source.url, message)
            self.state.failed(source.url, message, next_poll)
            return
        for failure in failures:
            self._fail(report, failure.path, failure.message)
        added = self.state.add([link.url for link in links], "page", listed_by=source.url)
        if added:
            self.report(f"{source.url}: {len(added)} new links")
        self.state.fetched(
            source.url,
            next_fetch=next_poll,
            etag=outcome.validators.etag,
            last_modified=outcome.validators.last_modified,
            body_hash=_hash(outcome.body),
        )

    # -- pages -------------------------------------------------------------------------------
    def _page(
        self,
        page: WatchedUrl,
        outcome: FetchResult | FetchFailure,
        report: PollReport,
        next_fetch: str | None = None,
    ) -> None:
        if page.role == "page":
            report.fetched += 1
        schedule = next_fetch if next_fetch is not None else self._recheck(page)
        if isinstance(outcome, FetchFailure):
            self._fail(report, page.url, outcome.message)
            retry = outcome.retryable and page.failures + 1 < MAX_PAGE_FAILURES
            self.state.failed(
                page.url,
                outcome.message,
                later(self.options.every * 2**page.failures) if retry else next_fetch,
            )
            return
        if outcome.not_modified or _same_body(page, outcome):
            report.not_modified += 1
            self.state.fetched(page.url, next_fetch=schedule, keep_validators=True)
            return
        item = article_or_failure(outcome)
        if isinstance(item, InputFailure):
            self._fail(report, page.url, item.message)
            self.state.failed(page.url, item.message, next_fetch)
            return
        try:
            outcome_id = self._store(item, report)
        except ClaimtrailError as exc:
            if not isinstance(exc, InputError):
                raise  # the store is unusable: stop the run, what is stored stays
            self._fail(report, page.url, f"analysis failed: {exc}")
            self.state.failed(page.url, str(exc), next_fetch)
            return
        self.state.fetched(
            page.url,
            next_fetch=schedule,
            etag=outcome.validators.etag,
            last_modified=outcome.validators.last_modified,
            body_hash=_hash(outcome.body),
            article_id=outcome_id,
        )
        self._dispatch(report)

    def _recheck(self, page: WatchedUrl) -> str | None:
        """When to look at a page again for edits: on schedule while it is recent."""
        if age_seconds(page.first_seen) >= self.options.recheck_for:
            return None
        return later(self.options.recheck_every)

    def _store(self, raw: RawArticle, report: PollReport) -> int:
        if self.store.known(raw.text):
            analysis = bare_analysis(raw)
        else:
            if self._analyzer is None:
                self._analyzer = self.analyzer_factory()
            analysis = self._analyzer.analyze(raw)
        outcome = self.store.add_analysis(analysis)
        report.outcomes[outcome.status] += 1
        if outcome.status != "unchanged":
            self.report(f"{outcome.status}: {raw.url} -> article {outcome.article_id}")
        return outcome.article_id

    def _fail(self, report: PollReport, url: str, message: str) -> None:
        report.failures.append(InputFailure(url, message))
        self.report(f"skipped {url}: {message}")

    def _dispatch(self, report: PollReport) -> None:
        if self.dispatcher is not None:
            report.events += self.dispatcher.dispatch()


def _validators(row: WatchedUrl) -> Validators | None:
    if not row.etag and not row.last_modified:
        return None
    return Validators(row.etag, row.last_modified)


def _hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _same_body(row: WatchedUrl, outcome: FetchResult) -> bool:
    """The same bytes as last time: a server without validators, nothing changed."""
    return row.body_hash is not None and row.body_hash == _hash(outcome.body)

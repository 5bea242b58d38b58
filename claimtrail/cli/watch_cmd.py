"""``claimtrail watch SOURCES… --every 10m``: follow feeds, sitemaps and pages, store what is
new or edited, and send events (status changes, new stories, alert matches) to JSON Lines and
webhooks. ``--once`` polls once, for cron and systemd timers. See docs/watch.md."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from claimtrail.cli.apps import CliApps, error_console, handle_errors
from claimtrail.cli.store_cmd import DbOpt, Matcher
from claimtrail.ingest.fetch import (
    DEFAULT_DELAY_S,
    DEFAULT_MAX_BYTES,
    DEFAULT_PER_HOST,
    DEFAULT_TIMEOUT_S,
    DEFAULT_USER_AGENT,
)


def register(apps: CliApps) -> None:
    apps.main.command("watch")(watch)


@handle_errors
def watch(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Feed, sitemap or page URLs; OPML files; text files with one URL per line."
        ),
    ],
    db: DbOpt = None,
    every: Annotated[str, typer.Option(help="Poll the sources this often (30s, 10m, 2h).")] = "10m",
    once: Annotated[
        bool, typer.Option("--once", help="Poll once and exit (cron, timers).")
    ] = False,
    alert: Annotated[
        list[str] | None,
        typer.Option(
            "--alert",
            help="Only events matching this query, e.g. 'entity:Xiaomi "
            "status:denied,confirmed' (repeatable; any may match).",
        ),
    ] = None,
    events: Annotated[
        list[str] | None,
        typer.Option(
            "--events",
            help="Write events as JSON Lines here: - for stdout (the default), a file "
            "to append to, or 'none'. Repeatable.",
        ),
    ] = None,
    webhook: Annotated[
        list[str] | None,
        typer.Option("--webhook", help="POST each event as JSON to this URL (repeatable)."),
    ] = None,
    webhook_secret: Annotated[
        str | None,
        typer.Option(
            "--webhook-secret",
            envvar="CLAIMTRAIL_WEBHOOK_SECRET",
            help="Shared secret for the X-Claimtrail-Signature-256 HMAC header.",
        ),
    ] = None,
    recheck_every: Annotated[
        str, typer.Option(help="Re-fetch recent articles this often to catch silent edits.")
    ] = "1h",
    recheck_for: Annotated[
        str, typer.Option(help="Stop re-checking an article this long after it was first seen.")
    ] = "2d",
    max_pages: Annotated[int, typer.Option(help="Pages fetched per poll at most.")] = 200,
    delay: Annotated[
        float,
        typer.Option(
            help="Seconds between two requests to one host (robots.txt Crawl-delay may raise it)."
        ),
    ] = DEFAULT_DELAY_S,
    per_host: Annotated[int, typer.Option(help="Requests in flight per host.")] = DEFAULT_PER_HOST,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a server.")
    ] = DEFAULT_TIMEOUT_S,
    max_bytes: Annotated[
        int, typer.Option(help="Largest body read, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    user_agent: Annotated[str, typer.Option(help="User-Agent header sent.")] = DEFAULT_USER_AGENT,
    matcher: Annotated[
        Matcher, typer.Option(help="Claim matching: the sentence model, or lexical (no model).")
    ] = Matcher.auto,
    model: Annotated[str | None, typer.Option(help="spaCy model name.")] = None,
    no_stance_model: Annotated[
        bool, typer.Option("--no-stance-model", help="Stance by rules only.")
    ] = False,
) -> None:
    """Follow feeds, sitemaps and pages; store new articles and edits; send events."""
    from claimtrail.ingest.fetch import Fetcher, FetchPolicy
    from claimtrail.store import open_store
    from claimtrail.store.events import EventLog
    from claimtrail.store.watch_state import WatchState
    from claimtrail.watch.alerts import AlertQuery
    from claimtrail.watch.loop import Watcher, WatchOptions, parse_duration, read_sources
    from claimtrail.watch.sinks import Dispatcher, build_sinks

    urls = read_sources(sources)
    alerts = [AlertQuery.parse(a) for a in alert or []]
    options = WatchOptions(
        every=parse_duration(every),
        recheck_every=parse_duration(recheck_every),
        recheck_for=parse_duration(recheck_for),
        max_pages=max_pages,
    )
    policy = FetchPolicy(
        user_agent=user_agent, delay=delay, per_host=per_host, timeout=timeout, max_bytes=max_bytes
    )
    targets = [t for t in (events or ["-"]) if t != "none"]
    err = error_console()

    def report(message: str) -> None:
        err.print(message, highlight=False, markup=False, soft_wrap=True)

    def make_analyzer() -> Any:
        from claimtrail.pipeline import Analyzer

        return Analyzer(model_name=model, use_stance_model=not no_stance_model)

    stop = threading.Event()
    store = open_store(db, matcher=matcher.value)
    state = WatchState(store.url)
    log = EventLog(store.url)
    fetcher = Fetcher(policy)
    dispatcher = None
    try:
        dispatcher = Dispatcher(
            log, build_sinks(targets, webhook or [], webhook_secret, stop), alerts, report
        )
        watcher = Watcher(
            store, state, fetcher, make_analyzer, urls, dispatcher, options, stop, report
        )
        with _stop_on_signals(stop, report):
            reports = watcher.run(once=once)
    finally:
        if dispatcher is not None:
            dispatcher.close()
        fetcher.close()
        log.close()
        state.close()
        store.close()
    if once and reports and reports[-1].failures:
        raise typer.Exit(1)


@contextmanager
def _stop_on_signals(stop: threading.Event, report: Any) -> Iterator[None]:
    """SIGINT / SIGTERM finish the article in hand, then stop; a second SIGINT aborts."""

    def handler(signum: int, _frame: Any) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        report(f"{signal.Signals(signum).name}: stopping after the current article")
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)

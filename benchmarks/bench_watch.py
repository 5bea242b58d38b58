"""What a watch poll costs, on BBC News articles served as HTML pages and an RSS feed from a
loopback server (nothing leaves the machine; nothing is written into the repository).

    python benchmarks/bench_watch.py [--n 60] [--edits 10] [--delay 0] [--json]

Three polls of one ``Watcher`` (the code behind ``claimtrail watch --once``), with the real
Analyzer and a fresh SQLite store:
  1. first poll: the feed and every page fetched, analysed and stored;
  2. second poll, nothing changed: the feed and every page re-checked with conditional GET;
  3. third poll after ``--edits`` pages had a sentence added (a silent edit): those are
     stored as revisions, their claims' statuses recomputed.
For each: wall time, HTTP requests sent, 304 answers, articles stored by outcome, events.
``--delay`` is the per-host politeness delay (``claimtrail watch`` defaults to 1 s, which then
dominates: n pages from one host take at least n seconds).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.ingest.fake_site import Route, Site, rss, serve  # noqa: E402

SHARED = Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", REPO.parent / "shared" / "data"))
BBC = SHARED / "bbc-news" / "bbc"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
EDIT = "A spokesman denied the report on Tuesday."


def bbc_files(n: int) -> list[Path]:
    files = sorted(p for topic in TOPICS for p in (BBC / topic).glob("*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def page_html(text: str, extra: str = "") -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, paragraphs = lines[0], lines[1:] + ([extra] if extra else [])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        f'<meta property="og:site_name" content="BBC News"></head><body><article>'
        f"<h1>{html.escape(title)}</h1>{body}</article></body></html>"
    )


def serve_corpus(site: Site, texts: list[str]) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    for i, text in enumerate(texts):
        site.page(f"/a/{i}", page_html(text))
    items = [(f"a{i}", site.url(f"/a/{i}")) for i in range(len(texts))]
    site.routes["/feed.xml"] = Route(
        rss("BBC sample", items).encode(), content_type="application/rss+xml"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not BBC.is_dir():
        sys.exit(f"no BBC corpus at {BBC} (set CLAIMTRAIL_SHARED_DATA)")

    from claimtrail.ingest.fetch import Fetcher, FetchPolicy
    from claimtrail.pipeline import Analyzer
    from claimtrail.store import open_store
    from claimtrail.store.events import EventLog
    from claimtrail.store.watch_state import WatchState
    from claimtrail.watch.loop import Watcher, WatchOptions
    from claimtrail.watch.sinks import Dispatcher

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in bbc_files(args.n)]
    started = time.perf_counter()
    analyzer = Analyzer()
    load_s = time.perf_counter() - started
    rows = []
    with tempfile.TemporaryDirectory() as tmp, serve() as site:
        serve_corpus(site, texts)
        store = open_store(f"sqlite:///{Path(tmp) / 'watch.db'}", matcher="auto")
        fetcher = Fetcher(FetchPolicy(delay=args.delay))
        log = EventLog(store.url)
        dispatcher = Dispatcher(log, [])
        watcher = Watcher(
            store,
            WatchState(store.url),
            fetcher,
            lambda: analyzer,
            [site.url("/feed.xml")],
            dispatcher,
            WatchOptions(recheck_every=0),
        )
        for label in ("first poll", "unchanged", f"{args.edits} pages edited"):
            if label.endswith("edited"):
                for i in range(args.edits):
                    site.page(f"/a/{i}", page_html(texts[i], EDIT))
            before = fetcher.requests
            events_before = log.list_events(since=0, limit=1).total
            t0 = time.perf_counter()
            report = watcher.poll(all_sources=True)
            seconds = time.perf_counter() - t0
            rows.append(
                {
                    "poll": label,
                    "seconds": round(seconds, 2),
                    "requests": fetcher.requests - before,
                    "not_modified": report.not_modified,
                    "outcomes": dict(report.outcomes),
                    "failures": len(report.failures),
                    "events": log.list_events(since=0, limit=1).total - events_before,
                    "pages_per_s": round(len(texts) / seconds, 1),
                }
            )
        changes = [
            e
            for e in log.list_events(since=0, kind="status_change", limit=1000).items
            if e.cause == "revision"
        ]
        log.close()
        fetcher.close()
        store.close()
    result = {
        "articles": len(texts),
        "delay_s": args.delay,
        "analyzer_load_s": round(load_s, 1),
        "polls": rows,
        "revision_status_changes": len(changes),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{len(texts)} BBC articles on loopback, per-host delay {args.delay}s, analyzer "
        f"loaded in {load_s:.1f}s"
    )
    for row in rows:
        print(
            f"  {row['poll']:>18}: {row['seconds']:6.2f}s  {row['requests']:3d} requests "
            f"({row['not_modified']} not modified)  {row['outcomes']}  {row['events']} "
            f"events  {row['failures']} failures"
        )
    print(f"  status changes caused by the edits: {len(changes)}")


if __name__ == "__main__":
    main()

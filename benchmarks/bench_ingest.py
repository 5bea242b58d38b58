"""Ingest throughput, duplicate finding and story-page latency on BBC News (2,225 files).

    python benchmarks/bench_ingest.py [--backends sqlite,postgresql] [--pg URL] [--matcher auto]
                                      [--n N] [--json]

1. analyse: every file of ``bbc-news/bbc/<topic>/*.txt`` through the real Analyzer, once; the
   analyses are cached in a temp file (``--cache``) so each backend stores the same ones.
2. store: for each backend, a child process opens a fresh store and adds every analysis in file
   order (one transaction each, as ``claimtrail ingest`` does); its wall time gives articles/s
   and ``os.wait4`` its peak memory (max RSS). The child also counts the exact copies it found
   and compares them with copies counted here from the raw files (BBC has 98).
3. query: in the same child, with the corpus loaded, the time to build a story page
   (``get_story``) for the 20 largest stories and 30 others, and ``list_stories``/``search``.

PostgreSQL needs ``--pg`` or ``$CLAIMTRAIL_TEST_PG`` (``.ci/start-postgres.sh`` prints one); a
throwaway database is created and dropped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SHARED = Path(
    os.environ.get(
        "CLAIMTRAIL_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"
    )
)
BBC = SHARED / "bbc-news" / "bbc"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
LARGEST_STORIES = 20
OTHER_STORIES = 30
ANALYSIS_BATCH = 16
SEARCH_TERMS = ("tariff", "election", "mobile phone", "oil prices", "film award")


def bbc_files(limit: int | None) -> list[Path]:
    files = sorted(p for topic in TOPICS for p in (BBC / topic).glob("*.txt"))
    return files[:limit] if limit else files


def exact_copies(files: list[Path]) -> list[str]:
    """Files whose bytes equal an earlier file's (BBC: 98): each must come out a duplicate."""
    seen: set[str] = set()
    copies = []
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen:
            copies.append(str(path))
        seen.add(digest)
    return copies


# -- 1. analyse ---------------------------------------------------------------------------------
def analyse(files: list[Path], cache: Path) -> dict[str, float]:
    key = hashlib.sha256("\n".join(map(str, files)).encode()).hexdigest()[:12]
    marker = cache.with_suffix(".key")
    if cache.exists() and marker.exists() and marker.read_text() == key:
        return {"cached": 1.0}
    from claimtrail.errors import ModelError
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.ingest.readers import RawArticle
    from claimtrail.pipeline import Analyzer

    try:
        analyzer = Analyzer()
    except ModelError as exc:
        print(f"note: {exc}; stance by rules only", file=sys.stderr)
        analyzer = Analyzer(use_stance_model=False)
    raws = [r for r in read_inputs(map(str, files)) if isinstance(r, RawArticle)]
    started = time.perf_counter()
    failed = 0
    with cache.open("w") as out:
        for i in range(0, len(raws), ANALYSIS_BATCH):
            analyses, errors = _analyse_batch(analyzer, raws[i : i + ANALYSIS_BATCH])
            failed += errors
            out.writelines(a.model_dump_json(by_alias=True) + "\n" for a in analyses)
    seconds = time.perf_counter() - started
    marker.write_text(key)
    return {
        "articles": len(raws),
        "failed": failed,
        "seconds": seconds,
        "articles_per_s": len(raws) / seconds,
    }


def _analyse_batch(analyzer: object, batch: list) -> tuple[list, int]:  # type: ignore[type-arg]
    """A batch through ``analyze_many``; if an article breaks it, each one alone (as
    ``claimtrail ingest`` does), counting the failures."""
    from claimtrail.errors import ClaimtrailError

    try:
        return list(analyzer.analyze_many(batch)), 0  # type: ignore[attr-defined]
    except ClaimtrailError:
        done, failed = [], 0
        for raw in batch:
            try:
                done.append(analyzer.analyze(raw))  # type: ignore[attr-defined]
            except ClaimtrailError as exc:
                print(f"analysis failed: {raw.path}: {exc}", file=sys.stderr)
                failed += 1
        return done, failed


# -- 2 + 3. store and query, in a child process -------------------------------------------------
def child(url: str, cache: Path, matcher: str) -> dict[str, object]:
    from claimtrail.models import Analysis
    from claimtrail.store import open_store

    store = open_store(url, matcher=matcher)
    lines = cache.read_text().splitlines()
    outcomes: dict[str, int] = {}
    duplicate_paths: list[str] = []
    started = time.perf_counter()
    for line in lines:
        analysis = Analysis.model_validate_json(line)
        outcome = store.add_analysis(analysis)
        outcomes[outcome.status] = outcomes.get(outcome.status, 0) + 1
        if outcome.status == "duplicate":
            duplicate_paths.append(analysis.article.path or "")
    seconds = time.perf_counter() - started
    result: dict[str, object] = {
        "articles": len(lines),
        "store_seconds": seconds,
        "articles_per_s": len(lines) / seconds,
        "outcomes": outcomes,
        "duplicate_paths": duplicate_paths,
        "stats": store.stats().model_dump(),
    }
    result |= query_latency(store)
    store.close()
    return result


def query_latency(store: object) -> dict[str, object]:
    stories = store.list_stories(limit=1000).items  # type: ignore[attr-defined]
    by_size = sorted(stories, key=lambda s: -s.article_count)
    step = max(1, len(by_size) // OTHER_STORIES)
    chosen = by_size[:LARGEST_STORIES] + by_size[LARGEST_STORIES::step][:OTHER_STORIES]
    pages = [_timed(lambda s=s: store.get_story(s.id)) for s in chosen]  # type: ignore[attr-defined]
    lists = [_timed(lambda: store.list_stories(limit=20)) for _ in range(20)]  # type: ignore[attr-defined]
    searches = [_timed(lambda t=t: store.search(t, limit=20)) for t in SEARCH_TERMS]  # type: ignore[attr-defined]
    return {
        "story_page_ms": _summary(pages),
        "largest_story_articles": by_size[0].article_count if by_size else 0,
        "list_stories_ms": _summary(lists),
        "search_ms": _summary(searches),
    }


def _timed(call: object) -> float:
    started = time.perf_counter()
    call()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
        "n": len(ordered),
    }


def run_child(url: str, cache: Path, matcher: str) -> dict[str, object]:
    cmd = [
        sys.executable,
        __file__,
        "--child-url",
        url,
        "--cache",
        str(cache),
        "--matcher",
        matcher,
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"store child failed for {url}")
    result: dict[str, object] = json.loads(output)
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # Linux reports KiB
    return result


# -- backends ---------------------------------------------------------------------------------
def sqlite_url(tmp: Path) -> str:
    return f"sqlite:///{tmp / 'bbc.db'}"


def pg_database(base: str) -> tuple[str, str, str]:
    """A fresh database on the server of ``base``: (its URL, its name, the admin URL)."""
    import psycopg

    name = f"claimtrail_bench_{uuid.uuid4().hex[:8]}"
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + f"/{name}", name, admin


def drop_pg_database(admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")


def print_result(backend: str, r: dict, copies: list[str]) -> None:
    dupes = set(r["duplicate_paths"])
    found = sum(1 for path in copies if path in dupes)
    extra = len(dupes) - found
    stats = r["stats"]
    print(
        f"{backend}: stored {r['articles']} analyses in {r['store_seconds']:.1f} s = "
        f"{r['articles_per_s']:.1f} articles/s, peak RSS {r['peak_rss_mb']} MB"
    )
    print(
        f"  outcomes {r['outcomes']}; byte-identical copies found {found} of {len(copies)}"
        f" (+{extra} duplicates differing only in whitespace); "
        f"{stats['stories']} stories, {stats['claims']} claims, "  # type: ignore[index]
        f"{stats['speakers']} speakers"
    )  # type: ignore[index]
    for key in ("story_page_ms", "list_stories_ms", "search_ms"):
        s = r[key]
        print(
            f"  {key}: median {s['median']} ms, p95 {s['p95']} ms, max {s['max']} ms "  # type: ignore[index]
            f"(n={s['n']})"
        )  # type: ignore[index]
    print(f"  largest story: {r['largest_story_articles']} articles")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg", default=os.environ.get("CLAIMTRAIL_TEST_PG"))
    parser.add_argument("--matcher", default="auto", choices=["auto", "model", "lexical"])
    parser.add_argument("--n", type=int, default=None, help="first N files only")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "claimtrail-bbc-analyses.jsonl"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_url:
        print(json.dumps(child(args.child_url, args.cache, args.matcher)))
        return 0
    if not BBC.is_dir():
        print(f"no BBC data at {BBC} (set CLAIMTRAIL_SHARED_DATA)", file=sys.stderr)
        return 2
    files = bbc_files(args.n)
    copies = exact_copies(files)
    analysis = analyse(files, args.cache)
    if "articles_per_s" in analysis:
        print(
            f"analysis: {analysis['articles']:.0f} files in {analysis['seconds']:.1f} s = "
            f"{analysis['articles_per_s']:.1f} articles/s (single process); "
            f"{analysis['failed']:.0f} failed in the analyser"
        )
    results = {"files": len(files), "exact_copies": len(copies), "analysis": analysis}
    for backend in args.backends.split(","):
        results[backend] = store_on(backend, args, copies)
    if args.json:
        print(json.dumps(results))
    return 0


def store_on(backend: str, args: argparse.Namespace, copies: list[str]) -> dict[str, object] | None:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            result = run_child(sqlite_url(Path(tmp)), args.cache, args.matcher)
    elif backend == "postgresql":
        if not args.pg:
            print("postgresql: skipped (no --pg / CLAIMTRAIL_TEST_PG)")
            return None
        url, name, admin = pg_database(args.pg)
        try:
            result = run_child(url, args.cache, args.matcher)
        finally:
            drop_pg_database(admin, name)
    else:
        raise SystemExit(f"unknown backend {backend!r}; choose sqlite or postgresql")
    print_result(backend, result, copies)
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

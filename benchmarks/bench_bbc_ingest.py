"""`claimtrail ingest` of the whole BBC folder into a fresh SQLite store, end to end (issue 14).

    python benchmarks/bench_bbc_ingest.py [--n N] [--folders business politics]
                                          [--analyses FILE.jsonl] [--stories 10]
                                          [--claims 10]
                                          [--profile] [--json] [-- EXTRA INGEST ARGS]

Runs the real CLI in a child process, ``claimtrail ingest ../shared/data/bbc-news/bbc --db
<fresh file> --format json`` (analysis, claim matching, story assignment, writes, the event
log), and reports its wall time, its CPU time (user + system, from ``os.wait4``: on a shared
machine a wall time far above the CPU time means the run waited for a core, not that it
worked), files/s and peak memory. Target: ≤ 120 s on the 2-core machine.

Then it checks the store: every byte-distinct text of the folder is stored once, as an
original or as a linked near-duplicate (the store hashes whitespace/Unicode-normalised text,
so it may find a few more exact copies than byte identity does: both counts are printed), and
no text has two originals. ``--folders`` ingests only those topic folders (the story check of
issue 9 uses business and politics); ``--analyses`` stores ``claimtrail analyze --format
jsonl`` output of them instead of analysing again (``ingest --analyses``: the same linking,
without the analysis time, for tuning stories). ``--stories N`` lists the N largest stories
with their article counts and headlines (docs/evaluation.md reads them); ``--claims N`` how
many claims span 2+ and 5+ articles and the N widest (cross-article topic buckets).
``--profile`` runs the child under cProfile and prints where the time went (cumulative,
claimtrail's own functions and the model/database calls).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(
    os.environ.get(
        "CLAIMTRAIL_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"
    )
)
BBC = SHARED / "bbc-news" / "bbc"
CHILD = "import sys; from claimtrail.cli import main; sys.argv[0] = 'claimtrail'; main()"


def bbc_inputs(n: int | None, folders: list[str] | None = None) -> list[Path]:
    roots = [BBC / f for f in folders] if folders else [BBC]
    files = sorted(p for root in roots for p in root.rglob("*") if p.is_file())
    return files[:n] if n else files


def distinct_texts(files: list[Path]) -> int:
    return len({hashlib.sha256(p.read_bytes()).hexdigest() for p in files})


def run_ingest(inputs: list[str], db: Path, extra: list[str], profile: Path | None) -> dict:
    if profile is not None:  # cProfile takes a script or -m, not -c: the child as a script
        script = profile.with_suffix(".py")
        script.write_text(CHILD + "\n", encoding="utf-8")
        runner = ["-m", "cProfile", "-o", str(profile), str(script)]
    else:
        runner = ["-c", CHILD]
    cmd = [sys.executable, *runner, "ingest", *inputs, "--db", str(db), "--format", "json"]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"ingest failed ({status}): {out[-2000:]}")
    report = json.loads(out)
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "max_rss_mb": round(usage.ru_maxrss / 1024),
        "outcomes": report["outcomes"],
        "skipped": len(report["skipped"]),
    }


def check_store(db: Path) -> dict:
    conn = sqlite3.connect(db)
    kinds = dict(conn.execute("SELECT kind, count(*) FROM articles GROUP BY kind").fetchall())
    hashes = conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0]
    two_originals = conn.execute(
        "SELECT count(*) FROM (SELECT content_hash FROM articles WHERE kind = 'original' "
        "GROUP BY content_hash HAVING count(*) > 1)"
    ).fetchone()[0]
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("stories", "claims", "claim_mentions")
    }
    conn.close()
    stored_once = kinds.get("original", 0) + kinds.get("near_duplicate", 0)
    return {
        "kinds": kinds,
        "distinct_stored_texts": hashes,
        "originals_plus_near_duplicates": stored_once,
        "texts_with_two_originals": two_originals,
        **counts,
    }


def largest_stories(db: Path, count: int, headlines: int = 50) -> list[dict]:
    """The ``count`` largest stories: article count (originals) and their headlines in order."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT story_id, count(*) AS n FROM articles WHERE kind = 'original' "
        "AND story_id IS NOT NULL GROUP BY story_id ORDER BY n DESC, story_id LIMIT ?",
        (count,),
    ).fetchall()
    out = []
    for story_id, n in rows:
        titles = [
            h
            for (h,) in conn.execute(
                "SELECT headline FROM articles WHERE story_id = ? AND kind = 'original' "
                "ORDER BY id LIMIT ?",
                (story_id, headlines),
            )
        ]
        out.append({"story": story_id, "articles": n, "headlines": titles})
    conn.close()
    return out


def claim_spread(db: Path, count: int) -> dict:
    """How far stored claims reach across articles (distinct articles per claim): claims in
    two or more articles, in five or more (topic buckets, issue 9 item 6), and the ``count``
    widest with their stored text."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT m.claim_id, count(DISTINCT m.article_id) AS n, c.text FROM claim_mentions m "
        "JOIN claims c ON c.id = m.claim_id GROUP BY m.claim_id ORDER BY n DESC, m.claim_id"
    ).fetchall()
    conn.close()
    return {
        "claims": len(rows),
        "in_2_plus_articles": sum(n >= 2 for _, n, _ in rows),
        "in_5_plus_articles": sum(n >= 5 for _, n, _ in rows),
        "widest": [{"claim": c, "articles": n, "text": t} for c, n, t in rows[:count]],
    }


def print_profile(path: Path) -> None:
    import pstats

    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative").print_stats(
        r"claimtrail/(loader|pipeline|link|store)|onnxruntime.*run|spacy/language.*pipe", 30
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=None, help="only the first N files")
    parser.add_argument("--folders", nargs="+", default=None, help="topic folders only")
    parser.add_argument("--analyses", type=Path, default=None, help="analyze --format jsonl")
    parser.add_argument("--stories", type=int, default=0, help="list the N largest stories")
    parser.add_argument(
        "--claims", type=int, default=0, help="claim spread and the N widest claims"
    )
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("extra", nargs="*", help="more `claimtrail ingest` arguments")
    args = parser.parse_args()
    if not BBC.is_dir():
        raise SystemExit(f"no BBC corpus at {BBC} (set CLAIMTRAIL_SHARED_DATA)")
    files = bbc_inputs(args.n, args.folders)
    if args.analyses is not None:
        inputs, extra = [str(args.analyses)], ["--analyses", *args.extra]
    elif args.n is None:
        inputs, extra = [str(BBC / f) for f in args.folders or [""]], args.extra
    else:
        inputs, extra = [str(p) for p in files], args.extra
    with tempfile.TemporaryDirectory(prefix="bench-bbc-ingest-") as tmp:
        db = Path(tmp) / "bbc.db"
        profile = Path(tmp) / "ingest.prof" if args.profile else None
        result = run_ingest(inputs, db, extra, profile)
        result["files"] = len(files)
        result["files_per_s"] = round(len(files) / result["wall_s"], 2)
        result["byte_distinct_texts"] = distinct_texts(files)
        result["store"] = check_store(db)
        result["largest_stories"] = largest_stories(db, args.stories) if args.stories else []
        result["claim_spread"] = claim_spread(db, args.claims) if args.claims else None
        result["load_average"] = os.getloadavg()[0]
        if profile is not None:
            print_profile(profile)
    store = result["store"]
    ok = (
        store["texts_with_two_originals"] == 0
        and store["originals_plus_near_duplicates"] == store["distinct_stored_texts"]
    )
    result["every_distinct_text_stored_once"] = ok
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['files']:,} files in {result['wall_s']}s wall, {result['cpu_s']}s CPU "
        f"({result['files_per_s']} files/s, peak {result['max_rss_mb']} MB, load average "
        f"{result['load_average']:.1f})"
    )
    print(f"outcomes {result['outcomes']}; store {store}")
    print(f"{result['byte_distinct_texts']:,} byte-distinct texts; every one stored once: {ok}")
    for story in result["largest_stories"]:
        print(f"story {story['story']}: {story['articles']} articles")
        for headline in story["headlines"]:
            print(f"    {headline}")
    if result["claim_spread"] is not None:
        spread = result["claim_spread"]
        print(
            f"claims {spread['claims']:,}: in 2+ articles {spread['in_2_plus_articles']}, "
            f"in 5+ articles {spread['in_5_plus_articles']}"
        )
        for claim in spread["widest"]:
            print(f"claim {claim['claim']}: {claim['articles']} articles: {claim['text'][:100]}")


if __name__ == "__main__":
    main()

"""What a writer pays on opening a store: the in-memory index its first write loads.

    python benchmarks/bench_store_open.py [--db FILE] [--n 2225] [--repeat 5] [--json]

Without ``--db`` it builds a fresh SQLite store from ``--n`` files of ../shared/data/bbc-news/bbc
(each stored as its text alone: no analysis, so the store holds originals, copies and near
copies but no claims, and what the first write loads is the near-copy side) in a temporary
folder. With ``--db`` it measures an existing store (e.g. one filled by ``claimtrail ingest``,
claims included). Either way it opens the store ``--repeat`` times and reports the median and
fastest time of ``open_store`` (migrations checked) and of the index load that the first
write triggers (``Store._ensure_index``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


def build(db: Path, n: int) -> int:
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.ingest.readers import RawArticle
    from claimtrail.loader import bare_analysis
    from claimtrail.store import open_store

    files = sorted(str(p) for p in BBC.rglob("*.txt"))[:n]
    raws = [r for r in read_inputs(files, absolute=True) if isinstance(r, RawArticle)]
    with open_store(str(db), matcher="lexical") as store:
        for start in range(0, len(raws), 64):
            store.add_analyses([bare_analysis(r) for r in raws[start : start + 64]])
    return len(raws)


def measure(db: str, repeat: int) -> dict[str, float]:
    from claimtrail.store import open_store

    opens, loads = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        store = open_store(db, matcher="lexical")
        opened = time.perf_counter()
        store._ensure_index()
        loads.append(time.perf_counter() - opened)
        opens.append(opened - started)
        store.engine.dispose()  # not close(): that could write a snapshot
    return {
        "open_median_s": round(statistics.median(opens), 3),
        "index_median_s": round(statistics.median(loads), 3),
        "index_fastest_s": round(min(loads), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing store (default: build one from BBC)")
    parser.add_argument("--n", type=int, default=2225, help="BBC files to store when building")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        built = None
        if db is None:
            if not BBC.is_dir():
                sys.exit(f"BBC corpus not found at {BBC}")
            db = str(Path(tmp) / "open.db")
            built = build(Path(db), args.n)
        figures = measure(db, args.repeat) | {"articles_built": built}
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"open_store {figures['open_median_s']:.3f} s; first write's index load: median "
            f"{figures['index_median_s']:.3f} s, fastest {figures['index_fastest_s']:.3f} s"
            + (f" ({built} articles built)" if built else "")
        )


if __name__ == "__main__":
    main()

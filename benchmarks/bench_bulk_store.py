"""The store's write path alone: finished analyses stored as ``ingest --analyses`` stores them.

    python benchmarks/bench_bulk_store.py ANALYSES.jsonl [--n 400] [--db URL] [--batch 64]

Reads the first ``--n`` ``claimtrail.analysis/1`` documents of a JSON Lines file (e.g.
``claimtrail analyze ../shared/data/bbc-news/bbc/business --format jsonl > bp.jsonl``), stores
them with ``Store.add_analyses`` in batches of ``--batch`` (one transaction each) into a fresh
SQLite file (or ``--db``, e.g. an empty PostgreSQL schema) with the lexical matcher, and
prints wall time, this process's CPU time (on a shared machine the steadier figure: SQLite
works in-process, PostgreSQL's server time is not in it), articles/s and the statements sent
per article (SQLAlchemy ``execute`` calls).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analyses", type=Path)
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--db", help="a store URL (default: a fresh SQLite file)")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()

    from itertools import islice

    from sqlalchemy import event

    from claimtrail.models import Analysis
    from claimtrail.store import open_store

    with open(args.analyses, encoding="utf-8") as lines:
        docs = [Analysis.model_validate_json(line) for line in islice(lines, args.n)]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or f"sqlite:///{tmp}/bulk.db", matcher="lexical")
        store._ensure_index()  # not timed: what opening costs is bench_store_open.py's
        statements = [0]

        def count(*_args: object) -> None:
            statements[0] += 1

        event.listen(store.engine, "before_execute", count)
        wall, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(docs), args.batch):
            store.add_analyses(docs[start : start + args.batch])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        store.close()
    print(
        f"{len(docs)} articles: wall {wall:.1f} s, CPU {cpu:.1f} s, "
        f"{len(docs) / wall:.1f} articles/s, {statements[0] / len(docs):.0f} statements/article"
    )


if __name__ == "__main__":
    main()

"""Distributed analysis on Dask (issue 14): the BBC corpus analysed by 1 and 2 LocalCluster
workers (``claimtrail analyze --out DIR --workers N``'s code path), against bare spaCy
(``spacy.load(model)`` + ``nlp.pipe``, same model and batch size) in the same run.

    python benchmarks/bench_scale.py [--limit 2225] [--workers 1,2] [--repeat 1] [--json]

Each Dask run starts its cluster and waits until every worker has loaded the pipeline, then
times the analysis of all shards into a fresh output folder (reading, analysis, Parquet and
JSON Lines writing). Bare spaCy runs in a child process and times ``nlp.pipe`` alone (model
loading excluded on both sides). Issue 14's targets: 2 workers at least 1.7x as fast as 1, and
words/s per worker at least 0.75x bare spaCy's.

On a shared machine, wall time depends on what else runs: the load average is printed before
each run, ``--repeat N`` alternates the runs N times and keeps each one's fastest, and CPU
seconds (each worker's own, from ``time.process_time`` in the worker) are printed beside wall
time, so words per CPU-second compare the code's cost whatever the load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

TARGET_SPEEDUP = 1.7
TARGET_PER_WORKER = 0.75
BATCH_SIZE = 16  # claimtrail.pipeline.DEFAULT_BATCH_SIZE, the same for both sides
CHILD_FLAG = "--bare-spacy-child"
# One thread per process everywhere: the workers are the parallelism.
THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass
class Run:
    name: str
    workers: int
    articles: int
    words: int
    wall_s: float
    cpu_s: float  # all workers' CPU seconds together
    peak_rss_mb: float  # the largest worker's
    load_before: float

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall_s

    @property
    def words_per_s_per_worker(self) -> float:
        return self.words_per_s / self.workers

    @property
    def words_per_cpu_s(self) -> float:
        return self.words / self.cpu_s


def shared_data() -> Path:
    env = os.environ.get("CLAIMTRAIL_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "data"


def select_articles(root: Path, limit: int | None) -> list[Path]:
    """The topic folders' articles (the top-level README is not one), or ``limit`` of them
    spread evenly over the sorted list so every topic is in."""
    paths = sorted(root.glob("*/*.txt"))
    if not paths:
        raise SystemExit(f"no BBC articles under {root} (see ../shared/data/bbc-news/SOURCE.md)")
    if limit is None or limit >= len(paths):
        return paths
    return [paths[i * len(paths) // limit] for i in range(limit)]


def count_words(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().decode("utf-8", errors="replace").split()) for p in paths)


def bare_spacy(model: str, paths: list[Path], words: int) -> Run:
    """``spacy.load(model)`` + ``nlp.pipe`` in a child process; only the parse is timed."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(map(str, paths)))
    load = os.getloadavg()[0]
    try:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), CHILD_FLAG, model, listing.name],
            env={**os.environ, **THREAD_ENV},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(listing.name)
    child = json.loads(out.strip().splitlines()[-1])
    return Run("bare spaCy nlp.pipe", 1, len(paths), words, child["wall"], child["cpu"],
               child["rss_mb"], load)  # fmt: skip


def bare_spacy_child(model: str, listing: str) -> None:
    import resource

    import spacy

    paths = Path(listing).read_text().splitlines()
    texts = [Path(p).read_bytes().decode("utf-8", errors="replace") for p in paths]
    nlp = spacy.load(model)
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall": wall, "cpu": cpu, "rss_mb": rss}))


def _cpu() -> float:
    return time.process_time()


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dask_run(n: int, paths: list[Path], words: int, stance: bool) -> Run:
    """``claimtrail analyze FILES --out DIR --workers n``'s code path, timed after the workers
    have loaded the pipeline."""
    from claimtrail.scale.run import dask_client, run_to_folder
    from claimtrail.scale.shards import plan_shards
    from claimtrail.scale.work import AnalysisOptions

    options = AnalysisOptions(use_stance_model=stance)
    shards = plan_shards([str(p) for p in paths])
    out = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        with dask_client(None, n, options) as client:
            load = os.getloadavg()[0]
            cpu_before = client.run(_cpu)
            started = time.perf_counter()
            summary = run_to_folder(client, shards, out, options)
            wall = time.perf_counter() - started
            cpu_after = client.run(_cpu)
            rss = max(client.run(_peak_rss_mb).values())
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if summary.all_failures():
        raise SystemExit(f"{len(summary.all_failures())} inputs failed: {summary.all_failures()}")
    cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
    name = f"claimtrail, {n} Dask worker" + ("s" if n > 1 else "")
    return Run(name, n, summary.articles, words, wall, cpu, rss, load)


def report(runs: list[Run], bare: Run, model: str) -> str:
    lines = [
        f"{bare.articles} BBC articles, {bare.words:,} words, spaCy model {model}",
        f"{'':28}{'load':>6}{'wall s':>8}{'words/s':>9}{'/worker':>9}{'vs bare':>8}"
        f"{'CPU s':>8}{'words/CPU s':>12}{'peak MB':>9}",
    ]
    for r in [bare, *runs]:
        lines.append(
            f"{r.name:28}{r.load_before:6.1f}{r.wall_s:8.1f}{r.words_per_s:9.0f}"
            f"{r.words_per_s_per_worker:9.0f}"
            f"{r.words_per_s_per_worker / bare.words_per_s:8.2f}"
            f"{r.cpu_s:8.1f}{r.words_per_cpu_s:12.0f}{r.peak_rss_mb:9.0f}"
        )
    by_n = {r.workers: r for r in runs}
    if 1 in by_n and 2 in by_n:
        speedup = by_n[1].wall_s / by_n[2].wall_s
        verdict = "meets" if speedup >= TARGET_SPEEDUP else "misses"
        lines.append(f"speed-up 2 workers / 1: {speedup:.2f}x ({verdict} the {TARGET_SPEEDUP}x)")
    for r in runs:
        ratio = r.words_per_s_per_worker / bare.words_per_s
        verdict = "meets" if ratio >= TARGET_PER_WORKER else "misses"
        cpu_ratio = r.words_per_cpu_s / bare.words_per_cpu_s
        lines.append(
            f"{r.name}: words/s per worker {ratio:.2f}x bare spaCy's ({verdict} the "
            f"{TARGET_PER_WORKER}x); per CPU-second {cpu_ratio:.2f}x"
        )
    lines.append(f"CPU cores: {os.cpu_count()}; load average now {os.getloadavg()[0]:.1f}")
    return "\n".join(lines)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="articles (default: all)")
    parser.add_argument("--data", type=Path, default=None, help="BBC folder (<topic>/NNN.txt)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="alternate N times, keep fastest")
    parser.add_argument("--no-stance-model", action="store_true", help="stance by rules only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    if argv and argv[0] == CHILD_FLAG:
        bare_spacy_child(argv[1], argv[2])
        return
    args = parse_args(argv)
    os.environ.update(THREAD_ENV)  # the workers inherit it
    from claimtrail.parse.nlp import resolve_model_name

    model = resolve_model_name(None)
    paths = select_articles(args.data or shared_data() / "bbc-news" / "bbc", args.limit)
    words = count_words(paths)
    counts = [int(n) for n in args.workers.split(",")]
    bares: list[Run] = []
    runs: dict[int, list[Run]] = {n: [] for n in counts}
    for _ in range(max(1, args.repeat)):
        bares.append(bare_spacy(model, paths, words))
        for n in counts:
            runs[n].append(dask_run(n, paths, words, stance=not args.no_stance_model))
    bare = min(bares, key=lambda r: r.wall_s)
    best = [min(found, key=lambda r: r.wall_s) for found in runs.values()]
    if args.json:
        figures = [
            {**asdict(r), "words_per_s": r.words_per_s, "words_per_cpu_s": r.words_per_cpu_s}
            for r in [bare, *best]
        ]
        print(json.dumps({"model": model, "runs": figures}, indent=2))
    else:
        print(report(best, bare, model))


if __name__ == "__main__":
    main(sys.argv[1:])

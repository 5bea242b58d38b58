"""Distributed runs: a sharded folder analysed in this process, on a LocalCluster of two
workers, and on a real `dask scheduler` with two `dask worker` processes (one killed with
SIGKILL mid-run) all give the single-process result, every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.scale.run import run_to_folder
from claimtrail.scale.shards import DONE_DIR, plan_shards, read_shard_analyses
from claimtrail.scale.work import AnalysisOptions
from tests.conftest import REPO
from tests.scale.corpus import article, jsonl_gz_bytes, write_corpus

runner = CliRunner()
OPTIONS = AnalysisOptions(use_stance_model=False)


def _single_process_lines(*args: str) -> tuple[int, list[str], str]:
    """`claimtrail analyze -f jsonl` in one process: the reference."""
    result = runner.invoke(build_app(), ["analyze", "--no-stance-model", "-f", "jsonl", *args])
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, lines, result.stderr


def _shard_lines(out: Path, args: list[str]) -> list[str]:
    """The shards' JSON Lines, concatenated in input order."""
    lines: list[str] = []
    for shard in plan_shards(args):
        lines += (out / f"{shard.key}.jsonl").read_text("utf-8").splitlines()
    return lines


def _failed_inputs(stderr: str) -> set[str]:
    return {line.split(":", 1)[0].strip() for line in stderr.splitlines() if line.startswith("  ")}


def test_in_process_shards_equal_the_single_process_run_and_a_rerun_skips_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "corpus")
    code, expected, err = _single_process_lines("corpus")
    assert code == 1 and len(expected) == 6 + 3 + 3 + 1 + 2  # damaged files: what was read
    summary = run_to_folder(None, plan_shards(["corpus"]), tmp_path / "out", OPTIONS)
    assert _shard_lines(tmp_path / "out", ["corpus"]) == expected
    failed = {f.path for f in summary.all_failures()}
    assert failed == _failed_inputs(err) == {"corpus/damaged.warc.gz", "corpus/truncated.jsonl.gz"}
    assert summary.articles == len(expected) and summary.skipped == 0

    stamps = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.jsonl")}
    (tmp_path / "out" / DONE_DIR / f"{summary.reports[0].key}.json").unlink()  # one not done
    again = run_to_folder(None, plan_shards(["corpus"]), tmp_path / "out", OPTIONS)
    assert again.skipped == len(summary.reports) - 1
    assert [p for p in stamps if p.stat().st_mtime_ns != stamps[p]] == [
        tmp_path / "out" / f"{summary.reports[0].key}.jsonl"
    ]
    assert _shard_lines(tmp_path / "out", ["corpus"]) == expected  # nothing doubled
    assert {f.path for f in again.all_failures()} == failed  # earlier shards' failures too


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_equals_the_single_process_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "corpus", texts=12)
    code, expected, err = _single_process_lines("corpus")
    args = ["analyze", "--no-stance-model", "corpus", "--out", "out", "--workers", "2"]
    result = runner.invoke(build_app(), args)
    assert result.exit_code == code == 1, result.output
    assert "2 workers" in result.stderr
    assert _shard_lines(tmp_path / "out", ["corpus"]) == expected
    assert _failed_inputs(result.stderr) == _failed_inputs(err)
    report = json.loads((tmp_path / "out" / "_report.json").read_text())
    assert report["articles"] == len(expected) and len(report["failures"]) == 2

    again = runner.invoke(build_app(), args)  # all done: no cluster is started
    assert again.exit_code == 1 and "done by an earlier run" in again.stderr
    assert "1 worker" in again.stderr
    assert _shard_lines(tmp_path / "out", ["corpus"]) == expected


@pytest.mark.slow
def test_local_workers_run_without_the_sampling_profiler() -> None:
    import dask

    from claimtrail.scale.run import dask_client

    def profiled(dask_worker: Any) -> bool:
        return "profile" in dask_worker.periodic_callbacks

    with dask_client(None, 1, OPTIONS) as client:
        flags = client.run(profiled)
    assert list(flags.values()) == [False]
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's is untouched


# -- a real scheduler and two worker processes on loopback -----------------------------------
def _env() -> dict[str, str]:
    """This checkout first on the path of the processes a test starts."""
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "OMP_NUM_THREADS": "1"}


def _dask(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dask", *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory):
    """`dask scheduler` and two `dask worker --no-nanny` processes on 127.0.0.1: the
    scheduler's address and each worker's process by its address."""
    from distributed import Client

    folder = tmp_path_factory.mktemp("dask")
    env = _env()
    info = folder / "scheduler.json"
    common = ["--scheduler-file", str(info)]
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                   *common, env=env, cwd=folder)]  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        worker_args = ["--nthreads", "1", "--no-nanny", "--host", "127.0.0.1", "--no-dashboard"]
        procs += [_dask("worker", *worker_args, *common, env=env, cwd=folder) for _ in range(2)]
        address = json.loads(info.read_text())["address"]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            pids = client.run(os.getpid)
        by_pid = {p.pid: p for p in procs[1:]}
        yield address, {addr: by_pid[pid] for addr, pid in pids.items()}
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _store_summary(db: str) -> tuple[dict, list]:
    stats = runner.invoke(build_app(), ["stats", "--db", db, "-f", "json"])
    stories = runner.invoke(build_app(), ["stories", "--db", db, "-f", "json", "--limit", "100"])
    keep = ("id", "title", "central_claim", "central_status", "article_count")
    items = [{k: s[k] for k in keep} for s in json.loads(stories.stdout)["items"]]
    return json.loads(stats.stdout), items


@pytest.mark.slow
def test_ingest_on_the_cluster_stores_what_a_single_process_ingest_stores(
    dask_cluster, tmp_path: Path
) -> None:
    address, _ = dask_cluster
    write_corpus(tmp_path / "corpus", texts=8)
    (tmp_path / "corpus" / "t99.txt").write_text(  # a copy of t00: linked, not stored twice
        (tmp_path / "corpus" / "t00.txt").read_text()
    )
    base = ["ingest", str(tmp_path / "corpus"), "--no-stance-model", "--matcher", "lexical"]
    one = runner.invoke(build_app(), [*base, "--db", str(tmp_path / "one.db"), "-f", "json"])
    many = runner.invoke(
        build_app(), [*base, "--db", str(tmp_path / "many.db"), "-f", "json", "--dask", address]
    )
    assert one.exit_code == many.exit_code == 1, many.output  # the damaged files are listed
    report_one, report_many = json.loads(one.stdout), json.loads(many.stdout)
    for key in ("outcomes", "stored_or_linked", "stories_touched", "skipped"):
        assert report_one[key] == report_many[key], key
    assert report_many["outcomes"]["duplicate"] == 1
    assert _store_summary(str(tmp_path / "one.db")) == _store_summary(str(tmp_path / "many.db"))


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(dask_cluster, tmp_path: Path) -> None:
    from distributed import Client

    address, workers = dask_cluster
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    long = [(h, " ".join([b] * 3)) for h, b in (article(i) for i in range(48))]
    for n in range(8):  # eight shards of six articles
        (corpus / f"part{n}.jsonl.gz").write_bytes(jsonl_gz_bytes(long[n * 6 : (n + 1) * 6]))
    out = tmp_path / "out"
    env = _env()
    command = [sys.executable, "-c", "from claimtrail.cli import main; main()", "analyze"]
    run = subprocess.Popen(
        [*command, "--no-stance-model", str(corpus), "--out", str(out), "--dask", address],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    killed = None
    with Client(address, timeout=30) as watcher:
        deadline = time.monotonic() + 180
        while killed is None and run.poll() is None and time.monotonic() < deadline:
            busy = {w: keys for w, keys in watcher.processing().items() if keys}
            if list((out / DONE_DIR).glob("*.json")) and busy:
                victim = sorted(busy)[0]
                os.kill(workers[victim].pid, signal.SIGKILL)
                killed = (victim, busy[victim])
            time.sleep(0.02)
    _, err = run.communicate(timeout=300)
    assert killed is not None, "the run ended before a worker could be killed"
    assert run.returncode == 0, err.decode()
    assert workers[killed[0]].wait(timeout=10) == -signal.SIGKILL
    shards = plan_shards([str(corpus)])
    paths = [d["article"]["path"] for s in shards for d in read_shard_analyses(out, s.key)]
    expected = [f"{corpus}/part{n}.jsonl.gz:{line}" for n in range(8) for line in range(1, 7)]
    assert paths == expected  # every article exactly once, in input order
    assert b"48 articles in 8 shards" in err
    assert not list(out.rglob(".tmp-*"))


def _article_rows(db: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, path, kind, duplicate_of, story_id FROM articles ORDER BY id"
        ).fetchall()


@pytest.mark.slow
def test_ingest_on_the_cluster_stores_in_one_process_order_and_reanalyses_nothing(
    dask_cluster, tmp_path: Path
) -> None:
    """A store that holds some of the texts: the cluster's ingest stores the same rows in the
    same order as a one-process ingest (a held text at a new path keeps its place), analyses
    only the texts not held, and a rerun analyses nothing."""
    import shutil

    address, _ = dask_cluster
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    texts = [f"{h}\n\n{b}\n" for h, b in (article(i) for i in range(6))]
    for i in (1, 4):
        (first / f"held{i}.txt").write_text(texts[i], encoding="utf-8")
    for i, body in enumerate(texts):  # held1 and held4 again, at new paths, among new texts
        (second / f"t{i}.txt").write_text(body, encoding="utf-8")
    base = ["--no-stance-model", "--matcher", "lexical", "-f", "json"]
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    held = runner.invoke(build_app(), ["ingest", str(first), "--db", str(one), *base])
    assert held.exit_code == 0, held.output
    shutil.copyfile(one, many)

    alone = runner.invoke(build_app(), ["ingest", str(second), "--db", str(one), *base])
    cluster = [*base, "--dask", address]
    spread = runner.invoke(build_app(), ["ingest", str(second), "--db", str(many), *cluster])
    assert alone.exit_code == spread.exit_code == 0, spread.output
    report_one, report_many = json.loads(alone.stdout), json.loads(spread.stdout)
    assert report_one["analysed"] == report_many["analysed"] == 4  # not the two held texts
    assert report_one["outcomes"] == report_many["outcomes"] == {"new": 4, "duplicate": 2}
    assert _article_rows(one) == _article_rows(many)

    again = runner.invoke(build_app(), ["ingest", str(second), "--db", str(many), *cluster])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["analysed"] == 0
    assert json.loads(again.stdout)["outcomes"] == {"unchanged": 6}
    assert _article_rows(one) == _article_rows(many)


def test_the_largest_shards_start_first(tmp_path: Path) -> None:
    """``analyze --out`` gives Dask a higher priority to a larger shard (longest first), so no
    worker is left alone with a big shard at the end; a missing file counts as empty."""
    from claimtrail.scale.run import size_priorities
    from claimtrail.scale.shards import InputFile, Shard

    sizes = {"a": 300, "b": 10_000, "c": 2_000}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    shards = [Shard(n, (InputFile(n, str(tmp_path / n)),)) for n in sizes]
    shards.append(Shard("gone", (InputFile("gone", str(tmp_path / "gone")),)))
    priorities = size_priorities(shards)
    order = [s.key for _, s in sorted(zip(priorities, shards, strict=True), key=lambda p: -p[0])]
    assert order == ["b", "c", "a", "gone"]

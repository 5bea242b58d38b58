"""The client side of a distributed run: connect to a Dask scheduler (or start a LocalCluster),
hand it one task per shard, and collect the reports (``analyze --out``) or the analyses in
input order (``ingest``, whose store writes stay in this process).

Dask does the scheduling and the recovery: a task whose worker dies is run again on another
worker (``distributed.scheduler.allowed-failures`` times), and a task that raises is retried
``TASK_RETRIES`` times. Tasks are idempotent: a shard's outputs are renamed into place whole,
and a task finds its shard already done if an earlier try got that far, so a retry neither
loses nor doubles an article. A shard that keeps killing its workers (e.g. out of memory) is
reported as a failure and the others go on.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrail.errors import ClusterError, ModelError
from claimtrail.ingest.readers import InputFailure
from claimtrail.link.stories import LinkVectors
from claimtrail.models import Analysis
from claimtrail.scale.shards import (
    Shard,
    ShardReport,
    check_no_overlap,
    done_reports,
    remove_temporaries,
)
from claimtrail.scale.work import (
    AnalysisOptions,
    AnalyzerPlugin,
    KnownTexts,
    analyze_shard_json,
    analyze_shard_to,
)

if TYPE_CHECKING:
    from distributed import Client

# Seconds to wait for a scheduler (and for a LocalCluster's workers to start).
CONNECT_TIMEOUT_S = 30.0
# Retries of a task that raised (a dead worker's tasks are rescheduled by the scheduler itself).
TASK_RETRIES = 3
# The local cluster's workers run without Dask's sampling profiler: every 10 ms it takes the
# GIL from the analysis to walk the task thread's stack (30-50 frames deep in spaCy and the
# extractors), which cost a worker 7-17% more CPU per article than the same shard tasks in
# one process (benchmarks; docs/scale.md). A `dask worker` of one's own: set
# DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False in its environment.
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
Progress = Callable[[ShardReport], None]


@dataclass
class RunSummary:
    """A distributed run's shards (in input order) and what they hold."""

    reports: list[ShardReport] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)  # shards lost as a whole
    seconds: float = 0.0
    workers: int = 0

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.reports)

    @property
    def words(self) -> int:
        return sum(r.words for r in self.reports)

    @property
    def analysed(self) -> int:
        """Articles the workers analysed (the others were texts the store held)."""
        return sum(r.articles - r.known for r in self.reports)

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.reports if r.skipped)

    def all_failures(self) -> list[InputFailure]:
        return [f for r in self.reports for f in r.input_failures()] + self.failures

    def warnings(self) -> list[str]:
        return [w for r in self.reports if not r.skipped for w in r.warnings]


@contextmanager
def dask_client(
    address: str | None, workers: int | None, options: AnalysisOptions
) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a LocalCluster of ``workers`` processes
    (one thread each) on 127.0.0.1; every worker loads the analyser once before it returns."""
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    cluster = None
    try:
        if address:
            client = Client(address, timeout=CONNECT_TIMEOUT_S)
        else:
            import dask

            with dask.config.set(LOCAL_WORKER_CONFIG):  # each nanny keeps it for its workers
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # loopback, any free port: no clash
                    silence_logs=logging.CRITICAL,
                )
            client = Client(cluster, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {address}" if address else "a local Dask cluster"
        raise ClusterError(f"cannot reach {where}: {exc}") from None
    try:
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        client.register_plugin(AnalyzerPlugin(options))
        yield client
    except TimeoutError:
        raise ClusterError(
            f"the Dask scheduler at {address} has no workers (start some with "
            f"`dask worker {address} --nthreads 1`)"
        ) from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_to_folder(
    client: Client | None,
    shards: list[Shard],
    out_dir: Path,
    options: AnalysisOptions,
    progress: Progress = lambda _r: None,
) -> RunSummary:
    """Analyse every shard not yet done in ``out_dir`` into it, on the cluster (or in this
    process without a client); the summary lists every shard, earlier runs' included."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    done = done_reports(out_dir)
    check_no_overlap(shards, done)
    summary = RunSummary(workers=_worker_count(client))
    reports: dict[str, ShardReport] = {}
    for shard in shards:
        if shard.key in done:
            reports[shard.key] = done[shard.key]
            reports[shard.key].skipped = True
            progress(reports[shard.key])
    todo = [s for s in shards if s.key not in reports]
    if client is None:
        for shard in todo:
            reports[shard.key] = analyze_shard_to(shard, str(out_dir), options)
            progress(reports[shard.key])
    else:
        from distributed import as_completed

        futures = _submit(
            client, analyze_shard_to, todo, str(out_dir), options, priorities=size_priorities(todo)
        )
        by_key = {f.key: s for f, s in zip(futures, todo, strict=True)}
        for future in as_completed(futures):
            shard = by_key[future.key]
            try:
                reports[shard.key] = future.result()
                progress(reports[shard.key])
            except Exception as exc:  # noqa: BLE001 - whatever a worker raised
                _lost(shard, future, exc, summary)
    remove_temporaries(out_dir)
    summary.reports = [reports[s.key] for s in shards if s.key in reports]
    summary.seconds = time.perf_counter() - started
    return summary


def analyses_in_order(
    client: Client,
    shards: list[Shard],
    options: AnalysisOptions,
    summary: RunSummary,
    progress: Progress = lambda _r: None,
    known: KnownTexts | None = None,
) -> Iterator[tuple[Analysis, LinkVectors | None] | InputFailure]:
    """Every shard's analyses (each with its link texts encoded on the worker, or None) and
    failures, in input order, while the cluster works on the shards after them (what
    ``ingest`` stores, in this process). Texts in ``known`` (sent to every worker once) come
    back as their article alone, unanalysed."""
    started = time.perf_counter()
    summary.workers = _worker_count(client)
    extra: list[Any] = [options]
    if known is not None and len(known):
        extra.append(client.scatter(known, broadcast=True, hash=False))
    futures = _submit(client, analyze_shard_json, shards, *extra)
    for shard, future in zip(shards, futures, strict=True):
        try:
            report, docs, vectors = future.result()
        except Exception as exc:  # noqa: BLE001 - whatever a worker raised
            _lost(shard, future, exc, summary)
            yield summary.failures[-1]
            continue
        finally:
            future.release()
        summary.reports.append(report)
        progress(report)
        for doc, rows in zip(docs, vectors, strict=True):
            yield Analysis.model_validate_json(doc), rows
        yield from report.input_failures()
    summary.seconds = time.perf_counter() - started


def size_priorities(shards: list[Shard]) -> list[int]:
    """Dask priorities that start the largest shards (by bytes on disk) first, so that the
    last tasks of a run are short ones and no worker idles long while another finishes a big
    shard (longest-first; with shards of 1 to 64 files, input order left one worker alone for
    most of a shard at the end). Outputs do not depend on the order; ``ingest`` keeps input
    order (its client stores as results arrive)."""
    sizes = [sum(f.size for f in s.files) for s in shards]
    ranks = sorted(range(len(shards)), key=lambda i: sizes[i])
    priorities = [0] * len(shards)
    for rank, i in enumerate(ranks):
        priorities[i] = rank
    return priorities


def _submit(
    client: Client,
    task: Any,
    shards: list[Shard],
    *args: Any,
    priorities: list[int] | None = None,
) -> list[Any]:
    run = uuid.uuid4().hex[:8]
    return [
        client.submit(
            task,
            shard,
            *args,
            key=f"claimtrail-{run}-{shard.key}",
            retries=TASK_RETRIES,
            pure=False,
            priority=priorities[i] if priorities else 0,
        )
        for i, shard in enumerate(shards)
    ]


def _lost(shard: Shard, future: Any, exc: BaseException, summary: RunSummary) -> None:
    """A shard no worker could finish: a model error stops the run, and so does a lost
    scheduler; anything else the task raised is this shard's failure and the run goes on."""
    from distributed import KilledWorker

    if future.status != "error":  # not the task's own error: cancelled, or the scheduler lost
        raise ClusterError(
            f"the Dask run stopped ({type(exc).__name__}: {exc}); run the same command "
            "again: the shards already written are kept"
        ) from exc
    if isinstance(exc, ModelError):  # a model missing on the workers: every shard would fail
        raise exc
    if isinstance(exc, KilledWorker):
        message = "its workers died every time it ran (out of memory?); not analysed"
    else:
        message = f"analysis failed on the worker ({type(exc).__name__}: {exc})"[:300]
    names = [f.name for f in shard.files]
    where = names[0] if len(names) == 1 else f"{names[0]} (and {len(names) - 1} more)"
    summary.failures.append(InputFailure(where, message))


def _worker_count(client: Client | None) -> int:
    if client is None:
        return 1
    return len(client.scheduler_info().get("workers", {}))

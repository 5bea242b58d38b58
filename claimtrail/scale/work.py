"""What runs on a worker: read one shard through the front door, analyse it in ``nlp.pipe``
batches with the process's one ``Analyzer``, and write (or return) its analyses.

Each worker process loads the pipeline once: ``AnalyzerPlugin`` loads it when the worker
joins (so a run's first tasks do not wait on it) and every task takes it from the process's
cache. The analyser is not shared by threads at once: a worker started with several threads
runs one shard at a time (start workers with ``--nthreads 1``; the parser holds the GIL).

Each worker also sets glibc's allocator back to keeping freed memory (``keep_freed_memory``):
a Dask nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_=65536``, which also pins the
mmap threshold at 128 KB, so every parse array above that was mapped and unmapped afresh
(profiled: 5x the page faults and 3x the system time of a one-process run, ~20 % more CPU per
article in all).

For ``ingest`` the client sends every worker, once, the content hashes of the texts its store
already holds (``KnownTexts``): a task returns such a text as its article alone, unanalysed,
as a one-process ingest stores it, so a rerun analyses only what is missing. The worker also
encodes the texts linking will compare (``claimtrail.link.stories.link_texts``) with the
store's sentence model, a shard's articles in one model call, and sends the rows with the
analyses: the client, which stores one article after another, then runs no model (the
model was half of its work; docs/scale.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from claimtrail.ingest.inputs import ANALYSIS_BATCH, ANALYSIS_BATCH_CHARS, batched, read_path
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.models import Analysis
from claimtrail.scale.shards import Shard, ShardReport, read_done, write_shard
from claimtrail.store.dedup import content_hash

if TYPE_CHECKING:
    from claimtrail.link.embed import Embedder
    from claimtrail.link.stories import LinkVectors
    from claimtrail.pipeline import Analyzer

try:  # the plugin's base class when distributed is installed (it is: pinned)
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover
    _PluginBase = object  # type: ignore[assignment,misc]


@dataclass(frozen=True)
class AnalysisOptions:
    """How every worker builds its analyser and batches articles."""

    model: str | None = None
    use_stance_model: bool = True
    batch_size: int = ANALYSIS_BATCH
    # ``ingest``: the embedder to encode link texts with ("model" or "lexical", as
    # ``load_embedder`` takes it; the store's own), None: the worker encodes nothing.
    embedder: str | None = None


class KnownTexts:
    """The content hashes (``claimtrail.store.dedup.content_hash``) of the texts a store
    holds, as one sorted array of 32-byte digests (32 MB per million texts), so that a worker
    can tell a stored text without reaching the store."""

    def __init__(self, hex_hashes: Iterable[str]) -> None:
        digests = np.array([bytes.fromhex(h) for h in set(hex_hashes)], dtype="S32")
        self.digests = np.sort(digests)

    def __len__(self) -> int:
        return len(self.digests)

    def holds(self, text: str) -> bool:
        key = np.array([bytes.fromhex(content_hash(text))], dtype="S32")
        at = int(np.searchsorted(self.digests, key[0]))
        return bool(at < len(self.digests) and self.digests[at] == key[0])


# glibc mallopt parameters, and the values a worker sets: arrays up to 32 MB (glibc's own
# dynamic ceiling on 64-bit) come from the heap, and the heap is trimmed past 64 MB free.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD


def keep_freed_memory() -> bool:
    """Undo the nanny's ``MALLOC_TRIM_THRESHOLD_`` in this process (glibc only; elsewhere
    nothing is done and False returned): large freed blocks stay in the heap for the next
    batch instead of going back to the OS and faulting in again."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


_analyzers: dict[AnalysisOptions, tuple[Analyzer, threading.Lock]] = {}
_embedders: dict[str, Embedder | None] = {}
_cache_lock = threading.Lock()


def process_analyzer(options: AnalysisOptions) -> tuple[Analyzer, threading.Lock]:
    """This process's analyser for ``options`` (loaded on first use) and the lock its users
    hold."""
    key = replace(options, embedder=None)  # one analyser whatever the embedder
    with _cache_lock:
        if key not in _analyzers:
            from claimtrail.pipeline import Analyzer

            keep_freed_memory()
            analyzer = Analyzer(model_name=options.model, use_stance_model=options.use_stance_model)
            _analyzers[key] = (analyzer, threading.Lock())
        return _analyzers[key]


def process_embedder(choice: str) -> Embedder | None:
    """This process's embedder for ``choice`` ("model" or "lexical"), loaded on first use;
    None when it cannot be loaded here (the sentence model not installed on this worker):
    the client then encodes those articles itself."""
    from claimtrail.errors import ModelError
    from claimtrail.link.embed import load_embedder

    with _cache_lock:
        if choice not in _embedders:
            try:
                _embedders[choice] = load_embedder(choice)
            except ModelError:
                _embedders[choice] = None
        return _embedders[choice]


class AnalyzerPlugin(_PluginBase):
    """Loads the analyser when a worker starts (or joins later), off the worker's event loop."""

    name = "claimtrail-analyzer"

    def __init__(self, options: AnalysisOptions) -> None:
        self.options = options

    async def setup(self, worker: Any) -> None:
        import asyncio

        await asyncio.get_running_loop().run_in_executor(None, process_analyzer, self.options)


def analyze_shard(
    shard: Shard, options: AnalysisOptions, known: KnownTexts | None = None
) -> tuple[ShardReport, list[dict]]:
    """The shard's analyses (as ``claimtrail.analysis/1`` JSON documents, in input order) and
    its report: articles, words, failures (unreadable inputs, articles the analyser failed on)
    and warnings. A text in ``known`` is not analysed: its document is its article alone."""
    report, analyses = _analyze_shard(shard, options, known)
    return report, [analysis.to_json_dict() for analysis, _ in analyses]


def _analyze_shard(
    shard: Shard, options: AnalysisOptions, known: KnownTexts | None = None
) -> tuple[ShardReport, list[tuple[Analysis, bool]]]:
    """``analyze_shard``'s report and analyses, each with True if it was analysed here (False:
    a text in ``known``, its article alone)."""
    from claimtrail.pipeline import analyze_guarded

    started = time.perf_counter()
    report = ShardReport(shard.key, [f.label for f in shard.files])
    docs: list[tuple[Analysis, bool]] = []
    analyzer, lock = process_analyzer(options)
    with lock:
        raws = _articles(shard, report)
        for batch in batched(raws, options.batch_size, ANALYSIS_BATCH_CHARS):
            stored = [known is not None and known.holds(raw.text) for raw in batch]
            fresh = [raw for raw, is_stored in zip(batch, stored, strict=True) if not is_stored]
            results = iter(analyze_guarded(analyzer, fresh, options.batch_size) if fresh else [])
            for raw, is_stored in zip(batch, stored, strict=True):
                if is_stored:
                    report.known += 1
                    report.warnings.extend(raw.warnings)
                    docs.append((Analysis(article=raw.record()), False))
                    continue
                result = next(results)
                if isinstance(result, InputFailure):
                    report.failures.append({"path": result.path, "message": result.message})
                    continue
                report.warnings.extend(result.warnings)
                report.words += len(raw.text.split())
                docs.append((result, True))
    report.articles = len(docs)
    report.seconds = round(time.perf_counter() - started, 3)
    return report, docs


def _articles(shard: Shard, report: ShardReport) -> Any:
    for f in shard.files:
        for item in read_path(Path(f.path), f.name, f.span):
            if isinstance(item, InputFailure):
                report.failures.append({"path": item.path, "message": item.message})
            else:
                assert isinstance(item, RawArticle)
                yield item


def analyze_shard_to(shard: Shard, out_dir: str, options: AnalysisOptions) -> ShardReport:
    """Analyse a shard into ``out_dir`` unless a run (or an earlier try of this task) already
    did; the task Dask runs for ``claimtrail analyze --out``."""
    folder = Path(out_dir)
    earlier = read_done(folder, shard.key)
    if earlier is not None:
        earlier.skipped = True
        return earlier
    report, docs = analyze_shard(shard, options)
    write_shard(folder, report, docs)
    return report


def analyze_shard_json(
    shard: Shard, options: AnalysisOptions, known: KnownTexts | None = None
) -> tuple[ShardReport, list[str], list[LinkVectors | None]]:
    """A shard's report, its analyses as JSON texts, and each analysis's link texts encoded
    with ``options.embedder`` (None for a text in ``known``, which comes back unanalysed, and
    for all when the worker encodes nothing); the task Dask runs for ``ingest``, whose client
    stores them."""
    import json

    report, analyses = _analyze_shard(shard, options, known)
    vectors: list[LinkVectors | None] = [None] * len(analyses)
    embedder = process_embedder(options.embedder) if options.embedder else None
    if embedder is not None:
        from claimtrail.link.stories import encode_articles

        fresh = [i for i, (_, analysed) in enumerate(analyses) if analysed]
        _, lock = process_analyzer(options)
        with lock:  # one model run at a time in this process
            encoded = encode_articles(embedder, [analyses[i][0] for i in fresh])
        for i, rows in zip(fresh, encoded, strict=True):
            vectors[i] = rows
    docs = [json.dumps(a.to_json_dict(), ensure_ascii=False) for a, _ in analyses]
    return report, docs, vectors

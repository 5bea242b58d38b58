"""Corpus runs: inputs (from ``claimtrail.ingest.inputs``) → skip what is stored → analyse the
rest → store, one analysis batch per transaction, with a report of every outcome, warning and
skip.

Texts already stored are recognised by their hash before analysis, so a rerun after a crash
(even kill -9) only analyses what is missing: nothing is lost and nothing is stored twice. The
store itself decides identity under its write lock, so any number of runs at once (processes,
the API, workers) still store one copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from claimtrail.ingest.inputs import ANALYSIS_BATCH, ANALYSIS_BATCH_CHARS
from claimtrail.ingest.readers import InputFailure, RawArticle, ReadResult
from claimtrail.link.stories import LinkVectors
from claimtrail.models import Analysis
from claimtrail.store.store import Store
from claimtrail.store.views import IngestOutcome

# Finished analyses stored per transaction by a bulk load: large enough that commits cost little
# (SQLite syncs its log at each), small enough that a kill loses little work.
BULK_BATCH = 64
# A bulk load snapshots the matching index this often (articles), so a rerun after a kill
# re-adds at most this many articles' vectors to it.
SNAPSHOT_EVERY = 5000
# A batch (ANALYSIS_BATCH articles, ANALYSIS_BATCH_CHARS characters at most) is also the unit
# retried one by one when an article in it makes the analyser fail.
# Texts the store holds that wait (in input order) behind a batch still to analyse: at most
# this many, then the batch is analysed early.
PENDING_MAX = 256


class AnalyzerLike(Protocol):
    def analyze(self, raw: RawArticle) -> Analysis: ...

    def analyze_many(
        self, raws: Iterable[RawArticle], batch_size: int = ..., n_process: int = ...
    ) -> Iterator[Analysis]: ...


@dataclass
class IngestReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    skipped: list[InputFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stories: set[int] = field(default_factory=set)
    status_changes: int = 0
    analysed: int = 0  # articles analysed (texts the store held are not)

    def record(self, outcome: IngestOutcome) -> None:
        self.outcomes[outcome.status] += 1
        if outcome.story_id is not None:
            self.stories.add(outcome.story_id)
        self.status_changes += sum(1 for c in outcome.status_changes if c.old_status)

    @property
    def stored(self) -> int:
        return sum(self.outcomes.values())


Progress = Callable[[str], None]
# An analysis with its link texts encoded ahead (None: the store encodes them).
Encoded = tuple[Analysis, LinkVectors | None]


def bare_analysis(raw: RawArticle) -> Analysis:
    """An analysis with no findings: enough to record a copy of a stored text."""
    return Analysis(article=raw.record())


def bare_analysis_of(analysis: Analysis) -> Analysis:
    """An analysis reduced to its article: what a one-process ingest stores for a text the
    store already holds (it never analyses it)."""
    return Analysis(article=analysis.article)


@dataclass
class Loader:
    store: Store
    analyzer_factory: Callable[[], AnalyzerLike]
    progress: Progress = lambda _label: None
    report: IngestReport = field(default_factory=IngestReport)
    _analyzer: AnalyzerLike | None = None

    def load(self, results: Iterable[ReadResult]) -> IngestReport:
        """Store every article in input order: texts the store holds as their article alone
        (not analysed), the others analysed in batches; a stored text waits for the articles
        before it, so the store ends the same however the inputs were batched or analysed
        (``ingest --workers`` stores in this order too)."""
        pending: list[RawArticle | Analysis] = []  # Analysis: a stored text, not to analyse
        fresh = chars = 0
        for item in results:
            if isinstance(item, InputFailure):
                self.report.skipped.append(item)
                self.progress(item.path)
                continue
            if self.store.known(item.text):
                self.report.warnings.extend(item.warnings)
                if not fresh:  # nothing before it waits: stored now
                    self._store(bare_analysis(item), item.path or "")
                    continue
                pending.append(bare_analysis(item))
                if len(pending) >= PENDING_MAX:  # a long run of stored texts: don't hold them
                    self._analyse_and_store(pending)
                    pending, fresh, chars = [], 0, 0
                continue
            if fresh and chars + len(item.text) > ANALYSIS_BATCH_CHARS:
                self._analyse_and_store(pending)
                pending, fresh, chars = [], 0, 0
            pending.append(item)
            fresh += 1
            chars += len(item.text)
            if fresh >= ANALYSIS_BATCH:
                self._analyse_and_store(pending)
                pending, fresh, chars = [], 0, 0
        if pending:
            self._analyse_and_store(pending)
        return self.report

    def load_analyses(
        self,
        items: Iterable[Analysis | Encoded | InputFailure],
        batch_size: int = BULK_BATCH,
    ) -> IngestReport:
        """Store finished analyses (in the order given: a bulk load passes them in publication
        order), ``batch_size`` per transaction; an analysis may come with its link texts
        encoded (``ingest --workers``: on the workers). A kill leaves whole batches stored and
        none half-stored; a rerun finds those unchanged and stores the rest."""
        batch: list[Encoded] = []
        stored = 0
        for item in items:
            if isinstance(item, InputFailure):
                self.report.skipped.append(item)
                self.progress(item.path)
                continue
            batch.append(item if isinstance(item, tuple) else (item, None))
            if len(batch) >= batch_size:
                stored += self._store_batch(batch)
                batch = []
                if stored >= SNAPSHOT_EVERY:
                    self.store.save_index()
                    stored = 0
        if batch:
            self._store_batch(batch)
        return self.report

    def _store_batch(self, batch: list[Encoded]) -> int:
        analyses = [analysis for analysis, _ in batch]
        outcomes = self.store.add_analyses(analyses, [vectors for _, vectors in batch])
        for analysis, outcome in zip(analyses, outcomes, strict=True):
            self.report.record(outcome)
            self.progress(analysis.article.path or analysis.article.url or "")
        return len(batch)

    def _analyse_and_store(self, batch: list[RawArticle | Analysis]) -> None:
        """Analyse the batch's fresh articles and store the batch in its order, in one
        transaction (``Store.add_analyses``: its articles' link texts in one model call)."""
        raws = [item for item in batch if isinstance(item, RawArticle)]
        analysed = iter(self._analyse(raws) if raws else [])
        ready: list[tuple[Analysis, str]] = []
        for item in batch:
            if isinstance(item, Analysis):  # a stored text: its article alone
                ready.append((item, item.article.path or ""))
                continue
            raw, analysis = next(analysed)
            if isinstance(analysis, InputFailure):
                self.report.skipped.append(analysis)
                self.progress(raw.path or "")
            else:
                self.report.warnings.extend(analysis.warnings)
                ready.append((analysis, raw.path or ""))
        outcomes = self.store.add_analyses([analysis for analysis, _ in ready])
        for (_, label), outcome in zip(ready, outcomes, strict=True):
            self.report.record(outcome)
            self.progress(label)

    def _analyse(self, batch: list[RawArticle]) -> list[tuple[RawArticle, Any]]:
        from claimtrail.pipeline import analyze_guarded

        if self._analyzer is None:
            self._analyzer = self.analyzer_factory()
        self.report.analysed += len(batch)
        return list(zip(batch, analyze_guarded(self._analyzer, batch), strict=True))

    def _store(self, analysis: Analysis, label: str) -> None:
        # A StoreError propagates: the database is unusable, so the run stops here; every
        # article stored so far is committed and the report says how far it got.
        self.report.record(self.store.add_analysis(analysis))
        self.progress(label)

"""Ingest runs: read inputs → skip what is stored → analyse the rest → store, one article per
transaction, with a report of every outcome and everything skipped.

Texts already stored are recognised by their hash before analysis, so a rerun after a crash
(even kill -9) only analyses what is missing: nothing is lost and nothing is stored twice.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from claimtrail.errors import ClaimtrailError
from claimtrail.ingest.feeds import is_feed_path, looks_like_feed, read_feed
from claimtrail.ingest.readers import (
    KNOWN_SUFFIXES,
    InputFailure,
    RawArticle,
    ReadResult,
    read_inputs,
)
from claimtrail.models import Analysis, Article
from claimtrail.store.store import Store
from claimtrail.store.views import IngestOutcome

# Articles handed to the analyser at once: spaCy's nlp.pipe batch, and the unit retried one by
# one when an article in it makes the analyser fail.
ANALYSIS_BATCH = 16


class AnalyzerLike(Protocol):
    def analyze(self, raw: RawArticle) -> Analysis: ...

    def analyze_many(self, raws: Iterable[RawArticle], batch_size: int = ...,
                     n_process: int = ...) -> Iterator[Analysis]: ...


@dataclass
class IngestReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    skipped: list[InputFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stories: set[int] = field(default_factory=set)
    status_changes: int = 0

    def record(self, outcome: IngestOutcome) -> None:
        self.outcomes[outcome.status] += 1
        if outcome.story_id is not None:
            self.stories.add(outcome.story_id)
        self.status_changes += sum(1 for c in outcome.status_changes if c.old_status)

    @property
    def stored(self) -> int:
        return sum(self.outcomes.values())


Progress = Callable[[str], None]


def read_all(args: Iterable[str]) -> list[ReadResult]:
    """Every article named by ``args``: the readers' formats, RSS/Atom feed files, and http(s)
    URLs of pages, feeds and sitemaps (fetched politely, see ``ingest/web.py``)."""
    from claimtrail.ingest.web import UrlReader

    results: list[ReadResult] = []
    with UrlReader() as urls:
        for arg in args:
            if urls.accepts(arg):
                results.extend(urls.read(arg))
            else:
                results.extend(_read_arg(arg))
    return results


def _read_arg(arg: str) -> list[ReadResult]:
    results: list[ReadResult] = []
    path = Path(arg)
    files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p)) \
        if path.is_dir() else [path]
    for file in files:
        results.extend(_read_one(file) if arg != "-" else read_inputs(["-"]))
    return results


def _readable(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    return path.suffix.lower() in KNOWN_SUFFIXES or is_feed_path(path)


def _read_one(path: Path) -> Iterator[ReadResult]:
    if is_feed_path(path) or (path.is_file() and _sniff_feed(path)):
        return read_feed(path)
    return read_inputs([str(path)])


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(1024))
    except OSError:
        return False


def read_analyses(args: Iterable[str]) -> Iterator[Analysis | InputFailure]:
    """Stored analyses (``claimtrail analyze --format jsonl`` output), one JSON per line."""
    for arg in args:
        name = str(arg)
        try:
            lines = Path(arg).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            yield InputFailure(name, f"cannot be read ({exc.strerror})")
            continue
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                yield _analysis_line(line, f"{name}:{lineno}")


def _analysis_line(line: str, where: str) -> Analysis | InputFailure:
    try:
        return Analysis.model_validate(json.loads(line))
    except json.JSONDecodeError as exc:
        return InputFailure(where, f"invalid JSON line ({exc.msg}); skipped")
    except ValidationError as exc:
        return InputFailure(where, f"not a claimtrail analysis ({exc.error_count()} errors); "
                                   f"skipped")


def bare_analysis(raw: RawArticle) -> Analysis:
    """An analysis with no findings: enough to record a copy of a stored text."""
    return Analysis(article=Article(path=raw.path, headline=raw.headline,
                                    published=raw.published, source=raw.source, url=raw.url,
                                    author=raw.author, text=raw.text,
                                    body_start=raw.body_start))


@dataclass
class Loader:
    store: Store
    analyzer_factory: Callable[[], AnalyzerLike]
    progress: Progress = lambda _label: None
    report: IngestReport = field(default_factory=IngestReport)
    _analyzer: AnalyzerLike | None = None

    def load(self, results: Iterable[ReadResult]) -> IngestReport:
        pending: list[RawArticle] = []
        for item in results:
            if isinstance(item, InputFailure):
                self.report.skipped.append(item)
                self.progress(item.path)
            elif self.store.known(item.text):
                self._store(bare_analysis(item), item.path or "")
            else:
                pending.append(item)
                if len(pending) >= ANALYSIS_BATCH:
                    self._analyse_and_store(pending)
                    pending = []
        if pending:
            self._analyse_and_store(pending)
        return self.report

    def load_analyses(self, items: Iterable[Analysis | InputFailure]) -> IngestReport:
        for item in items:
            if isinstance(item, InputFailure):
                self.report.skipped.append(item)
                self.progress(item.path)
            else:
                self._store(item, item.article.path or "")
        return self.report

    def _analyse_and_store(self, batch: list[RawArticle]) -> None:
        for raw, analysis in self._analyse(batch):
            if isinstance(analysis, InputFailure):
                self.report.skipped.append(analysis)
                self.progress(raw.path or "")
            else:
                self.report.warnings.extend(analysis.warnings)
                self._store(analysis, raw.path or "")

    def _analyse(self, batch: list[RawArticle]) -> list[tuple[RawArticle, Any]]:
        if self._analyzer is None:
            self._analyzer = self.analyzer_factory()
        try:
            return list(zip(batch, self._analyzer.analyze_many(batch), strict=True))
        except ClaimtrailError:
            return [(raw, self._analyse_one(raw)) for raw in batch]

    def _analyse_one(self, raw: RawArticle) -> Analysis | InputFailure:
        assert self._analyzer is not None
        try:
            return self._analyzer.analyze(raw)
        except ClaimtrailError as exc:
            return InputFailure(raw.path or "input", f"analysis failed: {exc}")

    def _store(self, analysis: Analysis, label: str) -> None:
        # A StoreError propagates: the database is unusable, so the run stops here; every
        # article stored so far is committed and the report says how far it got.
        self.report.record(self.store.add_analysis(analysis))
        self.progress(label)

"""What one app instance holds: its settings, its store, and an analyser created on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import anyio
from fastapi import Request

from claimtrail.api.errors import ApiError
from claimtrail.api.settings import Settings

if TYPE_CHECKING:
    from claimtrail.ingest.readers import RawArticle
    from claimtrail.models import Analysis
    from claimtrail.store import Store
    from claimtrail.store.views import IngestOutcome


class ArticleAnalyzer(Protocol):
    def analyze(self, raw: RawArticle) -> Analysis: ...


AnalyzerFactory = Callable[[], ArticleAnalyzer]


def default_analyzer() -> ArticleAnalyzer:
    # Imported here: loading spaCy takes seconds and only POST /api/articles needs it.
    from claimtrail.pipeline import Analyzer

    return Analyzer()


@dataclass
class AppContext:
    settings: Settings
    _store: Store
    analyzer_factory: AnalyzerFactory = default_analyzer
    _analyzer: ArticleAnalyzer | None = field(default=None, init=False)
    _analyzer_lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    # Writes wait on their own queue (an async wait: no thread is held), served by one thread
    # of their own, so reads and /api/health never queue behind the analyser.
    _writes_waiting: int = field(default=0, init=False)
    _write_thread: anyio.CapacityLimiter | None = field(default=None, init=False)

    async def write(self, raw: RawArticle) -> IngestOutcome:
        """Analyse and store one article on the write queue; 503 + Retry-After when full."""
        if self._writes_waiting >= self.settings.max_pending_writes:
            raise ApiError(
                503,
                f"{self._writes_waiting} articles are waiting to be analysed; try again later",
                "busy",
                headers={"Retry-After": str(self.settings.retry_after_s)},
            )
        if self._write_thread is None:
            self._write_thread = anyio.CapacityLimiter(1)
        self._writes_waiting += 1  # only the event loop thread touches the counter
        try:
            return await anyio.to_thread.run_sync(
                self._analyse_and_store, raw, limiter=self._write_thread
            )
        finally:
            self._writes_waiting -= 1

    def _analyse_and_store(self, raw: RawArticle) -> IngestOutcome:
        analysis = self.analyze(raw)  # before touching the store: this takes a while
        with self.store() as store:
            return store.add_analysis(analysis)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The app's store. No lock: FastAPI runs sync endpoints on a thread pool and the
        store serves those threads at once (a pooled connection per read; its writes take
        turns inside ``add_analysis``), so readers never queue behind one another."""
        yield self._store

    def analyze(self, raw: RawArticle) -> Analysis:
        """Analyse with the app's one analyser, loaded by the first request that needs it.

        One analysis at a time: it is CPU-bound (so threads would not make it faster) and
        spaCy does not promise that one pipeline may run in several threads at once."""
        with self._analyzer_lock:
            if self._analyzer is None:
                self._analyzer = self.analyzer_factory()
            return self._analyzer.analyze(raw)


async def get_context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx

"""``open_store(url)`` and the ``Store`` facade: writes go to ``ingest``, reads to ``queries``."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from claimtrail.errors import InputError
from claimtrail.link.ann import KINDS as VECTOR_KINDS
from claimtrail.link.embed import Embedder, load_embedder
from claimtrail.link.stories import LinkVectors, encode_articles
from claimtrail.models import Analysis, ClaimStatus
from claimtrail.store import dedup, queries
from claimtrail.store.clock import normalise_time
from claimtrail.store.db import make_engine, migrate, translate_errors, write_transaction
from claimtrail.store.index import StoreIndex, load_index, refresh, save_index
from claimtrail.store.schema import articles, store_version
from claimtrail.store.search import SearchWriter
from claimtrail.store.speakers import SpeakerCache
from claimtrail.store.stats import read_stats
from claimtrail.store.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    IngestOutcome,
    Page,
    SearchHit,
    SpeakerDetail,
    SpeakerSummary,
    Stats,
    StoryDetail,
    StorySummary,
)
from claimtrail.store.writer import ArticleWrite

DB_ENV_VAR = "CLAIMTRAIL_DB"
DEFAULT_DB_FILE = "claimtrail.db"
DEFAULT_LIMIT = 20
# One page never holds more than this many rows: bounds memory and response size.
MAX_LIMIT = 1000
# The matching index is snapshotted when this share of its claims is not in the last snapshot:
# a store opened later re-adds at most that share to its graph, and a large store is not
# rewritten for every small ingest.
SNAPSHOT_SHARE = 0.01
# A write that loses a unique-index race is retried from the start (it then finds the row).
WRITE_ATTEMPTS = 3


def resolve_url(url: str | None = None) -> str:
    """An SQLAlchemy URL: ``url``, else ``$CLAIMTRAIL_DB``, else ``./claimtrail.db``.

    A bare file path means SQLite; ``postgresql://`` is routed to the psycopg 3 driver.
    """
    raw = url or os.environ.get(DB_ENV_VAR) or DEFAULT_DB_FILE
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if "://" not in raw:
        return f"sqlite:///{raw}"
    return raw


class Store:
    """One open database, shared by the threads of a process (the web server's request
    threads): each read checks out a pooled connection of its own, so reads never wait for one
    another. Writes of this process take turns on a lock of the store's own (they share the
    in-memory matching index); writes of other processes take turns on the database's write
    lock (``write_transaction``).

    The claim/story matching index is loaded on the first write, so read-only users (the web
    app, the query commands) open a store without loading vectors or the sentence model.
    """

    def __init__(
        self,
        url: str,
        matcher: str = "auto",
        embedder: Embedder | None = None,
        search: str = "hnsw",
        window_days: float | None = None,
    ) -> None:
        if search not in VECTOR_KINDS:
            raise InputError(f"unknown claim search {search!r}: one of {', '.join(VECTOR_KINDS)}")
        if window_days is not None and window_days <= 0:
            raise InputError(f"the window must be a positive number of days, got {window_days}")
        self.url = url
        self._engine = make_engine(url)
        self.backend = self._engine.dialect.name
        self.schema_revision = migrate(self._engine, url)
        self._search = SearchWriter(self.backend)
        self._matcher = matcher
        self._embedder = embedder
        self._vector_search = search
        self._window_days = window_days
        self._index: StoreIndex | None = None
        # Held by this process's writes only, never by reads.
        self._write_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The store's engine (its connection pool), for helpers that read beside it."""
        return self._engine

    # -- writing -----------------------------------------------------------------------------
    def add_analysis(self, analysis: Analysis, vectors: LinkVectors | None = None) -> IngestOutcome:
        """Store one analysed article in its own transaction; idempotent.

        Re-adding the same text at the same URL (or path) is ``unchanged``; the same text
        elsewhere is a linked ``duplicate``; a text ≥0.8 alike is a ``near_duplicate``; a new
        text at a known URL is a ``revision`` whose claim-status changes are recorded.
        """
        with self._write_lock:
            return self._add(analysis, vectors)

    def _add(self, analysis: Analysis, vectors: LinkVectors | None = None) -> IngestOutcome:
        index = self._ensure_index()
        with translate_errors(self.url):
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                try:
                    with write_transaction(self._engine) as conn:
                        refresh(conn, index)  # what other writers committed meanwhile
                        write = ArticleWrite(conn, index, self._search, analysis, vectors)
                        outcome = write.run()
                except IntegrityError:
                    # Another writer stored the same article first without taking the write
                    # lock (an older claimtrail): a unique index refused the copy. Look again.
                    if attempt == WRITE_ATTEMPTS:
                        raise
                    continue
                write.pending.apply()  # only after the commit succeeded
                index.unsaved += 1
                return outcome
        raise AssertionError("unreachable")

    def add_analyses(
        self, batch: list[Analysis], vectors: list[LinkVectors | None] | None = None
    ) -> list[IngestOutcome]:
        """Store several analysed articles in one transaction (a bulk load's unit: all of them
        or none, and far fewer commits); each is linked against the ones before it.

        The in-memory index follows each article as it is written, so a later article of the
        batch can match an earlier one's claims; if the transaction fails the index is dropped
        and reloaded from what was committed, and the batch is retried one article at a time
        (a lost unique-index race, or an article the writer cannot store, is then isolated).

        ``vectors``: each article's link texts encoded beforehand (None where not); the
        articles without them that will be linked are encoded here in one model call, before
        the transaction (``prepare_vectors``)."""
        given: list[LinkVectors | None] = (
            list(vectors) if vectors is not None else [None] * len(batch)
        )
        if len(given) != len(batch):
            raise ValueError(f"{len(given)} vectors for {len(batch)} analyses")
        if len(batch) <= 1:
            return [self.add_analysis(a, v) for a, v in zip(batch, given, strict=True)]
        index = self._ensure_index()
        given = self.prepare_vectors(batch, given)
        outcomes: list[IngestOutcome] = []
        try:
            with (
                self._write_lock,
                translate_errors(self.url),
                write_transaction(self._engine) as conn,
            ):
                refresh(conn, index)
                speakers = SpeakerCache()  # the batch's transaction: nobody else writes
                for analysis, vector in zip(batch, given, strict=True):
                    write = ArticleWrite(
                        conn, index, self._search, analysis, vector, speakers=speakers
                    )
                    outcomes.append(write.run())
                    write.pending.apply()  # ahead of the commit: dropped below if it fails
        except IntegrityError:
            self._index = None
            return [self.add_analysis(a, v) for a, v in zip(batch, given, strict=True)]
        except BaseException:
            self._index = None  # holds rows that were rolled back
            raise
        index.unsaved += len(batch)
        return outcomes

    def prepare_vectors(
        self, batch: list[Analysis], vectors: list[LinkVectors | None]
    ) -> list[LinkVectors | None]:
        """``vectors`` with the missing ones filled in, one model call for all, for the
        articles that will likely be linked: not those whose text the store holds or an
        earlier article of the batch repeats (they are stored as copies, never linked). A
        guess made outside the write transaction: an article that turns out to need vectors
        it lacks is encoded when it is linked, and unused ones cost only their encoding."""
        embedder = self.embedder()
        todo = [
            i
            for i, v in enumerate(vectors)
            if v is None or not v.fits(embedder, len(batch[i].claims) + 1)
        ]
        if not todo:
            return vectors
        hashes = [dedup.content_hash(batch[i].article.text) for i in todo]
        with translate_errors(self.url), self._engine.connect() as conn:
            stored = set(
                conn.execute(
                    select(articles.c.content_hash).where(articles.c.content_hash.in_(set(hashes)))
                ).scalars()
            )
        fresh: list[int] = []
        for i, chash in zip(todo, hashes, strict=True):
            if chash not in stored:
                stored.add(chash)  # a later copy in the batch is a duplicate of this one
                fresh.append(i)
        out = list(vectors)
        encoded = encode_articles(embedder, [batch[i] for i in fresh])
        for i, rows in zip(fresh, encoded, strict=True):
            out[i] = rows
        return out

    def embedder(self) -> Embedder:
        """The embedder this store links with (loaded once: the sentence model, or the
        lexical fallback, per ``matcher``)."""
        if self._embedder is None:
            self._embedder = load_embedder(self._matcher)
        return self._embedder

    def save_index(self) -> bool:
        """Snapshot the matching index into the store (revision 0004) if at least
        ``SNAPSHOT_SHARE`` of its claims are not in the last snapshot, so the next writer to
        open it reads the index back instead of rebuilding it. Called by ``close``; bulk loads
        also call it every so often. True if it saved."""
        index = self._index
        if index is None or index.unsaved == 0:
            return False
        rows = len(index.linker.claims)
        if rows - index.snapshot_rows < SNAPSHOT_SHARE * rows:
            return False  # re-adding so few rows on open costs less than rewriting them all
        with translate_errors(self.url), write_transaction(self._engine) as conn:
            refresh(conn, index)  # others' rows too: the snapshot must cover every id below
            save_index(conn, index)
        return True

    def known(self, text: str) -> bool:
        """True when this exact text is already stored (here or elsewhere): adding it needs no
        analysis, ``add_analysis`` of a bare ``Analysis`` records the link."""
        with translate_errors(self.url), self._engine.connect() as conn:
            found = conn.execute(
                select(articles.c.id)
                .where(articles.c.content_hash == dedup.content_hash(text))
                .limit(1)
            ).first()
        return found is not None

    def content_hashes(self) -> list[str]:
        """The content hash of every text stored (``dedup.content_hash``), each once: what a
        distributed ingest sends its workers so they do not analyse these texts again."""
        with translate_errors(self.url), self._engine.connect() as conn:
            return list(conn.execute(select(articles.c.content_hash).distinct()).scalars())

    def _ensure_index(self) -> StoreIndex:
        if self._index is None:
            embedder = self.embedder()
            with translate_errors(self.url), self._engine.connect() as conn:
                self._index = load_index(conn, embedder, self._vector_search, self._window_days)
        return self._index

    # -- reading -----------------------------------------------------------------------------
    def get_article(self, article_id: int) -> ArticleDetail:
        with self._read() as conn:
            return queries.get_article(conn, article_id)

    def list_articles(
        self,
        story_id: int | None = None,
        source: str | None = None,
        include_duplicates: bool = False,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
    ) -> Page[ArticleSummary]:
        """Newest first; duplicates and near duplicates only with ``include_duplicates``."""
        with self._read() as conn:
            return queries.list_articles(
                conn, story_id, source, include_duplicates, _limit(limit), _offset(offset)
            )

    def list_stories(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[StorySummary]:
        """Most recently changed first."""
        with self._read() as conn:
            return queries.list_stories(conn, _limit(limit), _offset(offset))

    def get_story(self, story_id: int) -> StoryDetail:
        with self._read() as conn:
            return queries.get_story(conn, story_id)

    def list_claims(
        self,
        status: ClaimStatus | None = None,
        entity: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        story_id: int | None = None,
        limit: int = DEFAULT_LIMIT,
        offset: int = 0,
    ) -> Page[ClaimSummary]:
        """Most recently seen first; ``entity`` matches a name or alias ("Xiaomi")."""
        with self._read() as conn:
            return queries.list_claims(
                conn,
                status,
                entity,
                _time(since),
                _time(until),
                story_id,
                _limit(limit),
                _offset(offset),
            )

    def get_claim(self, claim_id: int) -> ClaimDetail:
        with self._read() as conn:
            return queries.get_claim(conn, claim_id)

    def get_speaker(self, name_or_id: str | int) -> SpeakerDetail:
        """By id, or by any name variant ("Jim Farley", "Farley", "CEO Jim Farley")."""
        with self._read() as conn:
            return queries.get_speaker(conn, name_or_id)

    def list_speakers(
        self, q: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[SpeakerSummary]:
        """Most quoted first; ``q`` filters by a part of any name variant."""
        with self._read() as conn:
            return queries.list_speakers(conn, q, _limit(limit), _offset(offset))

    def search(self, q: str, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[SearchHit]:
        """Full text over articles, claims and quotes (FTS5 / tsvector), best first."""
        with self._read() as conn:
            return self._search.query(conn, q, _limit(limit), _offset(offset))

    def data_version(self) -> int:
        """A number that changes whenever anything a reader can see may have changed, by any
        writer (a trigger moves it in the writer's transaction): equal numbers, same data."""
        with self._read() as conn:
            return int(conn.execute(select(store_version.c.version)).scalar_one())

    def stats(self) -> Stats:
        with self._read() as conn:
            return read_stats(conn, self.backend, self.schema_revision)

    def close(self) -> None:
        try:
            self.save_index()
        finally:
            self._engine.dispose()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with translate_errors(self.url), self._engine.connect() as conn:
            yield conn

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _limit(limit: int) -> int:
    if limit < 1 or limit > MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    return limit


def _offset(offset: int) -> int:
    if offset < 0:
        raise InputError(f"offset must be 0 or more, got {offset}")
    return offset


def _time(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, datetime) else value
    parsed = normalise_time(text)
    if parsed is None:
        raise InputError(f"not a date: {value!r} (use ISO 8601, e.g. 2025-06-10)")
    return parsed


def open_store(
    url: str | None = None,
    *,
    matcher: str = "auto",
    search: str = "hnsw",
    window_days: float | None = None,
) -> Store:
    """Open (creating or migrating as needed) the store at ``url``; see ``resolve_url``.

    ``matcher``: "auto" (sentence model if installed, else lexical with a warning), "model",
    or "lexical" (no model; what the tests use). ``search``: "hnsw" (a nearest-neighbour
    graph, the default) or "exact" (every stored claim compared; the reference, slow at
    scale). ``window_days``: match claims and stories seen at most that many days before an
    article (default: all time).
    """
    return Store(resolve_url(url), matcher=matcher, search=search, window_days=window_days)

"""The in-memory side of a store: claim and story vectors, known outlets (near copies are
found through the database: claimtrail.store.dedup).

Loaded from the database on a store's first write and updated only after an article's
transaction commits, so a crash never leaves it ahead of what is stored. Other processes write
too (a CLI ingest beside a running server, parallel workers): every write first catches up with
what was committed since (``refresh``, under the store's write lock), so each article is linked
against everything stored before it, whoever stored it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Connection, func, select

from claimtrail.link.embed import Embedder
from claimtrail.link.names import outlet_key
from claimtrail.link.stories import Linker, claim_terms
from claimtrail.store import snapshot
from claimtrail.store.schema import articles, claims, mentions, stories


@dataclass
class StoreIndex:
    linker: Linker
    outlets: set[str] = field(default_factory=set)
    # The highest ids this index has seen: rows above them were written by someone else.
    seen_article: int = 0
    seen_claim: int = 0
    seen_story: int = 0
    # Claims up to this id are in the loaded or last saved snapshot (their vectors with it).
    snapshot_claim: int = 0
    # Claim rows in the loaded or last saved snapshot; articles stored since.
    snapshot_rows: int = 0
    unsaved: int = 0


def to_blob(vector: np.ndarray) -> bytes:
    return vector.astype(np.float32).tobytes()


def from_blob(blob: bytes | None, dim: int) -> np.ndarray | None:
    if blob is None:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if vector.shape[0] == dim else None


def days(iso: str | None) -> float | None:
    """An ISO-8601 time as days since the epoch (what time windows compare)."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() / 86_400


def load_index(
    conn: Connection,
    embedder: Embedder,
    search: str = "hnsw",
    window_days: float | None = None,
) -> StoreIndex:
    """The index from the last snapshot plus the rows stored after it (all rows if none)."""
    index = StoreIndex(Linker.empty(embedder, search, window_days))
    saved = snapshot.load(conn, search, embedder.name, embedder.dim)
    if saved is not None:
        index.linker.claims.vectors = saved.claims
        index.linker.stories.vectors = saved.stories
        index.snapshot_claim = saved.max_claim
        index.snapshot_rows = len(saved.claims)
    refresh(conn, index)
    return index


def save_index(conn: Connection, index: StoreIndex) -> None:
    """Snapshot the vectors (inside the caller's write transaction); only committed rows are
    in the index, so the snapshot never holds what the store does not."""
    linker = index.linker
    max_claim = max(linker.claims.ids, default=0)
    snapshot.save(
        conn,
        linker.claims.search,
        linker.embedder.name,
        linker.claims.vectors,
        linker.stories.vectors,
        max_claim,
    )
    index.snapshot_claim = max_claim
    index.snapshot_rows = len(linker.claims.vectors)
    index.unsaved = 0


def refresh(conn: Connection, index: StoreIndex) -> None:
    """Catch up with rows committed since the index last looked (all of them the first time).

    Ids only grow and writers take turns (the write lock), so "id above the last one seen" is
    exactly "written since"; a story touched by a new article is reloaded (its vector moved).
    Articles are read as a few aggregates (their newest id, their distinct outlets and
    stories), never row by row."""
    first_article = index.seen_article
    newer = articles.c.id > index.seen_article
    last = conn.execute(select(func.max(articles.c.id)).where(newer)).scalar()
    if last is None:  # claims and stories are only ever written with an article
        return
    upto = newer & (articles.c.id <= last)
    for source in conn.execute(select(articles.c.source).where(upto).distinct()).scalars():
        key = outlet_key(source)
        if key:
            index.outlets.add(key)
    touched: set[int] = set()
    if index.seen_story:  # the first time every story is loaded anyway
        touched = set(
            conn.execute(
                select(articles.c.story_id).where(upto, articles.c.story_id.is_not(None)).distinct()
            ).scalars()
        )
    index.seen_article = last
    _load_vectors(conn, index, touched)
    if index.linker.window_days is not None and first_article:
        _touch_repeated(conn, index, first_article)


def _load_vectors(conn: Connection, index: StoreIndex, touched: set[int]) -> None:
    """New claims, and new or touched stories; vectors stored by a different embedder are
    re-encoded here. Claims the snapshot holds are read without their vectors."""
    linker = index.linker
    in_snapshot = conn.execute(
        select(
            claims.c.id, claims.c.story_id, claims.c.entity_keys, claims.c.last_seen, claims.c.text
        )
        .where(claims.c.id > index.seen_claim, claims.c.id <= index.snapshot_claim)
        .order_by(claims.c.id)
    ).all()
    for meta in in_snapshot:
        keys = _keys(meta.entity_keys)
        linker.claims.add(
            meta.id, None, meta.story_id, keys, days(meta.last_seen), claim_terms(meta.text, keys)
        )
        index.seen_claim = meta.id
    claim_rows = conn.execute(
        select(
            claims.c.id,
            claims.c.story_id,
            claims.c.last_seen,
            claims.c.text,
            claims.c.vector,
            claims.c.entity_keys,
        )
        .where(claims.c.id > max(index.seen_claim, index.snapshot_claim))
        .order_by(claims.c.id)
    ).all()
    story_rows = conn.execute(
        select(
            stories.c.id,
            stories.c.id,  # stories have no story: a placeholder kept for the shared loop
            stories.c.last_seen,
            stories.c.title,
            stories.c.vector,
            stories.c.entity_keys,
        )
        .where((stories.c.id > index.seen_story) | stories.c.id.in_(sorted(touched)))
        .order_by(stories.c.id)
    ).all()
    index.seen_claim = max([index.seen_claim] + [r.id for r in claim_rows])
    index.seen_story = max([index.seen_story] + [r.id for r in story_rows])
    for target, rows, is_claim in (
        (linker.claims, claim_rows, True),
        (linker.stories, story_rows, False),
    ):
        vectors = [from_blob(r.vector, linker.embedder.dim) for r in rows]
        stale = [i for i, v in enumerate(vectors) if v is None]
        if stale:
            fresh = linker.embedder.encode([rows[i][3] for i in stale])
            for j, i in enumerate(stale):
                vectors[i] = fresh[j]
        for row, vector in zip(rows, vectors, strict=True):
            assert vector is not None
            keys = _keys(row.entity_keys)
            if is_claim:
                terms = claim_terms(row.text, keys)
                target.add(row.id, vector, row.story_id, keys, days(row.last_seen), terms)
            else:
                target.add(row[0], vector, None, keys, days(row.last_seen))


def _touch_repeated(conn: Connection, index: StoreIndex, after_article: int) -> None:
    """Claims that articles stored by others repeated: seen later, so inside a window longer."""
    rows = conn.execute(
        select(claims.c.id, claims.c.last_seen).where(
            claims.c.id.in_(
                select(mentions.c.claim_id).where(mentions.c.article_id > after_article)
            )
        )
    ).all()
    for row in rows:
        index.linker.claims.touch(row.id, days(row.last_seen))


def _keys(entity_keys: str) -> frozenset[str]:
    return frozenset(json.loads(entity_keys))

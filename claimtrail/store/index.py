"""The in-memory side of a store: near-duplicate LSH, claim and story vectors, known outlets.

Rebuilt from the database when a store is opened and updated only after an article's
transaction commits, so a crash never leaves it ahead of what is stored. Other processes write
too (a CLI ingest beside a running server, parallel workers): every write first catches up with
what was committed since (``refresh``, under the store's write lock), so each article is linked
against everything stored before it, whoever stored it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import Connection, select

from claimtrail.link.embed import Embedder
from claimtrail.link.names import outlet_key
from claimtrail.link.stories import Linker
from claimtrail.store import dedup
from claimtrail.store.schema import articles, claims, stories


@dataclass
class StoreIndex:
    linker: Linker
    lsh: MinHashLSH = field(default_factory=dedup.new_lsh)
    signatures: dict[int, MinHash] = field(default_factory=dict)
    outlets: set[str] = field(default_factory=set)
    # The highest ids this index has seen: rows above them were written by someone else.
    seen_article: int = 0
    seen_claim: int = 0
    seen_story: int = 0

    def add_signature(self, article_id: int, signature: MinHash) -> None:
        if article_id in self.signatures:
            return
        self.signatures[article_id] = signature
        self.lsh.insert(str(article_id), signature)

    def drop_signature(self, article_id: int) -> None:
        if article_id in self.signatures:
            self.lsh.remove(str(article_id))
            del self.signatures[article_id]


def to_blob(vector: np.ndarray) -> bytes:
    return vector.astype(np.float32).tobytes()


def from_blob(blob: bytes | None, dim: int) -> np.ndarray | None:
    if blob is None:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if vector.shape[0] == dim else None


def load_index(conn: Connection, embedder: Embedder) -> StoreIndex:
    index = StoreIndex(Linker.empty(embedder))
    refresh(conn, index)
    return index


def refresh(conn: Connection, index: StoreIndex) -> None:
    """Catch up with rows committed since the index last looked (all of them the first time).

    Ids only grow and writers take turns (the write lock), so "id above the last one seen" is
    exactly "written since"; a story touched by a new article is reloaded (its vector moved)."""
    rows = conn.execute(
        select(
            articles.c.id,
            articles.c.kind,
            articles.c.minhash,
            articles.c.source,
            articles.c.supersedes,
            articles.c.story_id,
        )
        .where(articles.c.id > index.seen_article)
        .order_by(articles.c.id)
    ).all()
    touched: set[int] = set()
    for row in rows:
        if row.kind == "original" and row.minhash is not None:
            index.add_signature(row.id, dedup.from_bytes(row.minhash))
        if row.supersedes is not None:
            index.drop_signature(row.supersedes)
        key = outlet_key(row.source)
        if key:
            index.outlets.add(key)
        if row.story_id is not None:
            touched.add(row.story_id)
        index.seen_article = row.id
    if not rows:  # claims and stories are only ever written with an article
        return
    _load_vectors(conn, index, touched)


def _load_vectors(conn: Connection, index: StoreIndex, touched: set[int]) -> None:
    """New claims, and new or touched stories; vectors stored by a different embedder are
    re-encoded here."""
    embedder = index.linker.embedder
    claim_rows = conn.execute(
        select(claims.c.id, claims.c.story_id, claims.c.text, claims.c.vector, claims.c.entity_keys)
        .where(claims.c.id > index.seen_claim)
        .order_by(claims.c.id)
    ).all()
    story_rows = conn.execute(
        select(stories.c.id, stories.c.title, stories.c.vector, stories.c.entity_keys)
        .where((stories.c.id > index.seen_story) | stories.c.id.in_(sorted(touched)))
        .order_by(stories.c.id)
    ).all()
    index.seen_claim = max([index.seen_claim] + [r.id for r in claim_rows])
    index.seen_story = max([index.seen_story] + [r.id for r in story_rows])
    for target, rows, story_of in (
        (index.linker.claims, claim_rows, lambda r: r[1]),
        (index.linker.stories, story_rows, lambda r: None),
    ):
        vectors = [from_blob(r[-2], embedder.dim) for r in rows]
        stale = [i for i, v in enumerate(vectors) if v is None]
        if stale:
            fresh = embedder.encode([rows[i][-3] for i in stale])
            for j, i in enumerate(stale):
                vectors[i] = fresh[j]
        for row, vector in zip(rows, vectors, strict=True):
            assert vector is not None
            target.add(row[0], vector, story_of(row), frozenset(json.loads(row[-1])))

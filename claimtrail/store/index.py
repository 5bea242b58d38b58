"""The in-memory side of a store: near-duplicate LSH, claim and story vectors, known outlets.

Rebuilt from the database when a store is opened and updated only after an article's
transaction commits, so a crash never leaves it ahead of what is stored.
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

    def add_signature(self, article_id: int, signature: MinHash) -> None:
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
    rows = conn.execute(select(articles.c.id, articles.c.minhash, articles.c.source)
                        .where(articles.c.kind == "original"))
    for article_id, blob, source in rows:
        if blob is not None:
            index.add_signature(article_id, dedup.from_bytes(blob))
        key = outlet_key(source)
        if key:
            index.outlets.add(key)
    _load_vectors(conn, index, embedder)
    return index


def _load_vectors(conn: Connection, index: StoreIndex, embedder: Embedder) -> None:
    """Claim and story vectors; any stored by a different embedder are re-encoded here."""
    claim_rows = conn.execute(select(claims.c.id, claims.c.story_id, claims.c.text,
                                     claims.c.vector, claims.c.entity_keys)).all()
    story_rows = conn.execute(select(stories.c.id, stories.c.title, stories.c.vector,
                                     stories.c.entity_keys)).all()
    for target, rows, story_of in ((index.linker.claims, claim_rows, lambda r: r[1]),
                                   (index.linker.stories, story_rows, lambda r: None)):
        vectors = [from_blob(r[-2], embedder.dim) for r in rows]
        stale = [i for i, v in enumerate(vectors) if v is None]
        if stale:
            fresh = embedder.encode([rows[i][-3] for i in stale])
            for j, i in enumerate(stale):
                vectors[i] = fresh[j]
        for row, vector in zip(rows, vectors, strict=True):
            assert vector is not None
            target.add(row[0], vector, story_of(row), frozenset(json.loads(row[-1])))

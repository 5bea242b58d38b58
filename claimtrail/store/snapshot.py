"""The claim and story nearest-neighbour indexes, saved in the store itself (revision 0004).

A graph index costs milliseconds per row to build and microseconds to read back, so a store
opened by a writer loads the last snapshot and adds only the rows written after it
(``claimtrail.store.index``). The snapshot lives in two tables of the same database, on SQLite
and PostgreSQL alike, so it travels with a copied file or a database dump and needs no second
path to configure. It is a cache: a snapshot that does not fit the store (another embedder or
search, rows missing) is ignored and the index is rebuilt from the stored vectors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)

from claimtrail.link.ann import Vectors, vectors_from_bytes
from claimtrail.store.schema import claims

snapshot_metadata = MetaData()

vector_snapshots = Table(
    "vector_snapshots",
    snapshot_metadata,
    Column("name", String(32), primary_key=True),
    Column("part", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
vector_meta = Table(
    "vector_meta",
    snapshot_metadata,
    Column("name", String(32), primary_key=True),
    Column("meta", Text, nullable=False),
)

SNAPSHOT_FORMAT = 1
# One part per row: well below SQLite's 1 GB value limit and PostgreSQL's bytea limit.
PART_BYTES = 32 * 1024 * 1024
NAMES = ("claims", "stories")


@dataclass(frozen=True)
class Snapshot:
    claims: Vectors
    stories: Vectors
    # Every claim with an id up to this one is in ``claims``; later ones are not.
    max_claim: int


def _meta(search: str, embedder: str, dim: int) -> dict[str, object]:
    return {"format": SNAPSHOT_FORMAT, "search": search, "embedder": embedder, "dim": dim}


def save(
    conn: Connection,
    search: str,
    embedder: str,
    claim_vectors: Vectors,
    story_vectors: Vectors,
    max_claim: int,
) -> None:
    """Replace the snapshot, inside the caller's write transaction (so it is all or none)."""
    conn.execute(delete(vector_snapshots))
    conn.execute(delete(vector_meta))
    for name, vectors in zip(NAMES, (claim_vectors, story_vectors), strict=True):
        blob = vectors.to_bytes()
        for part, offset in enumerate(range(0, max(len(blob), 1), PART_BYTES)):
            conn.execute(
                insert(vector_snapshots).values(
                    name=name, part=part, data=blob[offset : offset + PART_BYTES]
                )
            )
        meta = _meta(search, embedder, vectors.dim) | {
            "rows": len(vectors),
            "max_claim": max_claim,
        }
        conn.execute(insert(vector_meta).values(name=name, meta=json.dumps(meta)))


def load(conn: Connection, search: str, embedder: str, dim: int) -> Snapshot | None:
    """The saved indexes, if there are any and they fit this store and this embedder."""
    metas = {row.name: json.loads(row.meta) for row in conn.execute(select(vector_meta)).all()}
    if set(metas) != set(NAMES):
        return None
    wanted = _meta(search, embedder, dim)
    if any({k: m.get(k) for k in wanted} != wanted for m in metas.values()):
        return None
    max_claim = int(metas["claims"]["max_claim"])
    stored = conn.execute(
        select(func.count()).select_from(claims).where(claims.c.id <= max_claim)
    ).scalar_one()
    if stored != metas["claims"]["rows"]:
        return None  # not this store's claims (a replaced database, a restored backup)
    loaded = []
    for name in NAMES:
        parts = conn.execute(
            select(vector_snapshots.c.data)
            .where(vector_snapshots.c.name == name)
            .order_by(vector_snapshots.c.part)
        ).scalars()
        try:
            vectors = vectors_from_bytes(search, b"".join(parts), dim)
        except (ValueError, RuntimeError, KeyError, OSError):
            return None
        if len(vectors) != metas[name]["rows"]:
            return None
        loaded.append(vectors)
    return Snapshot(loaded[0], loaded[1], max_claim)

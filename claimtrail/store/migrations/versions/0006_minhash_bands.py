"""The near-copy index in the database: each original's MinHash signature cut into bands.

Revision ID: 0006
Revises: 0005

A writer used to rebuild an in-memory LSH index from every stored signature when it opened a
store (about a millisecond per article, so seconds at a few thousand and minutes at a million).
``minhash_bands`` holds each current original's band hashes (claimtrail.store.dedup): a near
copy is found with one indexed query and nothing is read on open. The upgrade fills it from
the signatures already stored; it starts from an empty table, so a store whose recorded
revision was reset (tests do this) upgrades again cleanly.
"""

from __future__ import annotations

import numpy as np
import sqlalchemy as sa
from alembic import op

from claimtrail.store.dedup import band_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Signatures read (and bands written) per round trip while filling the table.
FILL_ROWS = 2000


def upgrade() -> None:
    op.execute("DROP TABLE IF EXISTS minhash_bands")
    table = op.create_table(
        "minhash_bands",
        sa.Column("bucket", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True),
    )
    assert table is not None
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, minhash FROM articles WHERE kind = 'original' AND minhash IS NOT "
                "NULL AND id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": FILL_ROWS},
        ).all()
        if not rows:
            break
        bands = [
            {"bucket": key, "article_id": row.id}
            for row in rows
            for key in set(band_keys(np.frombuffer(row.minhash, dtype=np.uint64)))
        ]
        bind.execute(sa.insert(table), bands)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_table("minhash_bands")

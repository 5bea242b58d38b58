"""Vector snapshots: the claim and story nearest-neighbour indexes saved with the store.

Revision ID: 0005
Revises: 0004

Opening a store used to rebuild its matching index from every stored vector; a graph index
(HNSW) costs far more to rebuild than to read back. ``vector_snapshots`` holds the serialised
indexes in parts (a part stays well under both backends' largest value), with what they cover
in ``vector_meta``; see claimtrail/store/snapshot.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vector_snapshots",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("part", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "vector_meta",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("meta", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vector_meta")
    op.drop_table("vector_snapshots")

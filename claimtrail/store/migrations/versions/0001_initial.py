"""Initial schema: articles, stories, claims and their lifecycle, speakers, quotes, search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

from claimtrail.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# FTS5 with the Porter stemmer so "tariffs" finds "tariff"; rowid = search_docs.id.
SQLITE_FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, "
              "tokenize='porter unicode61')")
PG_TSV = ("ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
          "(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED")
PG_TSV_INDEX = "CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (tsv)"


def upgrade() -> None:
    # The first revision builds the tables from the current metadata. When 0002 is written,
    # this must be frozen into explicit op.create_table calls for the 0001 schema.
    bind = op.get_bind()
    metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        op.execute(SQLITE_FTS)
    elif bind.dialect.name == "postgresql":
        op.execute(PG_TSV)
        op.execute(PG_TSV_INDEX)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    metadata.drop_all(bind)

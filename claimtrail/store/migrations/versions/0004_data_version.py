"""The store's data version: a number that moves whenever what a reader sees may have changed.

Revision ID: 0004
Revises: 0003

``store_version`` holds one row. Triggers on the tables the pages and the API show (articles,
stories, claims, speakers, events) add one to it in the same transaction as the change, so a
reader that finds the number unchanged knows that nothing it read since has changed, whichever
process or writer made the change (the web server caches rendered pages on it). On SQLite the
triggers run per row; on PostgreSQL per statement (a bulk COPY bumps it once).

Also ``ix_stories_last_change``: the stories list is ordered by last change.

Every statement tolerates what it creates being there already, so a store whose recorded
revision was reset (tests do this) upgrades again cleanly.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WATCHED = ("articles", "stories", "claims", "speakers", "events")
SQLITE_OPS = ("INSERT", "UPDATE", "DELETE")
PG_FUNCTION = "claimtrail_bump_data_version"
BUMP = "UPDATE store_version SET version = version + 1 WHERE id = 1"


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "CREATE TABLE IF NOT EXISTS store_version "
            "(id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)"
        )
    )
    if bind.execute(sa.text("SELECT count(*) FROM store_version")).scalar_one() == 0:
        bind.execute(sa.text("INSERT INTO store_version (id, version) VALUES (1, 0)"))
    if bind.dialect.name == "sqlite":
        for table in WATCHED:
            for verb in SQLITE_OPS:
                bind.execute(
                    sa.text(
                        f"CREATE TRIGGER IF NOT EXISTS {_trigger(table, verb)} "
                        f"AFTER {verb} ON {table} BEGIN {BUMP}; END"
                    )
                )
    else:
        bind.execute(
            sa.text(
                f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ "
                f"BEGIN {BUMP}; RETURN NULL; END $$ LANGUAGE plpgsql"
            )
        )
        for table in WATCHED:
            name = _trigger(table, "change")
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            bind.execute(
                sa.text(
                    f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                    f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}()"
                )
            )
    bind.execute(
        sa.text("CREATE INDEX IF NOT EXISTS ix_stories_last_change ON stories (last_change, id)")
    )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DROP INDEX IF EXISTS ix_stories_last_change"))
    if bind.dialect.name == "sqlite":
        for table in WATCHED:
            for verb in SQLITE_OPS:
                bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {_trigger(table, verb)}"))
    else:
        for table in WATCHED:
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {_trigger(table, 'change')} ON {table}"))
        bind.execute(sa.text(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()"))
    bind.execute(sa.text("DROP TABLE IF EXISTS store_version"))


def _trigger(table: str, verb: str) -> str:
    return f"tr_{table}_{verb.lower()}_data_version"

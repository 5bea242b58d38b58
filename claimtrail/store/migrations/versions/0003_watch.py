"""Watch state and the event outbox: watch_urls, events, event_cursors.

Revision ID: 0003
Revises: 0001 (re-chained onto 0002 when both are merged)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TIME = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "watch_urls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("listed_by", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.String(64)),
        sa.Column("first_seen", TIME, nullable=False),
        sa.Column("last_fetched", TIME),
        sa.Column("next_fetch", TIME),
        sa.Column("article_id", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_watch_urls_due", "watch_urls", ["role", "next_fetch"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("story_id", sa.Integer),
        sa.Column("claim_id", sa.Integer),
        sa.Column("article_id", sa.Integer),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_events_story", "events", ["story_id", "id"])
    op.create_table(
        "event_cursors",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("last_id", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("event_cursors")
    op.drop_index("ix_events_story", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_watch_urls_due", table_name="watch_urls")
    op.drop_table("watch_urls")

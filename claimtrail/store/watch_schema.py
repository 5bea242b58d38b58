"""The watch loop's tables: what it polls (with HTTP validators and its schedule) and the
event outbox. Kept apart from ``schema.metadata`` (whose tables revision 0001 creates) and
created by revision 0003, so the article tables and these evolve independently.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

from claimtrail.store.schema import TIME

watch_metadata = MetaData()

# One row per URL the watcher polls: a source (feed, sitemap or page named on the command line
# or in an OPML file) or a page a source listed. ``next_fetch`` NULL: no longer re-checked.
watch_urls = Table(
    "watch_urls",
    watch_metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # "source" | "page"
    Column("listed_by", Text),  # the source that first listed a page
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_hash", String(64)),  # SHA-256 of the last body, for servers without validators
    Column("first_seen", TIME, nullable=False),
    Column("last_fetched", TIME),
    Column("next_fetch", TIME),
    Column("article_id", Integer),  # the newest article stored from this page
    Column("last_error", Text),
    Column("failures", Integer, nullable=False, default=0),
    Index("ix_watch_urls_due", "role", "next_fetch"),
)

# The outbox: one row per event, written once (``key`` is unique) from the rows an ingest
# committed, so an event exists exactly once however often collection runs or crashes.
events = Table(
    "events",
    watch_metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(120), nullable=False, unique=True),
    Column("kind", String(24), nullable=False),  # events.EventKind
    Column("story_id", Integer),
    Column("claim_id", Integer),
    Column("article_id", Integer),
    Column("created_at", TIME, nullable=False),
    Column("payload", Text, nullable=False),  # JSON: the event as delivered
    Index("ix_events_story", "story_id", "id"),
)

# High-water marks: how far collection has read ``status_changes`` and ``stories``, and the last
# event each sink (a webhook, a JSON Lines file) has acknowledged.
event_cursors = Table(
    "event_cursors",
    watch_metadata,
    Column("name", String(300), primary_key=True),
    Column("last_id", Integer, nullable=False, default=0),
)

"""The claimtrail store: articles, stories, claims with their lifecycle, speakers.

Usage::

    from claimtrail.store import open_store

    store = open_store()                  # $CLAIMTRAIL_DB, else ./claimtrail.db (SQLite)
    store = open_store("postgresql://user@host/db")   # PostgreSQL through psycopg 3
    outcome = store.add_analysis(analysis)            # IngestOutcome: new | duplicate | ...
    page = store.list_stories(limit=20, offset=0)     # Page[StorySummary]
    story = store.get_story(page.items[0].id)         # StoryDetail
    store.close()

Every public method returns pydantic read models from ``claimtrail.store.views``; lookups of a
missing id raise ``claimtrail.errors.NotFoundError``; database trouble raises ``StoreError``.
Opening a store runs its Alembic migrations; a schema written by a newer claimtrail is refused.
"""

from __future__ import annotations

from claimtrail.store.store import DB_ENV_VAR, DEFAULT_DB_FILE, Store, open_store, resolve_url
from claimtrail.store.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    EchoEdge,
    IngestOutcome,
    LifecycleEvent,
    Page,
    SearchHit,
    SpeakerDetail,
    SpeakerQuote,
    SpeakerSummary,
    Stats,
    StatusChange,
    StoryDetail,
    StorySummary,
    StoryVoice,
)

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB_FILE",
    "Store",
    "open_store",
    "resolve_url",
    "ArticleDetail",
    "ArticleSummary",
    "ClaimDetail",
    "ClaimSummary",
    "EchoEdge",
    "IngestOutcome",
    "LifecycleEvent",
    "Page",
    "SearchHit",
    "SpeakerDetail",
    "SpeakerQuote",
    "SpeakerSummary",
    "Stats",
    "StatusChange",
    "StoryDetail",
    "StorySummary",
    "StoryVoice",
]

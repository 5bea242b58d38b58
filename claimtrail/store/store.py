"""``open_store(url)`` and the ``Store`` facade: writes go to ``ingest``, reads to ``queries``."""

from __future__ import annotations

import os
from datetime import datetime

from claimtrail.models import Analysis, ClaimStatus
from claimtrail.store.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimDetail,
    ClaimSummary,
    IngestOutcome,
    Page,
    SearchHit,
    SpeakerDetail,
    SpeakerSummary,
    Stats,
    StoryDetail,
    StorySummary,
)

DB_ENV_VAR = "CLAIMTRAIL_DB"
DEFAULT_DB_FILE = "claimtrail.db"
DEFAULT_LIMIT = 20


def resolve_url(url: str | None = None) -> str:
    """An SQLAlchemy URL: ``url``, else ``$CLAIMTRAIL_DB``, else ``./claimtrail.db``.

    A bare file path means SQLite; ``postgresql://`` is routed to the psycopg 3 driver.
    """
    raw = url or os.environ.get(DB_ENV_VAR) or DEFAULT_DB_FILE
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if "://" not in raw:
        return f"sqlite:///{raw}"
    return raw


class Store:
    """One open database. Not thread-safe: open one per thread or process."""

    def __init__(self, url: str) -> None:
        self.url = url
        raise NotImplementedError

    # -- writing -----------------------------------------------------------------------------
    def add_analysis(self, analysis: Analysis) -> IngestOutcome:
        """Store one analysed article in its own transaction; idempotent."""
        raise NotImplementedError

    # -- reading -----------------------------------------------------------------------------
    def get_article(self, article_id: int) -> ArticleDetail:
        raise NotImplementedError

    def list_articles(self, story_id: int | None = None, source: str | None = None,
                      include_duplicates: bool = False, limit: int = DEFAULT_LIMIT,
                      offset: int = 0) -> Page[ArticleSummary]:
        raise NotImplementedError

    def list_stories(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[StorySummary]:
        """Most recently changed first."""
        raise NotImplementedError

    def get_story(self, story_id: int) -> StoryDetail:
        raise NotImplementedError

    def list_claims(self, status: ClaimStatus | None = None, entity: str | None = None,
                    since: datetime | str | None = None, until: datetime | str | None = None,
                    story_id: int | None = None, limit: int = DEFAULT_LIMIT,
                    offset: int = 0) -> Page[ClaimSummary]:
        raise NotImplementedError

    def get_claim(self, claim_id: int) -> ClaimDetail:
        raise NotImplementedError

    def get_speaker(self, name_or_id: str | int) -> SpeakerDetail:
        """By id, or by any name variant ("Jim Farley", "Farley", "CEO Jim Farley")."""
        raise NotImplementedError

    def list_speakers(self, q: str | None = None, limit: int = DEFAULT_LIMIT,
                      offset: int = 0) -> Page[SpeakerSummary]:
        raise NotImplementedError

    def search(self, q: str, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[SearchHit]:
        """Full text over articles, claims and quotes (FTS5 / tsvector), best first."""
        raise NotImplementedError

    def stats(self) -> Stats:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """Open (creating or migrating as needed) the store at ``url``; see ``resolve_url``."""
    return Store(resolve_url(url))

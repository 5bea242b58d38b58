"""The store's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Times are ISO-8601 UTC strings (``YYYY-MM-DDTHH:MM:SS+00:00``) so they sort the same way on
both backends; ``seen_at`` is an article's publication time, or its ingest time when the article
gives none. Vectors are float32 bytes. The full-text index is dialect-specific and created by
the migration (``search_fts`` FTS5 table on SQLite, a generated ``tsv`` column on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    text,
)

metadata = MetaData()

TIME = String(32)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("central_claim_id", Integer),  # no FK: claims reference stories, avoid a cycle
    Column("article_count", Integer, nullable=False, default=0),
    Column("first_seen", TIME),
    Column("last_seen", TIME),
    Column("last_change", TIME),
    Column("entity_keys", Text, nullable=False, default="[]"),  # JSON list
    Column("vector", LargeBinary),  # running mean of its articles' vectors
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("identity", Text),  # canonical URL, else "path:<path>"; revisions share it
    Column("content_hash", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # views.ArticleKind
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("similarity", Float),
    Column("revision", Integer, nullable=False, default=1),
    Column("supersedes", Integer, ForeignKey("articles.id")),
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("headline", Text),
    Column("source", Text),
    Column("url", Text),
    Column("author", Text),
    Column("path", Text),
    Column("published", Text),  # as the article gave it
    Column("seen_at", TIME, nullable=False),
    Column("ingested_at", TIME, nullable=False),
    Column("central_claim", Text),
    Column("stance", String(16)),
    Column("quote_count", Integer, nullable=False, default=0),
    Column("claim_count", Integer, nullable=False, default=0),
    Column("analysis", Text),  # Analysis JSON; NULL for duplicates (stored once, linked)
    Column("minhash", LargeBinary),  # the MinHash signature (dedup.to_bytes) of an original
    Index("ix_articles_hash", "content_hash"),
    Index("ix_articles_identity", "identity"),
    Index("ix_articles_story", "story_id", "seen_at"),
)
# Identity enforced by the database (migration 0002): one row per text per place (canonical URL
# or path; none counts as one place), one original per text, one current revision per place.
Index(
    "ux_articles_place_text",
    func.coalesce(articles.c.identity, ""),
    articles.c.content_hash,
    unique=True,
)
Index(
    "ux_articles_original_text",
    articles.c.content_hash,
    unique=True,
    sqlite_where=text("kind = 'original'"),
    postgresql_where=text("kind = 'original'"),
)
Index(
    "ux_articles_current",
    articles.c.identity,
    unique=True,
    sqlite_where=text("kind = 'original' AND identity IS NOT NULL"),
    postgresql_where=text("kind = 'original' AND identity IS NOT NULL"),
)

# The near-copy index (revision 0006): each original's MinHash signature cut into bands, one
# row per band hash (claimtrail.store.dedup); the primary key's order serves the lookup by hash.
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("bucket", BigInteger, primary_key=True, autoincrement=False),
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("text", Text, nullable=False),
    Column("central", Boolean, nullable=False, default=False),
    Column("status", String(16), nullable=False, default="unresolved"),
    Column("status_reason", Text),
    Column("first_seen", TIME),
    Column("last_seen", TIME),
    Column("last_change", TIME),
    Column("entity_keys", Text, nullable=False, default="[]"),  # JSON list
    Column("vector", LargeBinary),
    Index("ix_claims_story", "story_id"),
    Index("ix_claims_status", "status"),
)

claim_entities = Table(
    "claim_entities",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id"), primary_key=True),
    Column("entity_key", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Index("ix_claim_entities_key", "entity_key"),
)

mentions = Table(
    "claim_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("local_id", String(64), nullable=False),  # Claim.id inside the analysis
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("central", Boolean, nullable=False, default=False),
    Column("article_status", String(16), nullable=False),
    Index("ix_mentions_claim", "claim_id"),
    Index("ix_mentions_article", "article_id"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False),
    Column("mention_id", Integer, ForeignKey("claim_mentions.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("source_key", String(200), nullable=False),
    Column("attitude", String(16), nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("echo_of", Text),  # normalised outlet name when the source is another outlet
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("quote_id", String(64)),
    Column("seen_at", TIME, nullable=False),
    Index("ix_attributions_claim", "claim_id", "seen_at"),
)

status_changes = Table(
    "status_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id")),
    Column("old_status", String(16)),
    Column("new_status", String(16), nullable=False),
    Column("cause", String(16), nullable=False),
    Column("reason", Text),
    Column("changed_at", TIME, nullable=False),
    Index("ix_status_changes_claim", "claim_id"),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", String(200), nullable=False, unique=True),
    Column("surname_key", String(200)),
    Column("kind", String(16), nullable=False),
    Column("role", Text),
    Column("organization", Text),
    Column("party", Text),
    Column("location", Text),
    Column("variants", Text, nullable=False, default="[]"),  # JSON list
    Index("ix_speakers_surname", "surname_key"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id")),
    Column("local_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("sentiment", Float, nullable=False),
    Column("cue", Text),
    Column("seen_at", TIME, nullable=False),
    Index("ix_quotes_speaker", "speaker_id", "seen_at"),
    Index("ix_quotes_article", "article_id"),
)

search_docs = Table(
    "search_docs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # views.SearchKind
    Column("ref", String(80), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id")),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_search_docs_article", "article_id"),
)

# One row: a number that moves with every change a reader could see (migration 0004's triggers
# on articles, stories, claims, speakers and events bump it in the writer's transaction).
store_version = Table(
    "store_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
)

"""Integrity: an article's identity is enforced by the database, not only by the writer.

Revision ID: 0002
Revises: 0001

Three unique indexes make a second copy impossible whichever writer (process, API thread,
batch worker) gets there second:

* ``ux_articles_place_text``: one row per text per place (canonical URL or file path; no place
  at all counts as one place): the same file ingested twice is ``unchanged``, not a new row.
* ``ux_articles_original_text``: one *original* per text; other places holding it are linked
  ``duplicate`` rows.
* ``ux_articles_current``: one current revision (``original``) per place.

Stores written before this revision may already hold copies (two ingests racing past the old
"already stored?" check). The upgrade keeps the oldest row of each group and:

* deletes a later row with the same place and text, with everything that hangs off it
  (quotes, claim mentions, attributions, status changes, search documents);
* turns a later *original* of a text already stored elsewhere into a ``duplicate`` of the
  oldest (what a serial ingest would have stored), dropping its analysis rows the same way;
* keeps the newest of several originals at one place current and marks the others
  ``superseded``;
* then deletes claims left without any mention and stories left without articles, and
  recounts the stories' articles. Claim statuses are not recomputed: a removed copy carried
  the same text, hence the same attributions, as the row kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PLACE = "coalesce(identity, '')"


def upgrade() -> None:
    bind = op.get_bind()
    _drop_same_place_copies(bind)
    _demote_second_originals(bind)
    _one_current_revision(bind)
    _drop_orphans(bind)
    op.create_index(
        "ux_articles_place_text", "articles", [sa.text(PLACE), "content_hash"], unique=True
    )
    op.create_index(
        "ux_articles_original_text",
        "articles",
        ["content_hash"],
        unique=True,
        sqlite_where=sa.text("kind = 'original'"),
        postgresql_where=sa.text("kind = 'original'"),
    )
    op.create_index(
        "ux_articles_current",
        "articles",
        ["identity"],
        unique=True,
        sqlite_where=sa.text("kind = 'original' AND identity IS NOT NULL"),
        postgresql_where=sa.text("kind = 'original' AND identity IS NOT NULL"),
    )


def downgrade() -> None:
    for name in ("ux_articles_current", "ux_articles_original_text", "ux_articles_place_text"):
        op.drop_index(name, table_name="articles")


def _ids(bind: sa.Connection, sql: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in bind.execute(sa.text(sql)).all()]


def _drop_same_place_copies(bind: sa.Connection) -> None:
    pairs = _ids(
        bind,
        """
        SELECT a.id, (SELECT min(b.id) FROM articles b
                      WHERE coalesce(b.identity, '') = coalesce(a.identity, '')
                        AND b.content_hash = a.content_hash) AS keep
        FROM articles a""",
    )
    doomed = {row: keep for row, keep in pairs if row != keep}
    if doomed:
        _repoint(bind, doomed)
        _drop_analysis_rows(bind, list(doomed))
        _delete(bind, "articles", "id", list(doomed))


def _demote_second_originals(bind: sa.Connection) -> None:
    pairs = _ids(
        bind,
        """
        SELECT a.id, (SELECT min(b.id) FROM articles b
                      WHERE b.content_hash = a.content_hash AND b.kind = 'original') AS keep
        FROM articles a WHERE a.kind = 'original'""",
    )
    demoted = {row: keep for row, keep in pairs if row != keep}
    for row, keep in demoted.items():
        bind.execute(
            sa.text(
                "UPDATE articles SET kind = 'duplicate', duplicate_of = :keep, similarity = 1.0, "
                "story_id = (SELECT story_id FROM articles WHERE id = :keep), analysis = NULL, "
                "minhash = NULL, quote_count = 0, claim_count = 0 WHERE id = :row"
            ),
            {"keep": keep, "row": row},
        )
    if demoted:
        _repoint(bind, demoted, supersedes=False)
        _drop_analysis_rows(bind, list(demoted))


def _one_current_revision(bind: sa.Connection) -> None:
    pairs = _ids(
        bind,
        """
        SELECT a.id, (SELECT max(b.id) FROM articles b
                      WHERE b.identity = a.identity AND b.kind = 'original') AS keep
        FROM articles a WHERE a.kind = 'original' AND a.identity IS NOT NULL""",
    )
    older = [row for row, keep in pairs if row != keep]
    if older:
        _update_kind(bind, older, "superseded")


def _repoint(bind: sa.Connection, moved: dict[int, int], supersedes: bool = True) -> None:
    """Rows that linked to a removed or demoted article link to the one kept instead."""
    for row, keep in moved.items():
        bind.execute(
            sa.text("UPDATE articles SET duplicate_of = :keep WHERE duplicate_of = :row"),
            {"keep": keep, "row": row},
        )
        if supersedes:
            bind.execute(
                sa.text("UPDATE articles SET supersedes = :keep WHERE supersedes = :row"),
                {"keep": keep, "row": row},
            )


def _drop_analysis_rows(bind: sa.Connection, article_ids: list[int]) -> None:
    if bind.dialect.name == "sqlite":
        docs = [
            r
            for (r,) in bind.execute(
                sa.text(
                    f"SELECT id FROM search_docs WHERE article_id IN ({_list(article_ids)}) "
                    "AND kind IN ('article', 'quote')"
                )
            ).all()
        ]
        _delete(bind, "search_fts", "rowid", docs)
    bind.execute(
        sa.text(
            f"DELETE FROM search_docs WHERE article_id IN ({_list(article_ids)}) "
            "AND kind IN ('article', 'quote')"
        )
    )
    for table in ("attributions", "status_changes", "claim_mentions", "quotes"):
        _delete(bind, table, "article_id", article_ids)


def _drop_orphans(bind: sa.Connection) -> None:
    orphans = [
        r
        for (r,) in bind.execute(
            sa.text("SELECT id FROM claims WHERE id NOT IN (SELECT claim_id FROM claim_mentions)")
        ).all()
    ]
    if orphans:
        if bind.dialect.name == "sqlite":
            docs = [
                r
                for (r,) in bind.execute(
                    sa.text(
                        "SELECT id FROM search_docs WHERE kind = 'claim' "
                        f"AND ref IN ({', '.join(repr(str(o)) for o in orphans)})"
                    )
                ).all()
            ]
            _delete(bind, "search_fts", "rowid", docs)
            _delete(bind, "search_docs", "id", docs)
        else:
            bind.execute(
                sa.text(
                    "DELETE FROM search_docs WHERE kind = 'claim' AND ref IN "
                    f"({', '.join(repr(str(o)) for o in orphans)})"
                )
            )
        for table in ("claim_entities", "status_changes", "attributions"):
            _delete(bind, table, "claim_id", orphans)
        _delete(bind, "claims", "id", orphans)
    bind.execute(
        sa.text(
            "UPDATE stories SET article_count = (SELECT count(*) FROM articles "
            "WHERE articles.story_id = stories.id AND articles.kind = 'original')"
        )
    )
    bind.execute(
        sa.text(
            "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles "
            "WHERE story_id IS NOT NULL) AND id NOT IN (SELECT story_id FROM claims "
            "WHERE story_id IS NOT NULL)"
        )
    )


def _update_kind(bind: sa.Connection, ids: list[int], kind: str) -> None:
    bind.execute(
        sa.text(f"UPDATE articles SET kind = :kind WHERE id IN ({_list(ids)})"), {"kind": kind}
    )


def _delete(bind: sa.Connection, table: str, column: str, ids: list[int]) -> None:
    if ids:
        bind.execute(sa.text(f"DELETE FROM {table} WHERE {column} IN ({_list(ids)})"))


def _list(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)

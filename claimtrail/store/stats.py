"""Corpus counts for ``claimtrail stats`` and the dashboard."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from claimtrail.store.schema import articles, claims, quotes, speakers, stories
from claimtrail.store.views import Stats


def read_stats(conn: Connection, backend: str, revision: str) -> Stats:
    kinds = {
        str(k): int(n)
        for k, n in conn.execute(select(articles.c.kind, func.count()).group_by(articles.c.kind))
    }
    revisions = conn.execute(
        select(func.count()).select_from(articles).where(articles.c.revision > 1)
    ).scalar_one()
    by_status = {
        str(k): int(n)
        for k, n in conn.execute(select(claims.c.status, func.count()).group_by(claims.c.status))
    }
    quote_count = conn.execute(
        select(func.count())
        .select_from(quotes)
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(articles.c.kind == "original")
    ).scalar_one()
    return Stats(
        backend=backend,  # type: ignore[arg-type]
        schema_revision=revision,
        articles=sum(kinds.values()),
        originals=kinds.get("original", 0),
        duplicates=kinds.get("duplicate", 0),
        near_duplicates=kinds.get("near_duplicate", 0),
        revisions=revisions,
        stories=_count(conn, stories),
        claims=sum(by_status.values()),
        claims_by_status={k: int(v) for k, v in sorted(by_status.items())},
        quotes=quote_count,
        speakers=_count(conn, speakers),
    )


def _count(conn: Connection, table: object) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]

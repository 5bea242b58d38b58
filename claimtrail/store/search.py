"""Full-text search documents: FTS5 on SQLite, a generated tsvector on PostgreSQL.

Each article, claim and quote is one row of ``search_docs``; SQLite mirrors it into the
``search_fts`` FTS5 table (rowid = the document id) in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, text

from claimtrail.store.db import inserted_id
from claimtrail.store.schema import search_docs
from claimtrail.store.views import Page, SearchHit

# Words a user types; everything else (quotes, operators, colons) is dropped so no input can
# be an FTS syntax error.
_TOKEN = re.compile(r"\w+", re.UNICODE)
# Article hits show a few words around the match, not the article.
SNIPPET_WORDS = 16
TITLE_CHARS = 160

_SQLITE_HITS = text("""
    SELECT d.id, d.kind, d.ref, d.article_id, d.title, d.body,
           snippet(search_fts, 1, '[', ']', '…', :words) AS snip, bm25(search_fts) AS rank
    FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
    WHERE search_fts MATCH :q ORDER BY rank, d.id LIMIT :limit OFFSET :offset""")
_SQLITE_COUNT = text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :q")
_PG_HITS = text("""
    SELECT d.id, d.kind, d.ref, d.article_id, d.title, d.body,
           ts_headline('english', d.body, query,
                       'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snip,
           -ts_rank(d.tsv, query) AS rank
    FROM search_docs d, websearch_to_tsquery('english', :q) query
    WHERE d.tsv @@ query ORDER BY rank, d.id LIMIT :limit OFFSET :offset""")
_PG_COUNT = text("""SELECT count(*) FROM search_docs d, websearch_to_tsquery('english', :q) query
                    WHERE d.tsv @@ query""")


@dataclass(frozen=True)
class SearchWriter:
    dialect: str

    def add(self, conn: Connection, kind: str, ref: str, article_id: int | None, title: str,
            body: str) -> None:
        doc_id = inserted_id(conn.execute(insert(search_docs).values(
            kind=kind, ref=ref, article_id=article_id, title=title, body=body)
        ))
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO search_fts(rowid, title, body) VALUES (:i, :t, :b)"),
                         {"i": doc_id, "t": title, "b": body})

    def remove_article(self, conn: Connection, article_id: int) -> None:
        """Drop an article's own documents and its quotes' (claims outlive a revision)."""
        where = (search_docs.c.article_id == article_id) & search_docs.c.kind.in_(
            ["article", "quote"])
        if self.dialect == "sqlite":
            ids = list(conn.execute(select(search_docs.c.id).where(where)).scalars())
            for doc_id in ids:
                conn.execute(text("DELETE FROM search_fts WHERE rowid = :i"), {"i": doc_id})
        conn.execute(delete(search_docs).where(where))

    def query(self, conn: Connection, q: str, limit: int, offset: int) -> Page[SearchHit]:
        tokens = _TOKEN.findall(q)
        if not tokens:
            return Page[SearchHit](items=[], total=0, limit=limit, offset=offset)
        if self.dialect == "sqlite":
            match = " ".join(f'"{t}"' for t in tokens)
            params = {"q": match, "limit": limit, "offset": offset, "words": SNIPPET_WORDS}
            total = conn.execute(_SQLITE_COUNT, {"q": match}).scalar_one()
            rows = conn.execute(_SQLITE_HITS, params).all()
        else:
            params = {"q": " ".join(tokens), "limit": limit, "offset": offset}
            total = conn.execute(_PG_COUNT, {"q": params["q"]}).scalar_one()
            rows = conn.execute(_PG_HITS, params).all()
        return Page[SearchHit](items=[_hit(r) for r in rows], total=total, limit=limit,
                               offset=offset)


def _hit(row: object) -> SearchHit:
    kind = row.kind  # type: ignore[attr-defined]
    ref = row.ref  # type: ignore[attr-defined]
    title = row.title or row.body  # type: ignore[attr-defined]
    return SearchHit(kind=kind, id=ref if kind == "quote" else int(ref),
                     article_id=row.article_id,  # type: ignore[attr-defined]
                     title=title[:TITLE_CHARS], snippet=row.snip,  # type: ignore[attr-defined]
                     score=round(-float(row.rank), 4))  # type: ignore[attr-defined]

"""Full-text search documents: FTS5 on SQLite, a generated tsvector on PostgreSQL.

Each article, claim and quote is one row of ``search_docs``; SQLite mirrors it into the
``search_fts`` FTS5 table (rowid = the document id) in the same transaction.

The query syntax is ours and the same on both backends (``parse_query``):

  tariff ford          both words (stemmed: "tariffs" finds "tariff")
  "electric car"       the words next to each other, in that order
  tax OR budget        either side (OR in capitals; it binds looser than the words around
                       it: ``a b OR c`` is ``(a and b) or c``)
  tari*                any word starting with "tari"

Anything else a user types (other punctuation, a stray quote, a lone OR) is not syntax: it is
read as words or dropped, so no input is an FTS syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from claimtrail.store.db import inserted_id
from claimtrail.store.schema import search_docs
from claimtrail.store.views import Page, SearchHit

# Words a user types; everything else (quotes, operators, colons) only separates them.
_TOKEN = re.compile(r"\w+", re.UNICODE)
# A quoted phrase (the closing quote may be missing), or a run of non-space characters.
_PART = re.compile(r'"([^"]*)"?|(\S+)')
OR = "OR"
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
    FROM search_docs d, to_tsquery('english', :q) query
    WHERE d.tsv @@ query ORDER BY rank, d.id LIMIT :limit OFFSET :offset""")
_PG_COUNT = text("""SELECT count(*) FROM search_docs d, to_tsquery('english', :q) query
                    WHERE d.tsv @@ query""")


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of words next to each other; ``prefix``: the last word is a
    prefix (``tari*``)."""

    words: tuple[str, ...]
    prefix: bool = False


# A query: alternatives joined by OR, each a list of terms that must all match.
Query = list[list[Term]]


def parse_query(q: str) -> Query:
    """The user's query as OR-groups of terms (see the module's docstring for the syntax)."""
    groups: Query = [[]]
    for match in _PART.finditer(q):
        phrase, bare = match.group(1), match.group(2)
        if bare == OR:
            groups.append([])
            continue
        chunk = phrase if phrase is not None else bare
        words = tuple(w.lower() for w in _TOKEN.findall(chunk))
        if words:
            prefix = phrase is None and bare.endswith("*") and bare.rstrip("*")[-1:].isalnum()
            groups[-1].append(Term(words, prefix))
    return [group for group in groups if group]


def sqlite_match(query: Query) -> str:
    """An FTS5 MATCH expression: every word quoted, so only our operators are operators."""

    def term(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    return " OR ".join("(" + " AND ".join(term(t) for t in group) + ")" for group in query)


def pg_tsquery(query: Query) -> str:
    """A ``to_tsquery('english', …)`` expression: & within a group, | between groups, <-> in a
    phrase, :* on a prefix. Words are \\w+ only, so nothing in them is tsquery syntax."""

    def term(t: Term) -> str:
        words = list(t.words)
        if t.prefix:
            words[-1] += ":*"
        return "(" + " <-> ".join(words) + ")"

    return " | ".join("(" + " & ".join(term(t) for t in group) + ")" for group in query)


@dataclass(frozen=True)
class SearchWriter:
    dialect: str

    def add(
        self, conn: Connection, kind: str, ref: str, article_id: int | None, title: str, body: str
    ) -> None:
        doc_id = inserted_id(
            conn.execute(
                insert(search_docs).values(
                    kind=kind, ref=ref, article_id=article_id, title=title, body=body
                )
            )
        )
        if self.dialect == "sqlite":
            conn.execute(
                text("INSERT INTO search_fts(rowid, title, body) VALUES (:i, :t, :b)"),
                {"i": doc_id, "t": title, "b": body},
            )

    def add_many(self, conn: Connection, docs: list[dict[str, Any]]) -> None:
        """Several documents (``kind``, ``ref``, ``article_id``, ``title``, ``body`` each) in
        one INSERT, their ids in order, and on SQLite their FTS rows in one more."""
        if not docs:
            return
        ids = (
            conn.execute(
                insert(search_docs).returning(search_docs.c.id, sort_by_parameter_order=True), docs
            )
            .scalars()
            .all()
        )
        if self.dialect == "sqlite":
            conn.execute(
                text("INSERT INTO search_fts(rowid, title, body) VALUES (:i, :t, :b)"),
                [{"i": i, "t": d["title"], "b": d["body"]} for i, d in zip(ids, docs, strict=True)],
            )

    def remove_article(self, conn: Connection, article_id: int) -> None:
        """Drop an article's own documents and its quotes' (claims outlive a revision)."""
        where = (search_docs.c.article_id == article_id) & search_docs.c.kind.in_(
            ["article", "quote"]
        )
        if self.dialect == "sqlite":
            ids = list(conn.execute(select(search_docs.c.id).where(where)).scalars())
            for doc_id in ids:
                conn.execute(text("DELETE FROM search_fts WHERE rowid = :i"), {"i": doc_id})
        conn.execute(delete(search_docs).where(where))

    def query(self, conn: Connection, q: str, limit: int, offset: int) -> Page[SearchHit]:
        query = parse_query(q)
        if not query:
            return Page[SearchHit](items=[], total=0, limit=limit, offset=offset)
        if self.dialect == "sqlite":
            match = sqlite_match(query)
            params = {"q": match, "limit": limit, "offset": offset, "words": SNIPPET_WORDS}
            total = conn.execute(_SQLITE_COUNT, {"q": match}).scalar_one()
            rows = conn.execute(_SQLITE_HITS, params).all()
        else:
            params = {"q": pg_tsquery(query), "limit": limit, "offset": offset}
            total = conn.execute(_PG_COUNT, {"q": params["q"]}).scalar_one()
            rows = conn.execute(_PG_HITS, params).all()
        return Page[SearchHit](
            items=[_hit(r) for r in rows], total=total, limit=limit, offset=offset
        )


def _hit(row: object) -> SearchHit:
    kind = row.kind  # type: ignore[attr-defined]
    ref = row.ref  # type: ignore[attr-defined]
    title = row.title or row.body  # type: ignore[attr-defined]
    return SearchHit(
        kind=kind,
        id=ref if kind == "quote" else int(ref),
        article_id=row.article_id,  # type: ignore[attr-defined]
        title=title[:TITLE_CHARS],
        snippet=row.snip,  # type: ignore[attr-defined]
        score=round(-float(row.rank), 4),  # type: ignore[attr-defined]
    )

"""Many writers at once (issue 12, items 1-3): processes, and stores opened side by side, end
with exactly what one writer alone would have stored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from claimtrail.models import Analysis
from claimtrail.store import open_store
from claimtrail.store.db import head_revision
from tests.store.factory import ClaimSpec, QuoteSpec, make_analysis
from tests.store.processes import ingest_analyses

WRITERS = 4
TIMEOUT_S = 180
TOWNS = [
    "Ashby",
    "Brill",
    "Colne",
    "Dunmow",
    "Epping",
    "Frome",
    "Goole",
    "Hythe",
    "Ilkley",
    "Jarrow",
    "Kendal",
    "Leek",
    "Malton",
    "Nairn",
    "Otley",
    "Penrith",
    "Ripon",
    "Selby",
]
GOODS = ["steel", "wheat", "chips", "coffee", "rail", "cotton", "lithium", "salmon", "paper"]


def _corpus() -> list[Analysis]:
    """Distinct articles, exact copies at other URLs, near copies, revisions, and speakers and
    claims shared between articles: every decision a writer makes from what is stored."""
    out: list[Analysis] = []
    for i, town in enumerate(TOWNS):
        good = GOODS[i % len(GOODS)]
        claim = f"The council of {town} will fund a {good} plant"
        body = (
            f"The council of {town} will fund a {good} plant costing {i * 7 + 3} million, "
            f"officials said on Monday. The mayor of {town} welcomed the plan and said "
            f"work would start in the spring. Local firms in {town} hope to win contracts "
            f"for the {good} plant, and unions asked for guarantees on jobs. "
        )
        speaker = "Mayor Ann Reed" if i % 3 == 0 else f"Councillor {town} Smith"
        out.append(
            make_analysis(
                f"{town} backs {good} plant",
                body,
                url=f"https://local.example/{i}",
                source="Local Wire",
                published=f"2025-03-{i % 28 + 1:02d}T08:00:00Z",
                claims=[ClaimSpec(claim, [("officials", "report")])],
                quotes=[QuoteSpec(speaker, "work would start in the spring")],
            )
        )
        if i % 4 == 1:  # the same text on another site
            out.append(
                make_analysis(
                    f"{town} backs {good} plant",
                    body,
                    url=f"https://mirror.example/{i}",
                    source="Mirror",
                )
            )
        if i % 5 == 2:  # a lightly edited copy elsewhere
            out.append(
                make_analysis(
                    f"{town} backs {good} plant",
                    body.replace("Monday", "Tuesday"),
                    url=f"https://echo.example/{i}",
                    source="Echo",
                    claims=[ClaimSpec(claim, [("the council", "report")])],
                )
            )
        if i % 6 == 3:  # the article updated at its own URL
            out.append(
                make_analysis(
                    f"{town} drops {good} plant",
                    body + f"Later the council of {town} denied it.",
                    url=f"https://local.example/{i}",
                    source="Local Wire",
                    published=f"2025-03-{i % 28 + 1:02d}T08:00:00Z",
                    claims=[ClaimSpec(claim, [("the council", "deny")], status="denied")],
                )
            )
    return out


def _write_corpus(path: Path) -> list[Analysis]:
    corpus = _corpus()
    path.write_text("".join(a.model_dump_json(by_alias=True) + "\n" for a in corpus))
    return corpus


def fingerprint(url: str) -> dict[str, Any]:
    """Everything a reader can see, by content rather than by row id."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        rows = conn.execute(
            text("""
            SELECT a.url, a.kind, a.revision, a.content_hash, d.url AS copy_of,
                   (SELECT min(b.url) FROM articles b WHERE b.story_id = a.story_id) AS story,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                   (SELECT count(*) FROM claim_mentions m WHERE m.article_id = a.id) AS mentions
            FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of""")
        ).all()
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in (
                "articles",
                "stories",
                "claims",
                "claim_mentions",
                "attributions",
                "speakers",
                "quotes",
                "status_changes",
                "search_docs",
            )
        }
        statuses = sorted(conn.execute(text("SELECT text, status FROM claims")).all())
    engine.dispose()
    return {
        "articles": sorted(tuple(map(str, r)) for r in rows),
        "counts": counts,
        "statuses": statuses,
    }


def _reference(corpus: list[Analysis], tmp_path: Path) -> dict[str, Any]:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    with open_store(url, matcher="lexical") as store:
        for analysis in corpus:
            store.add_analysis(analysis)
    return fingerprint(url)


def test_four_concurrent_ingests_store_one_copy(store_url: str, tmp_path: Path) -> None:
    # No store exists yet: the writers also race to create the schema (a new SQLite file, an
    # empty PostgreSQL schema), which used to fail with "table … already exists".
    corpus_file = tmp_path / "analyses.jsonl"
    corpus = _write_corpus(corpus_file)
    procs = [ingest_analyses(store_url, corpus_file) for _ in range(WRITERS)]
    for proc in procs:
        _, err = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode == 0, err.decode()[-2000:]
    got = fingerprint(store_url)
    want = _reference(corpus, tmp_path)
    assert got["counts"] == want["counts"]
    assert got["articles"] == want["articles"]
    assert got["statuses"] == want["statuses"]


def test_another_writers_articles_are_seen_before_linking(store_url: str) -> None:
    """A server (store A, open for a while) and a CLI ingest (store B) on one database: a near
    copy or a follow-up that A receives after B stored the original is linked to it."""
    corpus = _corpus()
    server = open_store(store_url, matcher="lexical")
    cli = open_store(store_url, matcher="lexical")
    try:
        server.add_analysis(corpus[0])  # the server's index is loaded now
        original = next(a for a in corpus if a.article.url == "https://local.example/2")
        near = next(a for a in corpus if a.article.url == "https://echo.example/2")
        stored = cli.add_analysis(original)
        outcome = server.add_analysis(near)
        assert outcome.status == "near_duplicate"
        assert outcome.duplicate_of == stored.article_id
        # A follow-up with the same claim joins the story the other writer started.
        follow = make_analysis(
            "Brill plant goes ahead",
            "The council of Colne will fund a chips plant, it was confirmed.",
            url="https://later.example/1",
            source="Later",
            claims=[
                ClaimSpec(
                    "The council of Colne will fund a chips plant", [("the council", "assert")]
                )
            ],
        )
        linked = server.add_analysis(follow)
        assert linked.story_id == stored.story_id
        assert linked.claim_ids == stored.claim_ids
    finally:
        server.close()
        cli.close()


def test_same_file_by_relative_and_absolute_path_is_one_article(tmp_path: Path) -> None:
    """Issue 12 item 2: identity used the literal path string."""
    from claimtrail.ingest.inputs import read_inputs
    from claimtrail.loader import Loader
    from tests.store.test_bad_input import FakeAnalyzer

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Council backs plant\nThe council backed it.\n")
    url = f"sqlite:///{tmp_path / 'paths.db'}"
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        with open_store(url, matcher="lexical") as store:
            for spelling in (
                "news/a.txt",
                str(tmp_path / "news" / "a.txt"),
                "./news/../news/a.txt",
            ):
                Loader(store, FakeAnalyzer).load(read_inputs([spelling], absolute=True))
            stats = store.stats()
    finally:
        os.chdir(cwd)
    assert stats.articles == 1


def test_a_0001_store_with_copies_upgrades_to_one_copy(store_url: str) -> None:
    """Existing copies: the oldest row is kept, later same-place copies deleted with their
    analysis rows, a second original of one text becomes a duplicate."""
    url = store_url
    with open_store(url, matcher="lexical") as store:
        for analysis in _corpus()[:6]:
            store.add_analysis(analysis)
    want = fingerprint(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        for name in ("ux_articles_place_text", "ux_articles_original_text", "ux_articles_current"):
            conn.execute(text(f"DROP INDEX {name}"))
        # the tables of 0003 and 0005 (0004 upgrades cleanly over its own)
        for table in ("event_cursors", "events", "watch_urls", "vector_snapshots", "vector_meta"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        # What a racing writer left: article 1 stored again in full (with its quotes, claim
        # mentions and search documents), and article 2's text as a second original elsewhere.
        _copy_article(conn, 1, same_place=True)
        _copy_article(conn, 2, same_place=False)
    engine.dispose()
    assert fingerprint(url)["counts"]["articles"] == want["counts"]["articles"] + 2

    with open_store(url, matcher="lexical") as store:
        assert store.schema_revision == head_revision() >= "0002"
        stats = store.stats()
    got = fingerprint(url)
    assert got["counts"] == want["counts"] | {"articles": want["counts"]["articles"] + 1}
    assert stats.duplicates == 2  # corpus[1]'s mirror copy and the demoted second original
    # The demoted original is a plain duplicate of the first: no analysis rows of its own.
    demoted = [a for a in got["articles"] if a[0] == "https://copy.example/2"]
    assert demoted and demoted[0][1] == "duplicate" and demoted[0][6:] == ("0", "0")
    # And the database now refuses a copy by itself.
    with pytest.raises(IntegrityError), create_engine(url).begin() as conn:
        _copy_article(conn, 1, same_place=True)


def _copy_article(conn: Connection, article_id: int, same_place: bool) -> None:
    def columns(table: str, skip: tuple[str, ...]) -> str:
        return ", ".join(
            f'"{c["name"]}"'  # quoted: "end" is a keyword
            for c in inspect(conn).get_columns(table)
            if c["name"] not in skip and not c.get("computed")
        )

    cols = columns("articles", ("id",))
    conn.execute(
        text(f"INSERT INTO articles ({cols}) SELECT {cols} FROM articles WHERE id = :a"),
        {"a": article_id},
    )
    new_id = conn.execute(text("SELECT max(id) FROM articles")).scalar_one()
    if not same_place:
        conn.execute(
            text(
                "UPDATE articles SET identity = 'https://copy.example/2', "
                "url = 'https://copy.example/2' WHERE id = :n"
            ),
            {"n": new_id},
        )
    for table in ("quotes", "claim_mentions"):
        cols = columns(table, ("id", "article_id"))
        conn.execute(
            text(
                f"INSERT INTO {table} (article_id, {cols}) SELECT :n, {cols} "
                f"FROM {table} WHERE article_id = :a"
            ),
            {"n": new_id, "a": article_id},
        )
    conn.execute(
        text(
            "INSERT INTO search_docs (kind, ref, article_id, title, body) SELECT kind, "
            "ref, :n, title, body FROM search_docs WHERE article_id = :a "
            "AND kind IN ('article', 'quote')"
        ),
        {"n": new_id, "a": article_id},
    )


@pytest.mark.parametrize("writers", [WRITERS])
def test_new_sqlite_file_opened_by_many_processes_at_once(tmp_path: Path, writers: int) -> None:
    path = tmp_path / "fresh.db"
    code = (
        "import sys; from claimtrail.store import open_store; "
        "s = open_store(sys.argv[1], matcher='lexical'); print(s.stats().articles); s.close()"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(writers)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode == 0, err.decode()[-2000:]
        assert out.strip() == b"0"

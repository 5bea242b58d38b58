"""The store commands through the real CLI app: formats, filters, exit codes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.store import open_store
from tests.store.factory import ford_xiaomi_corpus

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def loaded(store_url: str, tmp_path: Path) -> str:
    dump = tmp_path / "analyses.jsonl"
    dump.write_text("\n".join(a.model_dump_json(by_alias=True) for a in ford_xiaomi_corpus()))
    code, out, err = _run(
        "ingest",
        "--analyses",
        str(dump),
        "--db",
        store_url,
        "--matcher",
        "lexical",
        "--format",
        "json",
    )
    assert code == 0, err
    assert json.loads(out)["outcomes"] == {"new": 4}
    return store_url


def test_stories_story_claims_speaker_search_stats(loaded: str) -> None:
    code, out, _ = _run("stories", "--db", loaded, "--format", "json")
    page = json.loads(out)
    assert code == 0 and page["total"] >= 1
    top = max(page["items"], key=lambda s: s["article_count"])
    code, out, _ = _run("story", str(top["id"]), "--db", loaded, "--format", "json")
    assert code == 0 and json.loads(out)["central_status"] == "denied"

    code, out, _ = _run(
        "claims", "--status", "denied", "--entity", "Xiaomi", "--db", loaded, "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1 and rows[0]["status"] == "denied"

    code, out, _ = _run("claim", rows[0]["id"], "--db", loaded, "--format", "csv")
    roles = [r["role"] for r in csv.DictReader(io.StringIO(out))]
    assert roles[0] == "first_report" and "echo" in roles and "denial" in roles

    code, out, _ = _run("speaker", "Jim Farley", "--db", loaded, "--format", "json")
    assert code == 0 and json.loads(out)["quote_count"] == 2
    code, out, _ = _run("search", "tariff", "--db", loaded, "--format", "json")
    assert code == 0 and json.loads(out)["total"] >= 1
    code, out, _ = _run("stats", "--db", loaded, "--format", "json")
    assert code == 0 and json.loads(out)["originals"] == 4
    for command in (
        ["stories"],
        ["story", str(top["id"])],
        ["speaker", "Farley"],
        ["search", "tariff"],
        ["stats"],
        ["claims"],
    ):
        code, out, err = _run(*command, "--db", loaded)
        assert code == 0 and out.strip(), (command, err)


def test_exit_codes(loaded: str, tmp_path: Path) -> None:
    code, _, err = _run("claims", "--status", "rumoured", "--db", loaded)
    assert code == 2 and "choose from" in err
    code, _, err = _run("story", "999", "--db", loaded)
    assert code == 6 and "no story" in err
    code, _, err = _run("stats", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 5 and "cannot reach" in err


def test_newer_schema_exit_5(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_store(str(path), matcher="lexical").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    code, _, err = _run("stats", "--db", str(path))
    assert code == 5 and "newer claimtrail" in err


def test_ingest_reports_skipped_lines_and_exits_1(store_url: str, tmp_path: Path) -> None:
    good = ford_xiaomi_corpus()[0].model_dump_json(by_alias=True)
    dump = tmp_path / "analyses.jsonl"
    dump.write_text(f"{good}\n{good[:40]}\n")
    code, out, err = _run(
        "ingest",
        "--analyses",
        str(dump),
        "--db",
        store_url,
        "--matcher",
        "lexical",
        "--format",
        "json",
    )
    report = json.loads(out)
    assert code == 1 and report["outcomes"] == {"new": 1}
    assert report["skipped"][0]["input"].endswith(":2")


def test_story_and_stats_say_articles_alike(loaded: str, tmp_path: Path) -> None:
    """`story` and `stats` count articles one way: originals, linked copies apart."""
    ft = ford_xiaomi_corpus()[0]
    article = ft.article.model_copy(update={"url": "https://mirror.example/ft", "source": "Mirror"})
    dump = tmp_path / "copy.jsonl"
    dump.write_text(ft.model_copy(update={"article": article}).model_dump_json(by_alias=True))
    code, out, err = _run("ingest", "--analyses", str(dump), "--db", loaded, "--format", "json")
    assert code == 0 and json.loads(out)["outcomes"] == {"duplicate": 1}, err
    code, out, _ = _run("stats", "--db", loaded)
    assert code == 0 and "4 articles (+1 copy)" in out, out
    code, out, _ = _run("stories", "--db", loaded, "--format", "json")
    stories = json.loads(out)["items"]
    said = [
        f"\n{s['article_count']} articles (+1 copy), "
        in _run("story", str(s["id"]), "--db", loaded)[1]
        for s in stories
    ]
    assert sum(said) == 1
    assert sum(s["article_count"] for s in stories) == 4

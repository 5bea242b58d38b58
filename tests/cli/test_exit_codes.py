"""The README's exit-code table, one test per row: every documented code is produced by a real
command, and a row added to the table without a case here fails."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.cli.apps import handle_errors
from tests.conftest import REPO
from tests.store.factory import ford_xiaomi_corpus

runner = CliRunner()


def _readme_codes() -> list[int]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    return [int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.MULTILINE)]


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(build_app(), list(args))
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("store")
    dump = folder / "analyses.jsonl"
    dump.write_text("\n".join(a.model_dump_json(by_alias=True) for a in ford_xiaomi_corpus()))
    url = f"sqlite:///{folder / 'store.db'}"
    code, err = _run("ingest", "--analyses", str(dump), "--db", url, "--matcher", "lexical")
    assert code == 0, err
    return url


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text("Mayor backs tax plan\nThe mayor said that taxes would rise.\n")
    return path


def _ok(store: str, tmp_path: Path) -> tuple[int, str]:
    return _run("stats", "--db", store)


def _some_failed(store: str, tmp_path: Path) -> tuple[int, str]:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    return _run("analyze", "--no-stance-model", "-f", "jsonl", str(_article(tmp_path)), str(bad))


def _input_error(store: str, tmp_path: Path) -> tuple[int, str]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    return _run("analyze", "--no-stance-model", str(empty))


def _model_missing(store: str, tmp_path: Path) -> tuple[int, str]:
    return _run("analyze", "--model", "no_such_spacy_model", str(_article(tmp_path)))


def _store_error(store: str, tmp_path: Path) -> tuple[int, str]:
    return _run("stories", "--db", str(tmp_path / "bbc20.db"))


def _not_found(store: str, tmp_path: Path) -> tuple[int, str]:
    return _run("story", "999", "--db", store)


def _cluster_error(store: str, tmp_path: Path) -> tuple[int, str]:
    from claimtrail.scale import run

    before, run.CONNECT_TIMEOUT_S = run.CONNECT_TIMEOUT_S, 1.0
    try:  # port 9 (discard) on loopback: nothing listens
        args = ["--out", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:9"]
        return _run("analyze", "--no-stance-model", str(_article(tmp_path)), *args)
    finally:
        run.CONNECT_TIMEOUT_S = before


def _interrupted(store: str, tmp_path: Path) -> tuple[int, str]:
    @handle_errors
    def stopped() -> None:
        raise KeyboardInterrupt

    app = typer.Typer()
    app.command()(stopped)
    result = runner.invoke(app, [])
    return result.exit_code, result.stderr


CASES: dict[int, tuple[Callable[[str, Path], tuple[int, str]], str]] = {
    0: (_ok, ""),
    1: (_some_failed, "1 input failed"),
    3: (_input_error, "empty.txt"),
    4: (_model_missing, "no_such_spacy_model"),
    5: (_store_error, "no store at"),
    6: (_not_found, "no story with id 999"),
    7: (_cluster_error, "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
    130: (_interrupted, "interrupted"),
}
# Usage errors: every way of asking wrongly is exit 2, said before anything runs.
USAGE = [
    ["stories", "--format", "xml"],
    ["stories", "--limit", "0"],
    ["stories", "--offset", "-5"],
    ["claims", "--since", "yesterday"],
    ["claims", "--status", "rumoured"],
    ["ingest"],
    ["analyze"],
    ["stories", "--no-such-option"],
    ["analyze", "a.txt", "--workers", "2"],  # a Dask run writes shards: --out is needed
    ["analyze", "a.txt", "--out", "o", "--workers", "2", "--dask", "tcp://127.0.0.1:9"],
    ["analyze", "a.txt", "--out", "o", "--workers", "0"],
    ["analyze", "a.txt", "--out", "o", "--workers", "2", "--processes", "2"],
    ["ingest", "a.jsonl", "--analyses", "--workers", "2"],
]


def test_the_readme_documents_every_code_once() -> None:
    codes = _readme_codes()
    assert len(codes) == len(set(codes))
    assert set(codes) == set(CASES) | {2}


@pytest.mark.parametrize("code", _readme_codes())
def test_each_documented_code(code: int, store: str, tmp_path: Path) -> None:
    if code == 2:
        for args in USAGE:
            got, err = _run(*args)
            assert got == 2, (args, err)
            assert "Traceback" not in err and "Value error" not in err, args
        return
    case, words = CASES[code]
    got, err = case(store, tmp_path)
    assert got == code, err
    assert words in err
    assert "Traceback" not in err


def test_an_error_is_said_once(tmp_path: Path) -> None:
    code, err = _run("analyze", str(tmp_path / "missing.txt"))
    assert code == 3
    assert err.count("missing.txt") == 1, err


@pytest.mark.parametrize("analyses", [False, True], ids=["articles", "analyses"])
def test_ingest_follows_the_input_error_row_as_analyze_does(analyses: bool, tmp_path: Path) -> None:
    """Row 3 for `ingest` too: nothing readable is an input error (not exit 1), said once, and
    the mistyped path leaves no empty store behind."""
    db = tmp_path / "store.db"
    flags = ["--analyses"] if analyses else []
    code, err = _run("ingest", *flags, str(tmp_path / "missing.txt"), "--db", f"sqlite:///{db}")
    assert code == 3, err
    assert err.count("missing.txt") == 1 and "Traceback" not in err
    code, err = _run("ingest", *flags, "nope-1.txt", "nope-2.txt", "--db", f"sqlite:///{db}")
    assert code == 3 and "2 inputs failed" in err, err
    code, err = _run("ingest", *flags, str(tmp_path), "--db", f"sqlite:///{db}")
    assert code == 3, err  # an empty folder (with --analyses: a folder is no dump)
    assert analyses or "no articles found" in err
    assert not db.exists()


def test_ingest_with_some_unreadable_inputs_is_row_1(tmp_path: Path) -> None:
    dump = tmp_path / "analyses.jsonl"
    dump.write_text(ford_xiaomi_corpus()[0].model_dump_json(by_alias=True))
    db = f"sqlite:///{tmp_path / 'store.db'}"
    code, err = _run(
        "ingest",
        "--analyses",
        str(dump),
        str(tmp_path / "missing.jsonl"),
        "--db",
        db,
        "--matcher",
        "lexical",
    )
    assert code == 1 and "1 input skipped" in err, err

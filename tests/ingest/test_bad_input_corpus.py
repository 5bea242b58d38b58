"""The standing bad-input corpus (issue 12, items 7-9): one folder of hostile inputs written
here, run through ``analyze`` and through ``ingest`` into SQLite and PostgreSQL. Every bad input
is one listed failure or one printed warning; every good article is analysed and stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app
from claimtrail.ingest.inputs import MAX_JSON_DEPTH, load_json, read_inputs
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.store import open_store

runner = CliRunner(env={"COLUMNS": "1000"})
DEEP = "[" * 10_000
GOOD_BODY = (
    "The mayor of {town} said on Monday that the new bridge would open in May. "
    '"We have waited long enough," said Ann Reed, the council leader.'
)
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Town Wire</title>
<item><title>Ferry back in Brill</title><link>https://townwire.example/1</link>
<description><![CDATA[<p>The ferry to Brill runs again, the harbour master said.</p>]]>
</description></item></channel></rss>"""


def _good(town: str) -> str:
    return f"{town} bridge to open in May\n" + GOOD_BODY.format(town=town) + "\n"


def write_corpus(folder: Path) -> dict[str, list[str]]:
    """The corpus, and what each command must say about it."""
    folder.mkdir()
    (folder / "a-good.txt").write_text(_good("Ashby"))
    (folder / "b-deep.json").write_text(DEEP)
    (folder / "c-deep.jsonl").write_text(
        json.dumps({"headline": "Colne bridge to open", "body": GOOD_BODY.format(town="Colne")})
        + "\n"
        + DEEP
        + "\n"
        + json.dumps({"headline": "Dunmow bridge to open", "body": GOOD_BODY.format(town="Dunmow")})
        + "\n"
    )
    (folder / "d-deep-noext").write_text(DEEP)
    (folder / "e-nul-late.txt").write_bytes(
        (_good("Epping") + "Filler sentence about the bridge. " * 300).encode() + b"\x00 end."
    )
    (folder / "f-nul-escape.json").write_text(
        '{"headline": "Frome bridge to open", "body": "The mayor of Frome said \\u0000 the '
        'bridge would open in May.", "source": "Frome\\u0000 News"}'
    )
    (folder / "g-meta.json").write_text(
        json.dumps(
            {
                "headline": "Goole bridge to open",
                "body": GOOD_BODY.format(town="Goole"),
                "source": {"x": 1},
                "author": ["A", "B"],
                "published": "2025-13-45",
            }
        )
    )
    (folder / "h-feed.rss").write_text(RSS)
    (folder / "i-binary.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (folder / "j-empty.txt").write_text("")
    (folder / "k-bad-utf8.txt").write_bytes(_good("Kendal").encode() + b"\xff\xfe tail.\n")
    (folder / "l-one-line.txt").write_text(GOOD_BODY.format(town="Leek") * 20)
    table = folder.parent / "table.csv"
    table.write_text("headline,body\nA,B\n")
    return {
        "good": [
            "a-good.txt",
            "c-deep.jsonl:1",
            "c-deep.jsonl:3",
            "e-nul-late.txt",
            "f-nul-escape.json",
            "g-meta.json",
            "h-feed.rss#1",
            "k-bad-utf8.txt",
            "l-one-line.txt",
        ],
        "failed": [
            "b-deep.json",
            "c-deep.jsonl:2",
            "d-deep-noext",
            "i-binary.txt",
            "j-empty.txt",
            "table.csv",
        ],
        "warned": [
            "NUL byte(s) removed",
            "NUL character(s) removed",
            "'source' is a JSON object",
            "'author' is a JSON array",
            "'2025-13-45' is not a date",
            "not valid UTF-8",
        ],
    }


def _inputs(folder: Path) -> list[str]:
    return [str(folder), str(folder.parent / "table.csv")]


def test_the_front_door_reads_the_corpus(tmp_path: Path) -> None:
    expect = write_corpus(tmp_path / "corpus")
    results = list(read_inputs(_inputs(tmp_path / "corpus")))
    good = [r for r in results if isinstance(r, RawArticle)]
    failed = [r for r in results if isinstance(r, InputFailure)]
    assert sorted(Path(r.path or "").name for r in good) == expect["good"]
    assert sorted(Path(f.path).name for f in failed) == expect["failed"]
    assert all("\x00" not in (r.text + (r.source or "")) for r in good)
    meta = next(r for r in good if (r.path or "").endswith("g-meta.json"))
    assert meta.source is None and meta.author is None and meta.published is None
    one_line = next(r for r in good if (r.path or "").endswith("l-one-line.txt"))
    assert one_line.headline is None and one_line.body_start == 0
    warnings = " ".join(w for r in good for w in r.warnings)
    for warning in expect["warned"]:
        assert warning in warnings


def test_analyze_lists_each_bad_input_once(tmp_path: Path) -> None:
    expect = write_corpus(tmp_path / "corpus")
    result = runner.invoke(
        build_app(), ["analyze", "--no-stance-model", "-f", "jsonl", *_inputs(tmp_path / "corpus")]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    analysed = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert sorted(Path(a["article"]["path"]).name for a in analysed) == expect["good"]
    assert f"{len(expect['failed'])} inputs failed" in result.stderr
    for name in expect["failed"]:
        assert name in result.stderr
    for warning in expect["warned"]:
        assert warning in " ".join(result.stderr.split())


def test_ingest_stores_every_good_article_and_lists_the_rest(
    store_url: str, tmp_path: Path
) -> None:
    expect = write_corpus(tmp_path / "corpus")
    result = runner.invoke(
        build_app(),
        [
            "ingest",
            *_inputs(tmp_path / "corpus"),
            "--db",
            store_url,
            "--matcher",
            "lexical",
            "--no-stance-model",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["stored_or_linked"] == len(expect["good"])
    assert sorted(Path(s["input"]).name for s in report["skipped"]) == expect["failed"]
    for warning in expect["warned"]:
        assert warning in " ".join(report["warnings"])
        assert warning in " ".join(result.stderr.split())
    with open_store(store_url, matcher="lexical") as store:
        assert store.stats().articles == len(expect["good"])
        sources = {a.source for a in store.list_articles(limit=100).items}
    assert "Frome News" in sources and not any("{" in (s or "") for s in sources)


def test_ingest_analyses_with_deep_json_and_nuls(store_url: str, tmp_path: Path) -> None:
    from tests.store.factory import ford_xiaomi_corpus

    good = [a.model_dump_json(by_alias=True) for a in ford_xiaomi_corpus()[:2]]
    nul = good[1].replace("Ford and Xiaomi", "Ford\\u0000 and Xiaomi", 1)
    dump = tmp_path / "analyses.jsonl"
    dump.write_text("\n".join([good[0], DEEP, nul, good[1]]) + "\n")
    result = runner.invoke(
        build_app(),
        [
            "ingest",
            "--analyses",
            str(dump),
            "--db",
            store_url,
            "--matcher",
            "lexical",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["stored_or_linked"] == 2
    # The bulk loader refuses the too-deep line while scanning and the NUL line while storing
    # (in publication order), so the report lists them in that order, not the file's.
    assert sorted(s["input"].rsplit(":", 1)[1] for s in report["skipped"]) == ["2", "3"]


@pytest.mark.parametrize("text", [DEEP, "{" * 5000, '{"a": ' * 5000 + "1" + "}" * 5000])
def test_deep_json_is_refused_before_the_parser(text: str) -> None:
    with pytest.raises(ValueError, match="nested more than"):
        load_json(text)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"headline": "x", "body": "[" * 1000 + '\\"' + "{" * 1000})
    assert load_json(text)["headline"] == "x"
    nested = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert load_json(nested) is not None

"""Analysis shards (claimtrail/ingest/shards.py): folders of JSON Lines, gzipped or not, JSON
documents and Parquet, read back in publication order with every bad line named."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimtrail.ingest.readers import InputFailure
from claimtrail.ingest.shards import AnalysisShards
from claimtrail.models import Analysis
from tests.store.factory import make_analysis


def doc(n: int, published: str | None) -> str:
    analysis = make_analysis(f"Headline {n}", f"Body of article {n}.", published=published)
    return analysis.model_dump_json(by_alias=True)


def headlines(items: list[Analysis | InputFailure]) -> list[str]:
    return [i.article.headline or "" for i in items if isinstance(i, Analysis)]


def test_documents_come_back_in_publication_order_across_shards(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "part-0.jsonl").write_text(
        doc(3, "2025-03-03T10:00:00Z") + "\n" + doc(9, None) + "\n" + doc(1, "2025-03-01") + "\n"
    )
    with gzip.open(tmp_path / "a" / "part-1.jsonl.gz", "wt") as handle:
        handle.write(doc(2, "2025-03-02T09:00:00+01:00") + "\n\n" + doc(4, "4 March 2025") + "\n")
    (tmp_path / "part-2.json").write_text(
        json.dumps([json.loads(doc(0, "2024-12-31T23:00:00Z")), json.loads(doc(5, "2025-03-05"))])
    )
    (tmp_path / "notes.txt").write_text("not a shard: ignored inside a folder")
    with AnalysisShards.scan([str(tmp_path)]) as shards:
        assert len(shards) == 7 and shards.failures == []
        got = list(shards)
    # Dated documents oldest first (times compared in UTC); undated ones (a date the store
    # cannot read counts as none) last, in the order of their shards.
    assert headlines(got) == [f"Headline {n}" for n in (0, 1, 2, 3, 5, 9, 4)]


def test_bad_lines_and_bad_shards_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(
        doc(1, "2025-01-01") + "\n{not json\n" + '{"schema": "claimtrail.analysis/1"}\n'
    )
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00 truncated")
    (tmp_path / "bad.json").write_text("[{")
    with AnalysisShards.scan([str(tmp_path), str(tmp_path / "missing"), __file__]) as shards:
        failures = {f.path: f.message for f in shards.failures}
        got = list(shards)
    assert headlines(got) == ["Headline 1"]
    line_failures = {f.path: f.message for f in got if isinstance(f, InputFailure)}
    assert "invalid JSON line" in line_failures[f"{tmp_path / 'good.jsonl'}:2"]
    assert "not a claimtrail analysis" in line_failures[f"{tmp_path / 'good.jsonl'}:3"]
    assert "cannot be read" in failures[str(tmp_path / "broken.jsonl.gz")]
    assert "invalid JSON" in failures[str(tmp_path / "bad.json")]
    assert failures[str(tmp_path / "missing")] == "no such file or folder"
    assert "not an analysis shard" in failures[__file__]


def test_an_empty_folder_is_said(tmp_path: Path) -> None:
    with AnalysisShards.scan([str(tmp_path)]) as shards:
        assert len(shards) == 0
        assert shards.failures[0].message == "no analysis shards in this folder"


def test_unpacked_copies_are_removed_on_close(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.jsonl.gz", "wt") as handle:
        handle.write(doc(1, "2025-01-01") + "\n")
    shards = AnalysisShards.scan([str(tmp_path)])
    temp = Path(shards._temp.name)  # type: ignore[union-attr]
    assert any(temp.iterdir())
    shards.close()
    assert not temp.exists()


def test_parquet_shards_with_an_analysis_column(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"analysis": [doc(2, "2025-02-02"), doc(1, "2025-02-01")]})
    pq.write_table(table, tmp_path / "part-0.parquet")
    with AnalysisShards.scan([str(tmp_path)]) as shards:
        assert headlines(list(shards)) == ["Headline 1", "Headline 2"]


def test_parquet_without_pyarrow_is_one_clear_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (tmp_path / "part-0.parquet").write_bytes(b"PAR1")
    with AnalysisShards.scan([str(tmp_path)]) as shards:
        assert "need pyarrow" in shards.failures[0].message


def test_an_analyze_out_folder_is_read_shard_by_shard_once(tmp_path: Path) -> None:
    """``analyze --out DIR`` leaves each shard as JSON Lines and Parquet, plus its markers,
    report and part lists: naming DIR reads every document once and reports nothing."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    lines = [doc(1, "2025-01-01"), doc(2, "2025-01-02")]
    (tmp_path / "feed-abc.jsonl").write_text("\n".join(lines) + "\n")
    pq.write_table(pa.table({"analysis": lines}), tmp_path / "feed-abc.parquet")
    pq.write_table(pa.table({"analysis": [doc(3, "2025-01-03")]}), tmp_path / "only.parquet")
    (tmp_path / "_done").mkdir()
    (tmp_path / "_done" / "feed-abc.json").write_text('{"key": "feed-abc", "inputs": []}')
    (tmp_path / "_report.json").write_text('{"articles": 2}')
    (tmp_path / "_parts").mkdir()
    (tmp_path / "_parts" / "crawl.warc-0123.json").write_text('{"parts": []}')
    (tmp_path / ".tmp-1234-feed-xyz.jsonl").write_text(doc(9, "2025-01-09") + "\n")
    with AnalysisShards.scan([str(tmp_path)]) as shards:
        assert shards.failures == []
        got = list(shards)
    assert headlines(got) == ["Headline 1", "Headline 2", "Headline 3"]
    assert all(isinstance(item, Analysis) for item in got)

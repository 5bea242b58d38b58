"""Shards: how inputs are grouped, stable keys, atomic outputs, what counts as done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.scale.shards import (
    DONE_DIR,
    ShardReport,
    check_no_overlap,
    done_reports,
    plan_shards,
    read_done,
    read_shard_analyses,
    remove_temporaries,
    write_shard,
)
from tests.scale.corpus import write_corpus


def test_containers_are_shards_of_their_own_and_loose_files_are_grouped(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", texts=40)
    shards = plan_shards([str(tmp_path / "c")], shard_files=8)
    names = [f.name for s in shards for f in s.files]
    assert names == [str(p) for p in sorted((tmp_path / "c").iterdir())]  # input order
    for shard in shards:
        kinds = {Path(f.name).suffix for f in shard.files}
        assert kinds == {".txt"} or len(shard.files) == 1
        assert len(shard.files) <= 16
    assert len([s for s in shards if len(s.files) > 1]) >= 2  # 40 texts: several groups
    assert len({s.key for s in shards}) == len(shards)


def test_files_named_one_by_one_are_grouped_as_a_folder_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "c", texts=40, damaged=False)
    files = sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "c").iterdir())
    by_folder = [s.key for s in plan_shards(["c"], shard_files=8)]
    assert [s.key for s in plan_shards(files, shard_files=8)] == by_folder
    assert len(by_folder) < 10  # not one shard per file


def test_keys_are_stable_and_adding_a_file_changes_only_its_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # names (and so group boundaries) the same on every run
    write_corpus(tmp_path / "c", texts=40, damaged=False)
    before = plan_shards(["c"], shard_files=8)
    assert [s.key for s in plan_shards(["c"], shard_files=8)] == [s.key for s in before]
    (tmp_path / "c" / "t17b.txt").write_text("Late news\nThe mayor said it was late.\n")
    after = plan_shards(["c"], shard_files=8)
    changed = {s.key for s in after} - {s.key for s in before}
    assert len(changed) <= 2  # the group the new file joined (split in two at most)


def test_absolute_names_for_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "c", texts=2, damaged=False)
    monkeypatch.chdir(tmp_path)
    (relative,) = plan_shards(["c/t00.txt"])
    (absolute,) = plan_shards(["c/t00.txt"], absolute=True)
    assert relative.files[0].name == "c/t00.txt"
    assert absolute.files[0].name == str(tmp_path / "c" / "t00.txt")
    assert relative.files[0].path == absolute.files[0].path == str(tmp_path / "c" / "t00.txt")


def test_standard_input_and_urls_cannot_be_shared_out() -> None:
    for arg in ("-", "https://example.org/feed.xml"):
        with pytest.raises(InputError):
            plan_shards([arg])


def _doc(path: str) -> dict:
    return {"schema": "claimtrail.analysis/1", "article": {"path": path, "text": "x"}}


def test_a_shard_is_done_only_when_its_marker_and_both_files_are_there(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    report = ShardReport("k1", ["a.txt", "b.txt"], articles=2)
    write_shard(tmp_path, report, [_doc("a.txt"), _doc("b.txt")])
    assert read_done(tmp_path, "k1") == report
    assert [d["article"]["path"] for d in read_shard_analyses(tmp_path, "k1")] == [
        "a.txt",
        "b.txt",
    ]
    table = pq.read_table(tmp_path / "k1.parquet")
    assert table.column("path").to_pylist() == ["a.txt", "b.txt"]
    lines = (tmp_path / "k1.jsonl").read_text().splitlines()
    assert table.column("analysis").to_pylist() == lines  # the same JSON documents
    assert table.schema.metadata[b"schema"] == b"claimtrail.analysis/1"
    assert not list(tmp_path.glob(".tmp-*"))
    (tmp_path / "k1.parquet").unlink()  # e.g. removed by hand: not done any more
    assert read_done(tmp_path, "k1") is None and done_reports(tmp_path) == {}
    (tmp_path / DONE_DIR / "k2.json").write_text("{broken")
    assert read_done(tmp_path, "k2") is None


def test_temporaries_of_a_killed_writer_are_removed(tmp_path: Path) -> None:
    (tmp_path / DONE_DIR).mkdir()
    (tmp_path / ".tmp-abc-k.parquet").write_bytes(b"half")
    (tmp_path / DONE_DIR / ".tmp-abc-k.json").write_text("{")
    remove_temporaries(tmp_path)
    assert list(tmp_path.rglob(".tmp-*")) == []


def test_a_folder_grouped_differently_before_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "c", texts=30, damaged=False)
    shards = plan_shards(["c"], shard_files=8)
    out = tmp_path / "out"
    group = next(s for s in shards if len(s.files) > 1)
    report = ShardReport(group.key, [f.name for f in group.files], articles=0)
    write_shard(out, report, [])
    check_no_overlap(shards, done_reports(out))  # the same grouping: fine
    regrouped = plan_shards(["c"], shard_files=3)
    with pytest.raises(InputError, match="grouped the inputs differently"):
        check_no_overlap(regrouped, done_reports(out))
    assert json.loads((out / DONE_DIR / f"{group.key}.json").read_text())["key"] == group.key

"""Large WARC and JSON Lines files are read in parts, one shard each: the parts together give
exactly the articles of the whole file, named as the whole file names them, and a run over
parts gives the single-process result; a folder cut into other parts before is refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimtrail.errors import InputError
from claimtrail.ingest.inputs import file_parts, read_path
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.scale.run import run_to_folder
from claimtrail.scale.shards import (
    ShardReport,
    check_no_overlap,
    done_reports,
    plan_shards,
    write_shard,
)
from claimtrail.scale.work import AnalysisOptions
from tests.scale.corpus import article, warc_bytes

OPTIONS = AnalysisOptions(use_stance_model=False)
PART = 2_000  # bytes: a part of a few records in these small files


def _read(path: Path, spans: list | None = None) -> list[tuple[str, str]]:
    items = []
    for span in spans or [None]:
        for item in read_path(path, path.name, span):
            if isinstance(item, RawArticle):
                items.append((item.path, item.text))
            else:
                assert isinstance(item, InputFailure)
                items.append((item.path, "FAILURE " + item.message))
    return items


def _jsonl(path: Path, n: int) -> None:
    lines = []
    for i in range(n):
        headline, body = article(i)
        # U+2028 and a lone CR are legal inside a JSON string: one record, one line
        lines.append(
            json.dumps({"headline": headline, "body": body + "\u2028Fin\r."}, ensure_ascii=False)
        )
    lines.insert(3, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_large_warc_is_read_in_parts_that_make_up_the_whole(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([article(i) for i in range(12)]))
    parts = file_parts(path, PART)
    assert len(parts) > 2
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    whole = _read(path)
    assert len(whole) == 12 and all(not text.startswith("FAILURE") for _, text in whole)
    assert _read(path, parts) == whole  # same articles, same names (FILE@OFFSET), same order


def test_small_damaged_or_single_stream_warcs_are_read_whole(tmp_path: Path) -> None:
    small = tmp_path / "small.warc.gz"
    small.write_bytes(warc_bytes([article(0)]))
    assert file_parts(small, PART) == []  # smaller than a part
    whole = warc_bytes([article(i) for i in range(12)])
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(whole[: len(whole) * 2 // 3])
    assert file_parts(damaged, PART) == []  # its damage is reported once, by the whole file
    one_stream = tmp_path / "one.warc.gz"
    one_stream.write_bytes(gzip.compress(gzip.decompress(whole)))  # no member per record
    assert file_parts(one_stream, PART) == []  # read whole (warcio refuses it: one failure)
    assert len(_read(one_stream)) == 1


def test_a_large_json_lines_file_is_read_in_parts_numbered_as_the_whole(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    _jsonl(path, 20)
    parts = file_parts(path, PART)
    assert len(parts) > 2
    whole = _read(path)
    assert len(whole) == 21  # 20 articles and the bad line, where it is (line 4)
    assert whole[3][0] == "feed.jsonl:4" and whole[3][1].startswith("FAILURE")
    assert whole[-1][0] == "feed.jsonl:21"
    assert _read(path, parts) == whole


def test_a_compressed_json_lines_file_is_cut_at_lines_of_its_text(tmp_path: Path) -> None:
    """A .jsonl.gz is cut at line ends of its decompressed text (each part's reader
    decompresses from the start and keeps its span): the parts give the whole file's records,
    numbered as the whole file numbers them, whatever the compressed size; one compressed
    in several members (concatenated files) the same; a damaged one is read whole."""
    plain = tmp_path / "feed.jsonl"
    _jsonl(plain, 20)
    gz = tmp_path / "feed.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    assert gz.stat().st_size < PART * 4  # compressed, it is about two parts' worth
    parts = file_parts(gz, PART)
    assert len(parts) > 2
    assert parts[0].start == 0 and parts[-1].end == plain.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    whole = _read(gz)
    assert len(whole) == 21 and whole[-1][0] == "feed.jsonl.gz:21"
    assert _read(gz, parts) == whole
    data = plain.read_bytes()
    members = tmp_path / "members.jsonl.gz"
    members.write_bytes(gzip.compress(data[:3000]) + gzip.compress(data[3000:]))
    assert _read(members, file_parts(members, PART)) == _read(members)
    damaged = tmp_path / "damaged.jsonl.gz"
    damaged.write_bytes(gz.read_bytes()[: gz.stat().st_size // 2])
    assert file_parts(damaged, PART) == []
    small = tmp_path / "small.jsonl.gz"
    small.write_bytes(gzip.compress(b'{"headline": "A", "body": "B"}\n'))
    assert file_parts(small, PART) == []


def test_a_run_over_parts_equals_the_run_over_whole_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(warc_bytes([article(i) for i in range(8)]))
    _jsonl(folder / "feed.jsonl", 8)
    whole_shards = plan_shards(["c"], part_bytes=10**9)
    parted = plan_shards(["c"], part_bytes=PART)
    assert len(whole_shards) == 2 and len(parted) > 4
    assert [s.key for s in plan_shards(["c"], part_bytes=PART)] == [s.key for s in parted]

    def lines(out: Path, shards: list) -> list[str]:
        return [line for s in shards for line in (out / f"{s.key}.jsonl").read_text().splitlines()]

    whole_run = run_to_folder(None, whole_shards, tmp_path / "whole", OPTIONS)
    parted_run = run_to_folder(None, parted, tmp_path / "parts", OPTIONS)
    assert lines(tmp_path / "parts", parted) == lines(tmp_path / "whole", whole_shards)
    assert parted_run.articles == whole_run.articles == 16
    assert [f.path for f in parted_run.all_failures()] == ["c/feed.jsonl:4"]
    again = run_to_folder(None, parted, tmp_path / "parts", OPTIONS)
    assert again.skipped == len(parted)  # a rerun finds every part done


def test_a_file_cut_into_other_parts_before_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "c"
    folder.mkdir()
    _jsonl(folder / "feed.jsonl", 20)
    parted = plan_shards(["c"], part_bytes=PART)
    out = tmp_path / "out"
    first = parted[0]
    write_shard(out, ShardReport(first.key, [f.label for f in first.files]), [])
    check_no_overlap(parted, done_reports(out))  # the same parts: fine
    with pytest.raises(InputError, match="grouped the inputs differently"):
        check_no_overlap(plan_shards(["c"], part_bytes=PART * 2), done_reports(out))
    with pytest.raises(InputError, match="grouped the inputs differently"):
        check_no_overlap(plan_shards(["c"], part_bytes=10**9), done_reports(out))


def test_the_parts_of_a_large_file_are_remembered_in_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from claimtrail.scale import shards as shards_module

    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_bytes([article(i) for i in range(12)]))
    out = tmp_path / "out"
    first = plan_shards([str(crawl)], part_bytes=PART, out_dir=out)
    assert len(first) > 2
    assert len(list((out / "_parts").glob("*.json"))) == 1

    def must_not_read(*_args: object) -> list:
        raise AssertionError("the parts were found again")

    monkeypatch.setattr(shards_module, "file_parts", must_not_read)
    again = plan_shards([str(crawl)], part_bytes=PART, out_dir=out)
    assert [s.files for s in again] == [s.files for s in first]
    # another part size, or the file changed since: its parts are found again
    with pytest.raises(AssertionError, match="found again"):
        plan_shards([str(crawl)], part_bytes=PART * 2, out_dir=out)
    stat = crawl.stat()
    os.utime(crawl, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    with pytest.raises(AssertionError, match="found again"):
        plan_shards([str(crawl)], part_bytes=PART, out_dir=out)
    monkeypatch.undo()
    # a memo that cannot be read is no memo: the parts are found again, the same
    for memo in (out / "_parts").glob("*.json"):
        memo.write_text("{not json")
    assert plan_shards([str(crawl)], part_bytes=PART, out_dir=out)[0].files[0].span is not None
    # without an output folder nothing is remembered (ingest --workers)
    assert [s.files for s in plan_shards([str(crawl)], part_bytes=PART)] != []


def test_a_run_with_no_output_folder_remembers_parts_in_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ingest --workers`` has no output folder: the parts of a large input are remembered in
    ``$XDG_CACHE_HOME/claimtrail/_parts``; a cache that cannot be written only costs a new pass
    over the file."""
    from claimtrail.scale.shards import parts_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert parts_cache() == tmp_path / "cache" / "claimtrail"
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_bytes([article(i) for i in range(12)]))
    shards = plan_shards([str(crawl)], absolute=True, part_bytes=PART, out_dir=parts_cache())
    assert len(shards) > 2
    assert len(list((parts_cache() / "_parts").glob("*.json"))) == 1
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    again = plan_shards([str(crawl)], absolute=True, part_bytes=PART, out_dir=blocked)
    assert [s.files for s in again] == [s.files for s in shards]

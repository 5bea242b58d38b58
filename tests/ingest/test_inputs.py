"""The front door's batching: bounded by count and by characters (issue 12 item 5)."""

from __future__ import annotations

from claimtrail.ingest.inputs import batched
from claimtrail.ingest.readers import article_from_text


def test_batches_stop_at_the_count_or_the_characters() -> None:
    long = [article_from_text("Long\n" + "word " * 80_000, f"l{i}") for i in range(4)]
    short = [article_from_text(f"Short {i}\nA note.", f"s{i}") for i in range(40)]
    sizes = [[a.path for a in b] for b in batched(long + short, max_count=16, max_chars=200_000)]
    assert sizes[:4] == [["l0"], ["l1"], ["l2"], ["l3"]]  # 400k characters: each alone
    assert [len(b) for b in sizes[4:]] == [16, 16, 8]
    assert sum(len(b) for b in sizes) == 44


# -- archives: WARC and gzip (issue 14) --------------------------------------------------------
def _kinds(results):
    from claimtrail.ingest.readers import InputFailure

    return [("fail" if isinstance(r, InputFailure) else "ok", r.path) for r in results]


def test_input_format_reads_compound_suffixes() -> None:
    from claimtrail.ingest.inputs import input_format

    assert input_format("a/news.jsonl.gz") == (".jsonl", True)
    assert input_format("CC-NEWS-2024.warc.gz") == (".warc", False)  # warcio inflates it
    assert input_format("x.warc") == (".warc", False)
    assert input_format("page.HTML") == (".html", False)
    assert input_format("blob.gz") == ("", True)  # sniffed once inflated


def test_a_warc_yields_its_html_responses_as_saved_pages(tmp_path) -> None:
    from claimtrail.ingest.inputs import read_path
    from tests.scale.corpus import article, warc_bytes

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([article(0), article(1)]))
    results = list(read_path(path))
    # two HTML responses; the warcinfo, request and PNG records are no articles
    assert [k for k, _ in _kinds(results)] == ["ok", "ok"]
    first = results[0]
    assert first.path.startswith(f"{path}@") and first.url == "http://news.example.org/story/0"
    assert first.headline == article(0)[0]
    assert "We were never told the true figure" in first.text
    offset = int(first.path.rsplit("@", 1)[1])  # the record's offset: seek there to read it
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)))
        assert record.rec_headers.get_header("WARC-Target-URI") == first.url


def test_a_damaged_warc_keeps_the_records_before_the_damage_and_says_so(tmp_path) -> None:
    from claimtrail.ingest.inputs import read_path
    from tests.scale.corpus import article, warc_bytes

    whole = warc_bytes([article(i) for i in range(3)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    kinds = _kinds(read_path(cut))
    assert kinds[-1] == ("fail", str(cut)) and 1 <= len(kinds) - 1 < 3
    plain = tmp_path / "cut.warc"
    import gzip

    plain.write_bytes(gzip.decompress(whole)[:1400])
    *_, last = read_path(plain)
    assert "shorter than its Content-Length" in last.message
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(bytes(range(256)) * 4)
    ((kind, _),) = _kinds(read_path(junk))
    assert kind == "fail"


def test_jsonl_gz_is_read_and_a_truncated_one_keeps_its_whole_lines(tmp_path) -> None:
    from claimtrail.ingest.inputs import read_inputs
    from tests.scale.corpus import article, jsonl_gz_bytes

    data = jsonl_gz_bytes([article(i) for i in range(4)])
    (tmp_path / "a.jsonl.gz").write_bytes(data)
    (tmp_path / "b.jsonl.gz").write_bytes(data[:-12])  # cut inside the last member
    (tmp_path / "c.jsonl.gz").write_bytes(b"not gzip at all")
    kinds = _kinds(read_inputs([str(tmp_path)]))  # a folder finds .gz files too
    assert kinds[:4] == [("ok", f"{tmp_path}/a.jsonl.gz:{n}") for n in range(1, 5)]
    b_ok = [p for k, p in kinds if k == "ok" and "b.jsonl.gz" in p]
    assert 1 <= len(b_ok) < 4
    assert ("fail", f"{tmp_path}/b.jsonl.gz") in kinds
    assert kinds[-1] == ("fail", f"{tmp_path}/c.jsonl.gz")

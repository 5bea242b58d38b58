"""Bad input and a bad database: clear typed errors, nothing stored is lost, skips reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from claimtrail.errors import StoreError
from claimtrail.ingest.feeds import read_feed
from claimtrail.ingest.inputs import read_inputs
from claimtrail.ingest.readers import InputFailure, RawArticle
from claimtrail.loader import Loader
from claimtrail.store import open_store
from tests.store.factory import ford_xiaomi_corpus, make_analysis

GOOD_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Auto Wire</title>
<item><title>Ford denies Xiaomi talks</title><link>https://autowire.example/1</link>
<pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Ford denied talks with Xiaomi.</p>
<p>"We are not in talks," it said.</p>]]></description>
</item></channel></rss>"""


class FakeAnalyzer:
    """Turns a raw article into a hand-built analysis; fails on texts containing BOOM."""

    def analyze(self, raw: RawArticle) -> object:
        from claimtrail.errors import InputError

        if "BOOM" in raw.text:
            raise InputError("analyser exploded", raw.path)
        return make_analysis(
            raw.headline or "",
            raw.text[raw.body_start :],
            url=raw.url,
            source=raw.source,
            published=raw.published,
            path=raw.path,
        )

    def analyze_many(self, raws: object, batch_size: int = 16, n_process: int = 1) -> object:
        return (self.analyze(r) for r in raws)  # type: ignore[attr-defined]


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(GOOD_RSS)
    [item] = list(read_feed(feed))
    assert isinstance(item, RawArticle)
    assert item.headline == "Ford denies Xiaomi talks" and item.source == "Auto Wire"
    assert item.url == "https://autowire.example/1" and item.published
    assert "Ford denied talks with Xiaomi.\n" in item.text


def test_malformed_feed_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text("<rss><channel><title>x</title><item><title>unclosed")
    results = list(read_feed(bad))
    assert all(isinstance(r, (InputFailure, RawArticle)) for r in results)
    garbage = tmp_path / "garbage.rss"
    garbage.write_bytes(b"\x00\x01 not xml at all")
    [failure] = list(read_feed(garbage))
    assert isinstance(failure, InputFailure) and "feed" in failure.message


def test_truncated_jsonl_is_skipped_and_reported(store_url: str, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"headline": "Ford denies Xiaomi talks", "body": "Ford denied it.", '
        '"url": "https://a.example/1"}\n'
        '{"headline": "BOOM", "body": "analyser fails here", "url": "https://b.example/2"}\n'
        '{"headline": "Xiaomi says no US plans", "bo'
    )
    with open_store(store_url, matcher="lexical") as store:
        report = Loader(store, FakeAnalyzer).load(read_inputs([str(dump)]))
        assert report.outcomes["new"] == 1
        skipped = {s.path.rsplit(":", 1)[-1]: s.message for s in report.skipped}
        assert set(skipped) == {"2", "3"}
        assert "analyser exploded" in skipped["2"] and "invalid JSON" in skipped["3"]
        assert store.stats().articles == 1


def test_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("nosuchdriver://x/y")


@pytest.mark.parametrize(
    "url",
    [
        "mysql://u:secret@h/db",
        "mysql+pymysql://h/db",
        "oracle://h/db",
        "postgresql+nodriver://h/db",
    ],
)
def test_unsupported_or_driverless_url_names_the_backends(url: str) -> None:
    # issue 12 item 10: `--db mysql://…` was a "No module named 'MySQLdb'" traceback.
    with pytest.raises(StoreError, match="SQLite .* and PostgreSQL") as info:
        open_store(url)
    assert "secret" not in str(info.value)


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with open_store(str(path), matcher="lexical") as store:
        store.add_analysis(ford_xiaomi_corpus()[0])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreError, match="newer claimtrail"):
        open_store(str(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_full_disk_rolls_back_the_article_only(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = open_store(str(path), matcher="lexical")
    store.add_analysis(ford_xiaomi_corpus()[0])
    before = store.stats()

    def tiny_disk(dbapi_conn: object, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # type: ignore[attr-defined]

    store._engine.dispose()
    event.listen(store._engine, "connect", tiny_disk)
    huge = make_analysis("A very long article", "word " * 400_000, url="https://big.example/1")
    with pytest.raises(StoreError, match="full"):
        store.add_analysis(huge)
    event.remove(store._engine, "connect", tiny_disk)
    store._engine.dispose()
    assert store.stats() == before
    assert store.add_analysis(ford_xiaomi_corpus()[1]).status == "new"
    store.close()


def test_directories_include_feed_files(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(GOOD_RSS)
    (tmp_path / "saved.xml").write_text(GOOD_RSS.replace("Auto Wire", "Saved Wire"))
    (tmp_path / "note.txt").write_text("Ford denies talks\nFord denied the report.")
    items = read_inputs([str(tmp_path)])
    assert sorted(getattr(i, "source", None) or "-" for i in items) == [
        "-",
        "Auto Wire",
        "Saved Wire",
    ]


class BatchRecorder(FakeAnalyzer):
    def __init__(self) -> None:
        self.batches: list[int] = []

    def analyze_many(self, raws: object, batch_size: int = 16, n_process: int = 1) -> object:
        batch = list(raws)  # type: ignore[call-overload]
        self.batches.append(sum(len(r.text) for r in batch))
        return (self.analyze(r) for r in batch)


def test_batches_are_bounded_by_characters_not_count(tmp_path: Path) -> None:
    # issue 12 item 5: four ~400k-character files went to the parser at once (5.3 GB peak).
    from claimtrail.ingest.inputs import ANALYSIS_BATCH_CHARS
    from claimtrail.ingest.readers import article_from_parts

    recorder = BatchRecorder()
    long_body = "The council met again and talked about the harbour. " * 7_000
    raws = [
        article_from_parts(f"Long report {i}", long_body + str(i), path=f"long{i}.txt")
        for i in range(4)
    ]
    raws += [
        article_from_parts(f"Short {i}", f"A short note number {i}.", path=f"s{i}.txt")
        for i in range(20)
    ]
    with open_store(f"sqlite:///{tmp_path / 'b.db'}", matcher="lexical") as store:
        report = Loader(store, lambda: recorder).load(raws)
    assert report.stored == 24
    assert max(recorder.batches) <= max(ANALYSIS_BATCH_CHARS, len(raws[0].text))
    assert len(recorder.batches) >= 5  # each long article alone, then the short ones

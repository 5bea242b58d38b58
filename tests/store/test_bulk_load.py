"""Bulk loading finished analyses (Store.add_analyses, Loader.load_analyses, `claimtrail
ingest --analyses DIR`): a batch per transaction, in publication order, and a rerun after
kill -9 ends where one clean run does."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest

from claimtrail.loader import Loader
from claimtrail.models import Analysis
from claimtrail.store import open_store
from claimtrail.store import writer as writer_module
from tests.store.processes import ingest_analyses, kill_9_after, stored_articles
from tests.store.test_concurrent_writers import fingerprint
from tests.store.test_index import corpus

SHARDS = 6
KILL_AFTER = 60
TIMEOUT_S = 180


def test_a_batch_stores_what_one_by_one_stores(store_url: str, tmp_path: Path) -> None:
    analyses = corpus()
    with open_store(store_url, matcher="lexical") as store:
        for start in range(0, len(analyses), 10):
            store.add_analyses(analyses[start : start + 10])
        store.add_analyses(analyses[:10])  # again: all unchanged
    once = f"sqlite:///{tmp_path / 'single.db'}"
    with open_store(once, matcher="lexical") as store:
        for analysis in analyses:
            store.add_analysis(analysis)
    assert fingerprint(store_url) == fingerprint(once)


def test_a_batch_is_encoded_in_one_model_call_and_stored_texts_are_not(tmp_path: Path) -> None:
    analyses = corpus()[:10]
    calls: list[int] = []
    with open_store(str(tmp_path / "e.db"), matcher="lexical") as store:
        embedder = store.embedder()
        real = embedder.encode
        embedder.encode = lambda texts: (calls.append(len(texts)), real(texts))[1]  # type: ignore[method-assign]
        store.add_analyses(analyses[:5])
        # a text the store holds, and one repeated inside the batch: copies, not encoded
        outcomes = store.add_analyses([analyses[0], *analyses[5:], analyses[5]])
    assert [o.status for o in outcomes] == ["unchanged", *["new"] * 5, "unchanged"]
    per_article = [len(a.claims) + 1 for a in analyses]
    assert calls == [sum(per_article[:5]), sum(per_article[5:])]


def test_a_failed_batch_stores_nothing_and_the_index_forgets_it(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyses = corpus()
    real_run = writer_module.ArticleWrite.run

    def failing(self: writer_module.ArticleWrite) -> object:
        if self.analysis is analyses[14]:
            raise RuntimeError("the disk went away")
        return real_run(self)

    with open_store(store_url, matcher="lexical") as store:
        store.add_analyses(analyses[:10])
        monkeypatch.setattr(writer_module.ArticleWrite, "run", failing)
        with pytest.raises(RuntimeError):
            store.add_analyses(analyses[10:20])
        assert store.stats().articles == 10  # the whole batch rolled back
        monkeypatch.undo()
        store.add_analyses(analyses[10:20])  # the index reloaded: 10-13 are new again
        store.add_analyses(analyses[20:])
    once = f"sqlite:///{tmp_path / 'single.db'}"
    with open_store(once, matcher="lexical") as store:
        store.add_analyses(analyses)
    assert fingerprint(store_url) == fingerprint(once)


def test_the_loader_reports_every_outcome_and_skip(tmp_path: Path) -> None:
    from claimtrail.ingest.readers import InputFailure

    analyses = corpus()[:12]
    items: list[Analysis | InputFailure] = [*analyses[:5], InputFailure("x.jsonl:3", "bad")]
    items += [*analyses[5:], analyses[0]]
    seen: list[str] = []
    with open_store(str(tmp_path / "l.db"), matcher="lexical") as store:
        report = Loader(store, lambda: None, seen.append).load_analyses(items, batch_size=4)  # type: ignore[arg-type,return-value]
    assert report.outcomes["unchanged"] == 1 and report.stored == 13
    assert [s.path for s in report.skipped] == ["x.jsonl:3"] and len(seen) == 14


# -- kill -9 -------------------------------------------------------------------------------------
def _write_shards(folder: Path) -> None:
    """The corpus in gzipped shards, each written in an order of its own (not by date)."""
    analyses = corpus(days=60)
    folder.mkdir()
    for n in range(SHARDS):
        part = analyses[n::SHARDS][::-1]
        with gzip.open(folder / f"part-{n}.jsonl.gz", "wt") as handle:
            handle.writelines(a.model_dump_json(by_alias=True) + "\n" for a in part)
    (folder / "part-9.jsonl").write_text("{not a document\n")


def _load(url: str, folder: Path) -> subprocess.Popen[bytes]:
    # batches of 8; kill -9 leaves its temp files beside the shards
    return ingest_analyses(
        url, folder, "--batch-size", "8", stdout=subprocess.PIPE, env={"TMPDIR": str(folder.parent)}
    )


def test_kill_9_mid_load_then_rerun_equals_one_clean_run(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    _write_shards(folder)
    stored_articles(store_url)  # create the schema first so polling never races the migration
    partial = kill_9_after(store_url, _load(store_url, folder), KILL_AFTER, TIMEOUT_S)
    assert KILL_AFTER <= partial < 120 and partial % 8 == 0  # whole batches only

    rerun = _load(store_url, folder)
    out, err = rerun.communicate(timeout=TIMEOUT_S)
    assert rerun.returncode == 1, err.decode()  # the bad line: listed, the rest stored
    (skipped,) = json.loads(out)["skipped"]
    assert skipped["input"] == f"{folder / 'part-9.jsonl'}:1"
    assert skipped["reason"].startswith("invalid JSON line")

    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    clean = _load(clean_url, folder)
    clean.communicate(timeout=TIMEOUT_S)
    got, want = fingerprint(store_url), fingerprint(clean_url)
    assert got["counts"]["articles"] == 120
    assert got == want

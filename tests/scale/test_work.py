"""What a worker runs (claimtrail/scale/work.py): texts the store holds come back unanalysed,
in their place."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from claimtrail.scale import work
from claimtrail.scale.shards import plan_shards
from claimtrail.scale.work import AnalysisOptions, KnownTexts, analyze_shard
from claimtrail.store.dedup import content_hash
from tests.scale.corpus import article
from tests.test_loader import RecordingAnalyzer

OPTIONS = AnalysisOptions(use_stance_model=False)


def test_known_texts_are_told_by_their_content_hash() -> None:
    texts = [" ".join(article(i)) for i in range(50)]
    known = KnownTexts(content_hash(t) for t in texts[:25])
    assert len(known) == 25
    assert all(known.holds(t) for t in texts[:25])
    assert not any(known.holds(t) for t in texts[25:])
    assert known.holds("  " + texts[3].replace(" ", "\n", 1))  # the store's normalised hash
    assert not KnownTexts([]).holds(texts[0])


def test_a_shard_returns_known_texts_unanalysed_in_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        headline, body = article(i)
        (folder / f"t{i}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    analyzer = RecordingAnalyzer()
    monkeypatch.setitem(work._analyzers, OPTIONS, (analyzer, threading.Lock()))
    # Shard boundaries follow a hash of each file's name: named relative to tmp_path, the four
    # names are fixed (none is a boundary), so the plan is one shard on every run.
    monkeypatch.chdir(tmp_path)
    (shard,) = plan_shards(["corpus"])
    known = KnownTexts([content_hash((folder / "t1.txt").read_text(encoding="utf-8"))])
    report, docs = analyze_shard(shard, OPTIONS, known)
    assert analyzer.seen == ["t0.txt", "t2.txt", "t3.txt"]
    assert [Path(d["article"]["path"]).name for d in docs] == [f"t{i}.txt" for i in range(4)]
    assert report.articles == 4 and report.known == 1


def test_a_worker_keeps_freed_memory_for_the_next_batch() -> None:
    """A Dask nanny starts workers with MALLOC_TRIM_THRESHOLD_ set, which also pins glibc's mmap
    threshold low: the worker sets both back (glibc's mallopt answers 1 when it takes them)."""
    import sys

    from claimtrail.scale.work import keep_freed_memory

    if not sys.platform.startswith("linux"):
        assert keep_freed_memory() is False
        return
    assert keep_freed_memory() in (True, False)  # False only off glibc
    import ctypes

    if not hasattr(ctypes.CDLL(None), "mallopt"):
        return
    assert keep_freed_memory() is True

"""What a worker runs (claimtrail/scale/work.py): texts the store holds come back unanalysed,
in their place."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from claimtrail.scale import work
from claimtrail.scale.shards import plan_shards
from claimtrail.scale.work import AnalysisOptions, KnownTexts, analyze_shard, analyze_shard_json
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


def _four_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, RecordingAnalyzer]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(4):
        headline, body = article(i)
        (folder / f"t{i}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    analyzer = RecordingAnalyzer()
    monkeypatch.setitem(work._analyzers, OPTIONS, (analyzer, threading.Lock()))
    monkeypatch.chdir(tmp_path)  # fixed names: one shard (see above)
    return folder, analyzer


def test_a_shard_for_ingest_comes_with_its_link_texts_encoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrail.link.embed import LexicalEmbedder
    from claimtrail.link.stories import link_texts
    from claimtrail.models import Analysis

    folder, _ = _four_files(tmp_path, monkeypatch)
    (shard,) = plan_shards(["corpus"])
    known = KnownTexts([content_hash((folder / "t1.txt").read_text(encoding="utf-8"))])
    options = replace(OPTIONS, embedder="lexical")
    report, docs, vectors = analyze_shard_json(shard, options, known)
    assert vectors[1] is None  # the stored text is not linked: nothing to encode
    for doc, rows in zip(docs, vectors, strict=True):
        analysis = Analysis.model_validate_json(doc)
        if rows is not None:
            assert rows.embedder == LexicalEmbedder.name
            assert np.array_equal(rows.rows, LexicalEmbedder().encode(link_texts(analysis)))
    assert sum(rows is not None for rows in vectors) == 3

    # no embedder asked for, or none loadable on this worker: nothing encoded (the client does)
    assert analyze_shard_json(shard, OPTIONS, known)[2] == [None] * 4
    monkeypatch.setitem(work._embedders, "model", None)
    assert analyze_shard_json(shard, replace(OPTIONS, embedder="model"))[2] == [None] * 4


def test_a_worker_without_the_sentence_model_encodes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimtrail.errors import ModelError
    from claimtrail.link import embed

    def missing(prefer: str = "auto") -> object:
        raise ModelError("the sentence model is not installed")

    monkeypatch.setattr(embed, "load_embedder", missing)
    monkeypatch.setattr(work, "_embedders", {})
    assert work.process_embedder("model") is None
    assert work._embedders == {"model": None}  # not tried again for every shard


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

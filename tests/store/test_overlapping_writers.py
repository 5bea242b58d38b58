"""Two processes ingesting overlapping inputs into one store at once (issue 14, item 3): each
distinct text is stored once and the counts equal one run over the union of the inputs."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from claimtrail.models import Analysis
from tests.store.processes import ingest_analyses
from tests.store.test_concurrent_writers import (
    TIMEOUT_S,
    _corpus,
    _reference,
    fingerprint,
)


def _shards(tmp_path: Path) -> tuple[list[Analysis], Path, Path]:
    """The corpus by town (an article with its copies and revision stay together, in order),
    split into a first and a last two thirds: the middle third is in both shards."""
    corpus = _corpus()
    towns: dict[str, list[Analysis]] = defaultdict(list)
    for analysis in corpus:
        towns[(analysis.article.url or "").rsplit("/", 1)[1]].append(analysis)
    groups = list(towns.values())
    third = len(groups) // 3
    first = [a for g in groups[: 2 * third] for a in g]
    last = [a for g in groups[third:] for a in g]
    paths = []
    for name, shard in (("first.jsonl", first), ("last.jsonl", last)):
        path = tmp_path / name
        path.write_text("".join(a.model_dump_json(by_alias=True) + "\n" for a in shard))
        paths.append(path)
    assert len(first) + len(last) > len(corpus)  # they do overlap
    return corpus, paths[0], paths[1]


def _distinct_texts(fp: dict[str, list[tuple[str, ...]]]) -> dict[tuple[str, str], int]:
    """How many rows hold each (place, text): one each when nothing was doubled."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for url, _kind, _revision, content_hash, *_ in fp["articles"]:
        seen[(url, content_hash)] += 1
    return dict(seen)


def test_two_processes_with_overlapping_inputs_store_each_text_once(
    store_url: str, tmp_path: Path
) -> None:
    corpus, first, last = _shards(tmp_path)
    procs = [ingest_analyses(store_url, first), ingest_analyses(store_url, last)]
    for proc in procs:
        _, err = proc.communicate(timeout=TIMEOUT_S)
        assert proc.returncode == 0, err.decode()[-2000:]
    got = fingerprint(store_url)
    want = _reference(corpus, tmp_path)
    assert set(_distinct_texts(got).values()) == {1}
    assert _distinct_texts(got) == _distinct_texts(want)
    assert got["counts"] == want["counts"]
    assert sorted(a[:4] for a in got["articles"]) == sorted(a[:4] for a in want["articles"])

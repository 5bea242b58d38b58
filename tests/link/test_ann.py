"""Nearest-neighbour vectors (claimtrail/link/ann.py): the HNSW graph finds what the exact
matrix finds on a small clustered set, and both come back whole from their bytes."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from claimtrail.link.ann import ExactVectors, HnswVectors, make_vectors, vectors_from_bytes

DIM = 48


def clustered(n: int, seed: int = 0) -> np.ndarray:
    """Unit vectors around n/10 centres (sentence vectors cluster by topic)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((max(n // 10, 1), DIM)).astype(np.float32)
    data = centres[rng.integers(0, len(centres), n)]
    data = data + 0.15 * rng.standard_normal((n, DIM)).astype(np.float32)
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)


def filled(kind: str, data: np.ndarray) -> ExactVectors | HnswVectors:
    vectors = make_vectors(kind, DIM)
    for key, row in enumerate(data):
        vectors.upsert(key + 1, row)
    return vectors  # type: ignore[return-value]


def test_the_graph_finds_the_exact_nearest_rows_on_a_small_set() -> None:
    data = clustered(1500)
    exact, graph = filled("exact", data), filled("hnsw", data)
    rng = np.random.default_rng(1)
    # Queries near stored rows, as a repeated claim is near its first wording.
    queries = data[rng.integers(0, len(data), 60)] + 0.1 * rng.standard_normal((60, DIM))
    for query in (q / np.linalg.norm(q) for q in queries.astype(np.float32)):
        want = exact.nearest(query, 32).tolist()
        got = graph.nearest(query, 32).tolist()
        assert got[0] == want[0]
        assert len(set(got) & set(want)) >= 31


@pytest.mark.parametrize("kind", ["exact", "hnsw"])
def test_vectors_round_trip_through_bytes(kind: str) -> None:
    data = clustered(300)
    vectors = filled(kind, data)
    again = vectors_from_bytes(kind, vectors.to_bytes(), DIM)
    assert len(again) == 300 and 7 in again and 301 not in again
    assert np.allclose(again.get([1, 7]), data[[0, 6]])
    assert again.nearest(data[9], 5).tolist() == vectors.nearest(data[9], 5).tolist()


@pytest.mark.parametrize("kind", ["exact", "hnsw"])
def test_upserting_a_key_replaces_its_vector(kind: str) -> None:
    data = clustered(50)
    vectors = filled(kind, data)
    vectors.upsert(3, data[40])
    assert len(vectors) == 50
    assert np.allclose(vectors.get([3]), data[40])
    assert set(vectors.nearest(data[40], 2).tolist()) == {3, 41}


def test_bytes_of_another_size_are_refused() -> None:
    blob = filled("hnsw", clustered(20)).to_bytes()
    with pytest.raises(ValueError):
        HnswVectors.from_bytes(blob, DIM + 1)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown neighbour search"):
        make_vectors("annoy", DIM)


def test_an_index_then_the_embedder_in_one_process_does_not_crash() -> None:
    # With the pinned wheels, importing onnxruntime after usearch killed the process (SIGSEGV):
    # the store opens its index first and embeds later. A child process, so a crash is a failure
    # of this test rather than of the whole run.
    code = (
        "import numpy as np\n"
        "from claimtrail.link.ann import HnswVectors\n"
        "v = HnswVectors(4); v.upsert(1, np.ones(4, dtype=np.float32))\n"
        "import onnxruntime\n"
        "print(onnxruntime.get_device())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("dtype", ["f16", "i8"])
def test_a_graph_of_narrowed_vectors_keeps_the_exact_rows(dtype: str) -> None:
    # The graph only shortlists; the callers re-score the shortlist from get(), which must be
    # the float32 rows to the last bit, or the graph's links would differ from the exact ones.
    data = clustered(400)
    graph = HnswVectors(DIM, dtype=dtype)
    graph.add_many(np.arange(1, 201), data[:200])
    for key, row in enumerate(data[200:], start=201):
        graph.upsert(key, row)
    graph.upsert(5, data[300])
    assert graph.dtype == dtype and len(graph) == 400
    assert np.array_equal(graph.get([1, 5, 250]), data[[0, 300, 249]])
    exact = filled("exact", data)
    exact.upsert(5, data[300])
    hits = [graph.nearest(q, 10)[0] == exact.nearest(q, 10)[0] for q in data[:100]]
    assert sum(hits) >= 97
    again = vectors_from_bytes("hnsw", graph.to_bytes(), DIM)
    assert isinstance(again, HnswVectors) and again.dtype == dtype
    assert np.array_equal(again.get([1, 5, 250]), data[[0, 300, 249]])
    assert again.nearest(data[9], 5).tolist() == graph.nearest(data[9], 5).tolist()


def test_a_snapshot_of_narrowed_vectors_cut_short_is_refused() -> None:
    graph = HnswVectors(DIM, dtype="i8")
    graph.add_many(np.arange(1, 51), clustered(50))
    blob = graph.to_bytes()
    with pytest.raises(ValueError):  # what the store takes as "rebuild it"
        HnswVectors.from_bytes(blob[: len(blob) - 100], DIM)
    with pytest.raises(ValueError):
        ExactVectors.from_bytes(ExactVectors(DIM).to_bytes()[:-10], DIM)


def test_exact_vectors_added_many_at_once_are_found_as_one_by_one() -> None:
    data = clustered(700)
    bulk = ExactVectors(DIM)
    bulk.add_many(np.arange(1, 401), data[:400])
    bulk.add_many(np.arange(401, 701), data[400:])
    one_by_one = filled("exact", data)
    assert len(bulk) == 700 and 700 in bulk and 701 not in bulk
    assert np.array_equal(bulk.get([3, 650]), data[[2, 649]])
    assert bulk.nearest(data[9], 7).tolist() == one_by_one.nearest(data[9], 7).tolist()


@pytest.mark.parametrize("kind", ["exact", "hnsw"])
def test_a_repeated_search_is_remembered_until_the_next_write(kind: str) -> None:
    data = clustered(200)
    vectors = filled(kind, data)
    query = data[0] + data[1]
    query = (query / np.linalg.norm(query)).astype(np.float32)
    first = vectors.nearest(query, 5)
    searched: list[int] = []
    real = vectors.recent.put  # type: ignore[union-attr]
    vectors.recent.put = lambda v, c, a: (searched.append(c), real(v, c, a))[1]  # type: ignore[union-attr]
    assert vectors.nearest(query, 5).tolist() == first.tolist() and searched == []
    vectors.upsert(500, query)  # a write: the answer may change
    assert vectors.nearest(query, 5)[0] == 500 and searched == [5]
    vectors.add_many(np.array([501]), -query[None, :])
    vectors.nearest(query, 5)
    assert searched == [5, 5]


@pytest.mark.parametrize("dtype", ["f32", "f16", "i8"])
def test_near_equal_rows_are_all_found(dtype: str) -> None:
    # usearch's inner product on i8 rows is the raw integer sum: with it the graph lost rows
    # that quantise alike (33 of 101 came back), and a time window never reached an old row.
    rows = np.array([[1, 0.001 * i, 0] for i in range(100)] + [[1, 0.5, 0]], dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    graph = HnswVectors(3, dtype=dtype)
    graph.add_many(np.arange(101), rows)
    found = graph.nearest(np.array([1, 0, 0], dtype=np.float32), 128).tolist()
    assert sorted(found) == list(range(101)) and found[0] == 0 and found[-1] == 100


@pytest.mark.parametrize("kind", ["exact", "hnsw", "hnsw-f32"])
def test_nearest_comes_with_the_cosines_the_linker_would_compute(kind: str) -> None:
    """The scores a search returns are the rows' float32 dot products, bit for bit as the
    linker computes them from ``get`` (so it need not fetch the rows again)."""
    data = clustered(600)
    vectors = HnswVectors(DIM, dtype="f32") if kind == "hnsw-f32" else make_vectors(kind, DIM)
    for key, row in enumerate(data):
        vectors.upsert(key + 1, row)
    for query in data[:20]:
        keys, scores = vectors.nearest_scored(query, 16)
        assert keys.tolist() == vectors.nearest(query, 16).tolist()
        rows = vectors.get(keys.tolist())
        assert np.array_equal(scores, np.einsum("ij,j->i", rows, query))
        assert scores.tolist() == sorted(scores.tolist(), reverse=True) or kind == "hnsw-f32"
        again = vectors.nearest_scored(query, 16)  # remembered: the same answer, not shared
        assert np.array_equal(again[1], scores) and again[1] is not scores

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

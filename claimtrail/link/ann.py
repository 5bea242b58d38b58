"""Vectors by key with nearest-neighbour search: an HNSW graph (usearch) or an exact matrix.

Claim matching asks, for each new claim, which stored claims lie nearest; comparing it with
every stored claim costs time in proportion to the store (30 ms at 50,000 claims here, 0.6 s at
a million). ``HnswVectors`` answers from a hierarchical navigable small-world graph in about a
millisecond whatever the size; ``ExactVectors`` is the full comparison, kept as the reference
the graph is measured against (docs/scale.md). Both hold L2-normalised float32 rows, so a dot
product is a cosine; both serialise to bytes, so the store can keep them beside its data.

usearch was chosen over faiss-cpu and hnswlib by measurement (docs/scale.md): the best
neighbour found as often or more, a wheel for every platform (hnswlib builds from source), and
keys that can be removed and re-added, which story centroids need as they move.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

INITIAL_ROWS = 256
# HNSW graph degree and beam widths: 16 links per node, a 64-wide beam when adding and a
# 128-wide one when searching (wider than the 32-row shortlist, so the shortlist is the exact
# one in all but rare cases; measured in docs/scale.md).
CONNECTIVITY = 16
EXPANSION_ADD = 64
EXPANSION_SEARCH = 128


class Vectors(Protocol):
    """Unit vectors by integer key."""

    dim: int

    def upsert(self, key: int, vector: np.ndarray) -> None: ...

    def get(self, keys: Sequence[int]) -> np.ndarray: ...

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray: ...

    def to_bytes(self) -> bytes: ...

    def __contains__(self, key: int) -> bool: ...

    def __len__(self) -> int: ...


class ExactVectors:
    """A preallocated matrix growing by doubling (adding is O(1)); a search is one product."""

    kind = "exact"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._data = np.zeros((INITIAL_ROWS, dim), dtype=np.float32)
        self._keys: list[int] = []
        self._position: dict[int, int] = {}

    def upsert(self, key: int, vector: np.ndarray) -> None:
        pos = self._position.get(key)
        if pos is None:
            pos = len(self._keys)
            self._position[key] = pos
            self._keys.append(key)
            if pos >= self._data.shape[0]:
                grown = np.zeros((self._data.shape[0] * 2, self.dim), dtype=np.float32)
                grown[:pos] = self._data[:pos]
                self._data = grown
        self._data[pos] = vector

    def get(self, keys: Sequence[int]) -> np.ndarray:
        return self._data[[self._position[k] for k in keys]]

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray:
        n = len(self._keys)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        # einsum, not BLAS: a multithreaded BLAS matrix-vector product on a busy 2-core
        # machine measured 8 ms against 0.1 ms here (thread hand-off dominates so small a job).
        cosines = np.einsum("ij,j->i", self._data[:n], vector)
        if n > count:
            top = np.argpartition(-cosines, count)[:count]
        else:
            top = np.arange(n)
        top = top[np.argsort(-cosines[top], kind="stable")]
        return np.asarray(self._keys, dtype=np.int64)[top]

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez(
            buffer,
            keys=np.asarray(self._keys, dtype=np.int64),
            data=self._data[: len(self._keys)],
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes, dim: int) -> ExactVectors:
        loaded = np.load(io.BytesIO(blob), allow_pickle=False)
        vectors = cls(dim)
        for key, row in zip(loaded["keys"].tolist(), loaded["data"], strict=True):
            vectors.upsert(int(key), row)
        return vectors

    def __contains__(self, key: int) -> bool:
        return key in self._position

    def __len__(self) -> int:
        return len(self._keys)


def _usearch_index() -> Any:
    """usearch's ``Index`` class, loaded after onnxruntime: with the pinned wheels (usearch
    2.26.6, onnxruntime 1.32.0) importing onnxruntime after usearch crashes the process with a
    segmentation fault, and the store can open its index before the embedder is first used."""
    import onnxruntime  # noqa: F401  (load order only; see above)
    from usearch.index import Index

    return Index


class HnswVectors:
    """usearch's HNSW index over inner product; one thread per call (the machine is shared and
    one lookup is far too small to split)."""

    kind = "hnsw"

    def __init__(self, dim: int, index: Any = None) -> None:
        Index = _usearch_index()
        self.dim = dim
        self._index: Any = index or Index(
            ndim=dim,
            metric="ip",
            dtype="f32",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def upsert(self, key: int, vector: np.ndarray) -> None:
        if key in self._index:
            self._index.remove(key)
        self._index.add(key, np.asarray(vector, dtype=np.float32), threads=1)

    def add_many(self, keys: np.ndarray, vectors: np.ndarray, threads: int = 1) -> None:
        """New keys in one call (a rebuild, a benchmark's fill); ``threads`` may use more
        cores where the machine is free."""
        self._index.add(keys.astype(np.uint64), vectors.astype(np.float32), threads=threads)

    def get(self, keys: Sequence[int]) -> np.ndarray:
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self._index.get(np.asarray(keys, dtype=np.uint64))
        return np.vstack(rows).astype(np.float32, copy=False)

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray:
        if len(self._index) == 0:
            return np.zeros(0, dtype=np.int64)
        matches = self._index.search(np.asarray(vector, dtype=np.float32), count, threads=1)
        return np.asarray(matches.keys, dtype=np.int64)

    def to_bytes(self) -> bytes:
        return bytes(self._index.save())

    @classmethod
    def from_bytes(cls, blob: bytes, dim: int) -> HnswVectors:
        index = _usearch_index().restore(blob)
        if index is None or index.ndim != dim:
            raise ValueError("not a usearch index of this dimension")
        index.expansion_search = EXPANSION_SEARCH  # it has a setter
        return cls(dim, index)

    def __contains__(self, key: int) -> bool:
        return key in self._index

    def __len__(self) -> int:
        return len(self._index)


KINDS: dict[str, type[ExactVectors] | type[HnswVectors]] = {
    "exact": ExactVectors,
    "hnsw": HnswVectors,
}


def make_vectors(kind: str, dim: int) -> Vectors:
    if kind not in KINDS:
        raise ValueError(f"unknown neighbour search {kind!r}: one of {', '.join(KINDS)}")
    return KINDS[kind](dim)


def vectors_from_bytes(kind: str, blob: bytes, dim: int) -> Vectors:
    return KINDS[kind].from_bytes(blob, dim)

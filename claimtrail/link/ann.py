"""Vectors by key with nearest-neighbour search: an HNSW graph (usearch) or an exact matrix.

Claim matching asks, for each new claim, which stored claims lie nearest; comparing it with
every stored claim costs time in proportion to the store (30 ms at 50,000 claims here, 0.6 s at
a million). ``HnswVectors`` answers from a hierarchical navigable small-world graph in about a
millisecond whatever the size (the graph holds int8 rows; its candidates are re-ranked by the
float32 rows kept beside it); ``ExactVectors`` is the full comparison, kept as the reference the
graph is measured against (docs/scale.md). Both give back L2-normalised float32 rows, so a dot
product is a cosine; both serialise to bytes, so the store can keep them beside its data.

usearch was chosen over faiss-cpu and hnswlib by measurement (docs/scale.md): the best
neighbour found as often or more, a wheel for every platform (hnswlib builds from source), and
keys that can be removed and re-added, which story centroids need as they move.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

INITIAL_ROWS = 256
# HNSW graph degree and beam widths: 16 links per node, a 64-wide beam when adding and a
# 128-wide one when searching (wider than the candidates asked for, so the shortlist is the
# exact one in all but rare cases; measured in docs/scale.md).
CONNECTIVITY = 16
EXPANSION_ADD = 64
EXPANSION_SEARCH = 128
# The graph holds its rows as int8 (a quarter of float32's memory traffic per comparison) and
# the rows' float32 vectors are kept beside it; it is asked for twice the rows wanted, which are
# re-ranked by their exact vectors. Measured against a float32 graph on the BBC claims filled to
# 100,000 (benchmarks/bench_link_scale.py, docs/scale.md): 11.8 against 20.6 CPU ms per
# article, claim links equal to the exact search's 0.984 against 0.965, built in 42 against
# 77 CPU s; the snapshot is 23% larger.
GRAPH_DTYPE = "i8"
RESCORE_CANDIDATES = 2
# Searches remembered until the next write (an article has a few dozen claims at most).
RECENT_SEARCHES = 64
# Marks a snapshot of a graph of narrowed vectors followed by its rows' exact vectors.
_ROWS_MAGIC = b"claimtrail-hnsw-rows/2\n"


class Vectors(Protocol):
    """Unit vectors by integer key."""

    dim: int

    def upsert(self, key: int, vector: np.ndarray) -> None: ...

    def get(self, keys: Sequence[int]) -> np.ndarray: ...

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray: ...

    def nearest_scored(self, vector: np.ndarray, count: int) -> Scored: ...

    def search_ahead(self, vectors: np.ndarray, count: int) -> None: ...

    def to_bytes(self) -> bytes: ...

    def __contains__(self, key: int) -> bool: ...

    def __len__(self) -> int: ...


# The nearest keys, nearest first, and their exact cosines (float32, as ``np.einsum`` of the
# rows' float32 vectors computes them: the linker's own scores).
Scored = tuple[np.ndarray, np.ndarray]


class RecentSearches:
    """Answers to the latest searches, forgotten at the next write. Linking an article asks
    the same question twice for most claims (once to choose the story, once to link the claim
    in it); the second time costs a dictionary look-up instead of a search."""

    def __init__(self) -> None:
        self._answers: dict[tuple[bytes, int], Scored] = {}

    def get(self, vector: np.ndarray, count: int) -> Scored | None:
        answer = self._answers.get((vector.tobytes(), count))
        return None if answer is None else (answer[0].copy(), answer[1].copy())

    def put(self, vector: np.ndarray, count: int, answer: Scored) -> Scored:
        if len(self._answers) >= RECENT_SEARCHES:
            self._answers.clear()
        self._answers[(vector.tobytes(), count)] = (answer[0].copy(), answer[1].copy())
        return answer

    def forget(self) -> None:
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)


class ExactVectors:
    """A preallocated matrix growing by doubling (adding is O(1)); a search is one product."""

    kind = "exact"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._data = np.zeros((INITIAL_ROWS, dim), dtype=np.float32)
        self._keys: list[int] = []
        self._position: dict[int, int] = {}
        self.recent = RecentSearches()

    def upsert(self, key: int, vector: np.ndarray) -> None:
        self.recent.forget()
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

    def add_many(self, keys: np.ndarray, vectors: np.ndarray, threads: int = 1) -> None:
        """New keys (not stored yet) in one copy; ``threads`` is for the same call's signature
        as the graph's."""
        self.recent.forget()
        start = len(self._keys)
        end = start + len(keys)
        if end > self._data.shape[0]:
            grown = np.zeros((max(end, self._data.shape[0] * 2), self.dim), dtype=np.float32)
            grown[:start] = self._data[:start]
            self._data = grown
        self._data[start:end] = vectors
        for pos, key in enumerate(np.asarray(keys).tolist(), start=start):
            self._position[int(key)] = pos
            self._keys.append(int(key))

    def get(self, keys: Sequence[int]) -> np.ndarray:
        return self._data[[self._position[k] for k in keys]]

    def keys_and_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The keys and their rows, in the order added (views, not copies)."""
        n = len(self._keys)
        return np.asarray(self._keys, dtype=np.int64), self._data[:n]

    @property
    def nbytes(self) -> int:
        """Memory the vectors hold (the matrix allocated so far)."""
        return int(self._data.nbytes)

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray:
        return self.nearest_scored(vector, count)[0]

    def nearest_scored(self, vector: np.ndarray, count: int) -> Scored:
        """The ``count`` nearest keys and their cosines (computed row by row as ``get``'s
        rows would give them)."""
        n = len(self._keys)
        if n == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32)
        if (known := self.recent.get(vector, count)) is not None:
            return known
        # einsum, not BLAS: a multithreaded BLAS matrix-vector product on a busy 2-core
        # machine measured 8 ms against 0.1 ms here (thread hand-off dominates so small a job).
        cosines = np.einsum("ij,j->i", self._data[:n], vector)
        if n > count:
            top = np.argpartition(-cosines, count)[:count]
        else:
            top = np.arange(n)
        top = top[np.argsort(-cosines[top], kind="stable")]
        keys = np.asarray([self._keys[i] for i in top.tolist()], dtype=np.int64)
        return self.recent.put(vector, count, (keys, cosines[top]))

    def search_ahead(self, vectors: np.ndarray, count: int) -> None:
        """Nothing to gain from asking ahead: each product is one pass over the matrix either
        way (the graph's ``search_ahead`` answers several questions in one call)."""

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        keys, data = self.keys_and_data()
        np.savez(buffer, keys=keys, data=data)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes, dim: int) -> ExactVectors:
        try:
            loaded = np.load(io.BytesIO(blob), allow_pickle=False)
            keys, data = loaded["keys"], loaded["data"]
        except (zipfile.BadZipFile, EOFError, KeyError, OSError) as error:
            raise ValueError(f"not a saved matrix of vectors ({error})") from error
        if data.ndim != 2 or data.shape[1] != dim or len(keys) != len(data):
            raise ValueError("not vectors of this dimension")
        vectors = cls(dim)
        vectors.add_many(keys, data)
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
    one lookup is far too small to split).

    ``dtype`` is the scalar type of the vectors inside the graph. With "f32" the graph holds the
    rows themselves; with a narrower type ("f16", "i8") it only finds the nearest rows, and each
    row's float32 vector is kept beside it (``get``), so the callers' exact re-scoring of a
    shortlist gives the same cosines whatever the graph holds."""

    kind = "hnsw"

    def __init__(
        self,
        dim: int,
        index: Any = None,
        rows: ExactVectors | None = None,
        *,
        dtype: str = GRAPH_DTYPE,
        connectivity: int = CONNECTIVITY,
        expansion_search: int = EXPANSION_SEARCH,
    ) -> None:
        Index = _usearch_index()
        self.dim = dim
        self._index: Any = index or Index(
            ndim=dim,
            # Rows are unit vectors, so cosine is inner product; usearch's inner product of i8
            # rows is the raw integer sum, which its graph cannot rank by (near-equal rows
            # went missing from searches), its cosine is scaled.
            metric="cos" if dtype == "i8" else "ip",
            dtype=dtype,
            connectivity=connectivity,
            expansion_add=EXPANSION_ADD,
            expansion_search=expansion_search,
        )
        self.dtype = str(self._index.dtype).rsplit(".", 1)[-1].lower()  # ScalarKind.F16
        if rows is None and self.dtype != "f32":
            rows = ExactVectors(dim)
        self._rows = rows
        self.recent = RecentSearches()

    @property
    def expansion_search(self) -> int:
        return int(self._index.expansion_search)

    @expansion_search.setter
    def expansion_search(self, beam: int) -> None:
        self.recent.forget()
        self._index.expansion_search = beam

    def upsert(self, key: int, vector: np.ndarray) -> None:
        vector = np.asarray(vector, dtype=np.float32)
        self.recent.forget()
        if key in self._index:
            self._index.remove(key)
        self._index.add(key, vector, threads=1)
        if self._rows is not None:
            self._rows.upsert(key, vector)

    def add_many(self, keys: np.ndarray, vectors: np.ndarray, threads: int = 1) -> None:
        """New keys in one call (a rebuild, a benchmark's fill); ``threads`` may use more
        cores where the machine is free."""
        vectors = np.asarray(vectors, dtype=np.float32)
        self.recent.forget()
        self._index.add(keys.astype(np.uint64), vectors, threads=threads)
        if self._rows is not None:
            self._rows.add_many(keys, vectors)

    def get(self, keys: Sequence[int]) -> np.ndarray:
        if self._rows is not None:
            return self._rows.get(keys)
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self._index.get(np.asarray(keys, dtype=np.uint64))
        return np.vstack(rows).astype(np.float32, copy=False)

    @property
    def nbytes(self) -> int:
        """Memory the graph holds (usearch's own count), with the exact rows beside it."""
        return int(self._index.memory_usage) + (self._rows.nbytes if self._rows else 0)

    def nearest(self, vector: np.ndarray, count: int) -> np.ndarray:
        return self.nearest_scored(vector, count)[0]

    def nearest_scored(self, vector: np.ndarray, count: int) -> Scored:
        """The ``count`` nearest keys the graph finds and their exact cosines (from the float32
        rows, as ``get``'s rows give them): with a narrowed graph the re-ranking computes them
        anyway, so the linker need not fetch and multiply the rows a second time."""
        if len(self._index) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32)
        if (known := self.recent.get(vector, count)) is not None:
            return known
        if self._rows is None:
            keys = np.asarray(self._index.search(vector, count, threads=1).keys, dtype=np.int64)
            cosines = np.einsum("ij,j->i", self.get(keys.tolist()), vector)
            return self.recent.put(vector, count, (keys, cosines))
        # Narrowed vectors rank near-ties loosely: take more candidates from the graph and
        # keep the nearest by their exact vectors.
        keys = np.asarray(
            self._index.search(vector, count * RESCORE_CANDIDATES, threads=1).keys, dtype=np.int64
        )
        cosines = np.einsum("ij,j->i", self._rows.get(keys.tolist()), vector)
        order = np.argsort(-cosines, kind="stable")[:count]
        return self.recent.put(vector, count, (keys[order], cosines[order]))

    def search_ahead(self, vectors: np.ndarray, count: int) -> None:
        """Answers ``nearest_scored(row, count)`` for each row of ``vectors`` in one search
        call and remembers them (``recent``) until the next write: an article's claims are
        searched together, so usearch's per-call cost (argument checks, the result arrays, the
        thread pool's hand-off) is paid once per article, not once per claim. Each answer is
        the one ``nearest_scored`` gives alone, to the last bit: the graph answers each row of
        a batch exactly as it answers it alone (the same search, one thread, in turn), and the
        re-ranking's cosines come from the same float32 rows, multiplied row by row."""
        if len(self._index) == 0:
            return
        vectors = np.asarray(vectors, dtype=np.float32)
        unknown = {
            row.tobytes(): i for i, row in enumerate(vectors) if self.recent.get(row, count) is None
        }
        # No more than ``recent`` keeps without forgetting: the rest are searched one by one
        # when asked, as before.
        todo = sorted(unknown.values())[: RECENT_SEARCHES - len(self.recent)]
        if not todo:
            return
        wanted = count * (RESCORE_CANDIDATES if self._rows is not None else 1)
        found = self._index.search(vectors[todo], wanted, threads=1)
        # One row comes back as its matches, several as a batch whose ``counts`` say how
        # many of each row's ``wanted`` places are filled (fewer in a small graph).
        rows_keys = (
            [found.keys]
            if len(todo) == 1
            else [found.keys[n][: found.counts[n]] for n in range(len(todo))]
        )
        for i, found_keys in zip(todo, rows_keys, strict=True):
            row = vectors[i]
            keys = np.asarray(found_keys, dtype=np.int64)
            if self._rows is None:
                cosines = np.einsum("ij,j->i", self.get(keys.tolist()), row)
                self.recent.put(row, count, (keys, cosines))
                continue
            cosines = np.einsum("ij,j->i", self._rows.get(keys.tolist()), row)
            order = np.argsort(-cosines, kind="stable")[:count]
            self.recent.put(row, count, (keys[order], cosines[order]))

    def to_bytes(self) -> bytes:
        graph = bytes(self._index.save())
        if self._rows is None:
            return graph
        # MAGIC, the graph's length, the graph, then the rows: their keys (int64), their
        # float32 vectors, as raw arrays (no container to pack or unpack).
        n = len(self._rows)
        keys, data = self._rows.keys_and_data()
        return b"".join(
            (
                _ROWS_MAGIC,
                len(graph).to_bytes(8, "little"),
                graph,
                n.to_bytes(8, "little"),
                keys.tobytes(),
                data.tobytes(),
            )
        )

    @classmethod
    def from_bytes(cls, blob: bytes, dim: int) -> HnswVectors:
        rows = None
        if blob.startswith(_ROWS_MAGIC):
            start = len(_ROWS_MAGIC) + 8
            end = start + int.from_bytes(blob[len(_ROWS_MAGIC) : start], "little")
            n = int.from_bytes(blob[end : end + 8], "little")
            if len(blob) != end + 8 + n * 8 + n * dim * 4:
                raise ValueError("a graph's rows cut short or of another dimension")
            view = memoryview(blob)
            keys = np.frombuffer(view[end + 8 : end + 8 + n * 8], dtype=np.int64)
            data = np.frombuffer(view[end + 8 + n * 8 :], dtype=np.float32).reshape(n, dim)
            rows = ExactVectors(dim)
            rows.add_many(keys, data)
            blob = bytes(view[start:end])
        index = _usearch_index().restore(blob)
        if index is None or index.ndim != dim:
            raise ValueError("not a usearch index of this dimension")
        if rows is not None and len(rows) != len(index):
            raise ValueError("the graph and its rows differ")
        index.expansion_search = EXPANSION_SEARCH  # it has a setter
        vectors = cls(dim, index, rows)
        if vectors.dtype != "f32" and rows is None:
            raise ValueError("a graph of narrowed vectors without its rows")
        return vectors

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

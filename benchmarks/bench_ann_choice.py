"""Which nearest-neighbour library: usearch, faiss-cpu or hnswlib (issue 14, docs/scale.md).

    python benchmarks/bench_ann_choice.py [N] [LIBRARY] [--uniform]   (default: 20000 usearch)

N unit vectors of 384 dimensions (all-MiniLM-L6-v2's), clustered as sentence vectors are (N/50
centres, each row at cosine ~0.8 to its centre; ``--uniform``: no structure at all, the hardest
case), one HNSW graph per library with the same settings (16 links, a 64-wide beam when adding,
96 when searching, one thread), 300 queries near the centres. Prints build rate, query time,
the exact product's time for comparison, recall of the exact 32 nearest, how often the first
result is the exact nearest ("top1"), and how many of the rows at cosine ≥ 0.4 (those that can
reach the claim threshold after the entity adjustment) are found. faiss-cpu and hnswlib are not
dependencies: install them in a scratch folder (``pip install --target DIR``) and put it on
PYTHONPATH to rerun the comparison.
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

D, K, Q = 384, 32, 300


def main() -> None:
    words = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(words[0]) if words else 20_000
    lib = words[1] if len(words) > 1 else "usearch"
    uniform = "--uniform" in sys.argv
    rng = np.random.default_rng(0)
    centers = rng.standard_normal((max(n // 50, 10), D)).astype(np.float32)
    noise = 0.6 if uniform else 0.04
    data = centers[rng.integers(0, len(centers), n)]
    data = data + noise * rng.standard_normal((n, D)).astype(np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    q = centers[rng.integers(0, len(centers), Q)] + noise * rng.standard_normal((Q, D))
    q = (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)
    truth = [set(np.argpartition(-(data @ v), K)[:K].tolist()) for v in q]
    ids = np.arange(n, dtype=np.uint64)
    started = time.perf_counter()
    if lib == "usearch":
        from usearch.index import Index

        idx = Index(
            ndim=D,
            metric="ip",
            dtype="f32",
            connectivity=16,
            expansion_add=64,
            expansion_search=96,
        )
        idx.add(ids, data, threads=1)

        def search(v: np.ndarray) -> list[int]:
            return idx.search(v, K, threads=1).keys.tolist()
    elif lib == "faiss":
        import faiss

        faiss.omp_set_num_threads(1)
        base = faiss.IndexHNSWFlat(D, 16, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = 64
        idx = faiss.IndexIDMap2(base)
        idx.add_with_ids(data, ids.astype(np.int64))
        base.hnsw.efSearch = 96

        def search(v: np.ndarray) -> list[int]:
            return idx.search(v[None, :], K)[1][0].tolist()
    elif lib == "hnswlib":
        import hnswlib

        idx = hnswlib.Index(space="ip", dim=D)
        idx.init_index(max_elements=n, ef_construction=64, M=16)
        idx.set_num_threads(1)
        idx.add_items(data, ids)
        idx.set_ef(96)

        def search(v: np.ndarray) -> list[int]:
            return idx.knn_query(v, K)[0][0].tolist()
    else:
        raise SystemExit("LIBRARY: usearch, faiss or hnswlib")
    build = time.perf_counter() - started
    started = time.perf_counter()
    found = [search(v) for v in q]
    query_s = (time.perf_counter() - started) / Q
    recall = np.mean([len(set(r) & t) / K for r, t in zip(found, truth, strict=True)])
    top1 = np.mean(
        [
            r[0] == max(t, key=lambda i: float(data[i] @ v))
            for r, t, v in zip(found, truth, q, strict=True)
        ]
    )
    near = [set(np.nonzero(data @ v >= 0.4)[0].tolist()) & t for v, t in zip(q, truth, strict=True)]
    near_recall = np.mean(
        [len(set(r) & s) / max(1, len(s)) for r, s in zip(found, near, strict=True)]
    )
    started = time.perf_counter()
    for v in q[:50]:
        np.argpartition(-np.einsum("ij,j->i", data, v), K)[:K]
    exact_s = (time.perf_counter() - started) / 50
    print(
        f"{lib} N={n}{' uniform' if uniform else ''}: build {n / build:.0f}/s, query "
        f"{query_s * 1000:.2f} ms (exact {exact_s * 1000:.1f} ms), recall@32 {recall:.3f}, "
        f"top1 {top1:.3f}, near-recall {near_recall:.3f}, max RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()

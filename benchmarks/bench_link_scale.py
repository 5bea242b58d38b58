"""Linking cost per article as the store grows: 10k, 100k and 1M stored claims.

    python benchmarks/bench_link_scale.py [--analyses BBC.jsonl] [--sizes 10000,100000,1000000]
                                          [--graphs i8:128,f32:128,...] [--queries 40]
                                          [--repeat 3] [--threads 1] [--exact-max 1000000]
                                          [--vector-cache FILE] [--json]

``BBC.jsonl`` is ``claimtrail analyze --format jsonl`` output; without it the BBC business and
politics files (../shared/data/bbc-news/bbc, 927 articles) are analysed once into a cache in
the temp folder. Its claims are embedded with the sentence model (the lexical embedder without
it; the vectors are kept in ``--vector-cache`` between runs) and become the real stored claims,
all but the last ``--queries`` articles, which are the articles linked. The indexes are then
filled to each size with synthetic claims: each a real claim's vector plus Gaussian noise
(cosine about 0.55 to it, as a loose paraphrase), with that claim's entities and a random story
among size/8. Stories are filled to size/8 the same way. Every index gets the same synthetic
rows (drawn from a seed per size and chunk), added in bulk (one call per 50,000 rows).

At each size, for each graph variant (``--graphs``: the graph's vector type, f32, f16 or i8,
and its search beam; default the store's own setting) and for the exact comparison (up to
``--exact-max`` rows): the CPU time ``Linker.plan`` takes per article with its vectors already
computed (embedding costs the same at every size and is left out; the least of ``--repeat``
passes), how many of the query articles' claim links and story choices equal the exact
search's, the memory the indexes hold and the process's, the CPU time the fill took, and for
the first variant the time to snapshot its claim index to bytes and read it back (what opening
a store costs instead of rebuilding it). Report CPU time: on a shared machine wall time mostly
measures the queue for a core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

NOISE_COSINE = 0.55
STORY_SHARE = 8


@dataclass
class CachedEmbedder:
    """The real embedder's vectors, computed once, so timing leaves the model out."""

    inner: object
    cache: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.name = self.inner.name  # type: ignore[attr-defined]
        self.dim = self.inner.dim  # type: ignore[attr-defined]
        self.claim_threshold = self.inner.claim_threshold  # type: ignore[attr-defined]
        self.story_threshold = self.inner.story_threshold  # type: ignore[attr-defined]

    def warm(self, texts: list[str], keep: Path | None = None) -> None:
        """Vectors for ``texts``; ``keep``: a file that holds them between runs (the model
        costs minutes of CPU on the BBC claims and gives the same vectors every time)."""
        if keep is not None and keep.exists() and not self.cache:
            saved = np.load(keep, allow_pickle=False)
            if str(saved["embedder"]) == self.name:
                self.cache = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))
        todo = sorted({t for t in texts if t not in self.cache})
        if not todo:
            return
        for text, vector in zip(todo, self.inner.encode(todo), strict=True):  # type: ignore[attr-defined]
            self.cache[text] = vector
        if keep is not None:
            texts_kept = sorted(self.cache)
            with keep.open("wb") as out:
                np.savez(
                    out,
                    embedder=np.array(self.name),
                    texts=np.array(texts_kept),
                    vectors=np.vstack([self.cache[t] for t in texts_kept]),
                )

    def encode(self, texts: list[str]) -> np.ndarray:
        self.warm(texts)
        return np.vstack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim))


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def load_analyses(path: Path) -> list:
    from claimtrail.models import Analysis

    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            out.append(Analysis.model_validate_json(line))
    return out


def bbc_cache() -> Path:
    """BBC business + politics analysed once (``claimtrail analyze --format jsonl``)."""
    import subprocess
    import tempfile

    shared = Path(
        os.environ.get(
            "CLAIMTRAIL_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"
        )
    )
    folders = [shared / "bbc-news" / "bbc" / t for t in ("business", "politics")]
    if not all(f.is_dir() for f in folders):
        raise SystemExit(f"no BBC corpus under {shared}: pass --analyses FILE")
    cache = Path(tempfile.gettempdir()) / "claimtrail-bench-bbc-bp.jsonl"
    if not cache.exists():
        print(f"analysing {', '.join(map(str, folders))} once into {cache}", file=sys.stderr)
        code = "from claimtrail.cli import main; main()"
        with cache.with_suffix(".tmp").open("w") as out:
            cmd = [sys.executable, "-c", code, "analyze", *map(str, folders), "--format", "jsonl"]
            subprocess.run(cmd, stdout=out, check=True)
        cache.with_suffix(".tmp").rename(cache)
    return cache


def texts_of(analysis) -> list[str]:
    from claimtrail.link.stories import article_text

    return [c.text for c in analysis.claims] + [article_text(analysis)]


def noisy(base: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors at cosine about NOISE_COSINE to their base rows."""
    dim = base.shape[1]
    spread = np.sqrt(1 / NOISE_COSINE**2 - 1) / np.sqrt(dim)
    out = base + spread * rng.standard_normal(base.shape).astype(np.float32)
    return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


@dataclass
class Corpus:
    vectors: np.ndarray  # real claims
    entities: list[frozenset[str]]
    stories: list[int]
    story_vectors: np.ndarray
    story_entities: list[frozenset[str]]


def real_corpus(stored: list, embedder: CachedEmbedder) -> Corpus:
    """Stored articles linked once, exactly, as the store would: their claims and stories."""
    from claimtrail.link.stories import Linker

    linker = Linker.empty(embedder, search="exact")
    claim_id = 0
    story_id = 0
    for analysis in stored:
        plan = linker.plan(analysis)
        story = plan.story_id
        if story is None:
            story_id += 1
            story = story_id
        for link in plan.claims:
            if link.match is None and link.same_as is None:
                claim_id += 1
                linker.claims.add(claim_id, link.vector, story, link.entities, terms=link.terms)
        linker.stories.add(story, plan.article_vector, None, plan.entities)
    claims, stories = linker.claims, linker.stories
    return Corpus(
        claims.vectors.get(claims.ids),
        list(claims.entities),
        [int(s) for s in claims.stories],  # type: ignore[arg-type]
        stories.vectors.get(stories.ids),
        list(stories.entities),
    )


FILL_CHUNK = 50_000


def fill(linkers: list, corpus: Corpus, size: int, threads: int) -> list[float]:
    """Grow every linker's claims to ``size`` rows and its stories to size/8, with the same
    synthetic rows in each (drawn from a seed of their own per size and chunk), so the indexes
    differ only in how they search. Vectors go in as bulk adds (one call per 50,000 rows);
    returns the CPU seconds each linker took."""
    cpu = [0.0] * len(linkers)
    for part, want, base_vectors, base_entities in (
        ("claims", size, corpus.vectors, corpus.entities),
        ("stories", size // STORY_SHARE, corpus.story_vectors, corpus.story_entities),
    ):
        have = len(getattr(linkers[0], part))
        for begin in range(have, want, FILL_CHUNK):
            end = min(begin + FILL_CHUNK, want)
            rng = np.random.default_rng([size, begin, part == "claims"])
            picks = rng.integers(0, len(base_vectors), end - begin)
            vectors = noisy(base_vectors[picks], rng)
            keys = np.arange(10_000_000 + begin, 10_000_000 + end, dtype=np.int64)
            stories = rng.integers(1, size // STORY_SHARE + 2, end - begin).tolist()
            for n, linker in enumerate(linkers):
                index = getattr(linker, part)
                started = time.process_time()
                index.vectors.add_many(keys, vectors, threads=threads)
                for key, pick, story in zip(keys.tolist(), picks.tolist(), stories, strict=True):
                    index.add(key, None, None if index.by_overlap else story, base_entities[pick])
                cpu[n] += time.process_time() - started
    return cpu


def time_plans(linker, queries: list) -> tuple[list[float], list[float], list]:
    """Each article planned as the store would (its searches remembered only until the store's
    write after it), wall and CPU time."""
    walls, cpus, plans = [], [], []
    for analysis in queries:
        linker.claims.vectors.recent.forget()
        linker.stories.vectors.recent.forget()
        wall, cpu = time.perf_counter(), time.process_time()
        plans.append(linker.plan(analysis))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, plans


def least(linker, queries: list, repeat: int) -> tuple[list[float], list[float], list]:
    """The pass of ``repeat`` with the least CPU time (the others lost more to the machine's
    other jobs: a busy shared core slows even the CPU time through its caches)."""
    runs = [time_plans(linker, queries) for _ in range(max(repeat, 1))]
    return min(runs, key=lambda run: sum(run[1]))


def agreement(a: list, b: list) -> dict[str, float]:
    claims = [
        (x.match, y.match)
        for pa, pb in zip(a, b, strict=True)
        for x, y in zip(pa.claims, pb.claims, strict=True)
    ]
    return {
        "claim_links_equal": sum(x == y for x, y in claims) / max(len(claims), 1),
        "story_choices_equal": sum(pa.story_id == pb.story_id for pa, pb in zip(a, b, strict=True))
        / max(len(a), 1),
    }


def parse_graphs(spec: str) -> list[tuple[str, int]]:
    """ "f32:128,i8:64" -> [("f32", 128), ("i8", 64)]: graph vector type and search beam."""
    out = []
    for item in spec.split(","):
        dtype, _, beam = item.partition(":")
        out.append((dtype, int(beam or 128)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyses", type=Path, default=None)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--threads", type=int, default=1, help="threads for filling the graph")
    parser.add_argument("--exact-max", type=int, default=1_000_000)
    parser.add_argument("--matcher", default="auto")
    parser.add_argument(
        "--graphs",
        default=None,
        help="graph variants as DTYPE:BEAM,... (f32, f16 or i8; search beam); the first is "
        "the one snapshotted; default: the store's own setting",
    )
    parser.add_argument("--connectivity", type=int, default=None, help="graph links per node")
    parser.add_argument(
        "--vector-cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "claimtrail-bench-link-vectors.npz",
        help="file keeping the sentence vectors between runs",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each search this many times, keep the least"
    )
    parser.add_argument(
        "--interleave",
        action="store_true",
        help="hold one index per size (the first graph variant only, no exact search) and time "
        "them in turn, --repeat rounds, so the machine's load weighs on every size alike",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from claimtrail.link import ann
    from claimtrail.link.embed import load_embedder
    from claimtrail.link.stories import Linker

    graphs = parse_graphs(args.graphs or f"{ann.GRAPH_DTYPE}:{ann.EXPANSION_SEARCH}")
    analyses = [a for a in load_analyses(args.analyses or bbc_cache()) if a.claims]
    stored, queries = analyses[: -args.queries], analyses[-args.queries :]
    embedder = CachedEmbedder(load_embedder(args.matcher))
    started = time.process_time()
    embedder.warm([t for a in analyses for t in texts_of(a)], keep=args.vector_cache)
    embed_s = time.process_time() - started
    corpus = real_corpus(stored, embedder)
    print(
        f"{len(corpus.vectors):,} real claims and {len(corpus.story_vectors):,} stories from "
        f"{len(stored):,} articles ({embedder.name}, {embed_s:.0f} CPU s to embed); "
        f"{len(queries)} query articles, {sum(len(q.claims) for q in queries)} claims",
        file=sys.stderr,
    )
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.interleave:
        interleaved(embedder, corpus, queries, sizes, graphs[0], args)
        return
    # One linker per graph vector type (beams are a search-time setting of the same graph),
    # and the exact comparison while the sizes allow it.
    linkers: dict[str, object] = {}
    for dtype in dict.fromkeys(d for d, _ in graphs):
        linker = Linker.empty(embedder, "hnsw")
        for part in (linker.claims, linker.stories):
            part.vectors = ann.HnswVectors(
                embedder.dim, dtype=dtype, connectivity=args.connectivity or ann.CONNECTIVITY
            )
        linkers[dtype] = linker
    if min(sizes) <= args.exact_max:
        linkers["exact"] = Linker.empty(embedder, "exact")
    for linker in linkers.values():  # the real claims first, under their own ids
        for key, (vector, story, entities) in enumerate(
            zip(corpus.vectors, corpus.stories, corpus.entities, strict=True), start=1
        ):
            linker.claims.add(key, vector, story, entities)  # type: ignore[attr-defined]
        for key, (vector, entities) in enumerate(
            zip(corpus.story_vectors, corpus.story_entities, strict=True), start=1
        ):
            linker.stories.add(key, vector, None, entities)  # type: ignore[attr-defined]
    results = []
    for size in sizes:
        if size > args.exact_max:
            linkers.pop("exact", None)
        names = list(linkers)
        fill_cpu = dict(
            zip(names, fill(list(linkers.values()), corpus, size, args.threads), strict=True)
        )
        reference = None
        if "exact" in linkers:
            time_plans(linkers["exact"], queries[:3])  # warm caches
            walls, cpus, reference = least(linkers["exact"], queries, 1)  # the reference: once
            results.append(
                {
                    "stored_claims": size,
                    "stories": size // STORY_SHARE,
                    "search": "exact",
                    "cpu_ms_per_article": round(1000 * statistics.mean(cpus), 2),
                    "wall_ms_per_article": round(1000 * statistics.median(walls), 2),
                    "fill_cpu_s": round(fill_cpu["exact"], 1),
                    "index_mb": round(_nbytes(linkers["exact"]) / 2**20),
                    "rss_mb": round(rss_mb()),
                }
            )
            print(json.dumps(results[-1]), file=sys.stderr)
        for dtype, beam in graphs:
            linker = linkers[dtype]
            for part in (linker.claims, linker.stories):  # type: ignore[attr-defined]
                part.vectors.expansion_search = beam
            time_plans(linker, queries[:3])
            walls, cpus, plans = least(linker, queries, args.repeat)
            row: dict[str, object] = {
                "stored_claims": size,
                "stories": size // STORY_SHARE,
                "search": f"hnsw {dtype} beam {beam}",
                "cpu_ms_per_article": round(1000 * statistics.mean(cpus), 2),
                "wall_ms_per_article": round(1000 * statistics.median(walls), 2),
                "fill_cpu_s": round(fill_cpu[dtype], 1),
                "index_mb": round(_nbytes(linker) / 2**20),
                "rss_mb": round(rss_mb()),
            }
            if reference is not None:
                row |= agreement(plans, reference)
            if (dtype, beam) == graphs[0]:
                row |= snapshot_costs(linker.claims.vectors)  # type: ignore[attr-defined]
            row["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            results.append(row)
            print(json.dumps(row), file=sys.stderr)
    shipped = [r for r in results if r["search"] != "exact"]
    first = shipped[0]
    last = [r for r in shipped if r["search"] == first["search"]][-1]
    growth = last["cpu_ms_per_article"] / first["cpu_ms_per_article"]  # type: ignore[operator]
    summary = {"results": results, "growth_first_to_last": round(growth, 2)}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for row in results:
            print(row)
        print(
            f"{first['search']}: CPU per article, {first['stored_claims']:,} -> "
            f"{last['stored_claims']:,} claims: x{growth:.2f}"
        )


def interleaved(embedder, corpus: Corpus, queries: list, sizes: list[int], graph, args) -> None:
    """One linker per size, all in memory, timed in turn: CPU time on a shared machine moves by
    2x with the other jobs, so sizes timed minutes apart are not comparable."""
    from claimtrail.link import ann
    from claimtrail.link.stories import Linker

    dtype, beam = graph
    linkers = {}
    for size in sizes:
        linker = Linker.empty(embedder, "hnsw")
        for part in (linker.claims, linker.stories):
            part.vectors = ann.HnswVectors(embedder.dim, dtype=dtype, expansion_search=beam)
        for key, (vector, story, entities) in enumerate(
            zip(corpus.vectors, corpus.stories, corpus.entities, strict=True), start=1
        ):
            linker.claims.add(key, vector, story, entities)
        for key, (vector, entities) in enumerate(
            zip(corpus.story_vectors, corpus.story_entities, strict=True), start=1
        ):
            linker.stories.add(key, vector, None, entities)
        fill_cpu = fill([linker], corpus, size, args.threads)[0]
        time_plans(linker, queries[:3])
        linkers[size] = linker
        print(json.dumps({"filled": size, "fill_cpu_s": round(fill_cpu, 1)}), file=sys.stderr)
    best: dict[int, float] = {}
    for round_ in range(max(args.repeat, 1)):
        for size, linker in linkers.items():
            _, cpus, _ = time_plans(linker, queries)
            ms = 1000 * statistics.mean(cpus)
            best[size] = min(best.get(size, ms), ms)
            print(
                json.dumps(
                    {
                        "round": round_,
                        "stored_claims": size,
                        "cpu_ms": round(ms, 2),
                        "load": os.getloadavg()[0],
                    }
                ),
                file=sys.stderr,
            )
    first = sizes[0]
    summary = {
        "search": f"hnsw {dtype} beam {beam}, interleaved",
        "cpu_ms_per_article": {size: round(best[size], 2) for size in sizes},
        "vs_first": {size: round(best[size] / best[first], 2) for size in sizes},
        "rss_mb": round(rss_mb()),
    }
    print(json.dumps(summary, indent=2 if args.json else None))


def _nbytes(linker) -> int:
    return linker.claims.vectors.nbytes + linker.stories.vectors.nbytes


def snapshot_costs(vectors) -> dict[str, object]:
    """What saving the claim index with the store, and reading it back on open, cost."""
    from claimtrail.link.ann import HnswVectors

    started = time.perf_counter()
    blob = vectors.to_bytes()
    out: dict[str, object] = {"snapshot_write_s": round(time.perf_counter() - started, 2)}
    started = time.perf_counter()
    HnswVectors.from_bytes(blob, vectors.dim)
    out["snapshot_read_s"] = round(time.perf_counter() - started, 2)
    out["snapshot_mb"] = round(len(blob) / 2**20)
    return out


if __name__ == "__main__":
    main()

"""Searching ahead (claimtrail/link/ann.py, stories.py): an article's claims are searched in one
graph call, and every answer, and so every plan, is the one the searches one by one give."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrail.link.ann import RECENT_SEARCHES, ExactVectors, HnswVectors, make_vectors
from claimtrail.link.stories import SHORTLIST, Linker, VectorIndex
from tests.store.factory import ClaimSpec, make_analysis

DIM = 32


def clustered(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((max(n // 10, 1), DIM)).astype(np.float32)
    data = centres[rng.integers(0, len(centres), n)]
    data = data + 0.2 * rng.standard_normal((n, DIM)).astype(np.float32)
    return (data / np.linalg.norm(data, axis=1, keepdims=True)).astype(np.float32)


def graph(dtype: str, data: np.ndarray) -> HnswVectors:
    vectors = HnswVectors(DIM, dtype=dtype)
    vectors.add_many(np.arange(1, len(data) + 1), data)
    return vectors


def counting_searches(vectors: HnswVectors) -> list[int]:
    """The number of query rows of each call the graph answers."""
    calls: list[int] = []
    index = vectors._index
    real = index.search

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(index, name)

        def __len__(self) -> int:
            return len(index)

        def __contains__(self, key: object) -> bool:
            return key in index

        def search(self, rows: np.ndarray, *args: object, **kwargs: object) -> object:
            calls.append(1 if rows.ndim == 1 else len(rows))
            return real(rows, *args, **kwargs)

    vectors._index = Counting()
    return calls


@pytest.mark.parametrize("dtype", ["i8", "f16", "f32"])
@pytest.mark.parametrize("rows", [300, 20])  # 20: fewer rows than the places asked for
def test_answers_searched_ahead_are_the_answers_searched_alone(dtype: str, rows: int) -> None:
    data = clustered(rows)
    queries = clustered(12, seed=5)
    alone = graph(dtype, data)
    want = [alone.nearest_scored(q, 16) for q in queries]
    for batch in (queries[:1], queries):  # one row comes back from usearch unlike several
        ahead = graph(dtype, data)
        calls = counting_searches(ahead)
        ahead.search_ahead(batch, 16)
        assert calls == [len(batch)]
        for query, (keys, scores) in zip(batch, want, strict=False):
            got_keys, got_scores = ahead.nearest_scored(query, 16)
            assert got_keys.tolist() == keys.tolist()
            assert np.array_equal(got_scores, scores)  # to the last bit
        assert calls == [len(batch)]  # every answer was remembered


def test_searching_ahead_asks_only_what_is_not_remembered_and_no_more_than_it_keeps() -> None:
    data = clustered(400)
    vectors = graph("i8", data)
    calls = counting_searches(vectors)
    vectors.nearest_scored(data[0], 8)
    vectors.search_ahead(np.vstack([data[0], data[1], data[1], data[2]]), 8)
    assert calls == [1, 2]  # data[0] remembered, data[1] asked once
    vectors.search_ahead(data[:3], 8)
    assert calls == [1, 2]
    many = clustered(2 * RECENT_SEARCHES, seed=9)
    vectors.search_ahead(many, 8)
    assert calls == [1, 2, RECENT_SEARCHES - 3]  # the rest are searched when asked
    vectors.upsert(999, data[5])  # a write: everything is asked again
    vectors.search_ahead(data[:3], 8)
    assert calls[-1] == 3


def test_the_exact_matrix_has_nothing_to_search_ahead() -> None:
    vectors = make_vectors("exact", DIM)
    assert isinstance(vectors, ExactVectors)
    vectors.search_ahead(clustered(3), 8)
    assert len(vectors.recent) == 0


def _article(n: int, entities: list[str]) -> object:
    claims = [ClaimSpec(f"Claim {i} of story {n} about {entities[0]}") for i in range(4)]
    claims.append(ClaimSpec("A spokesman declined to comment"))  # no entity: no graph search
    text = " ".join(f"{c.text}." for c in claims)
    return make_analysis(f"Story {n} headline", text, claims=claims, entities=entities)


class RowEmbedder:
    """Each text its own fixed clustered vector (so claims have near neighbours)."""

    name = "rows"
    dim = DIM
    claim_threshold = 0.6
    story_threshold = 0.6

    def __init__(self) -> None:
        self.rows: dict[str, np.ndarray] = {}
        self.pool = iter(clustered(2000, seed=3))

    def encode(self, texts: list[str]) -> np.ndarray:
        for text in texts:
            if text not in self.rows:
                self.rows[text] = next(self.pool)
        return np.vstack([self.rows[t] for t in texts])


def test_an_article_is_planned_with_one_claim_search_and_as_one_by_one() -> None:
    embedder = RowEmbedder()
    articles = [_article(n, ["Quillon Ltd", "Marrow Bay"]) for n in range(30)]
    plans: dict[bool, list[object]] = {}
    calls: dict[bool, list[int]] = {}
    real = VectorIndex.search_ahead
    for ahead in (False, True):
        VectorIndex.search_ahead = real if ahead else lambda self, vectors: None  # type: ignore[method-assign]
        try:
            linker = Linker.empty(embedder)
            assert isinstance(linker.claims.vectors, HnswVectors)
            plans[ahead], claim_id, story_id = [], 0, 0
            for article in articles:
                searched = counting_searches(linker.claims.vectors)  # type: ignore[arg-type]
                plan = linker.plan(article)
                calls[ahead] = searched
                plans[ahead].append(
                    (plan.story_id, [(c.match, c.score, c.same_as) for c in plan.claims])
                )
                story = plan.story_id
                if story is None:
                    story_id += 1
                    story = story_id
                for link in plan.claims:
                    if link.match is None and link.same_as is None:
                        claim_id += 1
                        linker.claims.add(claim_id, link.vector, story, link.entities)
                linker.stories.add(story, plan.article_vector, None, plan.entities)
        finally:
            VectorIndex.search_ahead = real  # type: ignore[method-assign]
    assert plans[True] == plans[False]
    assert any(p[0] is not None for p in plans[True])  # some articles joined a story
    assert any(m is not None for p in plans[True] for m, _, _ in p[1])  # some claims matched
    assert calls[False] == [1, 1, 1, 1]  # the last article: four claims naming an entity
    assert calls[True] == [4]
    assert SHORTLIST <= RECENT_SEARCHES

"""The store's matching index (claimtrail/store/index.py, snapshot.py): the HNSW graph links
a corpus exactly as the full comparison does, and is saved with the store and read back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text

from claimtrail.link import ann
from claimtrail.models import Analysis
from claimtrail.store import open_store
from tests.store.factory import ClaimSpec, make_analysis
from tests.store.test_concurrent_writers import fingerprint

TOPICS = [
    ("Ford", "Xiaomi", "talks over a car plant in Ohio"),
    ("Reuters", "Lei Jun", "a bid for a battery maker"),
    ("Financial Times", "Jim Farley", "job cuts at the Cologne factory"),
    ("Ford", "Reuters", "a recall of electric pickups"),
    ("Xiaomi", "Jim Farley", "a dispute over chip supplies"),
]
WORDINGS = [
    "{a} and {b} confirmed {t}",
    "{a} denied reports about {t} with {b}",
    "{b} says {a} is considering {t}",
    "Analysts doubt {t} involving {a} and {b}",
]


def corpus(days: int = 24) -> list[Analysis]:
    """Articles on five topics over ``days`` days; each repeats its topic's claims in new
    words, so matching decides which claims and stories they join."""
    out = []
    for i in range(days * 2):
        a, b, topic = TOPICS[i % len(TOPICS)]
        claims = [WORDINGS[(i + k) % len(WORDINGS)].format(a=a, b=b, t=topic) for k in range(2)] + [
            f"Shares moved {i % 7} percent on the news"
        ]
        out.append(
            make_analysis(
                f"{a}: {topic} (update {i})",
                " ".join(f"{c}." for c in claims),
                url=f"https://wire.example/{i}",
                source="Wire",
                published=f"2025-05-{i // 2 + 1:02d}T{8 + i % 2}:00:00Z",
                claims=[ClaimSpec(c, [("officials", "report")]) for c in claims],
            )
        )
    return out


def load(url: str, **options: Any) -> dict[str, Any]:
    with open_store(url, matcher="lexical", **options) as store:
        for analysis in corpus():
            store.add_analysis(analysis)
    return fingerprint(url)


def test_the_graph_links_a_corpus_as_the_full_comparison_does(store_url: str) -> None:
    if "postgresql" in store_url:
        pytest.skip("one backend is enough: the linking is the same code")
    got = load(store_url)
    want = load(store_url.replace("store.db", "exact.db"), search="exact")
    assert got == want
    assert 5 <= got["counts"]["stories"] < 48  # matching happened: not one story per article


def test_the_index_is_saved_with_the_store_and_read_back(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyses = corpus()
    with open_store(store_url, matcher="lexical") as store:
        for analysis in analyses[:30]:
            store.add_analysis(analysis)
    engine = create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        saved = dict(conn.execute(text("SELECT name, meta FROM vector_meta")).all())
    engine.dispose()
    assert set(saved) == {"claims", "stories"} and '"search": "hnsw"' in saved["claims"]

    added: list[int] = []
    real = ann.HnswVectors.upsert
    monkeypatch.setattr(
        ann.HnswVectors, "upsert", lambda self, key, v: (added.append(key), real(self, key, v))
    )
    with open_store(store_url, matcher="lexical") as store:
        index = store._ensure_index()
        assert added == []  # read back whole: nothing re-added to the graph
        assert len(index.linker.claims) == store.stats().claims > 0
        for analysis in analyses[30:]:
            store.add_analysis(analysis)
        assert added  # the new articles' claims and stories
    reopened = fingerprint(store_url)
    monkeypatch.undo()
    assert reopened == load(store_url.replace("store.db", "once.db"))  # as one clean run


def test_a_snapshot_that_does_not_fit_is_ignored(store_url: str) -> None:
    """Written by the exact search, read by the graph: rebuilt from the stored vectors."""
    analyses = corpus()
    with open_store(store_url, matcher="lexical", search="exact") as store:
        for analysis in analyses[:30]:
            store.add_analysis(analysis)
    with open_store(store_url, matcher="lexical") as store:
        for analysis in analyses[30:]:
            store.add_analysis(analysis)
    assert fingerprint(store_url) == load(store_url.replace("store.db", "once.db"))


def test_a_window_keeps_old_claims_out(tmp_path: Any) -> None:
    claim = "Ford and Xiaomi confirmed talks over a car plant in Ohio"
    articles = [
        make_analysis(
            f"Ford and Xiaomi talks, part {i}",
            f"{claim}.",
            url=f"https://wire.example/{i}",
            published=f"{day}T08:00:00Z",
            claims=[ClaimSpec(claim)],
        )
        for i, day in enumerate(["2025-05-01", "2025-05-05", "2025-06-20"])
    ]
    counts = {}
    for window in (None, 7):
        with open_store(str(tmp_path / f"{window}.db"), matcher="lexical", window_days=window) as s:
            for analysis in articles:
                s.add_analysis(analysis)
            counts[window] = (s.stats().claims, s.stats().stories)
    # May 5 repeats May 1; June 20 is 46 days on, outside a week's window.
    assert counts == {None: (1, 1), 7: (2, 2)}


def test_a_bad_window_or_search_is_refused(tmp_path: Any) -> None:
    from claimtrail.errors import InputError

    with pytest.raises(InputError, match="positive number of days"):
        open_store(str(tmp_path / "a.db"), window_days=0)
    with pytest.raises(InputError, match="unknown claim search"):
        open_store(str(tmp_path / "a.db"), search="annoy")


def test_a_small_addition_to_a_large_index_is_not_snapshotted_at_once(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrail.store import store as store_module

    url = str(tmp_path / "s.db")
    with open_store(url, matcher="lexical") as store:
        for analysis in corpus():
            store.add_analysis(analysis)
    with open_store(url, matcher="lexical") as store:
        store._ensure_index()
        assert store.save_index() is False  # nothing stored since
        claim = "Halvorsen agreed to buy the Brightwater dairy for nine million"
        store.add_analysis(make_analysis("Dairy sold", f"{claim}.", claims=[ClaimSpec(claim)]))
        monkeypatch.setattr(store_module, "SNAPSHOT_SHARE", 0.5)
        assert store.save_index() is False  # a few rows of many: re-added on open instead
        monkeypatch.setattr(store_module, "SNAPSHOT_SHARE", 0.001)
        assert store.save_index() is True


def test_claim_terms_are_read_back_with_the_index(tmp_path: Any) -> None:
    """Cross-article matching needs each stored claim's content words outside names: a store
    reopened from its snapshot, or rebuilt from its rows, must know them as the writer did
    (without them every stored claim would match on its cosine alone)."""
    from claimtrail.link.stories import claim_terms

    url = f"sqlite:///{tmp_path / 'terms.db'}"
    analyses = corpus(days=3)
    with open_store(url, matcher="lexical") as store:
        for analysis in analyses:
            store.add_analysis(analysis)
        written = list(store._ensure_index().linker.claims.terms)
    assert written and all(terms for terms in written)

    def read_back() -> list[frozenset[str] | None]:
        with open_store(url, matcher="lexical") as store:
            index = store._ensure_index().linker.claims
            stored = {c.id: c.text for c in store.list_claims(limit=1000).items}
            for pos, claim_id in enumerate(index.ids):
                assert index.terms[pos] == claim_terms(stored[claim_id], index.entities[pos])
            return list(index.terms)

    assert read_back() == written  # from the snapshot
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM vector_meta"))
    engine.dispose()
    assert read_back() == written  # rebuilt from the stored rows

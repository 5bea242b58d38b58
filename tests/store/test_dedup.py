"""Near copies through the database (claimtrail/store/dedup.py, revision 0006): a store opens
without rebuilding a near-copy index, finds near copies of what earlier opens stored, and a
store from before the band table gets its bands filled by the upgrade."""

from __future__ import annotations

import datasketch
import pytest
from sqlalchemy import create_engine, text

from claimtrail.store import open_store
from claimtrail.store.dedup import (
    BAND_ROWS,
    BANDS,
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    band_keys,
    minhash,
)
from tests.store.factory import make_analysis

TOPICS = ["bridge", "harbour", "library", "tram line", "stadium", "museum", "school", "market"]


def _body(topic: str, day: str = "Tuesday") -> str:
    return (
        f"The council said on {day} that the {topic} would cost far more than planned, and "
        f"that work on the {topic} would stop until a new budget was agreed next spring. "
        f"Members who backed the {topic} said the delay would only raise the final bill. "
    ) * 2


def test_the_banding_is_what_datasketch_chooses_for_the_threshold() -> None:
    lsh = datasketch.MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, BAND_ROWS)


def test_alike_texts_share_a_band_and_different_ones_do_not() -> None:
    base = band_keys(minhash(_body("bridge")).hashvalues)
    near = band_keys(minhash(_body("bridge", "Wednesday")).hashvalues)
    other = band_keys(minhash(_body("harbour")).hashvalues)
    assert len(base) == BANDS and set(base) & set(near)
    assert not set(base) & set(other)


def test_a_reopened_store_finds_near_copies_without_rebuilding_an_index(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(store_url, matcher="lexical") as store:
        for n, topic in enumerate(TOPICS):
            store.add_analysis(make_analysis(topic, _body(topic), url=f"https://a.example/{n}"))
    built: list[int] = []
    real_init = datasketch.MinHash.__init__

    def counting_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(datasketch.MinHash, "__init__", counting_init)
    with open_store(store_url, matcher="lexical") as store:
        store._ensure_index()  # what the first write loads
        assert built == []  # no stored signature was read back into memory
        copy = make_analysis("museum", _body("museum", "Friday"), url="https://b.example/1")
        outcome = store.add_analysis(copy)
    assert built == [1]  # the new text's own signature
    assert outcome.status == "near_duplicate" and outcome.duplicate_of == TOPICS.index("museum") + 1


def test_a_superseded_revision_is_no_longer_a_near_copy(store_url: str) -> None:
    with open_store(store_url, matcher="lexical") as store:
        url = "https://a.example/rev"
        store.add_analysis(make_analysis("bridge", _body("bridge"), url=url))
        revised = store.add_analysis(make_analysis("harbour", _body("harbour"), url=url))
        assert revised.status == "revision"
        copy = make_analysis("bridge", _body("bridge", "Monday"), url="https://b.example/1")
        assert store.add_analysis(copy).status == "new"


def test_upgrading_a_store_without_bands_fills_them(store_url: str) -> None:
    with open_store(store_url, matcher="lexical") as store:
        for n, topic in enumerate(TOPICS[:3]):
            store.add_analysis(make_analysis(topic, _body(topic), url=f"https://a.example/{n}"))
    engine = create_engine(store_url)
    with engine.begin() as conn:  # the store as revision 0005 left it
        conn.execute(text("DROP TABLE minhash_bands"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    engine.dispose()
    with open_store(store_url, matcher="lexical") as store:
        copy = make_analysis("harbour", _body("harbour", "Sunday"), url="https://b.example/1")
        outcome = store.add_analysis(copy)
    assert outcome.status == "near_duplicate" and outcome.duplicate_of == 2

"""``Store.data_version`` (migration 0004): it moves with every change a reader could see, made
by any writer, and stays put otherwise (the web server caches pages on it)."""

from __future__ import annotations

from sqlalchemy import text

from claimtrail.store import Store, open_store
from claimtrail.store.db import make_engine, write_transaction
from claimtrail.store.events import EventLog
from tests.store.factory import ClaimSpec, QuoteSpec, ford_xiaomi_corpus, make_analysis


def test_a_stored_article_moves_the_version_and_a_read_does_not(store: Store) -> None:
    start = store.data_version()
    store.list_stories()
    store.stats()
    assert store.data_version() == start
    analysis = ford_xiaomi_corpus()[0]
    store.add_analysis(analysis)
    after_write = store.data_version()
    assert after_write > start
    assert store.add_analysis(analysis).status == "unchanged"  # nothing written
    assert store.data_version() == after_write


def test_event_collection_moves_the_version(store: Store) -> None:
    store.add_analysis(ford_xiaomi_corpus()[0])
    before = store.data_version()
    with EventLog(store.url, engine=store.engine) as log:
        assert log.collect() > 0
    assert store.data_version() > before


def test_any_writer_moves_it_even_one_that_bypasses_claimtrail(store: Store) -> None:
    """Another process editing a claim or a story directly: the triggers still see it."""
    store.add_analysis(
        make_analysis(
            "Port deal signed",
            "The port signed the deal on Monday, officials said.",
            url="https://port.example/1",
            claims=[ClaimSpec("The port signed the deal", [("officials", "report")])],
            quotes=[QuoteSpec("Harbour Master Ann Reed", "signed the deal")],
        )
    )
    with EventLog(store.url, engine=store.engine) as log:
        assert log.collect() > 0
    other = make_engine(store.url)
    try:
        for statement in (
            "UPDATE claims SET status = 'denied'",
            "UPDATE stories SET title = 'Renamed'",
            "UPDATE speakers SET role = 'spokesman'",
            "DELETE FROM events",
        ):
            before = store.data_version()
            with write_transaction(other) as conn:
                conn.execute(text(statement))
            assert store.data_version() > before, statement
    finally:
        other.dispose()


def test_a_second_store_on_the_same_database_sees_the_same_version(store_url: str) -> None:
    with (
        open_store(store_url, matcher="lexical") as one,
        open_store(store_url, matcher="lexical") as two,
    ):
        one.add_analysis(ford_xiaomi_corpus()[0])
        assert one.data_version() == two.data_version() > 0

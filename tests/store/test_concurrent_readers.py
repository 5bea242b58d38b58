"""Readers of one open store never wait for each other, nor for a writer (issue 14, item 3).

No timings: two reads meet at a barrier while each is inside its own read transaction. If reads
were serialised (a lock around the store, one shared connection), the second could not reach the
barrier while the first waits there, and the barrier breaks after its timeout.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import text, update

from claimtrail.store import Store, queries
from claimtrail.store.db import write_transaction
from claimtrail.store.schema import stories
from tests.store.factory import ClaimSpec, QuoteSpec, make_analysis

# Only how long a broken run takes to fail; a working one passes the barrier at once.
MEET_TIMEOUT_S = 20


def _seed(store: Store) -> int:
    outcome = store.add_analysis(
        make_analysis(
            "Harbour plan approved",
            "The council approved the harbour plan on Monday, officials said. "
            '"Work starts in spring," said Mayor Ann Reed.',
            url="https://harbour.example/1",
            source="Harbour Post",
            published="2025-04-01T08:00:00Z",
            claims=[ClaimSpec("The council approved the harbour plan", [("officials", "report")])],
            quotes=[QuoteSpec("Mayor Ann Reed", "Work starts in spring")],
        )
    )
    assert outcome.story_id is not None
    return outcome.story_id


def _meeting(
    original: Callable[..., Any], barrier: threading.Barrier, inside: list[int]
) -> Callable[..., Any]:
    """``original`` that, after running its queries, waits for the other reader while its
    connection and read transaction are still open."""

    def read(conn: Any, *args: Any) -> Any:
        result = original(conn, *args)
        inside.append(id(conn))
        barrier.wait()
        return result

    return read


def test_two_story_reads_are_in_flight_at_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_id = _seed(store)
    barrier = threading.Barrier(2, timeout=MEET_TIMEOUT_S)
    connections: list[int] = []
    monkeypatch.setattr(queries, "get_story", _meeting(queries.get_story, barrier, connections))
    with ThreadPoolExecutor(2) as pool:
        got = [f.result() for f in [pool.submit(store.get_story, story_id) for _ in range(2)]]
    assert [g.id for g in got] == [story_id, story_id]
    assert got[0].claims and got[0].voices
    assert len(set(connections)) == 2  # a connection per reader, not one shared


def test_different_reads_are_in_flight_at_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list and a search (different queries, different code paths) overlap too."""
    _seed(store)
    barrier = threading.Barrier(2, timeout=MEET_TIMEOUT_S)
    connections: list[int] = []
    monkeypatch.setattr(
        queries, "list_stories", _meeting(queries.list_stories, barrier, connections)
    )
    monkeypatch.setattr(
        queries, "list_articles", _meeting(queries.list_articles, barrier, connections)
    )
    with ThreadPoolExecutor(2) as pool:
        listed = pool.submit(store.list_stories)
        articles = pool.submit(store.list_articles)
        assert listed.result().total == 1
        assert articles.result().total == 1


def test_a_read_does_not_wait_for_an_open_write(store: Store) -> None:
    """A writer holding the store's write lock mid-transaction (SQLite: BEGIN IMMEDIATE in WAL
    mode; PostgreSQL: the advisory lock) does not stop a reader, who sees the last commit."""
    story_id = _seed(store)
    before = store.get_story(story_id).title
    read_done = threading.Event()
    seen: list[str] = []

    def reader() -> None:
        seen.append(store.get_story(story_id).title)
        read_done.set()

    with write_transaction(store.engine) as conn:
        conn.execute(update(stories).where(stories.c.id == story_id).values(title="Changed"))
        thread = threading.Thread(target=reader)
        thread.start()
        # The writer commits only after the read finished: a reader that waited for the
        # writer would never finish, and the wait below would time out.
        assert read_done.wait(MEET_TIMEOUT_S), "the read waited for the open write"
    thread.join()
    assert seen == [before]
    assert store.get_story(story_id).title == "Changed"


def test_sqlite_store_is_in_wal_mode(store: Store) -> None:
    if store.backend != "sqlite":
        pytest.skip("SQLite only")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_pool_serves_the_web_servers_threads(store: Store) -> None:
    """SQLite: enough pooled connections for every request thread of the server (anyio's 40)
    at once, so no reader waits for a connection another reader holds. PostgreSQL: 30, each a
    server process (see db.PG_POOL_OVERFLOW)."""
    pool = store.engine.pool
    opened = pool.size() + pool._max_overflow  # type: ignore[attr-defined]
    assert opened >= (40 if store.backend == "sqlite" else 30)


def test_writes_from_threads_of_one_store_take_turns(store: Store) -> None:
    """Two threads writing through one store (the API's write thread and, say, a watcher):
    each text stored once, the in-memory index kept in step."""
    bodies = [
        f"The council of ward {i} approved a {good} budget on Monday, officials said. "
        f"Residents of ward {i} welcomed the {good} plan."
        for i, good in enumerate(["road", "school", "park", "library", "bridge", "market"])
    ]
    analyses = [
        make_analysis(f"Ward {i} budget", body, url=f"https://ward.example/{i}")
        for i, body in enumerate(bodies)
    ]
    with ThreadPoolExecutor(2) as pool:
        first = list(pool.map(store.add_analysis, analyses))
        again = list(pool.map(store.add_analysis, analyses))
    assert [o.status for o in first] == ["new"] * len(analyses)
    assert [o.status for o in again] == ["unchanged"] * len(analyses)
    assert store.stats().articles == len(analyses)

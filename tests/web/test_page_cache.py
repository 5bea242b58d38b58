"""Rendered pages are kept while the store's data version stands still, and re-rendered as soon
as any writer (another process included) changes it (claimtrail/web/page_cache.py)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from claimtrail.store import Store, queries
from claimtrail.store.db import make_engine, write_transaction
from claimtrail.web.page_cache import PageCache


def test_cache_keeps_a_page_for_its_version_only() -> None:
    cache = PageCache(max_bytes=100)
    cache.put("a", 1, b"x" * 10)
    assert cache.get("a", 1) == b"x" * 10
    assert cache.get("a", 2) is None  # the data changed since
    assert cache.get("b", 1) is None


def test_cache_drops_the_least_recently_used_beyond_its_budget() -> None:
    cache = PageCache(max_bytes=25)
    cache.put("a", 1, b"a" * 10)
    cache.put("b", 1, b"b" * 10)
    assert cache.get("a", 1)  # a is now the most recent
    cache.put("c", 1, b"c" * 10)
    assert cache.get("b", 1) is None
    assert cache.get("a", 1) and cache.get("c", 1)
    cache.put("huge", 1, b"h" * 26)  # bigger than the whole budget: not kept
    assert cache.get("huge", 1) is None and len(cache) == 2


def test_a_zero_budget_keeps_nothing() -> None:
    cache = PageCache(max_bytes=0)
    cache.put("a", 1, b"a")
    assert cache.get("a", 1) is None


def _first_story(client: TestClient) -> int:
    return int(client.get("/api/stories").json()["items"][0]["id"])


def _count_story_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = queries.get_story

    def counted(conn: Any, story_id: int) -> Any:
        calls.append(story_id)
        return original(conn, story_id)

    monkeypatch.setattr(queries, "get_story", counted)
    return calls


def test_story_page_is_rendered_once_while_nothing_changes(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_id = _first_story(client)
    reads = _count_story_reads(monkeypatch)
    pages = [client.get(f"/stories/{story_id}") for _ in range(3)]
    assert [p.status_code for p in pages] == [200, 200, 200]
    assert pages[0].text == pages[1].text == pages[2].text
    assert reads == [story_id]
    # The cached answer carries the same security headers as a rendered one.
    assert (
        pages[2].headers["content-security-policy"] == pages[0].headers["content-security-policy"]
    )
    full = client.get(f"/stories/{story_id}?full=1")  # another page: its own entry
    assert full.status_code == 200 and reads == [story_id, story_id]


def test_a_write_by_another_process_shows_on_the_next_request(
    client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_id = _first_story(client)
    reads = _count_story_reads(monkeypatch)
    first = client.get(f"/stories/{story_id}")
    assert "Renamed by another writer" not in first.text
    other = make_engine(store.url)  # its own engine and connections, as another process has
    try:
        with write_transaction(other) as conn:
            conn.execute(
                text("UPDATE stories SET title = 'Renamed by another writer' WHERE id = :i"),
                {"i": story_id},
            )
    finally:
        other.dispose()
    second = client.get(f"/stories/{story_id}")
    assert "Renamed by another writer" in second.text
    assert reads == [story_id, story_id]
    home = client.get("/")
    assert "Renamed by another writer" in home.text


def test_an_article_posted_through_the_api_shows_at_once(client: TestClient) -> None:
    before = client.get("/")
    assert "Lighthouse keeper retires" not in before.text
    posted = client.post(
        "/api/articles",
        json={"text": "Lighthouse keeper retires\nThe keeper retired on Friday, friends said."},
    )
    assert posted.status_code == 201, posted.text
    assert "Lighthouse keeper retires" in client.get("/").text

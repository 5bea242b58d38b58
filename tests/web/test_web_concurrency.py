"""Requests are served at once, not one store call at a time (issue 14, item 3).

No timings: two requests meet at a barrier inside their store reads. With a lock around the
store (what the app had), the second request could not start its read while the first waits at
the barrier, and the barrier breaks after its timeout (the requests then fail with a 500).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from claimtrail.store import queries

MEET_TIMEOUT_S = 20


def _meeting(original: Callable[..., Any], barrier: threading.Barrier) -> Callable[..., Any]:
    def read(conn: Any, *args: Any) -> Any:
        result = original(conn, *args)
        barrier.wait()  # still inside this request's read transaction
        return result

    return read


def _first_story(client: TestClient) -> int:
    return int(client.get("/api/stories").json()["items"][0]["id"])


@pytest.mark.parametrize("path", ["/api/stories/{id}", "/stories/{id}"])
def test_two_story_requests_are_served_at_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    story_id = _first_story(client)
    barrier = threading.Barrier(2, timeout=MEET_TIMEOUT_S)
    monkeypatch.setattr(queries, "get_story", _meeting(queries.get_story, barrier))
    url = path.format(id=story_id)
    with ThreadPoolExecutor(2) as pool:
        responses = list(pool.map(client.get, [url, url]))
    assert [r.status_code for r in responses] == [200, 200]
    assert not barrier.broken


def test_a_read_is_served_while_another_request_reads(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story page and the stories list, different endpoints, overlap too."""
    story_id = _first_story(client)
    barrier = threading.Barrier(2, timeout=MEET_TIMEOUT_S)
    monkeypatch.setattr(queries, "get_story", _meeting(queries.get_story, barrier))
    monkeypatch.setattr(queries, "list_stories", _meeting(queries.list_stories, barrier))
    with ThreadPoolExecutor(2) as pool:
        story = pool.submit(client.get, f"/api/stories/{story_id}")
        listing = pool.submit(client.get, "/api/stories")
        assert story.result().status_code == 200
        assert listing.result().status_code == 200

"""``GET /api/events`` and the story page's latest changes, over the seeded store."""

from __future__ import annotations

from fastapi.testclient import TestClient

from claimtrail.store import Store
from claimtrail.store.events import EventLog


def _collect(store: Store) -> int:
    with EventLog(store.url) as log:
        return log.collect()


def test_events_follow_with_since(client: TestClient, store: Store) -> None:
    assert client.get("/api/events").json()["items"] == []  # nothing collected yet
    assert _collect(store) > 0
    everything = client.get("/api/events", params={"since": 0, "limit": 200}).json()
    items = everything["items"]
    assert items and everything["total"] == len(items)
    assert [e["id"] for e in items] == sorted(e["id"] for e in items)
    assert {"status_change", "new_story", "new_claim"} >= {e["kind"] for e in items}
    last = items[-2]["id"]
    assert [e["id"] for e in client.get(f"/api/events?since={last}").json()["items"]] == [
        items[-1]["id"]
    ]
    changes = client.get("/api/events", params={"since": 0, "kind": "status_change"}).json()
    assert all(e["kind"] == "status_change" and e["old_status"] for e in changes["items"])
    dated = client.get("/api/events", params={"since": "2000-01-01"}).json()
    assert dated["total"] == len(items)


def test_bad_since_is_a_422(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "yesterday"})
    assert response.status_code == 422
    assert response.json()["error"]["status"] == 422


def test_story_page_shows_its_latest_changes(client: TestClient, store: Store) -> None:
    _collect(store)
    stories = client.get("/api/stories").json()["items"]
    with_changes = None
    for story in stories:
        events = client.get("/api/events", params={"story_id": story["id"]}).json()["items"]
        if any(e["kind"] == "status_change" for e in events):
            with_changes = (story["id"], events)
            break
    assert with_changes is not None
    story_id, events = with_changes
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200 and "Latest changes" in page.text
    change = next(e for e in events if e["kind"] == "status_change")
    assert f'href="/claims/{change["claim_id"]}"' in page.text

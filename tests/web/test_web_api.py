"""Each API endpoint over a store seeded in code: shapes, filters, pagination, writing."""

from __future__ import annotations

from importlib import resources

import pytest
from conftest import LOCAL, TOKEN
from fastapi.testclient import TestClient
from web_seed import TALKS

from claimtrail.api import Settings
from claimtrail.api.params import MAX_LIMIT
from claimtrail.app import create_app


def test_stories_list_and_detail(client: TestClient) -> None:
    page = client.get("/api/stories").json()
    assert page["total"] == 2 and page["limit"] == 20 and page["offset"] == 0
    ford = next(s for s in page["items"] if s["central_status"] == "denied")
    story = client.get(f"/api/stories/{ford['id']}").json()
    assert story["central_claim"] == TALKS and story["article_count"] == 2
    lifecycle = story["claims"][0]["lifecycle"]
    assert [(e["source"], e["attitude"]) for e in lifecycle][0] == ("Financial Times", "report")
    assert {("Ford", "deny"), ("Xiaomi", "deny")} <= {
        (e["source"], e["attitude"]) for e in lifecycle
    }
    assert {v["name"] for v in story["voices"]} >= {"Michael Rodriguez", "James Kellner"}


def test_articles_list_detail_and_pagination(client: TestClient) -> None:
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 2 and page["offset"] == 1
    detail = client.get("/api/articles/1").json()
    assert detail["analysis"]["schema"] == "claimtrail.analysis/1"
    assert detail["analysis"]["claims"][0]["text"] == TALKS


def test_claims_filter_by_status(client: TestClient) -> None:
    assert client.get("/api/claims", params={"status": "denied"}).json()["total"] == 1
    assert client.get("/api/claims", params={"status": "confirmed"}).json()["total"] == 0
    claim = client.get("/api/claims/1").json()
    assert claim["status"] == "denied" and claim["text"] == TALKS
    assert [e["article_id"] for e in claim["evidence"]] == [2, 2]


def test_claims_date_and_entity_filters(client: TestClient) -> None:
    def total(**params: str) -> int:
        return int(client.get("/api/claims", params=params).json()["total"])

    assert total(since="2026-11-20", until="2026-11-20", entity="Xiaomi") == 1  # whole days
    assert total(since="2026-11-22") == 0 and total(until="2026-11-19") == 0
    assert total(entity="Tesla") == 0
    bad = client.get("/api/claims", params={"since": "last tuesday"})
    assert bad.status_code == 422 and bad.json()["error"]["details"][0]["loc"] == ["query", "since"]


def test_speakers_by_id_and_by_name(client: TestClient) -> None:
    page = client.get("/api/speakers", params={"q": "Kellner"}).json()
    assert [s["name"] for s in page["items"]] == ["James Kellner"]
    by_id = client.get(f"/api/speakers/{page['items'][0]['id']}").json()
    by_name = client.get("/api/speakers/James Kellner").json()
    assert by_id == by_name and by_name["quotes"][0]["text"] == "It would be disgraceful if true."


def test_search_and_stats(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "deny"}).json()
    assert [h["article_id"] for h in hits["items"]] == [2]
    assert client.get("/api/search").status_code == 422  # q is required
    assert client.get("/api/stats").json()["articles"] == 3
    assert client.get("/api/health").json() == {"status": "ok"}


def test_limit_is_bounded(client: TestClient) -> None:
    assert client.get("/api/stories", params={"limit": MAX_LIMIT}).status_code == 200
    assert client.get("/api/stories", params={"limit": MAX_LIMIT + 1}).status_code == 422
    assert client.get("/api/stories", params={"offset": -1}).status_code == 422


def test_post_article_analyses_once_and_stores(client: TestClient, analyzer, store) -> None:
    body = {
        "text": "Xiaomi confirms talks\nXiaomi said it held talks with Ford.",
        "source": "Wire",
        "published": "2026-11-23",
    }
    first = client.post("/api/articles", json=body)
    assert first.status_code == 201 and first.json()["status"] == "new"
    again = client.post("/api/articles", json=body)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert analyzer.calls == 2  # one analyser, created lazily, reused
    stored = client.get(f"/api/articles/{first.json()['article_id']}").json()
    assert stored["headline"] == "Xiaomi confirms talks" and stored["source"] == "Wire"


def test_post_refuses_unknown_fields_and_empty_text(client: TestClient) -> None:
    assert client.post("/api/articles", json={"text": "x", "colour": "red"}).status_code == 422
    assert client.post("/api/articles", json={"text": ""}).status_code == 422
    assert client.post("/api/articles", json={"text": "  \n "}).status_code == 422


def test_post_accepts_body_as_the_cli_json_does(client: TestClient) -> None:
    """`body` is the CLI's JSON name for the text: the API takes it too, documented."""
    sent = {"body": "Xiaomi hires\nXiaomi said it would hire engineers.", "source": "Wire"}
    posted = client.post("/api/articles", json=sent)
    assert posted.status_code == 201, posted.text
    again = client.post("/api/articles", json={"text": sent["body"], "source": "Wire"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    stored = client.get(f"/api/articles/{posted.json()['article_id']}").json()
    assert stored["headline"] == "Xiaomi hires"
    both = client.post("/api/articles", json={"text": "a\nb", "body": "a\nb"})
    assert both.status_code == 422 and "exactly one" in both.text
    assert "Value error" not in both.text
    assert client.post("/api/articles", json={"source": "Wire"}).status_code == 422
    assert client.post("/api/articles", json={"text": None}).status_code == 422
    assert client.post("/api/articles", json={"text": None, "body": "a\nb"}).status_code == 422
    spec = client.get("/api/openapi.json").json()["components"]["schemas"]["ArticleIn"]
    assert "`text`" in spec["properties"]["body"]["description"]
    assert spec["oneOf"] == [{"required": ["text"]}, {"required": ["body"]}]


@pytest.mark.slow
def test_post_with_the_real_analyzer(store) -> None:
    """The spaCy pipeline behind POST: the founding example comes back with its quotes."""
    text = (resources.files("claimtrail.data.examples") / "ford-xiaomi.txt").read_text()
    app = create_app(Settings(token=TOKEN), store=store)  # the default analyser, on first use
    with TestClient(app, base_url=LOCAL, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        outcome = client.post("/api/articles", json={"text": text, "source": "EV Insider"})
        assert outcome.status_code == 201, outcome.text
        article = client.get(f"/api/articles/{outcome.json()['article_id']}").json()
    speakers = {q["speaker"]["name"] for q in article["analysis"]["quotes"] if q["speaker"]}
    assert {"Michael Rodriguez", "Priya Mehta"} <= speakers


def test_the_server_sees_what_another_process_stored(client, store) -> None:
    """Issue 12 item 3: a near copy POSTed after another writer (a CLI ingest) stored the
    original is linked to it, not stored as new."""
    from claimtrail.store import open_store
    from tests.store.factory import make_analysis

    body = (
        "The harbour board said on Monday that the new ferry terminal would open in May, "
        "two years late, after a dispute over the cost of dredging the channel was settled. "
        "Local traders welcomed the news and said the delay had cost them dearly. "
    ) * 3
    first = client.post(
        "/api/articles", json={"text": "Warm-up\nA first article to load the server's indexes."}
    )
    assert first.status_code == 201
    with open_store(store.url, matcher="lexical") as other_process:
        stored = other_process.add_analysis(
            make_analysis("Ferry terminal to open in May", body, url="https://harbour.example/1")
        )
    near = client.post(
        "/api/articles",
        json={
            "headline": "Ferry terminal to open in May",
            "text": body.replace("Monday", "Tuesday"),
            "url": "https://copy.example/1",
        },
    )
    assert near.status_code == 201, near.text
    assert near.json()["status"] == "near_duplicate"
    assert near.json()["duplicate_of"] == stored.article_id

"""Dashboard pages: what each shows, and that article text is always escaped."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_seed import SCRIPT_TEXT, report_article

from tests.store.factory import ClaimSpec, QuoteSpec, make_analysis

ESCAPED = "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;"


def test_stories_list_shows_status_badge_and_last_change(client: TestClient) -> None:
    page = client.get("/").text
    row = next(r for r in page.split('<tr class="story-row">') if "Xiaomi in talks" in r)
    assert 'class="badge status-denied"' in row
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', row)


def test_story_page_has_timeline_map_and_quotes(client: TestClient) -> None:
    page = client.get("/stories/1").text
    assert page.count('class="timeline-event"') == 4  # FT, FT again, Ford, Xiaomi
    assert 'class="dot att-deny"' in page and 'class="dot att-report"' in page
    assert 'class="voice kind-analyst"' in page and 'class="voice kind-politician"' in page
    assert "/articles/2?focus=claim-" in page
    assert "This rumor signals a future playbook" in page


def test_article_page_highlights_claims_and_quotes_by_offset(client: TestClient) -> None:
    page = client.get("/articles/1").text
    marks = re.findall(r'<mark class="hl ([a-z ]+)" data-ids="([^"]+)"[^>]*>([^<]*)</mark>', page)
    texts = {ids: text for _, ids, text in marks}
    claim = report_article().claims[0]
    assert texts[f"claim-{claim.start}-{claim.end}"].startswith("Ford and Xiaomi have held talks")
    quote = next(text for kinds, _, text in marks if kinds == "quote")
    assert quote == "This rumor signals a future playbook for legacy carmakers."
    assert 'id="tip-quote-q1"' in page and "Michael Rodriguez" in page


@pytest.mark.parametrize(
    "url", ["/articles/3", "/stories/1", "/search?q=markup", "/speakers/An%20official", "/"]
)
def test_article_text_is_always_escaped(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert SCRIPT_TEXT not in response.text and "<img src=x" not in response.text
    assert "<b>News</b>" not in response.text


def test_escaped_text_is_shown_on_the_article_page(client: TestClient) -> None:
    page = client.get("/articles/3")
    assert ESCAPED in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_search_page(client: TestClient) -> None:
    assert "Search" in client.get("/search").text
    page = client.get("/search", params={"q": "deny"}).text
    assert "1 result for" in page and "/articles/2" in page


def test_claim_and_speaker_pages(client: TestClient) -> None:
    claim = client.get("/claims/1").text
    assert "badge status-denied" in claim and 'class="evidence-link"' in claim
    speaker = client.get("/speakers/James%20Kellner").text
    assert "It would be disgraceful if true." in speaker


def test_static_assets_are_local(client: TestClient) -> None:
    page = client.get("/stories/1").text
    assert not re.search(r'(src|href)="(https?:)?//', page.replace('href="https://example.com', ""))
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


# A count of one said in the plural: "1 articles", "1 independent sources", "1 quotes".
ONE_PLURAL = re.compile(r"\b1 (articles|independent sources|quotes|copies)\b")


def test_counts_are_said_as_the_terminal_says_them(client: TestClient, store) -> None:
    """The story header says its articles as `claimtrail story` and `stats` do: the originals,
    the linked copies apart, so its table's rows add up; a count of one is singular."""
    article = report_article().article.model_copy(
        update={"url": "https://mirror.example/copy", "source": "Mirror"}
    )
    copy = store.add_analysis(report_article().model_copy(update={"article": article}))
    assert copy.status == "duplicate" and copy.story_id
    story = client.get(f"/api/stories/{copy.story_id}").json()
    assert story["copy_count"] == 1
    assert story["articles_total"] == story["article_count"] + 1
    page = client.get(f"/stories/{copy.story_id}").text
    noun = "article" if story["article_count"] == 1 else "articles"
    assert f"· {story['article_count']} {noun} (+1 copy) ·" in page
    single = make_analysis(  # one claim, one article, one source: every count a singular
        "Council to build a new bridge",
        "The council will build a new bridge over the river, the mayor said.",
        source="City Herald",
        url="https://cityherald.example/bridge",
        published="2025-07-01T09:00:00Z",
        claims=[ClaimSpec("The council will build a new bridge", [("the mayor", "assert")])],
        quotes=[QuoteSpec("the mayor", "We will build it", "discuss")],
    )
    assert store.add_analysis(single).status == "new"
    claims = client.get("/api/claims", params={"limit": 100}).json()["items"]
    stories = client.get("/api/stories", params={"limit": 100}).json()["items"]
    pages = [page] + [client.get(f"/claims/{c['id']}").text for c in claims]
    pages += [client.get(f"/stories/{s['id']}").text for s in stories]
    pages += [client.get(f"/speakers/{v['name']}").text for v in story["voices"]]
    assert any(c["independent_source_count"] == 1 for c in claims)  # so singulars are shown
    assert any("1 article · 1 independent source" in p for p in pages)
    for shown in pages:
        assert not ONE_PLURAL.search(shown)

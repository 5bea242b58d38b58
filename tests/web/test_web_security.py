"""Security and protocol (issue 12 items 11-12): writes always need a token, the Host header is
checked (DNS rebinding), every 405 names the allowed methods, every response is nosniff, and a
speaker whose name holds a '/' can be opened."""

from __future__ import annotations

import pytest
from conftest import LOCAL, TOKEN, EchoAnalyzer
from fastapi.testclient import TestClient

from claimtrail.api import Settings
from claimtrail.app import create_app
from claimtrail.store import Store
from tests.store.factory import QuoteSpec, make_analysis

ARTICLE = {"text": "Bridge to open\nThe bridge opens in May, the council said."}


def test_dns_rebinding_request_is_refused(store: Store) -> None:
    app = create_app(Settings(token=TOKEN), store=store, analyzer_factory=EchoAnalyzer)
    before = store.stats().articles
    with TestClient(
        app, base_url="http://rebind.attacker.example:8000", raise_server_exceptions=False
    ) as evil:
        read = evil.get("/api/stories")
        write = evil.post(
            "/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        page = evil.get("/")
    for response in (read, write, page):
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "host_not_allowed"
    assert store.stats().articles == before
    with TestClient(app, base_url="http://localhost:8000") as local:
        assert local.get("/api/stories").status_code == 200


@pytest.mark.parametrize(
    ("host", "token", "base"),
    [
        ("127.0.0.1", None, LOCAL),
        ("localhost", None, "http://localhost:8000"),
        ("::1", None, "http://[::1]:8000"),
        ("0.0.0.0", TOKEN, "http://192.0.2.7:8000"),
        ("192.0.2.7", TOKEN, "http://192.0.2.7:8000"),
    ],
)
def test_writes_without_a_token_are_refused_on_every_bind_address(
    store: Store, host: str, token: str | None, base: str
) -> None:
    settings = Settings(host=host, token=token)
    assert settings.token  # given, or generated for this run
    app = create_app(settings, store=store, analyzer_factory=EchoAnalyzer)
    before = store.stats().articles
    with TestClient(app, base_url=base, raise_server_exceptions=False) as client:
        missing = client.post("/api/articles", json=ARTICLE)
        wrong = client.post(
            "/api/articles", json=ARTICLE, headers={"Authorization": "Bearer not-the-token-at-all"}
        )
        assert missing.status_code == 401 and wrong.status_code == 403
        assert store.stats().articles == before
        ok = client.post(
            "/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {settings.token}"}
        )
        assert ok.status_code == 201, ok.text


def test_two_servers_get_different_generated_tokens() -> None:
    first, second = Settings(), Settings()
    assert first.token_generated and first.token != second.token and len(first.token or "") > 20


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/api/stories", "GET"),
        ("PUT", "/api/articles", "GET, POST"),
        ("POST", "/api/speakers/1", "GET"),
        ("DELETE", "/", "GET"),
        ("POST", "/static/app.css", "GET, HEAD"),
    ],
)
def test_every_405_names_the_allowed_methods(
    client: TestClient, method: str, path: str, allowed: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed


@pytest.mark.parametrize(
    "path", ["/api/stories", "/api/openapi.json", "/static/app.css", "/api/stories/999", "/"]
)
def test_every_response_is_nosniff(client: TestClient, path: str) -> None:
    assert client.get(path).headers["x-content-type-options"] == "nosniff"


def test_a_speaker_named_with_a_slash_opens(client: TestClient, store: Store) -> None:
    store.add_analysis(
        make_analysis(
            "Survey finds prices rising",
            "Prices rose again, InStat/MDR said in its survey.",
            url="https://survey.example/1",
            source="Wire",
            quotes=[QuoteSpec("InStat/MDR", "Prices rose again")],
        )
    )
    api = client.get("/api/speakers/InStat%2FMDR")
    assert api.status_code == 200, api.text
    assert api.json()["name"] == "InStat/MDR"
    assert client.get("/api/speakers/InStat/MDR").status_code == 200
    page = client.get("/speakers/InStat%2FMDR")
    assert page.status_code == 200 and "InStat/MDR" in page.text


def test_the_spec_says_writes_need_the_token(app) -> None:  # type: ignore[no-untyped-def]
    post = app.openapi()["paths"]["/api/articles"]["post"]
    assert post["security"] == [{"HTTPBearer": []}]

"""Every API error has the one envelope shape, and the spec documents it for every endpoint."""

from __future__ import annotations

import pytest
from conftest import LOCAL, TOKEN
from fastapi import FastAPI
from fastapi.testclient import TestClient

from claimtrail.api import Settings
from claimtrail.api.errors import ErrorEnvelope
from claimtrail.app import create_app
from claimtrail.errors import ModelError, StoreError


def assert_envelope(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = ErrorEnvelope.model_validate(response.json()).error
    assert body.status == status and body.message
    if code:
        assert body.code == code
    return response.json()


def test_not_found_shapes(client: TestClient) -> None:
    assert_envelope(client.get("/api/stories/999"), 404, "not_found")
    assert_envelope(client.get("/api/no-such-thing"), 404, "not_found")
    assert_envelope(client.get("/api/speakers/Nobody%20Atall"), 404, "not_found")


def test_method_not_allowed(client: TestClient) -> None:
    assert_envelope(client.delete("/api/stories"), 405, "method_not_allowed")


def test_validation_and_malformed_json(client: TestClient) -> None:
    body = assert_envelope(
        client.get("/api/stories", params={"limit": "many"}), 422, "validation_failed"
    )
    assert body["error"]["details"][0]["loc"] == ["query", "limit"]
    malformed = client.post(
        "/api/articles",
        content=b'{"text": "unterminated',
        headers={"content-type": "application/json"},
    )
    assert_envelope(malformed, 400, "malformed_json")


def test_a_body_that_is_not_json(client: TestClient) -> None:
    response = client.post(
        "/api/articles",
        content=b"text=hello",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_envelope(response, 415, "unsupported_media_type")


def test_body_over_the_limit(client: TestClient) -> None:
    assert_envelope(client.post("/api/articles", json={"text": "x" * 5000}), 413, "body_too_large")


def test_body_over_the_limit_without_content_length(client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield b"x" * 1000

    response = client.post(
        "/api/articles", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_envelope(response, 413, "body_too_large")


def test_token_missing_and_wrong(token_client: TestClient) -> None:
    body = {"text": "Headline\nBody text."}
    missing = token_client.post("/api/articles", json=body)
    assert_envelope(missing, 401, "token_required")
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = token_client.post(
        "/api/articles", json=body, headers={"Authorization": "Bearer not-the-token"}
    )
    assert_envelope(wrong, 403, "token_rejected")
    ok = token_client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201
    assert token_client.get("/api/stories").status_code == 200  # reading needs no token


class FailingStore:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def list_stories(self, **_: object) -> None:
        raise self.exc


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (StoreError("database error at postgresql://me:secret@db/x"), 503, "store_unavailable"),
        (RuntimeError("boom secret"), 500, "internal_server_error"),
    ],
)
def test_store_failures(exc: Exception, status: int, code: str) -> None:
    app = create_app(Settings(), store=FailingStore(exc))  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL) as c:
        body = assert_envelope(c.get("/api/stories"), status, code)
    assert "secret" not in body["error"]["message"]  # internals stay in the log


def test_nul_characters_are_refused_at_the_boundary(client: TestClient) -> None:
    assert_envelope(client.get("/api/claims", params={"entity": "a\x00b"}), 422)
    assert_envelope(client.get("/api/speakers/a%00b"), 422)
    assert_envelope(client.post("/api/articles", json={"text": "A\nB \x00"}), 422)


def test_missing_model_is_503(store) -> None:
    def no_model():
        raise ModelError("no spaCy model installed; pip install ...")

    app = create_app(Settings(token=TOKEN), store=store, analyzer_factory=no_model)
    with TestClient(
        app,
        raise_server_exceptions=False,
        base_url=LOCAL,
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as c:
        assert_envelope(c.post("/api/articles", json={"text": "A\nB"}), 503, "model_unavailable")


def test_spec_documents_the_envelope_everywhere(app: FastAPI) -> None:
    spec = app.openapi()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            errors = {int(s) for s in op["responses"] if int(s) >= 400}
            assert {500, 503} <= errors, (method, path)
            for status in errors:
                schema = op["responses"][str(status)]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, (path, status)
    post = spec["paths"]["/api/articles"]["post"]
    assert {"400", "401", "403", "413", "422"} <= set(post["responses"])
    assert post["security"] == [{"HTTPBearer": []}]


def test_html_pages_get_an_html_error_page(client: TestClient) -> None:
    response = client.get("/stories/999")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "999" in response.text and "Back to the stories" in response.text


def test_non_loopback_host_needs_a_token() -> None:
    with pytest.raises(ValueError, match="needs an API token"):
        Settings(host="0.0.0.0")
    generated = Settings(host="::1")  # on loopback a token is made for the run
    assert generated.token and generated.token_generated and generated.writes_need_token
    assert Settings(host="10.0.0.5", token="long-enough-token").writes_need_token

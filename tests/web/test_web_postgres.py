"""The API and the pages over PostgreSQL (CLAIMTRAIL_TEST_PG, see .ci/start-postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import web_seed
from conftest import LOCAL, TOKEN, EchoAnalyzer
from fastapi.testclient import TestClient

from claimtrail.api import Settings
from claimtrail.app import create_app
from claimtrail.store import open_store

PG_ENV = "CLAIMTRAIL_TEST_PG"
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set"),
]


@pytest.fixture
def pg_client() -> Iterator[TestClient]:
    import psycopg

    base = os.environ[PG_ENV]
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    schema = f"web_{uuid.uuid4().hex[:12]}"  # one schema per test: isolation, no new database
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        with open_store(url, matcher="lexical") as store:
            for analysis in web_seed.corpus():
                store.add_analysis(analysis)
            app = create_app(Settings(token=TOKEN), store=store, analyzer_factory=EchoAnalyzer)
            with TestClient(
                app,
                raise_server_exceptions=False,
                base_url=LOCAL,
                headers={"Authorization": f"Bearer {TOKEN}"},
            ) as client:
                yield client
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_api_and_pages_on_postgres(pg_client: TestClient) -> None:
    stories = pg_client.get("/api/stories").json()
    ford = next(s for s in stories["items"] if s["central_status"] == "denied")
    assert pg_client.get(f"/api/stories/{ford['id']}").status_code == 200
    assert (
        pg_client.get("/api/claims", params={"status": "denied", "since": "2026-11-20"}).json()[
            "total"
        ]
        == 1
    )
    assert pg_client.get("/api/search", params={"q": "deny"}).json()["total"] >= 1
    assert pg_client.get("/api/speakers/James Kellner").status_code == 200
    assert pg_client.get("/api/stats").json()["backend"] == "postgresql"
    posted = pg_client.post("/api/articles", json={"text": "Wire\nXiaomi confirms talks."})
    assert posted.status_code == 201
    for path in ("/", f"/stories/{ford['id']}", "/articles/3", "/search?q=xiaomi"):
        page = pg_client.get(path)
        assert page.status_code == 200 and web_seed.SCRIPT_TEXT not in page.text
    assert pg_client.get("/api/stories/999").json()["error"]["code"] == "not_found"

"""Fixtures: an app over a store seeded in code, a test client, and a fake analyser."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import web_seed
from fastapi import FastAPI
from fastapi.testclient import TestClient

from claimtrail.api import Settings
from claimtrail.app import create_app
from claimtrail.ingest.readers import RawArticle
from claimtrail.loader import bare_analysis
from claimtrail.models import Analysis
from claimtrail.store import Store, open_store

TOKEN = "test-token-123456"
# The server checks the Host header; TestClient's default "testserver" is no name it has.
LOCAL = "http://127.0.0.1:8000"


class EchoAnalyzer:
    """Stands in for the spaCy pipeline: an analysis with the text and no findings."""

    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, raw: RawArticle) -> Analysis:
        self.calls += 1
        return bare_analysis(raw)


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the seed corpus, written once per test session."""
    path = tmp_path_factory.mktemp("web-seed") / "seed.db"
    with open_store(f"sqlite:///{path}", matcher="lexical") as store:
        for analysis in web_seed.corpus():
            store.add_analysis(analysis)
    return path


@pytest.fixture
def store(seeded_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the seeded store for each test (tests may write)."""
    copy = tmp_path / "web.db"
    shutil.copyfile(seeded_db, copy)
    with open_store(f"sqlite:///{copy}", matcher="lexical") as opened:
        yield opened


@pytest.fixture
def analyzer() -> EchoAnalyzer:
    return EchoAnalyzer()


@pytest.fixture
def app(store: Store, analyzer: EchoAnalyzer) -> FastAPI:
    return create_app(
        Settings(max_body_bytes=4096, token=TOKEN), store=store, analyzer_factory=lambda: analyzer
    )


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A browser on this machine holding the token (writing always needs one)."""
    with TestClient(
        app,
        raise_server_exceptions=False,
        base_url=LOCAL,
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as c:
        yield c


@pytest.fixture
def token_client(store: Store, analyzer: EchoAnalyzer) -> Iterator[TestClient]:
    app = create_app(
        Settings(token=TOKEN, host="0.0.0.0"), store=store, analyzer_factory=lambda: analyzer
    )
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL) as c:
        yield c

"""Shared fixtures: one loaded Analyzer per test session (loading spaCy takes ~1 s), and under
pytest-xdist (``make test`` runs ``-n 2``) a PostgreSQL database of each worker's own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "claimtrail" / "data" / "examples"
PG_ENV = "CLAIMTRAIL_TEST_PG"


def shared_data_dir() -> Path:
    """../shared/data beside the repository, or CLAIMTRAIL_SHARED_DATA."""
    return Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", REPO.parent / "shared" / "data"))


def _plain(url: str) -> str:
    """A psycopg connection string from an SQLAlchemy URL."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(scope="session", autouse=True)
def _postgres_database_per_worker() -> Iterator[None]:
    """Each xdist worker tests in a database of its own (``<database>_gw0``, …), named to its
    tests and child processes through $CLAIMTRAIL_TEST_PG. Schemas already isolate tests; a
    database of its own also keeps a worker's writers off the other worker's write lock (the
    store's PostgreSQL advisory lock is per database), so lock tests see only their own."""
    base = os.environ.get(PG_ENV)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not base or not worker:
        yield
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"{url.database}_{worker}"
    with psycopg.connect(_plain(base), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # a killed run's
        conn.execute(f'CREATE DATABASE "{name}"')
    os.environ[PG_ENV] = url.set(database=name).render_as_string(hide_password=False)
    try:
        yield
    finally:
        os.environ[PG_ENV] = base
        with psycopg.connect(_plain(base), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def analyzer():
    from claimtrail.pipeline import Analyzer

    return Analyzer(use_stance_model=False)


@pytest.fixture(scope="session")
def analyze_text(analyzer):
    from claimtrail.ingest.readers import article_from_text

    def run(text: str):
        return analyzer.analyze(article_from_text(text, "test.txt"))

    return run

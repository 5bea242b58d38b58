"""Schemathesis over the OpenAPI spec: no server error, no undocumented status code, responses
that match their schemas. Bounded (a few examples per operation) so the suite stays fast."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from conftest import TOKEN, EchoAnalyzer
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from web_seed import corpus

from claimtrail.api import Settings
from claimtrail.app import create_app
from claimtrail.store import open_store

# Per operation and generation mode; enough to hit validation edges, cheap enough for CI.
MAX_EXAMPLES = 12


def seeded_app(db_dir: Path) -> FastAPI:
    """The app over a SQLite store holding the seed corpus."""
    store = open_store(f"sqlite:///{db_dir / 'fuzz.db'}", matcher="lexical")
    for analysis in corpus():
        store.add_analysis(analysis)
    # schemathesis's ASGI client sends "Host: testserver": a name this server is told to accept.
    return create_app(
        Settings(token=TOKEN, max_body_bytes=8192, allowed_hosts=("testserver",)),
        store=store,
        analyzer_factory=EchoAnalyzer,
    )


# schemathesis.pytest.from_fixture does not work with pytest 9, so the schema is loaded at
# collection time, over a database in a directory removed when the interpreter exits.
_DB_DIR = tempfile.TemporaryDirectory(prefix="claimtrail-fuzz-")
schema = schemathesis.openapi.from_asgi("/api/openapi.json", seeded_app(Path(_DB_DIR.name)))


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})

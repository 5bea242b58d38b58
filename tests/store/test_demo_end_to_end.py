"""The bundled demo corpus through the real Analyzer: two rumours, their final statuses."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrail.cli import build_app


@pytest.mark.slow
def test_demo_corpus_tells_both_stories(store_url: str) -> None:
    runner = CliRunner()
    app = build_app()
    result = runner.invoke(
        app, ["ingest", "--demo", "--db", store_url, "--matcher", "lexical", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["outcomes"] == {"new": 14, "duplicate": 1, "revision": 1}
    again = runner.invoke(
        app, ["ingest", "--demo", "--db", store_url, "--matcher", "lexical", "--format", "json"]
    )
    assert json.loads(again.stdout)["outcomes"] == {"unchanged": 16}

    stories = json.loads(
        runner.invoke(app, ["stories", "--db", store_url, "--format", "json"]).stdout
    )["items"]
    by_size = sorted(stories, key=lambda s: -s["article_count"])
    assert [s["central_status"] for s in by_size[:2]] == ["denied", "confirmed"]
    farley = json.loads(
        runner.invoke(app, ["speaker", "Jim Farley", "--db", store_url, "--format", "json"]).stdout
    )
    assert farley["quote_count"] >= 2 and farley["article_count"] >= 2

"""Shared fixtures: one loaded Analyzer per test session (loading spaCy takes ~1 s)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "claimtrail" / "data" / "examples"


def shared_data_dir() -> Path:
    """../shared/data beside the repository, or CLAIMTRAIL_SHARED_DATA."""
    return Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", REPO.parent / "shared" / "data"))


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

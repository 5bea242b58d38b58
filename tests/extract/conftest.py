"""Fixtures for the extract tests: the analyser under PolNeAR's content convention."""

from __future__ import annotations

from dataclasses import replace

import pytest


@pytest.fixture(scope="session")
def analyze_polnear(analyzer):
    """Analyse a text as `claimtrail eval quotes` does: PolNeAR's convention, where noun-phrase
    and infinitive contents of a cue count ("questioned the health of X", "urged him to go")."""
    from claimtrail.ingest.readers import article_from_text

    polnear = replace(analyzer, quote_convention="polnear")

    def run(text: str):
        return polnear.analyze(article_from_text(text, "test.txt"))

    return run

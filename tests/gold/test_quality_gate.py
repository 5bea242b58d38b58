"""The quality gate: quote F1 on our hand-written gold set must not drop below the floors.

The gold set (quotes.json) covers direct quotes with straight and curly marks, "X said that …",
"according to …", a quote interrupted by its attribution, reaction lines, a pronoun speaker,
a partial quote, a multi-paragraph quote, a denial, a source-less attribution and an article
with no quotes. Floors live in floors.json (see its comment on when they may change).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.eval.quote_errors import doc_errors
from claimtrail.eval.quote_run import SystemResult, claimtrail_predictions, score_system
from claimtrail.eval.snippet_gold import load_snippet_gold

HERE = Path(__file__).resolve().parent
GOLD = HERE / "quotes.json"
FLOORS = HERE / "floors.json"
METRICS = {"overlap_f1": "overlap", "exact_f1": "exact_prf", "attribution_f1": "attribution"}


@pytest.fixture(scope="module")
def result(analyzer) -> SystemResult:  # type: ignore[no-untyped-def]
    articles = load_snippet_gold(GOLD)
    return score_system("claimtrail", articles, claimtrail_predictions(articles, analyzer, "news"))


def mistakes(result: SystemResult) -> str:
    """The per-article errors, so a failing gate says what went wrong."""
    records = (doc_errors(score, result.name) for score in result.scores)
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records if r is not None)


def test_gold_set_is_well_formed() -> None:
    articles = load_snippet_gold(GOLD)
    assert 8 <= len(articles) <= 12
    assert len({a.name for a in articles}) == len(articles)


@pytest.mark.parametrize("floor_name", sorted(METRICS))
def test_f1_stays_above_its_floor(result: SystemResult, floor_name: str) -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[floor_name]
    f1 = getattr(result.counts, METRICS[floor_name]).f1
    assert f1 >= floor, f"{floor_name} {f1:.3f} < floor {floor}\n{mistakes(result)}"

"""Where a text states the claim, found over the open vocabulary, and the cues there."""

from __future__ import annotations

import pytest

from claimtrail.stance.bm25 import Bm25Relatedness
from claimtrail.stance.claim_sentences import FEATURE_NAMES, claim_sentence_features

BODIES = [
    "The council met on Monday to discuss the budget and the new bridge.",
    "The football club won its third match in a row after a late goal.",
]
CLAIM = "A meteorite landed near Managua airport"


def _features(claim: str, text: str) -> dict[str, float]:
    (row,) = claim_sentence_features(Bm25Relatedness.fit(BODIES), [claim], [text])
    return dict(zip(FEATURE_NAMES, map(float, row), strict=True))


def test_cues_are_read_where_the_claim_is_stated_even_with_unseen_words() -> None:
    text = (
        "The council met on Monday. The club won again. The weather was mild. "
        "Officials denied that a meteorite had landed near the Managua airport."
    )
    features = _features(CLAIM, text)
    assert features["best_coverage"] == pytest.approx(1.0)
    assert features["best_position"] == pytest.approx(3 / 4)
    assert features["well_covered_count"] == 1.0
    assert features["near_denial_word"] == 1.0 and features["well_covered_denying"] == 1.0
    assert features["best_refuting"] == 1.0  # "denied"


def test_a_negated_claim_word_and_a_hedge_in_the_claims_sentence() -> None:
    negated = _features(CLAIM, "No meteorite landed near Managua airport, the army says.")
    assert negated["well_covered_negating"] == 1.0 and negated["near_negated_claim_word"] == 1.0
    hedged = _features(CLAIM, "A meteorite reportedly landed near Managua airport?")
    assert hedged["best_hedging"] == 1.0 and hedged["near_question"] == 1.0
    assert hedged["well_covered_negating"] == 0.0


def test_an_unrelated_text_covers_nothing() -> None:
    features = _features(CLAIM, BODIES[1])
    assert features["best_coverage"] == features["well_covered_count"] == 0.0
    assert claim_sentence_features(Bm25Relatedness.fit(BODIES), [], []).shape == (
        0,
        len(FEATURE_NAMES),
    )

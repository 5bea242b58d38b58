"""Cue features and scoring (claimtrail/extract/cues/features.py), shared by training and
inference."""

from __future__ import annotations

import pytest

from claimtrail.extract.cues.features import cue_features, score, score_cue
from claimtrail.extract.cues.model import CueModel

MODEL = CueModel(
    forms={"criticized": (20, 10), "table": (50, 0)},
    content_deps={"criticized|dobj": (10, 8)},
    global_deps={"dobj": (100, 20)},
)


@pytest.fixture(scope="module")
def token(analyzer):
    def run(text: str, word: str):
        doc = analyzer.nlp(text)
        return next(t for t in doc if t.text == word)

    return run


def test_features_read_the_form_rate_the_syntax_and_the_source(token) -> None:
    feats = cue_features(token("The senator criticized the plan.", "criticized"), MODEL)
    assert feats["rate"] == 0.5
    assert feats["has=dobj"] == 1.0
    assert feats["best_content"] > 0.5
    assert feats["source_pos=NOUN"] == 1.0


def test_score_is_a_bounded_logistic() -> None:
    assert score({"bias": 0.0}, {"bias": 1.0}) == 0.5
    assert score({"bias": 1000.0}, {"bias": 1.0}) == pytest.approx(1.0)
    assert 0.0 < score({"bias": -1000.0}, {"bias": 1.0}) < 1e-12


def test_without_a_classifier_the_form_rate_decides(token) -> None:
    assert score_cue(token("The senator criticized the plan.", "criticized"), MODEL) == 0.5
    assert score_cue(token("The table was set.", "table"), MODEL) is None

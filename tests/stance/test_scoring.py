"""The official FNC-1 score and the class figures, on hand-checked examples."""

from __future__ import annotations

import pytest

from claimtrail.stance.fnc1 import fnc_score
from claimtrail.stance.metrics import class_report


def test_gold_against_itself_is_the_maximum() -> None:
    gold = ["agree", "unrelated", "discuss", "disagree"]
    score = fnc_score(gold, gold)
    assert score.score == score.max_score == 0.25 + 1.0 * 3
    assert score.relative == pytest.approx(100.0)
    assert score.report.macro_f1 == pytest.approx(1.0)


def test_partial_credit_follows_the_official_weights() -> None:
    gold = ["agree", "agree", "agree", "unrelated", "unrelated"]
    predicted = ["agree", "discuss", "unrelated", "unrelated", "disagree"]
    # exact related label 1.0; other related label 0.25; related called unrelated 0;
    # unrelated right 0.25; unrelated called related 0
    assert fnc_score(gold, predicted).score == pytest.approx(1.0 + 0.25 + 0 + 0.25 + 0)
    assert fnc_score(gold, predicted).max_score == pytest.approx(3.5)


def test_class_report_counts_the_confusion_matrix() -> None:
    report = class_report(
        ["for", "for", "against"], ["for", "against", "against"], ("for", "against", "observing")
    )
    assert report.confusion == ((1, 1, 0), (0, 1, 0), (0, 0, 0))
    assert report.accuracy == pytest.approx(2 / 3)
    assert report.per_class_f1["for"] == pytest.approx(2 / 3)
    assert report.per_class_f1["observing"] == 0.0


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        class_report(["for"], [], ("for",))

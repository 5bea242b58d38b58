"""Classification figures shared by the FNC-1 and Emergent scorers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ClassReport:
    labels: tuple[str, ...]
    accuracy: float
    macro_f1: float
    per_class_f1: dict[str, float]
    # confusion[i][j]: gold labels[i] predicted as labels[j]
    confusion: tuple[tuple[int, ...], ...]


def class_report(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> ClassReport:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    index = {label: i for i, label in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        confusion[index[g]][index[p]] += 1
    per_class = {label: _f1(confusion, i) for i, label in enumerate(labels)}
    correct = sum(confusion[i][i] for i in range(len(labels)))
    return ClassReport(
        labels=tuple(labels),
        accuracy=correct / len(gold) if gold else 0.0,
        macro_f1=sum(per_class.values()) / len(labels),
        per_class_f1=per_class,
        confusion=tuple(tuple(row) for row in confusion),
    )


def _f1(confusion: list[list[int]], i: int) -> float:
    true_positive = confusion[i][i]
    predicted = sum(row[i] for row in confusion)
    actual = sum(confusion[i])
    if true_positive == 0:
        return 0.0
    precision, recall = true_positive / predicted, true_positive / actual
    return 2 * precision * recall / (precision + recall)

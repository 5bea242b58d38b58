"""Emergent (Ferreira & Vlachos, NAACL 2016): headline stance toward a rumoured claim.

Each row pairs a claim (``claimHeadline``) with a news headline (``articleHeadline``) labelled
for | against | observing. Scored by accuracy (the paper's figure) and macro-F1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtrail.errors import InputError
from claimtrail.stance.csv_io import read_csv_rows, write_csv_atomically
from claimtrail.stance.labels import EMERGENT_LABELS
from claimtrail.stance.metrics import ClassReport, class_report

REQUIRED_COLUMNS = ("claimHeadline", "articleHeadline")
GOLD_COLUMN = "articleHeadlineStance"
CLAIM_ID_COLUMN = "claimId"
PREDICTION_COLUMN = "predictedStance"


@dataclass(frozen=True)
class EmergentRow:
    claim: str
    headline: str
    stance: str | None  # None when the file has no gold labels
    claim_id: str  # groups the rows for cross-validation; the claim text when there is no id
    values: tuple[str, ...]  # the row as read, to write back with the prediction


@dataclass(frozen=True)
class EmergentFile:
    header: tuple[str, ...]
    rows: list[EmergentRow]

    @property
    def labelled(self) -> bool:
        return all(row.stance is not None for row in self.rows)


def read_emergent(path: Path) -> EmergentFile:
    header, rows = read_csv_rows(path, REQUIRED_COLUMNS)
    labelled = GOLD_COLUMN in header
    parsed = [_row(row, number, labelled, path) for number, row in enumerate(rows, start=1)]
    if not parsed:
        raise InputError("has a header but no rows", str(path))
    return EmergentFile(tuple(header), parsed)


def _row(row: dict[str, str], number: int, labelled: bool, path: Path) -> EmergentRow:
    claim, headline = row["claimHeadline"].strip(), row["articleHeadline"].strip()
    if not claim:
        raise InputError(f"row {number}: empty claim ('claimHeadline')", str(path))
    if not headline:
        raise InputError(f"row {number}: empty 'articleHeadline'", str(path))
    stance = row[GOLD_COLUMN].strip().lower() if labelled else None
    if stance is not None and stance not in EMERGENT_LABELS:
        raise InputError(
            f"row {number}: unknown stance {stance!r}; expected one of "
            f"{', '.join(EMERGENT_LABELS)}",
            str(path),
        )
    claim_id = row.get(CLAIM_ID_COLUMN, "").strip() or claim
    return EmergentRow(claim, headline, stance, claim_id, tuple(row.values()))


def emergent_report(gold: Sequence[str], predicted: Sequence[str]) -> ClassReport:
    return class_report(gold, predicted, EMERGENT_LABELS)


def write_predictions(path: Path, data: EmergentFile, predicted: Sequence[str]) -> None:
    """The input's rows and columns, in order, plus ``predictedStance`` (replaced if present)."""
    keep = [i for i, name in enumerate(data.header) if name != PREDICTION_COLUMN]
    header = [*(data.header[i] for i in keep), PREDICTION_COLUMN]
    rows = [
        [*(row.values[i] for i in keep), label]
        for row, label in zip(data.rows, predicted, strict=True)
    ]
    write_csv_atomically(path, header, rows)

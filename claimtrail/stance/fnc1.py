"""FNC-1 (Fake News Challenge stage 1): read its CSV files, score predictions officially.

The official score (FakeNewsChallenge/fnc-1 ``scorer.py``): per pair +0.25 for the right
related/unrelated call, +0.75 more for the right agree/disagree/discuss label; reported as a
share of the gold-against-itself maximum. Hanselowski et al. (COLING 2018) argue for macro-F1
beside it, since the score rewards the easy unrelated class, so both are reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtrail.errors import InputError
from claimtrail.stance.csv_io import read_csv_rows, write_csv_atomically
from claimtrail.stance.labels import FNC_LABELS, RELATED_LABELS
from claimtrail.stance.metrics import ClassReport, class_report

BODY_COLUMNS = ("Body ID", "articleBody")
STANCE_COLUMNS = ("Headline", "Body ID")
GOLD_COLUMN = "Stance"
SUBMISSION_HEADER = ("Headline", "Body ID", "Stance")
# Official weights: the related/unrelated call, then the exact related label.
RELATEDNESS_CREDIT = 0.25
LABEL_CREDIT = 0.75


@dataclass(frozen=True)
class FncPair:
    headline: str
    body_id: str
    body: str
    stance: str | None  # None when the file has no gold labels


@dataclass(frozen=True)
class FncScore:
    score: float
    max_score: float
    report: ClassReport

    @property
    def relative(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


def read_bodies(path: Path) -> dict[str, str]:
    _, rows = read_csv_rows(path, BODY_COLUMNS)
    bodies: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        body_id = row["Body ID"].strip()
        if not body_id:
            raise InputError(f"row {number}: empty 'Body ID'", str(path))
        bodies[body_id] = row["articleBody"]
    return bodies


def read_pairs(stances_path: Path, bodies: dict[str, str], bodies_path: Path) -> list[FncPair]:
    """The headline/body pairs in file order, each joined to its body."""
    header, rows = read_csv_rows(stances_path, STANCE_COLUMNS)
    labelled = GOLD_COLUMN in header
    return [
        _pair(row, number, labelled, bodies, stances_path, bodies_path)
        for number, row in enumerate(rows, start=1)
    ]


def _pair(
    row: dict[str, str],
    number: int,
    labelled: bool,
    bodies: dict[str, str],
    stances_path: Path,
    bodies_path: Path,
) -> FncPair:
    where = f"row {number}"
    body_id = row["Body ID"].strip()
    if body_id not in bodies:
        raise InputError(f"{where}: Body ID {body_id!r} is not in {bodies_path}", str(stances_path))
    if not row["Headline"].strip():
        raise InputError(f"{where}: empty headline (the claim)", str(stances_path))
    stance = row[GOLD_COLUMN].strip().lower() if labelled else None
    if stance is not None and stance not in FNC_LABELS:
        raise InputError(
            f"{where}: unknown stance {stance!r}; expected one of {', '.join(FNC_LABELS)}",
            str(stances_path),
        )
    return FncPair(row["Headline"], body_id, bodies[body_id], stance)


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> FncScore:
    score = sum(_pair_score(g, p) for g, p in zip(gold, predicted, strict=True))
    max_score = sum(_pair_score(g, g) for g in gold)
    return FncScore(score, max_score, class_report(gold, predicted, FNC_LABELS))


def _pair_score(gold: str, predicted: str) -> float:
    gold_related, predicted_related = gold in RELATED_LABELS, predicted in RELATED_LABELS
    score = RELATEDNESS_CREDIT if gold_related == predicted_related else 0.0
    if gold_related and gold == predicted:
        score += LABEL_CREDIT
    return score


def write_submission(path: Path, pairs: Sequence[FncPair], predicted: Sequence[str]) -> None:
    """The official submission format, in the input's row order."""
    rows = [(p.headline, p.body_id, label) for p, label in zip(pairs, predicted, strict=True)]
    write_csv_atomically(path, SUBMISSION_HEADER, rows)

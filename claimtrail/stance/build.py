"""``claimtrail train stance``: from the public data folders to the shipped model and its figures.

1. read all FNC-1 training pairs (``train_stances.csv``, the standard hold-out included: its
   headlines all occur in the rest, so it says nothing about new claims and nothing is chosen
   or reported on it)
2. optionally, ``cv_folds`` claim-disjoint cross-validation of the body head
   (``claim_split.claim_disjoint_folds``): the figures the model is judged by
3. train the body head on all pairs
4. Emergent: grouped-by-claim cross-validation of the headline head, then train it on all rows
5. save model + manifest (with the figures) atomically in ``out_dir`` (always explicit)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from claimtrail.errors import InputError
from claimtrail.stance.emergent import emergent_report, read_emergent
from claimtrail.stance.fnc1 import FncPair, FncScore, fnc_score, read_bodies, read_pairs
from claimtrail.stance.labels import FNC_LABELS
from claimtrail.stance.metrics import ClassReport
from claimtrail.stance.model import StanceModel
from claimtrail.stance.model_file import save_stance_model
from claimtrail.stance.syntax import SYNTAX_NAMES, parse_texts
from claimtrail.stance.train import (
    BODY_BM25,
    BODY_CLAIM_SENTENCES,
    CV_FOLDS,
    DISAGREE_WEIGHT,
    GENERIC_WEIGHT,
    HEADLINE_SYNTAX,
    MLP_WEIGHT,
    cross_validate_body,
    cross_validate_headline,
    train_body_head,
    train_headline_head,
)

FNC_BODIES = "train_bodies.csv"
FNC_STANCES = "train_stances.csv"
FNC_HOLDOUT_IDS = Path("splits") / "hold_out_ids.txt"
EMERGENT_TRAIN = "url-versions-2015-06-14-clean-train.csv"

Progress = Callable[[str], None]


@dataclass(frozen=True)
class FoldedScore:
    """Claim-disjoint cross-validation of the body head: one FNC score per fold."""

    folds: list[FncScore]

    def _values(self, value: Callable[[FncScore], float]) -> list[float]:
        return [value(score) for score in self.folds]

    @property
    def relative(self) -> tuple[float, float]:
        """Mean and standard deviation over folds of the FNC score (% of the maximum)."""
        return _mean_sd(self._values(lambda s: s.relative))

    @property
    def macro_f1(self) -> tuple[float, float]:
        return _mean_sd(self._values(lambda s: s.report.macro_f1))

    def per_class_f1(self) -> dict[str, tuple[float, float]]:
        return {
            label: _mean_sd(self._values(lambda s, label=label: s.report.per_class_f1[label]))  # type: ignore[misc]
            for label in FNC_LABELS
        }

    def record(self) -> dict[str, Any]:
        return {
            "folds": len(self.folds),
            "split": "claim-disjoint (claim_split.claim_disjoint_folds)",
            "relative_mean_sd": list(self.relative),
            "macro_f1_mean_sd": list(self.macro_f1),
            "per_class_f1_mean_sd": {k: list(v) for k, v in self.per_class_f1().items()},
            "per_fold": [_score_record(score) for score in self.folds],
        }


@dataclass(frozen=True)
class BuildResult:
    manifest: dict[str, Any]
    claim_cv: FoldedScore | None
    emergent_cv: ClassReport
    seconds: float


def build_stance_model(
    fnc_dir: Path,
    emergent_dir: Path,
    out_dir: Path,
    progress: Progress,
    n_threads: int = 2,
    cv_folds: int = 0,
) -> BuildResult:
    started = time.monotonic()
    # One BLAS thread whatever the environment: the randomized SVD and the logistic regression
    # sum in a fixed order, so the same data give the same model file, byte for byte.
    with threadpool_limits(limits=1, user_api="blas"):
        return _build(fnc_dir, emergent_dir, out_dir, progress, n_threads, cv_folds, started)


def _build(
    fnc_dir: Path,
    emergent_dir: Path,
    out_dir: Path,
    progress: Progress,
    n_threads: int,
    cv_folds: int,
    started: float,
) -> BuildResult:
    pairs = read_fnc_training_pairs(fnc_dir, progress)
    claim_cv = None
    if cv_folds:
        progress(f"FNC-1: {cv_folds}-fold claim-disjoint cross-validation")
        claim_cv = claim_cross_validation(pairs, cv_folds, progress, n_threads)
    body_head = train_body_head(pairs, progress, n_threads)
    emergent_rows = read_emergent(emergent_dir / EMERGENT_TRAIN).rows
    progress("Emergent: parsing the headlines")
    parses = parse_texts(r.headline for r in emergent_rows) if HEADLINE_SYNTAX else None
    progress(f"Emergent: {CV_FOLDS}-fold cross-validation grouped by claim")
    cv_predicted = cross_validate_headline(emergent_rows, progress=progress, parses=parses)
    emergent_cv = emergent_report([r.stance or "" for r in emergent_rows], cv_predicted)
    progress("training the headline head on all Emergent training rows")
    model = StanceModel("pending", body_head, train_headline_head(emergent_rows, parses))
    training: dict[str, Any] = {
        "fnc1_pairs": len(pairs),
        "fnc1_file": FNC_STANCES,
        "body_head": {
            "bm25": BODY_BM25,
            "claim_sentences": BODY_CLAIM_SENTENCES,
            "generic_weight": GENERIC_WEIGHT,
            "disagree_weight": DISAGREE_WEIGHT,
            "mlp_weight": MLP_WEIGHT,
        },
        "headline_head": {
            "syntax_columns": list(SYNTAX_NAMES) if model.headline.with_syntax else [],
            "syntax_digest": model.headline.syntax_digest,
        },
        "emergent_rows": len(emergent_rows),
        "emergent_cv": {"folds": CV_FOLDS, "grouped_by": "claimId", **asdict(emergent_cv)},
    }
    if claim_cv is not None:
        training["fnc1_claim_cv"] = claim_cv.record()
    manifest = save_stance_model(model, out_dir, training)
    return BuildResult(manifest, claim_cv, emergent_cv, time.monotonic() - started)


def claim_cross_validation(
    pairs: list[FncPair], folds: int, progress: Progress, n_threads: int = 1, **options: Any
) -> FoldedScore:
    """The body head's FNC score on each claim-disjoint fold (``options``: its variants)."""
    scores = []
    for test, probabilities in cross_validate_body(pairs, folds, progress, n_threads, **options):
        gold = [pairs[i].stance or "" for i in test]
        scores.append(fnc_score(gold, _argmax(probabilities)))
    return FoldedScore(scores)


def read_fnc_training_pairs(fnc_dir: Path, progress: Progress) -> list[FncPair]:
    progress(f"reading FNC-1 from {fnc_dir}")
    bodies_path = fnc_dir / FNC_BODIES
    return read_pairs(fnc_dir / FNC_STANCES, read_bodies(bodies_path), bodies_path)


def _mean_sd(values: list[float]) -> tuple[float, float]:
    mean = sum(values) / len(values)
    return mean, (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5


def read_body_ids(path: Path) -> set[str]:
    """A split file: one Body ID per line."""
    try:
        ids = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    except FileNotFoundError:
        raise InputError("no such file (expected one Body ID per line)", str(path)) from None
    ids.discard("")
    if not ids:
        raise InputError("has no Body IDs", str(path))
    return ids


def _argmax(matrix: Any) -> list[str]:
    return [FNC_LABELS[int(i)] for i in matrix.argmax(axis=1)]


def _score_record(score: FncScore) -> dict[str, Any]:
    return {
        "score": score.score,
        "max_score": score.max_score,
        "relative": score.relative,
        **asdict(score.report),
    }

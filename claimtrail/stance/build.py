"""``claimtrail train stance``: from the public data folders to the shipped model and its figures.

1. read FNC-1 train bodies/stances; split by the standard hold-out Body IDs
2. train the body head on the training split (or all of it with ``include_holdout``)
3. score the hold-out split (official FNC score, macro-F1)
4. optionally, score a second body head trained on a claim-disjoint split (``claim_split.py``)
5. Emergent: grouped-by-claim cross-validation of the headline head, then train it on all rows
6. save model + manifest (with the figures) atomically
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.eval.emergent import emergent_report, read_emergent
from claimtrail.eval.fnc1 import FncPair, FncScore, fnc_score, read_bodies, read_pairs
from claimtrail.stance.claim_split import claim_disjoint_split
from claimtrail.stance.heads import BodyStanceHead
from claimtrail.stance.labels import FNC_LABELS
from claimtrail.stance.metrics import ClassReport
from claimtrail.stance.model import StanceModel
from claimtrail.stance.model_file import save_stance_model
from claimtrail.stance.train import (
    CV_FOLDS,
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
class BuildResult:
    manifest: dict[str, Any]
    holdout: FncScore | None
    emergent_cv: ClassReport
    seconds: float
    unseen_claims: FncScore | None = None


def build_stance_model(
    fnc_dir: Path,
    emergent_dir: Path,
    out_dir: Path,
    progress: Progress,
    include_holdout: bool = False,
    n_threads: int = 2,
    unseen_claims: bool = False,
) -> BuildResult:
    started = time.monotonic()
    train_pairs, holdout_pairs = _fnc_split(fnc_dir, progress)
    body_head = train_body_head(
        train_pairs + (holdout_pairs if include_holdout else []), progress, n_threads
    )
    holdout = None if include_holdout else _score_body_head(body_head, holdout_pairs, progress)
    unseen = None
    if unseen_claims:
        unseen = _score_unseen_claims(train_pairs + holdout_pairs, progress, n_threads)
    emergent_rows = read_emergent(emergent_dir / EMERGENT_TRAIN).rows
    progress(f"Emergent: {CV_FOLDS}-fold cross-validation grouped by claim")
    cv_predicted = cross_validate_headline(emergent_rows, progress=progress)
    emergent_cv = emergent_report([r.stance or "" for r in emergent_rows], cv_predicted)
    progress("training the headline head on all Emergent training rows")
    model = StanceModel("pending", body_head, train_headline_head(emergent_rows))
    training = _training_record(
        train_pairs, holdout_pairs, include_holdout, len(emergent_rows), holdout, emergent_cv
    )
    if unseen is not None:
        training["fnc1_unseen_claims"] = _score_record(unseen)
    manifest = save_stance_model(model, out_dir, training)
    return BuildResult(manifest, holdout, emergent_cv, time.monotonic() - started, unseen)


def _score_body_head(head: BodyStanceHead, pairs: list[FncPair], progress: Progress) -> FncScore:
    progress(f"scoring {len(pairs):,} held-out pairs")
    probabilities = head.predict_proba([p.headline for p in pairs], [p.body for p in pairs])
    return fnc_score([p.stance or "" for p in pairs], _argmax(probabilities))


def _score_unseen_claims(pairs: list[FncPair], progress: Progress, n_threads: int) -> FncScore:
    train, held_out = claim_disjoint_split(pairs)
    progress(f"unseen claims: a second body head on {len(train):,} pairs")
    return _score_body_head(train_body_head(train, progress, n_threads), held_out, progress)


def _fnc_split(fnc_dir: Path, progress: Progress) -> tuple[list[FncPair], list[FncPair]]:
    progress(f"reading FNC-1 from {fnc_dir}")
    bodies_path = fnc_dir / FNC_BODIES
    pairs = read_pairs(fnc_dir / FNC_STANCES, read_bodies(bodies_path), bodies_path)
    holdout_ids = read_body_ids(fnc_dir / FNC_HOLDOUT_IDS)
    train = [p for p in pairs if p.body_id not in holdout_ids]
    holdout = [p for p in pairs if p.body_id in holdout_ids]
    return train, holdout


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


def _training_record(
    train_pairs: list[FncPair],
    holdout_pairs: list[FncPair],
    include_holdout: bool,
    emergent_rows: int,
    holdout: FncScore | None,
    emergent_cv: ClassReport,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "fnc1_pairs": len(train_pairs) + (len(holdout_pairs) if include_holdout else 0),
        "fnc1_includes_holdout": include_holdout,
        "emergent_rows": emergent_rows,
        "emergent_cv": {"folds": CV_FOLDS, "grouped_by": "claimId", **asdict(emergent_cv)},
    }
    if holdout is not None:
        record["fnc1_holdout"] = _score_record(holdout)
    return record


def _score_record(score: FncScore) -> dict[str, Any]:
    return {
        "score": score.score,
        "max_score": score.max_score,
        "relative": score.relative,
        **asdict(score.report),
    }

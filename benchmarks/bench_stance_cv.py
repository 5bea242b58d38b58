"""Claim-disjoint cross-validation of the FNC-1 body head: the figures the model is chosen by.

Folds come from ``claim_split.claim_disjoint_folds`` over all 49,972 FNC-1 training pairs: a
fold tests every pair whose headline belongs to its claims (FNC-1's label mix, ~73% unrelated)
and trains on the pairs that touch none of them. Each fold trains a body head from scratch
(TF-IDF, SVD and BM25 fitted on the fold's training texts only), so one run takes 5 trainings.

    python benchmarks/bench_stance_cv.py [--folds 5] [--variant VARIANT] [--json]

``shipped``: the recipe in ``claimtrail/stance/train.py`` (what ``claimtrail train stance
--cv-folds 5`` also reports); ``trees``: the same without the claim-generic words model
(``generic.py``) and the disagree factor; ``bm25``: the trees without the claim sentences'
features either (``claim_sentences.py``; the model of the first round of issue 11);
``previous``: the trees without the BM25 features (the model shipped before issue 11).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

VARIANTS = {
    "shipped": {},
    "trees": {"generic_weight": 0.0, "disagree_weight": 1.0},
    "bm25": {"generic_weight": 0.0, "disagree_weight": 1.0, "claim_sentences": False},
    "previous": {"bm25": False, "generic_weight": 0.0, "disagree_weight": 1.0},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="shipped")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from claimtrail.stance.build import claim_cross_validation, read_fnc_training_pairs

    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    data = Path(os.environ.get("CLAIMTRAIL_SHARED_DATA", default))
    if not (data / "fnc-1" / "train_stances.csv").is_file():
        raise SystemExit(f"FNC-1 not found under {data} (set CLAIMTRAIL_SHARED_DATA)")
    started = time.monotonic()

    def progress(step: str) -> None:
        print(f"[{time.monotonic() - started:6.0f} s] {step}", file=sys.stderr, flush=True)

    pairs = read_fnc_training_pairs(data / "fnc-1", progress)
    result = claim_cross_validation(
        pairs, args.folds, progress, args.threads, **VARIANTS[args.variant]
    )
    if args.json:
        print(json.dumps({"variant": args.variant, **result.record()}, indent=2))
        return
    (relative, relative_sd), (macro, macro_sd) = result.relative, result.macro_f1
    print(
        f"{args.variant}: {args.folds} claim-disjoint folds, FNC score {relative:.2f}% "
        f"± {relative_sd:.2f}, macro-F1 {macro:.4f} ± {macro_sd:.4f}"
    )
    for number, score in enumerate(result.folds, start=1):
        print(f"  fold {number}: {score.relative:.2f}%  macro-F1 {score.report.macro_f1:.4f}")
    print(
        "  F1 "
        + "  ".join(f"{k} {m:.3f} ± {sd:.3f}" for k, (m, sd) in result.per_class_f1().items())
    )


if __name__ == "__main__":
    main()

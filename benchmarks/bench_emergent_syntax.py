"""Emergent grouped CV of the headline head without and with its syntactic columns (issue 11).

The fast loop behind the Emergent figures in docs/stance.md. Each fold's design matrix is the
recipe's without the syntactic columns (``train.train_headline_head`` with
``HEADLINE_SYNTAX`` off, vocabularies fitted on the fold's training rows); the columns are
scaled on the fold's training rows and appended; a ridge classifier
(``train.HEADLINE_RIDGE_ALPHA``) is refitted; the wording rules override as in
``HeadlineStanceHead.predict_proba``. The temperature is left out: it keeps the argmax, so
accuracy is the same (the base row reproduces the fourth round's ``claimtrail eval emergent
--cv 10``, 1609).

The columns are the package's (``claimtrail.stance.syntax``: a dependency parse of the headline
by the project's spaCy model, ``syntax.parse_texts``), which the shipped headline head reads
since issue 11's sixth round; the base row is the recipe without them (``train.HEADLINE_SYNTAX``
off), so both rows refit the ridge on the same folds:

- ``root_in_claim``: the headline's root shares its first 5 letters with a claim content word;
- ``hedge_min_depth``: the least depth (edges from the root) of a hedging / reporting word
  (``vocabulary.stance.SYNTAX_HEDGES``), 6 when there is none;
- ``claim_min_depth``: the least depth of a claim word in the headline, 6 when there is none.

    python benchmarks/bench_emergent_syntax.py [--split-seed N] [--cache FILE]

``--split-seed``: GroupKFold with ``shuffle=True`` and this seed (the published figure uses the
unshuffled split); ``--cache``: keep the fold matrices and parses in FILE (pickle, under /tmp:
it holds Emergent text, never commit it) so that a second run costs seconds a variant.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from scipy import sparse
from sklearn.linear_model import RidgeClassifier
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimtrail.stance import train  # noqa: E402
from claimtrail.stance.emergent import read_emergent  # noqa: E402
from claimtrail.stance.labels import EMERGENT_LABELS  # noqa: E402
from claimtrail.stance.lexicon import short_text_side  # noqa: E402
from claimtrail.stance.syntax import SYNTAX_NAMES, parse_texts, syntax_matrix  # noqa: E402

DEFAULT_CSV = ROOT.parent / "shared/data/emergent/url-versions-2015-06-14-clean-train.csv"
COLUMNS = SYNTAX_NAMES
# (name, columns): the variants printed.
VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base (without the columns)", ()),
    *((name, (name,)) for name in COLUMNS),
    ("root_in_claim + hedge_min_depth", COLUMNS[:2]),
    ("all three", COLUMNS),
)


def build(csv: Path, split_seed: int | None) -> dict[str, Any]:
    rows = read_emergent(csv).rows
    groups = [r.claim_id for r in rows]
    splitter = (
        GroupKFold(n_splits=train.CV_FOLDS)
        if split_seed is None
        else GroupKFold(n_splits=train.CV_FOLDS, shuffle=True, random_state=split_seed)
    )
    folds = []
    with (
        mock.patch.object(train, "fit_temperature", lambda *_: 1.0),
        mock.patch.object(train, "HEADLINE_SYNTAX", False),
    ):
        for number, (tr, te) in enumerate(splitter.split(rows, groups=groups), start=1):
            print(f"fold {number}: design matrices", file=sys.stderr, flush=True)
            head = train.train_headline_head([rows[i] for i in tr])
            design = [
                head.design_matrix([rows[i].claim for i in idx], [rows[i].headline for i in idx])
                for idx in (tr, te)
            ]
            folds.append((tr, te, *design))
    parses = parse_texts(r.headline for r in rows)
    extra = np.asarray(syntax_matrix([r.claim for r in rows], parses))
    return {
        "folds": folds,
        "gold": np.asarray([r.stance for r in rows]),
        "side": [short_text_side(r.claim, r.headline) for r in rows],
        "extra": extra,
    }


def evaluate(data: dict[str, Any], columns: tuple[str, ...]) -> tuple[int, list[float]]:
    gold, extra = data["gold"], data["extra"][:, [COLUMNS.index(c) for c in columns]]
    predicted = np.empty(len(gold), dtype=object)
    per_fold = []
    for tr, te, a, b in data["folds"]:
        if columns:
            scaler = StandardScaler().fit(extra[tr])
            a = sparse.hstack([a, sparse.csr_matrix(scaler.transform(extra[tr]))], format="csr")
            b = sparse.hstack([b, sparse.csr_matrix(scaler.transform(extra[te]))], format="csr")
        model = RidgeClassifier(alpha=train.HEADLINE_RIDGE_ALPHA).fit(a, gold[tr])
        predicted[te] = model.classes_[model.decision_function(b).argmax(axis=1)]
        for i in te:
            if data["side"][i] is not None:
                predicted[i] = data["side"][i]
        per_fold.append(float((predicted[te] == gold[te]).mean()))
    return int((predicted == gold).sum()), per_fold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--split-seed", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    if args.cache is not None and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = build(args.csv, args.split_seed)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(data))
    n = len(data["gold"])
    assert set(EMERGENT_LABELS) >= set(data["gold"])
    for name, columns in VARIANTS:
        right, per_fold = evaluate(data, columns)
        print(f"{name:34s} {right / n:.4f} ({right}/{n}) ± {np.std(per_fold):.3f}", flush=True)


if __name__ == "__main__":
    main()

"""The claim-disjoint split keeps every held-out headline and body out of training."""

from __future__ import annotations

from claimtrail.stance.claim_split import claim_disjoint_split
from claimtrail.stance.fnc1 import FncPair


def _claim_pairs(claim: int) -> list[FncPair]:
    headline = f"headline {claim}"
    pairs = [FncPair(headline, f"{claim}-{i}", f"body {claim} {i}", "agree") for i in range(3)]
    pairs.append(FncPair(f"other headline {claim}", f"{claim}-0", f"body {claim} 0", "discuss"))
    pairs.append(FncPair(headline, f"{(claim + 1) % 10}-1", "another claim's body", "unrelated"))
    return pairs


def test_held_out_claims_share_nothing_with_training() -> None:
    pairs = [p for claim in range(10) for p in _claim_pairs(claim)]
    train, held_out = claim_disjoint_split(pairs)
    assert held_out and train
    assert not {p.headline for p in held_out} & {p.headline for p in train}
    assert not {p.body_id for p in held_out} & {p.body_id for p in train}


def test_the_split_is_reproducible() -> None:
    pairs = [p for claim in range(10) for p in _claim_pairs(claim)]
    assert claim_disjoint_split(pairs) == claim_disjoint_split(pairs)


def test_folds_test_every_pair_once_and_never_train_on_a_test_claim() -> None:
    from claimtrail.stance.claim_split import claim_disjoint_folds

    pairs = [p for claim in range(10) for p in _claim_pairs(claim)]
    folds = claim_disjoint_folds(pairs, folds=3)
    assert sorted(i for _, test in folds for i in test) == list(range(len(pairs)))
    for train, test in folds:
        assert train and test
        test_headlines = {pairs[i].headline for i in test}
        related_bodies = {pairs[i].body_id for i in test if pairs[i].stance != "unrelated"}
        assert not test_headlines & {pairs[i].headline for i in train}
        assert not related_bodies & {pairs[i].body_id for i in train}
    assert folds == claim_disjoint_folds(pairs, folds=3)

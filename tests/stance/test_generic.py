"""The linear model over claim-generic words: its vocabulary leaves out the claims' own words."""

from __future__ import annotations

import numpy as np
import pytest

from claimtrail.stance.bm25 import Bm25Relatedness
from claimtrail.stance.generic import RELATED_LABELS, GenericWordsStance, generic_vocabulary


def test_the_vocabulary_keeps_words_many_claims_use() -> None:
    # 4 claims, each with 2 bodies: "reportedly" is in all of them, "volcano" in one claim's
    topics = ["volcano", "senator", "whale", "bridge"]
    bodies = [f"The {t} story, reportedly, number {i}." for t in topics for i in range(2)]
    groups = [t for t in topics for _ in range(2)]
    vocabulary = generic_vocabulary(bodies, groups)
    assert "reportedly" in vocabulary and "story reportedly" in vocabulary
    assert "volcano" not in vocabulary


def test_the_tiny_models_body_head_averages_it_in(tiny_model) -> None:
    head = tiny_model.body
    assert isinstance(head.generic, GenericWordsStance) and head.generic_weight == 0.5
    claims = ["Mayor Smith resigned over the bridge scandal"] * 2
    texts = [
        "This story is a hoax. Not true, officials said, calling the report fake and false.",
        "Officials confirmed it on Monday. The announcement was made at a press event.",
    ]
    split = head.generic.predict_proba(claims, texts)
    assert split.shape == (2, len(RELATED_LABELS))
    assert np.allclose(split.sum(axis=1), 1.0)
    head.disagree_weight = 1.0
    try:
        with_it = head.predict_proba(claims, texts)
        head.generic_weight = 0.0
        trees = head.predict_proba(claims, texts)
    finally:
        head.generic_weight, head.disagree_weight = 0.5, 2.0
    # unrelated and disagree stay the trees'; only the split of agree + discuss moves
    assert with_it[:, [1, 3]] == pytest.approx(trees[:, [1, 3]])
    assert with_it.sum(axis=1) == pytest.approx([1.0, 1.0])
    share = trees[:, [0, 2]].sum(axis=1, keepdims=True)
    own = trees[:, [0, 2]] / share
    theirs = split[:, [0, 2]] / split[:, [0, 2]].sum(axis=1, keepdims=True)
    assert with_it[:, [0, 2]] == pytest.approx((0.5 * own + 0.5 * theirs) * share)


def test_the_disagree_factor_scales_disagree_and_renormalises(tiny_model) -> None:
    head = tiny_model.body
    claims, texts = ["Mayor Smith resigned"], ["Reports claim the mayor resigned; it may be so."]
    weight = head.disagree_weight
    assert weight == 2.0
    scaled = head.predict_proba(claims, texts)
    head.disagree_weight = 1.0
    try:
        plain = head.predict_proba(claims, texts)
    finally:
        head.disagree_weight = weight
    expected = plain.copy()
    expected[:, 1] *= weight
    assert scaled == pytest.approx(expected / expected.sum(axis=1, keepdims=True))


def test_it_learns_refuting_words_that_many_claims_share() -> None:
    relatedness = Bm25Relatedness.fit(["a body", "another body"])
    topics = ["volcano", "senator", "whale", "bridge", "comet", "tiger", "robot", "opera"]
    claims = [f"The {t} claim" for t in topics for _ in range(3)]
    bodies = [
        f"The {t} story. It is {word}, reportedly, sources said."
        for t in topics
        for word in ("confirmed", "false", "unclear")
    ]
    labels = ["agree", "disagree", "discuss"] * len(topics)
    model = GenericWordsStance.fit(claims, bodies, labels, claims, relatedness)
    assert "false" in model.vectorizer.vocabulary_ and "volcano" not in model.vectorizer.vocabulary_
    rows = model.predict_proba(["The glacier claim"] * 2, ["It is false.", "It is confirmed."])
    assert [RELATED_LABELS[int(i)] for i in np.argmax(rows, axis=1)] == ["disagree", "agree"]


def test_pairs_read_for_relatedness_only_skip_it_and_keep_unrelated(tiny_model) -> None:
    head = tiny_model.body
    claims = ["Mayor Smith resigned over the bridge scandal"] * 2
    texts = ["Reports claim the mayor resigned.", "Officials confirmed the mayor resigned."]
    full = head.predict_proba(claims, texts)
    partial = head.predict_proba(claims, texts, relatedness_only=[True, False])
    assert partial[1] == pytest.approx(full[1])
    assert partial[0, [1, 3]] == pytest.approx(full[0, [1, 3]])  # disagree and unrelated
    head.generic_weight = 0.0
    try:
        trees = head.predict_proba(claims[:1], texts[:1])
    finally:
        head.generic_weight = 0.5
    assert partial[0] == pytest.approx(trees[0])

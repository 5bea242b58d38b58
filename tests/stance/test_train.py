"""Training helpers of the headline head: the ridge classifier's temperature."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from claimtrail.stance.heads import softmax
from claimtrail.stance.labels import EMERGENT_LABELS
from claimtrail.stance.train import TEMPERATURE_BOUNDS, fit_temperature


def _invented_design(noise: float) -> tuple[sparse.csr_matrix, list[str], list[str]]:
    # one informative column per label plus seeded noise; 12 claims of 9 rows each
    rng = np.random.default_rng(0)
    labels = [EMERGENT_LABELS[i % 3] for i in range(108)]
    dense = rng.normal(0.0, noise, size=(108, 6))
    for row, label in enumerate(labels):
        dense[row, EMERGENT_LABELS.index(label)] += 1.0
    return sparse.csr_matrix(dense), labels, [str(i // 9) for i in range(108)]


def test_the_temperature_is_fitted_within_its_bounds_and_repeatable() -> None:
    design, labels, groups = _invented_design(noise=0.3)
    first = fit_temperature(design, labels, groups)
    assert TEMPERATURE_BOUNDS[0] < first < TEMPERATURE_BOUNDS[1]
    assert fit_temperature(design, labels, groups) == first


def test_cleaner_labels_get_sharper_probabilities() -> None:
    # ridge scores of well-separated rows sit near 1 / -1: the softmax must be sharpened more
    # for them than for noisy rows, where confidence should stay low
    clean = fit_temperature(*_invented_design(noise=0.1))
    noisy = fit_temperature(*_invented_design(noise=1.5))
    assert clean > noisy


def test_one_claim_cannot_be_folded_and_keeps_the_raw_scores() -> None:
    design, labels, _ = _invented_design(noise=0.3)
    assert fit_temperature(design, labels, ["only"] * len(labels)) == 1.0


def test_softmax_at_a_temperature_keeps_the_argmax_and_sums_to_one() -> None:
    scores = np.array([[0.2, -0.4, 0.1], [-1.0, 0.5, 0.4]])
    for temperature in (0.5, 1.0, 7.0):
        probabilities = softmax(scores, temperature)
        assert np.allclose(probabilities.sum(axis=1), 1.0)
        assert (probabilities.argmax(axis=1) == scores.argmax(axis=1)).all()
    assert softmax(scores, 7.0).max() > softmax(scores, 1.0).max()

"""The two trained stance classifiers ("heads") and how each turns pairs into probabilities.

- ``BodyStanceHead``: a claim against an article body (FNC-1): agree/disagree/discuss/unrelated.
  Gradient-boosted trees over ``PairFeaturizer`` features.
- ``HeadlineStanceHead``: a claim against a short text, a headline (Emergent): for/against/
  observing. A logistic regression over the headline's words, the same words with the claim's
  words masked (so "CLAIM CLAIM is a hoax" generalises across claims), and the pair features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from claimtrail.stance.features import PairFeaturizer
from claimtrail.stance.labels import EMERGENT_LABELS, FNC_LABELS
from claimtrail.stance.lexicon import tokenize

CLAIM_WORD = "CLAIMWORD"
QUESTION_TOKEN = "QMARK"


@dataclass
class BodyStanceHead:
    featurizer: PairFeaturizer
    classifier: HistGradientBoostingClassifier

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 4) probabilities in ``FNC_LABELS`` order."""
        features = self.featurizer.transform(claims, texts)
        return _in_order(
            self.classifier.predict_proba(features), self.classifier.classes_, FNC_LABELS
        )


@dataclass
class HeadlineStanceHead:
    featurizer: PairFeaturizer
    scaler: StandardScaler
    masked_words: TfidfVectorizer
    headline_words: TfidfVectorizer
    classifier: LogisticRegression

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 3) probabilities in ``EMERGENT_LABELS`` order."""
        matrix = self.design_matrix(claims, texts)
        return _in_order(
            self.classifier.predict_proba(matrix), self.classifier.classes_, EMERGENT_LABELS
        )

    def design_matrix(self, claims: Sequence[str], texts: Sequence[str]) -> sparse.csr_matrix:
        return headline_design_matrix(
            self.featurizer, self.scaler, self.masked_words, self.headline_words, claims, texts
        )


def headline_design_matrix(
    featurizer: PairFeaturizer,
    scaler: StandardScaler,
    masked_words: TfidfVectorizer,
    headline_words: TfidfVectorizer,
    claims: Sequence[str],
    texts: Sequence[str],
) -> sparse.csr_matrix:
    masked = [mask_claim_words(c, t) for c, t in zip(claims, texts, strict=True)]
    pair = scaler.transform(featurizer.transform(claims, texts))
    blocks = [
        masked_words.transform(masked),
        headline_words.transform(texts),
        sparse.csr_matrix(pair),
    ]
    return sparse.hstack(blocks, format="csr")


def mask_claim_words(claim: str, text: str) -> str:
    """The text's tokens with the claim's content words replaced by one placeholder."""
    claim_words = {t for t in tokenize(claim) if t not in ENGLISH_STOP_WORDS}
    tokens = [CLAIM_WORD if t in claim_words else t for t in tokenize(text)]
    if "?" in text:
        tokens.append(QUESTION_TOKEN)
    return " ".join(tokens)


def _in_order(probabilities: np.ndarray, classes: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """Columns rearranged to ``labels`` order (a label never seen in training gets 0)."""
    column = {str(label): i for i, label in enumerate(classes)}
    ordered = np.zeros((probabilities.shape[0], len(labels)), dtype=np.float64)
    for j, label in enumerate(labels):
        if label in column:
            ordered[:, j] = probabilities[:, column[label]]
    return ordered

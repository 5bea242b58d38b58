"""The two trained stance classifiers ("heads") and how each turns pairs into probabilities.

- ``BodyStanceHead``: a claim against an article body (FNC-1): agree/disagree/discuss/unrelated.
  Gradient-boosted trees over ``PairFeaturizer`` features, compiled to numpy arrays.
- ``HeadlineStanceHead``: a claim against a short text, a headline (Emergent): for/against/
  observing. A logistic regression over the headline's words, the same words with the claim's
  words masked (so "CLAIM CLAIM is a hoax" generalises across claims), and the pair features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from claimtrail.stance.features import PairFeaturizer
from claimtrail.stance.forest import CompiledForest
from claimtrail.stance.labels import EMERGENT_LABELS, FNC_LABELS
from claimtrail.stance.lexicon import tokenize
from claimtrail.stance.tfidf import tfidf_matrix

CLAIM_WORD = "CLAIMWORD"
QUESTION_TOKEN = "QMARK"


@dataclass
class BodyStanceHead:
    featurizer: PairFeaturizer
    forest: CompiledForest  # the trained HistGradientBoostingClassifier, compiled for speed

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 4) probabilities in ``FNC_LABELS`` order."""
        features = self.featurizer.transform(claims, texts)
        classes = np.array(self.forest.classes)
        return _in_order(self.forest.predict_proba(features), classes, FNC_LABELS)


@dataclass
class HeadlineStanceHead:
    featurizer: PairFeaturizer
    scaler: StandardScaler
    masked_words: TfidfVectorizer
    headline_words: TfidfVectorizer
    classifier: LogisticRegression

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 3) probabilities in ``EMERGENT_LABELS`` order.

        The multinomial softmax is computed here from the fitted coefficients: the same numbers
        as ``LogisticRegression.predict_proba`` without its input validation, which costs more
        than the arithmetic for the ~15 quotes of one article.
        """
        scores = self.design_matrix(claims, texts) @ self.classifier.coef_.T
        scores = np.asarray(scores) + self.classifier.intercept_
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return _in_order(
            exp / exp.sum(axis=1, keepdims=True), self.classifier.classes_, EMERGENT_LABELS
        )

    def design_matrix(self, claims: Sequence[str], texts: Sequence[str]) -> sparse.csr_matrix:
        masked = [mask_claim_words(c, t) for c, t in zip(claims, texts, strict=True)]
        pair = self.featurizer.transform(claims, texts)
        scaled = (pair - self.scaler.mean_) / self.scaler.scale_  # StandardScaler.transform
        blocks = [
            tfidf_matrix(self.masked_words, masked),
            tfidf_matrix(self.headline_words, texts),
            sparse.csr_matrix(scaled),
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

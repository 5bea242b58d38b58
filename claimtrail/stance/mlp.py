"""A term-frequency MLP over (claim, text) pairs: UCL Machine Reading's FNC-1 model.

Riedel et al. (2017), "A simple but tough-to-beat baseline for the Fake News Challenge stance
detection task" (third in FNC-1, 81.72% on the competition test): the claim's and the text's
l2-normalised term-frequency vectors over the 5,000 most frequent words (stop words removed),
plus their TF-IDF cosine, into one hidden layer of 100 ReLU units and a softmax. Here it is
scikit-learn's ``MLPClassifier`` (L2 penalty and early stopping instead of dropout), trained on
sparse input; the fitted weights are kept as float32 arrays and the forward pass is done in
numpy, which for the ~15 texts of one article is far cheaper than ``predict_proba``'s checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neural_network import MLPClassifier

from claimtrail.stance.labels import FNC_LABELS
from claimtrail.stance.tfidf import tfidf_matrix

# UCL's settings: 5,000 terms for the TF vectors and for the cosine's TF-IDF, 100 hidden units.
TF_TERMS = 5_000
HIDDEN_UNITS = 100


def tf_vectorizer(terms: int = TF_TERMS) -> TfidfVectorizer:
    """l2-normalised raw term frequencies (no idf) over the most frequent non-stop words."""
    return TfidfVectorizer(
        max_features=terms, stop_words="english", use_idf=False, dtype=np.float32
    )


def cosine_vectorizer(terms: int = TF_TERMS) -> TfidfVectorizer:
    return TfidfVectorizer(max_features=terms, stop_words="english", dtype=np.float32)


@dataclass
class TermFrequencyMlp:
    words: TfidfVectorizer  # fitted tf_vectorizer()
    tfidf: TfidfVectorizer  # fitted cosine_vectorizer()
    coefs: list[np.ndarray]  # per layer, (inputs, outputs) float32
    intercepts: list[np.ndarray]
    classes: tuple[str, ...]

    @classmethod
    def from_sklearn(
        cls, words: TfidfVectorizer, tfidf: TfidfVectorizer, model: MLPClassifier
    ) -> TermFrequencyMlp:
        if model.activation != "relu" or model.out_activation_ != "softmax":
            raise ValueError("only a ReLU MLP with a softmax output is supported")
        return cls(
            words,
            tfidf,
            [np.asarray(c, dtype=np.float32) for c in model.coefs_],
            [np.asarray(b, dtype=np.float32) for b in model.intercepts_],
            tuple(str(c) for c in model.classes_),
        )

    def design_matrix(self, claims: Sequence[str], texts: Sequence[str]) -> sparse.csr_matrix:
        """[TF(claim), TF(text), cosine]: UCL's input vector, one row per pair."""
        distinct = list(dict.fromkeys([*claims, *texts]))
        index = {text: i for i, text in enumerate(distinct)}
        claim_ids = [index[c] for c in claims]
        text_ids = [index[t] for t in texts]
        tf = tfidf_matrix(self.words, distinct)
        weighted = tfidf_matrix(self.tfidf, distinct)
        cosine = weighted[claim_ids].multiply(weighted[text_ids]).sum(axis=1)
        return sparse.hstack(
            [tf[claim_ids], tf[text_ids], sparse.csr_matrix(np.asarray(cosine))],
            format="csr",
            dtype=np.float32,
        )

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 4) probabilities in ``FNC_LABELS`` order."""
        return self.proba_of_design(self.design_matrix(claims, texts))

    def proba_of_design(self, design: sparse.csr_matrix) -> np.ndarray:
        """The MLP's forward pass (what ``MLPClassifier.predict_proba`` computes)."""
        activation = design
        for layer, (coef, intercept) in enumerate(zip(self.coefs, self.intercepts, strict=True)):
            activation = np.asarray(activation @ coef) + intercept
            if layer < len(self.coefs) - 1:
                activation = np.maximum(activation, 0.0)
        activation = activation.astype(np.float64)
        activation -= activation.max(axis=1, keepdims=True)
        exp = np.exp(activation)
        probabilities = exp / exp.sum(axis=1, keepdims=True)
        column = {label: i for i, label in enumerate(self.classes)}
        ordered = np.zeros((probabilities.shape[0], len(FNC_LABELS)))
        for j, label in enumerate(FNC_LABELS):
            if label in column:
                ordered[:, j] = probabilities[:, column[label]]
        return ordered

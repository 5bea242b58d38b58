"""How much of a claim a text covers, weighted by how rare each claim word is (BM25).

Relatedness on claims never seen in training hinges on the claim's rare words (names, places,
the odd noun) being in the text. The plain overlap features count every claim word alike;
these weigh each by its inverse document frequency over the training bodies, as BM25 does
(Robertson & Zaragoza 2009; k1 = 1.2, b = 0.75):

- ``bm25_norm``: the claim's BM25 score against the text over the most it could score;
- ``idf_coverage``: the idf-weighted share of the claim's words found in the text;
- ``idf_lead_coverage``: the same in the text's first 60 words (its lead);
- ``bm25``: the raw score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from claimtrail.stance.tfidf import count_matrix

K1 = 1.2
B = 0.75
LEAD_WORDS = 60
FEATURE_NAMES = ("bm25_norm", "idf_coverage", "idf_lead_coverage", "bm25")


@dataclass
class Bm25Relatedness:
    vocabulary: CountVectorizer
    idf: np.ndarray  # (n_terms,) BM25's idf over the fitted bodies
    average_length: float  # in counted (non-stop) words

    @classmethod
    def fit(cls, bodies: Sequence[str]) -> Bm25Relatedness:
        distinct = list(dict.fromkeys(bodies))
        vocabulary = CountVectorizer(stop_words="english", dtype=np.float64).fit(distinct)
        vocabulary.stop_words_ = None  # introspection only, and large
        counts = count_matrix(vocabulary, distinct)
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        n = len(distinct)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        return cls(vocabulary, idf, float(counts.sum(axis=1).mean()) or 1.0)

    def transform(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n_pairs, 4) float32, columns as ``FEATURE_NAMES``."""
        distinct = list(dict.fromkeys([*claims, *texts]))
        index = {text: i for i, text in enumerate(distinct)}
        claim_ids = np.array([index[c] for c in claims], dtype=np.intp)
        text_ids = np.array([index[t] for t in texts], dtype=np.intp)
        counts = count_matrix(self.vocabulary, distinct)
        leads = count_matrix(self.vocabulary, [" ".join(t.split()[:LEAD_WORDS]) for t in distinct])
        present = _binary(counts)
        claim_weights = present.multiply(self.idf).tocsr()
        lengths = np.asarray(counts.sum(axis=1)).ravel()
        saturated = counts.tocoo()
        norm = K1 * (1 - B + B * lengths[saturated.row] / self.average_length)
        scores = sparse.csr_matrix(
            (
                self.idf[saturated.col] * saturated.data * (K1 + 1) / (saturated.data + norm),
                (saturated.row, saturated.col),
            ),
            shape=counts.shape,
        )
        claim_rows = claim_weights[claim_ids]
        total = np.maximum(np.asarray(claim_rows.sum(axis=1)).ravel(), 1e-9)
        bm25 = _row_dot(present[claim_ids], scores[text_ids])
        return np.column_stack(
            [
                bm25 / (total * (K1 + 1)),
                _row_dot(claim_rows, present[text_ids]) / total,
                _row_dot(claim_rows, _binary(leads)[text_ids]) / total,
                bm25,
            ]
        ).astype(np.float32)


def _binary(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    result = matrix.copy()
    result.data = np.ones_like(result.data)
    return result


def _row_dot(left: sparse.csr_matrix, right: sparse.csr_matrix) -> np.ndarray:
    return np.asarray(left.multiply(right).sum(axis=1)).ravel()

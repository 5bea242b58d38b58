"""A linear stance model over claim-generic words: how a body writes, not what it is about.

A model over a body's words learns the training claims' topics ("meteorite", "ISIS") and carries
little to a claim it has never seen (the term-frequency MLP in ``mlp.py``: 72.7% on the first
claim-disjoint fold). Here the vocabulary is only the words and bigrams that the bodies of at
least ``MIN_CLAIMS`` different claims use ("reportedly", "according to", "hoax", "confirmed
that", "it is not"): words of reporting, hedging and refuting, not of any one story. A
multinomial logistic regression over three TF-IDF blocks of that vocabulary (the whole body; its
``BEST_SENTENCES`` sentences that cover the claim best, ranked over BM25's open vocabulary; the
claim) says agree/disagree/discuss for a related pair. The body head averages it with its trees'
split of the related share (``heads.BodyStanceHead``).

Claim-disjoint 5-fold CV (docs/stance.md): the trees alone 83.78%, averaged half and half with
this model 84.78%.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from claimtrail.stance.bm25 import Bm25Relatedness
from claimtrail.stance.tfidf import tfidf_matrix

RELATED_LABELS = ("agree", "disagree", "discuss")
# A word or bigram is claim-generic when the bodies of this many claims (claim_split groups)
# use it. First claim-disjoint fold, 20 vs 40: 84.39% vs 83.93% (averaged 0.5 with the trees).
MIN_CLAIMS = 20
MIN_BODIES = 5
NGRAMS = (1, 2)
TOKEN_PATTERN = r"(?u)\b\w+\b"  # keeps "not", "no" and one-letter words: no stop words
BEST_SENTENCES = 3
C = 1.0
MAX_ITER = 2000


@dataclass
class GenericWordsStance:
    vectorizer: TfidfVectorizer  # over the claim-generic vocabulary, idf from training bodies
    relatedness: Bm25Relatedness  # ranks a body's sentences by how much of the claim they cover
    classifier: LogisticRegression

    @classmethod
    def fit(
        cls,
        claims: Sequence[str],
        bodies: Sequence[str],
        labels: Sequence[str],
        claim_groups: Sequence[str],
        relatedness: Bm25Relatedness,
    ) -> GenericWordsStance:
        """Fitted on the related pairs among (claim, body, label, claim group)."""
        related = [i for i, label in enumerate(labels) if label in RELATED_LABELS]
        group_of_body: dict[str, str] = {}
        for i in related:
            group_of_body.setdefault(bodies[i], claim_groups[i])
        vocabulary = generic_vocabulary(list(group_of_body), list(group_of_body.values()))
        vectorizer = TfidfVectorizer(
            ngram_range=NGRAMS,
            vocabulary=vocabulary,
            sublinear_tf=True,
            token_pattern=TOKEN_PATTERN,
            dtype=np.float32,
        ).fit(list(group_of_body))
        model = cls(
            vectorizer,
            relatedness,
            LogisticRegression(C=C, max_iter=MAX_ITER, class_weight="balanced"),
        )
        design = model.design_matrix([claims[i] for i in related], [bodies[i] for i in related])
        # One BLAS thread: the same sums in the same order on every run (deterministic weights).
        with threadpool_limits(limits=1, user_api="blas"):
            model.classifier.fit(design, np.asarray([labels[i] for i in related]))
        return model

    def design_matrix(self, claims: Sequence[str], texts: Sequence[str]) -> sparse.csr_matrix:
        best = self.relatedness.best_sentences(claims, texts, BEST_SENTENCES)
        return sparse.hstack(
            [
                tfidf_matrix(self.vectorizer, texts),
                tfidf_matrix(self.vectorizer, best),
                tfidf_matrix(self.vectorizer, claims),
            ],
            format="csr",
        )

    def predict_proba(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n, 3) probabilities in ``RELATED_LABELS`` order (the softmax of the regression)."""
        scores = self.design_matrix(claims, texts) @ self.classifier.coef_.T
        scores = np.asarray(scores, dtype=np.float64) + self.classifier.intercept_
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        probabilities = exp / exp.sum(axis=1, keepdims=True)
        columns = [list(self.classifier.classes_).index(label) for label in RELATED_LABELS]
        return probabilities[:, columns]


def generic_vocabulary(bodies: Sequence[str], groups: Sequence[str]) -> list[str]:
    """Words and bigrams in at least ``MIN_BODIES`` bodies of at least ``MIN_CLAIMS`` claims
    (of half the claims, when there are fewer than twice as many: a small training set)."""
    counter = CountVectorizer(
        ngram_range=NGRAMS, min_df=MIN_BODIES, binary=True, token_pattern=TOKEN_PATTERN
    )
    presence = counter.fit_transform(bodies)
    names, body_group = np.unique(np.asarray(groups), return_inverse=True)
    membership = sparse.csr_matrix(
        (np.ones(len(body_group)), (body_group, np.arange(len(body_group)))),
        shape=(len(names), len(body_group)),
    )
    claims_using = np.asarray(((membership @ presence) > 0).sum(axis=0)).ravel()
    least = min(MIN_CLAIMS, max(1, len(names) // 2))
    return sorted(term for term, j in counter.vocabulary_.items() if claims_using[j] >= least)

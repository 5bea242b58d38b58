"""A fitted ``TfidfVectorizer``'s transform without its per-call input validation.

For the ~15 short texts ``analyze`` scores per article, scikit-learn's checks (parameter
validation, dataframe sniffing) cost more than the counting itself, and the stance model makes
four such calls per article. The arithmetic is scikit-learn's: raw counts, 1 + log(count)
when ``sublinear_tf``, times the fitted idf (when ``use_idf``), rows scaled to unit length
(tested to agree).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer


def tfidf_matrix(vectorizer: TfidfVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
    """The same rows as ``vectorizer.transform(texts)`` for an l2-normalised vectorizer."""
    if vectorizer.norm != "l2" or vectorizer.binary:
        raise ValueError("tfidf_matrix supports l2-normalised, non-binary counts")
    analyze = vectorizer.build_analyzer()
    vocabulary = vectorizer.vocabulary_
    indptr: list[int] = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        _add_counts(Counter(analyze(text)), vocabulary, indices, counts)
        indptr.append(len(indices))
    columns = np.asarray(indices, dtype=np.int32)
    weights = np.asarray(counts, dtype=np.float64)
    if vectorizer.sublinear_tf:
        weights = 1.0 + np.log(weights)
    if vectorizer.use_idf:
        weights *= vectorizer.idf_[columns]
    rows = np.repeat(np.arange(len(texts)), np.diff(indptr))
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=len(texts)))
    weights /= norms[rows]
    shape = (len(texts), len(vocabulary))
    matrix = sparse.csr_matrix((weights.astype(vectorizer.dtype), columns, indptr), shape=shape)
    matrix.sort_indices()
    return matrix


def count_matrix(vectorizer: CountVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
    """The same rows as ``vectorizer.transform(texts)`` for a fitted, non-binary counter."""
    analyze = vectorizer.build_analyzer()
    vocabulary = vectorizer.vocabulary_
    indptr: list[int] = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        _add_counts(Counter(analyze(text)), vocabulary, indices, counts)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(counts, dtype=vectorizer.dtype), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(texts), len(vocabulary)),
    )
    matrix.sort_indices()
    return matrix


def _add_counts(
    term_counts: Counter[str], vocabulary: dict[str, int], indices: list[int], counts: list[int]
) -> None:
    """The text's in-vocabulary terms' columns and counts, in the order the terms first occur
    (the terms are counted in C first: a news text's ~400 character n-grams repeat a lot)."""
    for term, count in term_counts.items():
        column = vocabulary.get(term)
        if column is not None:
            indices.append(column)
            counts.append(count)

"""How much of a claim a text covers, weighted by how rare each claim word is (BM25).

Relatedness on claims never seen in training hinges on the claim's rare words (names, places,
the odd noun) being in the text. A vocabulary fitted on the training texts has none of a new
claim's own words ("meteorite", "Managua"), so a TF-IDF cosine over it reads a new claim and
its articles as unrelated. Here the vocabulary is open: a word the training bodies never used
gets the highest idf (it is as rare as a word can be), and each claim word is weighed by its
idf as BM25 does (Robertson & Zaragoza 2009; k1 = 1.2, b = 0.75):

- ``bm25_norm``: the claim's BM25 score against the text over the most it could score;
- ``idf_coverage``: the idf-weighted share of the claim's words found in the text;
- ``idf_lead_coverage``: the same in the text's first 60 words (its lead);
- ``bm25``: the raw score;
- ``best_sentence_idf_coverage``: the same share in the text's best-covering sentence;
- ``open_tfidf_cos``: TF-IDF cosine (1 + log tf) of claim and text over the open vocabulary.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

K1 = 1.2
B = 0.75
LEAD_WORDS = 60
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
FEATURE_NAMES = (
    "bm25_norm",
    "idf_coverage",
    "idf_lead_coverage",
    "bm25",
    "best_sentence_idf_coverage",
    "open_tfidf_cos",
)


@dataclass(frozen=True)
class _Text:
    counts: Counter[str]
    length: int
    lead: frozenset[str]
    sentences: list[frozenset[str]]
    norm: float  # of its open-vocabulary TF-IDF vector


@dataclass
class Bm25Relatedness:
    analyzer_source: CountVectorizer  # unfitted: supplies the tokenizer and stop words
    idf: dict[str, float]  # BM25 idf of every word of the fitted bodies
    unseen_idf: float  # a word no fitted body has
    average_length: float  # in counted (non-stop) words

    @classmethod
    def fit(cls, bodies: Sequence[str]) -> Bm25Relatedness:
        source = CountVectorizer(stop_words="english")
        analyze = source.build_analyzer()
        distinct = list(dict.fromkeys(bodies))
        df: Counter[str] = Counter()
        total_length = 0
        for body in distinct:
            tokens = analyze(body)
            total_length += len(tokens)
            df.update(set(tokens))
        n = max(len(distinct), 1)
        idf = {term: _idf(n, count) for term, count in sorted(df.items())}
        return cls(source, idf, _idf(n, 0), (total_length / n) or 1.0)

    def transform(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        """(n_pairs, 6) float32, columns as ``FEATURE_NAMES``."""
        analyze = self.analyzer_source.build_analyzer()
        views: dict[str, _Text] = {}
        for text in dict.fromkeys([*claims, *texts]):
            views[text] = self._view(text, analyze)
        rows = [self._row(views[c], views[t]) for c, t in zip(claims, texts, strict=True)]
        return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURE_NAMES))

    def best_sentences(self, claims: Sequence[str], texts: Sequence[str], n: int) -> list[str]:
        """Per pair, the text's ``n`` sentences that cover most of the claim (idf-weighted over
        the open vocabulary, as ``best_sentence_idf_coverage``), best first, joined."""
        analyze = self.analyzer_source.build_analyzer()
        split: dict[str, tuple[list[str], list[frozenset[str]]]] = {}
        joined = []
        for claim, text in zip(claims, texts, strict=True):
            if text not in split:
                parts = [s for s in SENTENCE_SPLIT.split(text) if len(s.strip()) >= 3] or [text]
                split[text] = parts, [frozenset(analyze(s)) for s in parts]
            parts, terms = split[text]
            # In the claim's word order, not a set's (which follows PYTHONHASHSEED): the sums below
            # then never differ in their last bit between runs, and neither do ties between
            # sentences (a different best sentence changed the shipped model's weights).
            weights = {term: self._weight(term) for term in dict.fromkeys(analyze(claim))}
            coverage = np.array([sum(w for t, w in weights.items() if t in s) for s in terms])
            best = np.argsort(-coverage, kind="stable")[:n]
            joined.append(" ".join(parts[i] for i in best))
        return joined

    def _weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen_idf)

    def _view(self, text: str, analyze: object) -> _Text:
        tokens = analyze(text)  # type: ignore[operator]
        counts = Counter(tokens)
        lead = frozenset(analyze(" ".join(text.split()[:LEAD_WORDS])))  # type: ignore[operator]
        sentences = [frozenset(analyze(s)) for s in SENTENCE_SPLIT.split(text)]  # type: ignore[operator]
        norm = math.sqrt(sum(((1 + math.log(c)) * self._weight(t)) ** 2 for t, c in counts.items()))
        return _Text(counts, len(tokens), lead, [s for s in sentences if s], norm)

    def _row(self, claim: _Text, text: _Text) -> list[float]:
        weights = {term: self._weight(term) for term in claim.counts}
        total = sum(weights.values())
        if not total or not text.length:
            return [0.0] * len(FEATURE_NAMES)
        saturation = K1 * (1 - B + B * text.length / self.average_length)
        bm25 = sum(
            w * text.counts[t] * (K1 + 1) / (text.counts[t] + saturation)
            for t, w in weights.items()
            if t in text.counts
        )
        covered = sum(w for t, w in weights.items() if t in text.counts)
        in_lead = sum(w for t, w in weights.items() if t in text.lead)
        best_sentence = max(
            (sum(w for t, w in weights.items() if t in s) for s in text.sentences), default=0.0
        )
        dot = sum(
            (1 + math.log(claim.counts[t])) * (1 + math.log(text.counts[t])) * w * w
            for t, w in weights.items()
            if t in text.counts
        )
        cosine = dot / (claim.norm * text.norm) if claim.norm and text.norm else 0.0
        return [
            bm25 / (total * (K1 + 1)),
            covered / total,
            in_lead / total,
            bm25,
            best_sentence / total,
            cosine,
        ]


def _idf(documents: int, frequency: int) -> float:
    return math.log1p((documents - frequency + 0.5) / (frequency + 0.5))

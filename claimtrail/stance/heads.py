"""The two trained stance classifiers ("heads") and how each turns pairs into probabilities.

- ``BodyStanceHead``: a claim against an article body (FNC-1): agree/disagree/discuss/unrelated.
  Gradient-boosted trees over ``PairFeaturizer`` and BM25 features, compiled to numpy arrays;
  their split of the related share averaged with a linear model over claim-generic words
  (``generic.py``) and, optionally, a term-frequency MLP (``mlp.py``).
- ``HeadlineStanceHead``: a claim against a short text, a headline (Emergent): for/against/
  observing. A linear classifier (a ridge classifier, its scores turned into probabilities by
  a softmax at a fitted temperature; a logistic regression in earlier models) over the
  headline's words, the same words with the claim's words masked (so "CLAIM CLAIM is a hoax"
  generalises across claims), the pair features and how the headline's hedging and confirming
  words relate to the claim's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.preprocessing import StandardScaler

from claimtrail.stance.bm25 import Bm25Relatedness
from claimtrail.stance.claim_sentences import claim_sentence_features
from claimtrail.stance.features import PairFeaturizer
from claimtrail.stance.forest import CompiledForest
from claimtrail.stance.generic import RELATED_LABELS as GENERIC_RELATED_LABELS
from claimtrail.stance.generic import GenericWordsStance
from claimtrail.stance.labels import EMERGENT_LABELS, FNC_LABELS
from claimtrail.stance.lexicon import (
    CUE_NAMES,
    RELATION_NAMES,
    cue_flags,
    relation_flags,
    short_text_side,
    tokenize,
)
from claimtrail.stance.mlp import TermFrequencyMlp
from claimtrail.stance.syntax import SYNTAX_NAMES, ParsedText, syntax_digest, syntax_matrix
from claimtrail.stance.tfidf import tfidf_matrix

CLAIM_WORD = "CLAIMWORD"
# The featurizer's similarities over the vocabulary fitted on the training texts: in training
# they are never blind (every training text's words are in it), so the trees learn to trust
# them, but a new claim's own words are not in it and they read 0, i.e. "unrelated". The BM25
# block measures the same over an open vocabulary; with it the trees leave these out. First
# claim-disjoint fold: 83.18% / macro-F1 0.556 with them, 83.56% / 0.576 without.
CLOSED_VOCABULARY_FEATURES = (
    "tfidf_cos",
    "svd_cos",
    "best_sentence_sim",
    "top_sentence_sim",
    "best_sentence_position",
)
QUESTION_TOKEN = "QMARK"
DISAGREE_COLUMN = FNC_LABELS.index("disagree")
# The probability given to the side a short text's wording names (``lexicon.short_text_side``);
# the rest is split evenly between the other two labels.
WORDING_SIDE_PROBABILITY = 0.9
# Claim words are masked by their first letters (Emergent grouped CV: 0.7634 exact, 0.7644 at 5).
MASK_LETTERS = 5


@dataclass
class BodyStanceHead:
    featurizer: PairFeaturizer
    forest: CompiledForest  # the trained HistGradientBoostingClassifier, compiled for speed
    # BM25 relatedness features, appended to the featurizer's for the trees (None: not used).
    relatedness: Bm25Relatedness | None = None
    # The term-frequency MLP and its share of the averaged probabilities (0: trees alone).
    mlp: TermFrequencyMlp | None = None
    mlp_weight: float = 0.0
    # Pair-feature columns the trees do not read (``CLOSED_VOCABULARY_FEATURES`` when trained
    # with BM25 features): their indices in ``featurizer.feature_names``.
    excluded: tuple[int, ...] = ()
    # The claim-generic words model (``generic.py``) and its share of the related labels'
    # split (the trees keep the rest, and say alone how likely "unrelated" is).
    generic: GenericWordsStance | None = None
    generic_weight: float = 0.0
    # Disagree's probability is multiplied by this, then the row renormalised: the balanced
    # class weights still leave a refuting body on a new claim reading as discuss.
    disagree_weight: float = 1.0
    # The trees also read where the text states the claim and the cues there
    # (``claim_sentences.py``; needs ``relatedness``).
    with_claim_sentences: bool = False

    def tree_features(self, claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
        return tree_features(
            self.featurizer,
            self.relatedness,
            claims,
            texts,
            self.excluded,
            self.with_claim_sentences,
        )

    def predict_proba(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        relatedness_only: Sequence[bool] | None = None,
    ) -> np.ndarray:
        """(n, 4) probabilities in ``FNC_LABELS`` order.

        ``relatedness_only``: pairs whose split between agree and discuss the caller will not
        read (``StanceModel`` takes only the unrelated share for short texts); the claim-generic
        model, which changes nothing else, is not run for them.
        """
        features = self.tree_features(claims, texts)
        classes = np.array(self.forest.classes)
        trees = _in_order(self.forest.predict_proba(features), classes, FNC_LABELS)
        if self.generic is not None and self.generic_weight:
            rows = list(range(len(texts)))
            if relatedness_only is not None:
                rows = [i for i, skip in enumerate(relatedness_only) if not skip]
            if rows:
                trees[rows] = _with_agree_discuss_split(
                    trees[rows],
                    self.generic.predict_proba([claims[i] for i in rows], [texts[i] for i in rows]),
                    self.generic_weight,
                )
        if self.disagree_weight != 1.0:
            trees[:, DISAGREE_COLUMN] *= self.disagree_weight
            trees /= trees.sum(axis=1, keepdims=True)
        if self.mlp is None or not self.mlp_weight:
            return trees
        weight = self.mlp_weight
        return (1.0 - weight) * trees + weight * self.mlp.predict_proba(claims, texts)


@dataclass
class HeadlineStanceHead:
    featurizer: PairFeaturizer
    scaler: StandardScaler
    masked_words: TfidfVectorizer
    headline_words: TfidfVectorizer
    classifier: LogisticRegression | RidgeClassifier
    # Character n-grams of the masked text ("CLAIMWORD denies", "n't", "hoax"): they carry
    # inflections and rare refuting words that the word n-grams miss on 2,000 headlines.
    masked_chars: TfidfVectorizer | None = None
    # Negation of a claim word, refuting and denial words (``lexicon.cue_flags``) as 0/1 columns.
    with_cues: bool = False
    # Open-vocabulary BM25 features (fitted on the training headlines), scaled with the others.
    relatedness: Bm25Relatedness | None = None
    # The side named by the wording (``lexicon.short_text_side``) overrides the regression.
    with_wording_rules: bool = False
    # A hedging / confirming word the claim lacks (``lexicon.relation_flags``), scaled with the
    # pair features.
    with_relation_flags: bool = False
    # The classifier's scores are multiplied by this before the softmax: 1 for a logistic
    # regression; for a ridge classifier, whose scores are not log-odds, fitted in training on
    # claim-grouped out-of-fold scores (``train.fit_temperature``).
    temperature: float = 1.0
    # Three columns from a dependency parse of the text (``syntax.py``), scaled with the pair
    # features; the caller passes the parses. ``syntax_digest`` is ``syntax.syntax_digest()``
    # at training time: the loader refuses a model whose columns the code no longer computes.
    syntax_digest: str = ""

    @property
    def with_syntax(self) -> bool:
        return bool(self.syntax_digest)

    def check_syntax(self) -> None:
        """Raise ``ValueError`` when the model's syntactic columns are not the code's."""
        if self.with_syntax and self.syntax_digest != syntax_digest():
            raise ValueError(
                f"the headline head was trained with other syntactic columns (digest "
                f"{self.syntax_digest}; this code computes {', '.join(SYNTAX_NAMES)}, digest "
                f"{syntax_digest()})"
            )

    def predict_proba(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        parses: Sequence[ParsedText] | None = None,
    ) -> np.ndarray:
        """(n, 3) probabilities in ``EMERGENT_LABELS`` order. ``parses``: each text's parse
        (``syntax.ParsedText``), needed when the head reads the syntactic columns.

        The softmax is computed here from the fitted coefficients: for a logistic regression
        the same numbers as ``LogisticRegression.predict_proba`` without its input validation,
        which costs more than the arithmetic for the ~15 quotes of one article.
        """
        probabilities = _in_order(
            softmax(self.scores(claims, texts, parses), self.temperature),
            self.classifier.classes_,
            EMERGENT_LABELS,
        )
        if self.with_wording_rules:
            for i, (claim, text) in enumerate(zip(claims, texts, strict=True)):
                side = short_text_side(claim, text)
                if side is not None:
                    probabilities[i] = (1.0 - WORDING_SIDE_PROBABILITY) / 2
                    probabilities[i, EMERGENT_LABELS.index(side)] = WORDING_SIDE_PROBABILITY
        return probabilities

    def scores(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        parses: Sequence[ParsedText] | None = None,
    ) -> np.ndarray:
        """The classifier's raw scores, (n, 3) in ``classifier.classes_`` order."""
        scores = self.design_matrix(claims, texts, parses) @ self.classifier.coef_.T
        return np.asarray(scores) + self.classifier.intercept_

    def design_matrix(
        self,
        claims: Sequence[str],
        texts: Sequence[str],
        parses: Sequence[ParsedText] | None = None,
    ) -> sparse.csr_matrix:
        if self.with_syntax and parses is None:
            raise ValueError(
                "the headline head reads a dependency parse of each text: pass parses "
                "(stance.syntax.parse_texts, or tokens_of a span of the pipeline's doc)"
            )
        masked = [mask_claim_words(c, t) for c, t in zip(claims, texts, strict=True)]
        pair = headline_dense_features(
            self.featurizer,
            self.relatedness,
            self.with_relation_flags,
            claims,
            texts,
            parses if self.with_syntax else None,
        )
        scaled = (pair - self.scaler.mean_) / self.scaler.scale_  # StandardScaler.transform
        blocks = [
            tfidf_matrix(self.masked_words, masked),
            tfidf_matrix(self.headline_words, texts),
            sparse.csr_matrix(scaled),
        ]
        if self.masked_chars is not None:
            blocks.append(tfidf_matrix(self.masked_chars, masked))
        if self.with_cues:
            blocks.append(sparse.csr_matrix(cue_matrix(claims, texts)))
        return sparse.hstack(blocks, format="csr")


def _with_agree_discuss_split(
    probabilities: np.ndarray, generic: np.ndarray, weight: float
) -> np.ndarray:
    """``probabilities`` (FNC-1 order) with their split of the agree + discuss share averaged
    with the claim-generic model's (``generic``, in ``generic.RELATED_LABELS`` order; weight
    ``weight``). Unrelated and disagree stay the trees': averaging disagree too lowered its F1
    (claim-disjoint CV: disagree F1 0.156 -> 0.113)."""
    columns = [FNC_LABELS.index("agree"), FNC_LABELS.index("discuss")]
    own_share = probabilities[:, columns].sum(axis=1, keepdims=True)
    own = probabilities[:, columns] / np.maximum(own_share, 1e-12)
    theirs = generic[
        :, [GENERIC_RELATED_LABELS.index("agree"), GENERIC_RELATED_LABELS.index("discuss")]
    ]
    theirs = theirs / np.maximum(theirs.sum(axis=1, keepdims=True), 1e-12)
    combined = probabilities.copy()
    combined[:, columns] = ((1.0 - weight) * own + weight * theirs) * own_share
    return combined


def softmax(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of ``scores * temperature``."""
    scaled = np.asarray(scores, dtype=np.float64) * temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def headline_dense_features(
    featurizer: PairFeaturizer,
    relatedness: Bm25Relatedness | None,
    with_relation_flags: bool,
    claims: Sequence[str],
    texts: Sequence[str],
    parses: Sequence[ParsedText] | None = None,
) -> np.ndarray:
    """The headline head's dense columns, before scaling: the pair features (and BM25 ones),
    then, ``with_relation_flags``, ``lexicon.relation_flags``, then, given the texts'
    ``parses``, the syntactic columns (``syntax.SYNTAX_NAMES``)."""
    blocks = [tree_features(featurizer, relatedness, claims, texts)]
    if with_relation_flags:
        flags = [
            relation_flags(tokenize(claim), tokenize(text))
            for claim, text in zip(claims, texts, strict=True)
        ]
        blocks.append(np.asarray(flags, dtype=np.float64).reshape(len(flags), len(RELATION_NAMES)))
    if parses is not None:
        if len(parses) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(parses)} parses")
        columns = syntax_matrix(claims, parses)
        blocks.append(np.asarray(columns, dtype=np.float64).reshape(len(texts), len(SYNTAX_NAMES)))
    return blocks[0] if len(blocks) == 1 else np.hstack(blocks)


def cue_matrix(claims: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    rows = []
    for claim, text in zip(claims, texts, strict=True):
        claim_tokens = tokenize(claim)
        content = {t for t in claim_tokens if t not in ENGLISH_STOP_WORDS}
        rows.append(cue_flags(claim_tokens, tokenize(text), content))
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(CUE_NAMES))


def tree_features(
    featurizer: PairFeaturizer,
    relatedness: Bm25Relatedness | None,
    claims: Sequence[str],
    texts: Sequence[str],
    excluded: tuple[int, ...] = (),
    with_claim_sentences: bool = False,
) -> np.ndarray:
    """The pair features less ``excluded``, then the BM25 ones, then (``with_claim_sentences``)
    the claim sentences' (the body head's trees; the headline head's dense columns)."""
    features = featurizer.transform(claims, texts)
    if excluded:
        features = np.delete(features, excluded, axis=1)
    if relatedness is None:
        return features
    blocks = [features, relatedness.transform(claims, texts)]
    if with_claim_sentences:
        blocks.append(claim_sentence_features(relatedness, claims, texts))
    return np.hstack(blocks)


def mask_claim_words(claim: str, text: str) -> str:
    """The text's tokens with the claim's content words replaced by one placeholder.

    Words match on their first ``MASK_LETTERS`` letters, so "resigns" masks as "resigned".
    """
    stems = {t[:MASK_LETTERS] for t in tokenize(claim) if t not in ENGLISH_STOP_WORDS}
    tokens = [CLAIM_WORD if t[:MASK_LETTERS] in stems else t for t in tokenize(text)]
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

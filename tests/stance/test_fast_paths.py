"""The fast prediction paths give scikit-learn's numbers: compiled trees, TF-IDF, softmax."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer

from claimtrail.stance.forest import CompiledForest
from claimtrail.stance.heads import _in_order
from claimtrail.stance.labels import EMERGENT_LABELS
from claimtrail.stance.syntax import parse_texts
from claimtrail.stance.tfidf import tfidf_matrix

from .conftest import CLAIMS, invented_emergent_rows


def test_compiled_forest_matches_predict_proba_with_missing_values() -> None:
    rng = np.random.default_rng(0)
    features = rng.normal(size=(200, 6))
    labels = np.array(["a", "b", "c"])[(features[:, 0] > 0).astype(int) + (features[:, 1] > 0.5)]
    model = HistGradientBoostingClassifier(max_iter=8, max_leaf_nodes=8, random_state=0)
    model.fit(features, labels)
    probe = rng.normal(size=(50, 6))
    probe[::5, 2] = np.nan
    forest = CompiledForest.from_sklearn(model)
    assert forest.classes == ("a", "b", "c")
    np.testing.assert_allclose(forest.predict_proba(probe), model.predict_proba(probe), atol=1e-12)


def test_tfidf_matrix_matches_transform() -> None:
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    vectorizer.fit([*CLAIMS, "the mall flooded and the mall closed"])
    texts = ["", "A shark in the MALL, the mall!", "nothing known here", *CLAIMS]
    expected = vectorizer.transform(texts).toarray()
    np.testing.assert_allclose(tfidf_matrix(vectorizer, texts).toarray(), expected, atol=1e-6)


def test_tfidf_matrix_matches_transform_without_idf() -> None:
    vectorizer = TfidfVectorizer(stop_words="english", use_idf=False, dtype=np.float32)
    vectorizer.fit([*CLAIMS, "the mall flooded and the mall closed"])
    texts = ["", "A shark in the MALL, the mall!", "nothing known here", *CLAIMS]
    expected = vectorizer.transform(texts).toarray()
    np.testing.assert_allclose(tfidf_matrix(vectorizer, texts).toarray(), expected, atol=1e-6)


def test_mlp_forward_pass_matches_predict_proba() -> None:
    from sklearn.neural_network import MLPClassifier

    from claimtrail.stance.labels import FNC_LABELS
    from claimtrail.stance.mlp import TermFrequencyMlp, cosine_vectorizer, tf_vectorizer

    corpus = [*CLAIMS, "the mall flooded and the mall closed", "a hoax, officials said"]
    words, tfidf = tf_vectorizer(50).fit(corpus), cosine_vectorizer(50).fit(corpus)
    claims = [CLAIMS[i % len(CLAIMS)] for i in range(12)]
    texts = [corpus[(i * 5) % len(corpus)] for i in range(12)]
    labels = [FNC_LABELS[i % 4] for i in range(12)]
    probe = TermFrequencyMlp(words, tfidf, [], [], ())
    design = probe.design_matrix(claims, texts)
    model = MLPClassifier(hidden_layer_sizes=(7,), max_iter=50, random_state=0)
    model.fit(design, labels)
    mlp = TermFrequencyMlp.from_sklearn(words, tfidf, model)
    expected = _in_order(model.predict_proba(design), model.classes_, FNC_LABELS)
    np.testing.assert_allclose(mlp.predict_proba(claims, texts), expected, atol=1e-5)


def test_headline_softmax_matches_logistic_regression(monkeypatch: pytest.MonkeyPatch) -> None:
    # heads trained before issue 11's fourth round are logistic regressions
    from claimtrail.stance import train

    monkeypatch.setattr(train, "HEADLINE_CLASSIFIER", "logistic")
    head = train.train_headline_head(invented_emergent_rows())
    assert head.temperature == 1.0
    claims, texts = CLAIMS[:2], ["Hoax: it is fake", "Reports claim the singer cancelled?"]
    parses = parse_texts(texts)
    expected = head.classifier.predict_proba(head.design_matrix(claims, texts, parses))
    expected = _in_order(expected, head.classifier.classes_, EMERGENT_LABELS)
    assert head.predict_proba(claims, texts, parses) == pytest.approx(expected, abs=1e-9)


def test_headline_softmax_of_the_ridge_scores_at_the_fitted_temperature(tiny_model) -> None:
    head = tiny_model.headline
    claims, texts = CLAIMS[:2], ["Hoax: it is fake", "Reports claim the singer cancelled?"]
    parses = parse_texts(texts)
    scores = head.classifier.decision_function(head.design_matrix(claims, texts, parses))
    expected = np.exp(scores * head.temperature)
    expected = _in_order(
        expected / expected.sum(axis=1, keepdims=True), head.classifier.classes_, EMERGENT_LABELS
    )
    assert head.predict_proba(claims, texts, parses) == pytest.approx(expected, abs=1e-9)

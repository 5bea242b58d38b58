"""A tiny model trained on invented pairs: the protocol, the two heads, saving and loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.errors import InputError, ModelError
from claimtrail.stance.labels import FNC_LABELS
from claimtrail.stance.model_file import (
    MANIFEST_FILE,
    MODEL_FILE,
    load_stance_model,
    save_stance_model,
)
from claimtrail.stance.syntax import parse_texts

CLAIM = "Mayor Smith resigned over the bridge scandal"


def test_probabilities_cover_the_four_labels_and_sum_to_one(tiny_model) -> None:
    texts = [
        "Officials confirmed it on Monday: mayor smith resigned over the bridge scandal.",
        "This story is a hoax. Not true, officials said, calling the report fake.",
        "The football club won its third match in a row after a late goal.",
        "",
    ]
    rows = tiny_model.predict_proba([CLAIM] * len(texts), texts)
    assert len(rows) == len(texts)
    for row in rows:
        assert set(row) == set(FNC_LABELS)
        assert sum(row.values()) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in row.values())


def test_the_body_head_learns_the_invented_pairs(tiny_model) -> None:
    body = "The football club won its third match in a row after a late goal by the striker."
    assert tiny_model.predict_body_stance([CLAIM], [body]) == ["unrelated"]


def test_the_headline_head_speaks_emergent_labels(tiny_model) -> None:
    labels = tiny_model.predict_headline_stance([CLAIM], [f"Hoax: no, {CLAIM.lower()} is fake"])
    assert labels == ["against"]


def test_an_empty_claim_is_refused(tiny_model) -> None:
    with pytest.raises(InputError, match="claim 2 is empty"):
        tiny_model.predict_proba([CLAIM, "  "], ["a text", "another text"])


def test_no_pairs_no_predictions(tiny_model) -> None:
    assert tiny_model.predict_proba([], []) == []


def test_saved_model_loads_back_with_its_version(tiny_model, tmp_path: Path) -> None:
    manifest = save_stance_model(tiny_model, tmp_path, {"note": "test"})
    loaded = load_stance_model(tmp_path)
    assert loaded.version == manifest["version"] and loaded.version.startswith("stance-2+")
    texts = ["Reports claim that mayor smith resigned, but it could not be verified."]
    assert loaded.predict_proba([CLAIM], texts) == tiny_model.predict_proba([CLAIM], texts)


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="claimtrail train stance"):
        load_stance_model(tmp_path)


def test_corrupt_model_is_a_model_error(tiny_model, tmp_path: Path) -> None:
    save_stance_model(tiny_model, tmp_path, {})
    with (tmp_path / MODEL_FILE).open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00garbage\x00")
    with pytest.raises(ModelError, match="corrupt"):
        load_stance_model(tmp_path)


def test_a_foreign_manifest_is_refused(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_FILE).write_text('{"format": "something/else"}')
    with pytest.raises(ModelError, match="not a claimtrail.stance/2 manifest"):
        load_stance_model(tmp_path)


def test_cue_flags_read_a_first_person_denial() -> None:
    from claimtrail.stance.heads import cue_matrix

    claims = ["Ford and Xiaomi held talks on US EV production", "The mayor will resign"]
    texts = ["We are not in talks with Xiaomi.", "The mayor has resigned, officials confirmed."]
    flags = cue_matrix(claims, texts)
    assert flags[0].tolist() == [1.0, 1.0, 0.0]  # negated claim word, refuting word, no verb
    assert flags[1].tolist() == [0.0, 0.0, 0.0]
    # the claim's own negation is not a mismatch; a denial verb is both refuting and denial
    negated_claim = cue_matrix(["Nobody was hurt"], ["Nobody was hurt, police denied"])
    assert negated_claim[0].tolist() == [0.0, 1.0, 1.0]


def test_saved_model_carries_no_run_specific_state(tiny_model, tmp_path: Path) -> None:
    # scikit-learn's vectorizers keep id() of their stop words; it made two trainings' files
    # differ in their bytes (and sha256) though every number in them was the same
    import pickle
    import zlib

    tiny_model.predict_proba([CLAIM], ["Reports claim that mayor smith resigned."])
    save_stance_model(tiny_model, tmp_path, {})
    loaded = pickle.loads(zlib.decompress((tmp_path / MODEL_FILE).read_bytes()))
    vectorizers = [
        loaded.body.featurizer.tfidf,
        loaded.headline.masked_words,
        loaded.headline.headline_words,
        loaded.body.relatedness.analyzer_source,
    ]
    assert not [v for v in vectorizers if hasattr(v, "_stop_words_id")]


def test_the_headline_head_follows_a_short_texts_wording(tiny_model) -> None:
    # no hoax-type word the invented rows taught it: the wording rules decide
    claims = [CLAIM, CLAIM]
    texts = ["The council says the story is groundless.", "The denials are expected."]
    assert tiny_model.predict_headline_stance(claims, texts) == ["against", "observing"]
    tiny_model.headline.with_wording_rules = False
    try:
        without = tiny_model.predict_headline_stance(claims, texts)
    finally:
        tiny_model.headline.with_wording_rules = True
    assert without != ["against", "observing"]


def test_short_texts_about_the_claim_skip_the_body_head_with_the_same_result(
    tiny_model, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrail.stance.model import UNRELATED_COLUMN

    claims = [CLAIM] * 3
    texts = [
        "Mayor Smith denies it.",  # short, about the claim
        "The football club won again.",  # short, not about it: the body head says how unrelated
        " ".join(["Officials confirmed that mayor smith resigned over the bridge scandal."] * 8),
    ]
    result = tiny_model.proba_matrix(claims, texts)
    seen: list[list[str]] = []
    body_proba = tiny_model.body.predict_proba

    def spy(c, t, relatedness_only=None):
        seen.append(list(t))
        return body_proba(c, t, relatedness_only)

    monkeypatch.setattr(tiny_model.body, "predict_proba", spy)
    assert tiny_model.proba_matrix(claims, texts) == pytest.approx(result)
    assert seen == [texts[1:]]
    # what the full path gives: the body head on every text, the short ones' split replaced
    full = body_proba(claims, texts)
    headline = tiny_model.headline.predict_proba(claims[:1], texts[:1], parse_texts(texts[:1]))[0]
    assert result[0, UNRELATED_COLUMN] == 0.0 and sorted(result[0]) == pytest.approx(
        sorted([*headline, 0.0])
    )
    assert result[1, UNRELATED_COLUMN] == pytest.approx(full[1, UNRELATED_COLUMN])
    assert result[2] == pytest.approx(full[2])


def test_the_headline_head_reads_hedging_and_confirming_words_the_claim_lacks(tiny_model) -> None:
    from sklearn.linear_model import RidgeClassifier

    head = tiny_model.headline
    assert isinstance(head.classifier, RidgeClassifier) and head.temperature > 0
    claims, texts = [CLAIM], ["Mayor Smith reportedly resigned, video confirms"]
    with_flags = head.design_matrix(claims, texts, parse_texts(texts))
    head.with_relation_flags = False
    try:
        # the scaler was fitted with the two columns: compare widths before scaling
        from claimtrail.stance.heads import headline_dense_features

        without = headline_dense_features(head.featurizer, head.relatedness, False, claims, texts)
    finally:
        head.with_relation_flags = True
    flags = headline_dense_features(head.featurizer, head.relatedness, True, claims, texts)
    assert flags.shape[1] == without.shape[1] + 2 and flags[0, -2:].tolist() == [1.0, 1.0]
    assert with_flags.shape[1] == head.classifier.coef_.shape[1]
    # the probabilities are the softmax of the classifier's scores: same argmax as its predict
    (label,) = tiny_model.predict_headline_stance(claims, texts)
    assert label == str(head.classifier.predict(with_flags)[0]) or head.with_wording_rules


def test_a_model_in_the_earlier_joblib_container_still_loads(tiny_model, tmp_path: Path) -> None:
    # format claimtrail.stance/1 kept the pickle in joblib's container (stance-model.joblib)
    import hashlib
    import json

    import joblib

    from claimtrail.stance.model_file import JOBLIB_FILE

    manifest = save_stance_model(tiny_model, tmp_path, {})
    (tmp_path / MODEL_FILE).unlink()
    joblib.dump(tiny_model, tmp_path / JOBLIB_FILE, compress=3)
    manifest["format"] = "claimtrail.stance/1"
    manifest["sha256"] = hashlib.sha256((tmp_path / JOBLIB_FILE).read_bytes()).hexdigest()
    (tmp_path / MANIFEST_FILE).write_text(json.dumps(manifest))
    loaded = load_stance_model(tmp_path)
    assert len(loaded.predict_proba([CLAIM], ["Reports claim that mayor smith resigned."])) == 1

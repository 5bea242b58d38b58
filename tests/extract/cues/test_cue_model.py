"""The learned cue model's counts, smoothing and file (claimtrail/extract/cues/model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.errors import ModelError
from claimtrail.extract.cues.model import (
    BACKOFF_WEIGHT,
    MIN_FORM_COUNT,
    CueModel,
    load_cue_model,
    save_cue_model,
)

MODEL = CueModel(
    forms={"said": (10, 9), "criticized": (5, 2), "rare": (MIN_FORM_COUNT - 1, 2), "the": (50, 0)},
    content_deps={"said|ccomp": (8, 8)},
    global_deps={"ccomp": (20, 10), "nsubj": (20, 0)},
)


def test_cue_probability_needs_enough_sightings() -> None:
    assert MODEL.cue_probability("Said") == 0.9  # forms are lower-cased
    assert MODEL.cue_probability("rare") == 0.0  # seen too rarely to trust
    assert MODEL.cue_probability("unseen") == 0.0
    assert MODEL.is_cue("criticized") and not MODEL.is_cue("the")


def test_content_probability_backs_off_to_the_dependencys_rate() -> None:
    # (8 hits + 3 pseudo-counts at the global ccomp rate 0.5) / (8 + 3)
    assert MODEL.content_probability("said", "ccomp") == pytest.approx(
        (8 + BACKOFF_WEIGHT * 0.5) / (8 + BACKOFF_WEIGHT)
    )
    assert MODEL.content_probability("warned", "ccomp") == pytest.approx(0.5)  # prior only
    assert MODEL.content_probability("said", "nsubj") == 0.0
    assert MODEL.content_probability("said", "unknown-dep") == 0.0


def test_the_file_round_trips_and_is_stable(tmp_path: Path) -> None:
    path = tmp_path / "cue_model.json"
    save_cue_model(MODEL, path)
    first = path.read_bytes()
    assert CueModel.from_json(json.loads(first)) == MODEL
    save_cue_model(CueModel.from_json(json.loads(first)), path)
    assert path.read_bytes() == first  # same model, same bytes (sorted keys)
    assert not list(tmp_path.glob("*.tmp"))


def test_an_unreadable_model_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"forms": {}}')  # no content_deps
    with pytest.raises(ModelError, match="unreadable"):
        load_cue_model(str(bad))
    with pytest.raises(ModelError):
        load_cue_model(str(tmp_path / "missing.json"))


def test_the_shipped_model_loads() -> None:
    shipped = load_cue_model()
    assert shipped is not None and shipped.is_cue("said") and shipped.weights


def test_the_lexicon_digest_follows_every_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrail.extract.cues.model import lexicon_digest
    from claimtrail.vocabulary import gazetteer, lexicon

    before = lexicon_digest()
    assert lexicon_digest() == before  # deterministic
    monkeypatch.setattr(lexicon, "NAMING_VERBS", lexicon.NAMING_VERBS | {"baptise"})
    assert lexicon_digest() != before
    monkeypatch.undo()
    monkeypatch.setattr(gazetteer, "ROLE_NOUNS", gazetteer.ROLE_NOUNS - {"analyst"})
    assert lexicon_digest() != before


def test_a_model_trained_with_other_word_lists_warns(tmp_path: Path) -> None:
    from claimtrail.extract.cues.model import LexiconChangedWarning, lexicon_digest

    path = tmp_path / "cue_model.json"
    model = CueModel(forms={"said": (10, 9)}, content_deps={}, global_deps={}, lexicon="0" * 16)
    save_cue_model(model, path)
    with pytest.warns(LexiconChangedWarning, match="retrain"):
        load_cue_model(str(path))
    current = tmp_path / "current.json"
    save_cue_model(CueModel({"said": (10, 9)}, {}, {}, lexicon=lexicon_digest()), current)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", LexiconChangedWarning)
        assert load_cue_model(str(current)) is not None


def test_the_shipped_model_was_trained_with_the_installed_word_lists() -> None:
    """Editing a word list the quote finder reads means retraining the cue model
    (`claimtrail train quotes --polnear ../shared/data/polnear/data/train`) and shipping it."""
    from claimtrail.extract.cues.model import lexicon_digest

    model = load_cue_model()
    assert model is not None
    assert model.lexicon == lexicon_digest()

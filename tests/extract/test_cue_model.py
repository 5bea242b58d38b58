"""The learned cue model's counts, smoothing and file (claimtrail/extract/cue_model.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.errors import ModelError
from claimtrail.extract.cue_model import (
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

"""Training the cue model on a tiny PolNeAR-shaped folder written here (brat standoff)."""

from __future__ import annotations

import json

from claimtrail.extract.cues.model import CueModel, save_cue_model
from claimtrail.train.quotes import train_cue_model

ARTICLES = [
    "Mayor speaks\nThe mayor said the bridge would reopen in May. Critics claimed it was unsafe.\n",
    "Budget\nThe minister said taxes would rise. Unions warned that jobs would go.\n",
    "Storm\nForecasters said the storm would weaken. The governor argued the roads were safe.\n",
]


def _ann(text: str) -> str:
    """One attribution per sentence: cue = its reporting verb, content = what follows it."""
    lines, t, e = [], 0, 0
    for verb in ("said", "claimed", "warned", "argued"):
        start = text.find(f" {verb} ")
        if start < 0:
            continue
        cue = (start + 1, start + 1 + len(verb))
        content_end = text.index(".", cue[1])
        content = (cue[1] + 1, content_end)
        t += 2
        e += 1
        lines.append(f"T{t - 1}\tCue {cue[0]} {cue[1]}\t{text[cue[0] : cue[1]]}")
        lines.append(f"T{t}\tContent {content[0]} {content[1]}\t{text[content[0] : content[1]]}")
        lines.append(f"E{e}\tAttribution:T{t - 1} Cue:T{t - 1} Content:T{t}")
    return "\n".join(lines) + "\n"


def test_training_on_a_small_folder_gives_a_usable_model(tmp_path, analyzer):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for n, text in enumerate(ARTICLES * 2):
        (tmp_path / "text" / f"a{n}.txt").write_text(text)
        (tmp_path / "attributions" / f"a{n}_x.ann").write_text(_ann(text))
    model = train_cue_model(analyzer.nlp, tmp_path)
    assert model.cue_probability("said") > 0.5
    assert model.cue_probability("the") == 0.0
    path = tmp_path / "model.json"
    save_cue_model(model, path)
    again = CueModel.from_json(json.loads(path.read_text()))
    assert again.filter_weights == model.filter_weights
    assert again.classifier_threshold == model.classifier_threshold


def test_shipped_model_has_a_filter_and_the_cross_fitted_threshold():
    from claimtrail.extract.cues.model import load_cue_model
    from claimtrail.train.quotes import GENERATION_THRESHOLD

    model = load_cue_model()
    assert model is not None and model.filter_weights
    assert model.classifier_threshold == GENERATION_THRESHOLD

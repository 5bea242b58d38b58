"""A learned cue model: which words introduce an attribution, and which of their dependents
hold the content and the source.

News attributes far more than speech: "criticized X", "explains X", "questioning X" are
attributions in PolNeAR's sense. No hand list covers them, so the model is counted from
PolNeAR's training split (``claimtrail train quotes``): for every word form, how often it
heads an annotated cue; for every (form, dependency) pair, how often that dependent's subtree is
the annotated content. It ships as a small JSON file inside the package.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module, resources
from pathlib import Path
from typing import Any

from claimtrail.errors import ModelError

MODEL_FILE = "cue_model.json"
MODEL_VERSION = "cues-20"
# A form is a cue when it heads an annotated cue at least this often (tuned on PolNeAR dev).
DEFAULT_CUE_THRESHOLD = 0.2
# ...and was seen at least this often in training, so rare words don't fire on chance.
MIN_FORM_COUNT = 3
# A dependent holds the content when its (form, dep) or backed-off dep rate passes this.
DEFAULT_CONTENT_THRESHOLD = 0.15
# Smoothing toward the dependency's global rate, in pseudo-counts.
BACKOFF_WEIGHT = 3.0
# The word lists the cue model's features and the lexicon rules read: a model trained with other
# lists scores cues it was not fitted for, so it records their digest (``lexicon_digest``).
LEXICON_MODULES = ("claimtrail.vocabulary.lexicon", "claimtrail.vocabulary.gazetteer")


class LexiconChangedWarning(UserWarning):
    """The cue model was trained with other word lists than the installed ones."""


def lexicon_digest() -> str:
    """SHA-256 over every public word list (upper-case module constants) of LEXICON_MODULES."""
    digest = hashlib.sha256()
    for name in LEXICON_MODULES:
        module = import_module(name)
        for key in sorted(k for k in vars(module) if k.isupper() and not k.startswith("_")):
            value = vars(module)[key]
            if isinstance(value, (set, frozenset)):
                value = sorted(value)
            elif isinstance(value, dict):
                value = sorted(
                    (k, sorted(v) if isinstance(v, (set, frozenset)) else v)
                    for k, v in value.items()
                )
            elif not isinstance(value, (list, tuple)):
                continue
            digest.update(f"{name}.{key}={json.dumps(value, sort_keys=True)}\n".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class CueModel:
    forms: dict[str, tuple[int, int]]  # form -> (occurrences, as cue head)
    content_deps: dict[str, tuple[int, int]]  # "form|dep" -> (seen under cue, is content)
    global_deps: dict[str, tuple[int, int]]  # dep -> (seen under cue, is content)
    cue_threshold: float = DEFAULT_CUE_THRESHOLD
    content_threshold: float = DEFAULT_CONTENT_THRESHOLD
    version: str = MODEL_VERSION
    # Logistic-regression weights over cue_features(); empty = decide by the form rate alone.
    weights: dict[str, float] = field(default_factory=dict)
    classifier_threshold: float = 0.3  # tuned on PolNeAR dev
    # Logistic-regression weights over candidate_features(): is the quote a learned cue
    # yields a real attribution? Empty = keep every candidate the classifier lets through.
    filter_weights: dict[str, float] = field(default_factory=dict)
    filter_threshold: float = 0.3  # tuned on PolNeAR dev
    # lexicon_digest() at training time ("" in models older than the digest).
    lexicon: str = ""

    def cue_probability(self, form: str) -> float:
        seen, cue = self.forms.get(form.lower(), (0, 0))
        return cue / seen if seen >= MIN_FORM_COUNT else 0.0

    def is_cue(self, form: str) -> bool:
        return self.cue_probability(form) >= self.cue_threshold

    def content_probability(self, form: str, dep: str) -> float:
        g_seen, g_hit = self.global_deps.get(dep, (0, 0))
        prior = g_hit / g_seen if g_seen else 0.0
        seen, hit = self.content_deps.get(f"{form.lower()}|{dep}", (0, 0))
        return (hit + BACKOFF_WEIGHT * prior) / (seen + BACKOFF_WEIGHT)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "cue_threshold": self.cue_threshold,
            "content_threshold": self.content_threshold,
            "forms": self.forms,
            "content_deps": self.content_deps,
            "global_deps": self.global_deps,
            "weights": self.weights,
            "classifier_threshold": self.classifier_threshold,
            "filter_weights": self.filter_weights,
            "filter_threshold": self.filter_threshold,
            "lexicon": self.lexicon,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CueModel:
        def pairs(d: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
            return {k: (int(v[0]), int(v[1])) for k, v in d.items()}

        return cls(
            forms=pairs(data["forms"]),
            content_deps=pairs(data["content_deps"]),
            global_deps=pairs(data["global_deps"]),
            cue_threshold=float(data.get("cue_threshold", DEFAULT_CUE_THRESHOLD)),
            content_threshold=float(data.get("content_threshold", DEFAULT_CONTENT_THRESHOLD)),
            version=str(data.get("version", MODEL_VERSION)),
            weights={k: float(v) for k, v in data.get("weights", {}).items()},
            classifier_threshold=float(data.get("classifier_threshold", 0.3)),
            filter_weights={k: float(v) for k, v in data.get("filter_weights", {}).items()},
            filter_threshold=float(data.get("filter_threshold", 0.3)),
            lexicon=str(data.get("lexicon", "")),
        )


def save_cue_model(model: CueModel, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")))
    tmp.replace(path)


@lru_cache(maxsize=4)
def load_cue_model(path: str | None = None) -> CueModel | None:
    """The shipped model (or one at ``path``); None when the package ships none."""
    try:
        if path is None:
            ref = resources.files("claimtrail") / "data" / "quotes" / MODEL_FILE
            if not ref.is_file():
                return None
            raw = ref.read_text()
        else:
            raw = Path(path).read_text()
        model = CueModel.from_json(json.loads(raw))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"the cue model {path or MODEL_FILE} is unreadable: {exc}") from None
    current = lexicon_digest()
    if model.lexicon != current:
        warnings.warn(
            f"the cue model {path or MODEL_FILE} was trained with other word lists "
            f"(lexicon {model.lexicon or 'unrecorded'}, installed {current}): quote finding "
            "may drift; retrain it with `claimtrail train quotes --polnear DIR`",
            LexiconChangedWarning,
            stacklevel=2,
        )
    return model

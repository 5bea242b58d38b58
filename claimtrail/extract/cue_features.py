"""Features of a candidate cue token, shared by training and inference.

The form's cue rate alone fires on "called" whether or not anything is attributed; the
token's syntax (does it govern a clause, an object, a subject?) separates the uses. Training
passes ``rate_override`` with the leave-one-out rate, so a word's own occurrence does not
vouch for itself.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimtrail.extract.lexicon import REPORTING_NOUNS, verb_lemma

if TYPE_CHECKING:
    from claimtrail.extract.cue_model import CueModel

CHILD_DEPS = (
    "ccomp",
    "xcomp",
    "dobj",
    "prep",
    "nsubj",
    "nsubjpass",
    "agent",
    "acl",
    "advcl",
    "oprd",
    "attr",
    "poss",
    "dative",
    "mark",
    "neg",
)
# Tokens whose form is a cue less often than this are never scored (keeps inference cheap).
MIN_RATE_TO_SCORE = 0.02


def cue_features(
    token: Token, model: CueModel, rate_override: float | None = None
) -> dict[str, float]:
    seen, _ = model.forms.get(token.lower_, (0, 0))
    rate = model.cue_probability(token.text) if rate_override is None else rate_override
    feats: dict[str, float] = {
        "bias": 1.0,
        "rate": rate,
        "sqrt_rate": math.sqrt(rate),
        "log_seen": math.log1p(seen),
        f"pos={token.pos_}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"head_pos={token.head.pos_}": 1.0,
    }
    deps = {c.dep_ for c in token.children}
    for dep in CHILD_DEPS:
        if dep in deps:
            feats[f"has={dep}"] = 1.0
            feats[f"{token.pos_}+{dep}"] = 1.0
    contents = [
        model.content_probability(token.text, c.dep_)
        for c in token.children
        if c.dep_ not in {"punct", "nsubj", "aux", "det"}
    ]
    feats["best_content"] = max(contents, default=0.0)
    if verb_lemma(token.text) or token.lower_ in REPORTING_NOUNS:
        feats["lexicon"] = 1.0
    if token.is_title and token.i > 0:
        feats["title_case"] = 1.0
    return feats


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

"""Features of a candidate cue token, shared by training and inference.

The form's cue rate alone fires on "called" whether or not anything is attributed; the
token's syntax (does it govern a clause, an object, a subject?) separates the uses. Training
passes ``rate_override`` with the leave-one-out rate, so a word's own occurrence does not
vouch for itself.
"""

from __future__ import annotations

import math

from spacy.tokens import Token

from claimtrail.extract.cues.model import CueModel
from claimtrail.extract.cues.sources import subject_of
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.grammar import CONTENT_OPENERS
from claimtrail.vocabulary.lexicon import REPORTING_NOUNS, verb_lemma

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
# Forms seen this often in training get weights of their own.
MIN_FORM_FEATURE_COUNT = 10


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
    if seen >= MIN_FORM_FEATURE_COUNT:  # the form's own weight, and its uses by dependency
        feats[f"form={token.lower_}"] = 1.0
        for dep in (d for d in CHILD_DEPS if d in deps):  # fixed order: same sums every run
            feats[f"form={token.lower_}+has={dep}"] = 1.0
    feats.update(_source_features(token))
    feats.update(_context_features(token))
    return feats


def score_cue(token: Token, model: CueModel) -> float | None:
    """The classifier's probability that the token is a cue (the form rate when the model has
    no classifier); None when the token falls short of the threshold."""
    if not model.weights:
        rate = model.cue_probability(token.text)
        return rate if rate >= model.cue_threshold else None
    if model.cue_probability(token.text) < MIN_RATE_TO_SCORE:
        return None
    probability = score(model.weights, cue_features(token, model))
    return probability if probability >= model.classifier_threshold else None


def _source_features(token: Token) -> dict[str, float]:
    """Who would be the source: PolNeAR attributions nearly always have one."""
    subject = subject_of(token) if token.pos_ in {"VERB", "AUX"} else _owner(token)
    if subject is None:
        return {"source=none": 1.0}
    return {
        f"source_pos={subject.pos_}": 1.0,
        f"source_ent={subject.ent_type_ or 'none'}": 1.0,
    }


def _owner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _context_features(token: Token) -> dict[str, float]:
    feats = {f"head_dep={token.head.dep_}": 1.0}
    if token.i > 0:
        feats[f"prev_pos={token.doc[token.i - 1].pos_}"] = 1.0
    if any(
        c.dep_ in {"ccomp", "acl"} and c.left_edge.lower_ in {"that", "whether", "if"}
        for c in token.children
    ):
        feats["that_clause"] = 1.0
    return feats


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def candidate_features(
    token: Token,
    start: int,
    end: int,
    has_source: bool,
    source: Token | None,
    kind: str,
    cue_score: float,
) -> dict[str, float]:
    """Features of a learned cue's whole find — the classifier's score, and what the content
    and the source look like — for the filter that decides whether to keep it."""
    doc = token.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    words = text_of(doc)[start:end].lower().split()  # (Doc.text rebuilds the whole text)
    opener = words[0] if words and words[0] in CONTENT_OPENERS else "other"
    feats: dict[str, float] = {
        "bias": 1.0,
        "p": cue_score,
        "p2": cue_score * cue_score,
        f"len={min(len(span) if span is not None else 0, 12) // 2}": 1.0,
        f"src={has_source}": 1.0,
        f"cuepos={token.pos_}": 1.0,
        f"cuedep={token.dep_}": 1.0,
        f"kind={kind}": 1.0,
        f"lex={verb_lemma(token.text) is not None}": 1.0,
        f"before={start < token.idx}": 1.0,
        f"first={opener}": 1.0,
    }
    if span is not None:
        feats[f"hasverb={any(t.pos_ in ('VERB', 'AUX') for t in span)}"] = 1.0
        feats[f"rootdep={span.root.dep_}"] = 1.0
    if source is not None:
        feats[f"srcpos={source.pos_}"] = 1.0
        feats[f"srcent={source.ent_type_ or 'none'}"] = 1.0
    return feats

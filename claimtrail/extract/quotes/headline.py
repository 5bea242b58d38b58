"""A headline read as an attribution: 'S V C', 'C, S says', or the headline as C.

Used by the quote finder (a headline that attributes is a quote) and by the claim builder (the
headline's C is the central claim's first wording).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimtrail.parse.text import text_of
from claimtrail.vocabulary.lexicon import HEADLINE_HEDGES, verb_lemma

# Adjuncts that close a headline without being part of its claim.
_TRAILING_ADJUNCT = re.compile(
    r"\s+(?:amid|as|after|despite|following|over|ahead of|in wake of)\s.*$", re.I
)


@dataclass(frozen=True)
class HeadlineParts:
    sources: list[tuple[int, int]]
    cue: tuple[int, int] | None
    lemma: str | None
    content: tuple[int, int]


def split_headline(doc: Doc, body_start: int, *, cut_adjuncts: bool = True) -> HeadlineParts | None:
    """'S V C' around the first reporting verb of the headline ('C, S Says' too), else the
    headline as C. ``cut_adjuncts`` drops a trailing 'amid …' from C (for the claim; a quote
    keeps it)."""
    head_end = min(body_start, len(text_of(doc)))
    tokens = []
    for t in doc:  # the headline's tokens only (reading on would make this linear per call)
        if t.idx >= head_end:
            break
        if not t.is_space:
            tokens.append(t)
    if not tokens:
        return None
    for k, tok in enumerate(tokens):
        lemma = verb_lemma(tok.text)
        if lemma is None or k == 0 or tok.lower_ in HEADLINE_HEDGES or tok.pos_ == "NOUN":
            continue  # ("seek answers from": a noun; a title-case verb is often tagged PROPN)
        if tok.dep_ in {"acl", "amod"}:
            continue  # "bodies found in mass graves": a participle describing a noun
        left, right = tokens[:k], tokens[k + 1 :]
        if not any(t.is_alpha or t.is_digit for t in right):
            return _source_says_last(tok, lemma, left, doc, cut_adjuncts)
        if (
            left
            and left[-1].text == ","
            and len(right) <= 6
            and not any(t.pos_ in {"VERB", "AUX"} for t in right)
        ):  # "Bank will not raise rates, says governor": C, V S
            return HeadlineParts(
                sources=_headline_sources(right),
                cue=(tok.idx, tok.idx + len(tok.text)),
                lemma=lemma,
                content=content_span(doc, left[:-1], cut_adjuncts),
            )
        return HeadlineParts(
            sources=_headline_sources(left),
            cue=(tok.idx, tok.idx + len(tok.text)),
            lemma=lemma,
            content=content_span(doc, right, cut_adjuncts),
        )
    return HeadlineParts(
        sources=[], cue=None, lemma=None, content=content_span(doc, tokens, cut_adjuncts)
    )


def _source_says_last(
    verb: Token, lemma: str, left: list[Token], doc: Doc, cut_adjuncts: bool
) -> HeadlineParts | None:
    """'Clinton Hid Health Problems, Former White House Doctor Says': C, then S, then V."""
    commas = [i for i, t in enumerate(left) if t.text == ","]
    if not commas or commas[-1] == 0 or commas[-1] == len(left) - 1:
        return None
    cut = commas[-1]
    return HeadlineParts(
        sources=_headline_sources(left[cut + 1 :]),
        cue=(verb.idx, verb.idx + len(verb.text)),
        lemma=lemma,
        content=content_span(doc, left[:cut], cut_adjuncts),
    )


def _headline_sources(tokens: list[Token]) -> list[tuple[int, int]]:
    """Conjoined names on the left of the verb ('Ford and Xiaomi')."""
    spans: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        if tok.lower_ in {"and", ",", "&"}:
            if current:
                spans.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        spans.append(current)
    return [(s[0].idx, s[-1].idx + len(s[-1].text)) for s in spans]


def content_span(doc: Doc, tokens: list[Token], cut_adjuncts: bool = True) -> tuple[int, int]:
    while tokens and (tokens[0].lower_ in HEADLINE_HEDGES or tokens[0].lower_ in {"that", ":"}):
        tokens = tokens[1:]
    if not tokens:
        return 0, 0
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = text_of(doc)[start:end]
    cut = _TRAILING_ADJUNCT.search(text) if cut_adjuncts else None
    if cut and cut.start() > 0:
        end = start + cut.start()
    return start, end

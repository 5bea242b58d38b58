"""Attributed propositions: the record every place an article says that someone holds, reports,
denies or rumours a proposition becomes, before records are grouped into claims.

A record comes from a quote (``quote_records``) or from a cue with no quote: a rumour
(``rumours``), an accusation (``accusations``), an agentless evidential, a nested claim, data or a
view (``evidentials``), or an answer that only points back at a claim (``answers``);
``cue_records`` gathers those. ``words`` (folded content words) and ``negated`` (the content's
polarity) let ``claim_groups`` join records about one proposition; this module holds the record
and the word folding every other step shares.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimtrail.models import Attribution, Cue, Quote, Source
from claimtrail.parse.text import is_word
from claimtrail.status import UNATTRIBUTED
from claimtrail.vocabulary.grammar import (
    LIGHT_WORDS,
    NEGATORS,
)
from claimtrail.vocabulary.lexicon import (
    CONCEPT_WORDS,
    reporting_verb_index,
)

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
STEM = 6  # characters kept of a folded word: "financing" and "finance" meet


@dataclass
class Record:
    """One attribution of one proposition (offsets into the article text)."""

    start: int
    end: int
    text: str
    attitude: str
    source: Source
    cue: Cue | None
    hedged: bool = False
    quote_id: str | None = None
    negated: bool = False
    reference: bool = False  # the content only points back at a claim ("the claims")
    standing: bool = True
    words: frozenset[str] = field(default_factory=frozenset)
    # May this record found a claim of its own? A mere topic or an implausible speaker only
    # joins claims that other records state.
    founds: bool = True
    source_words: frozenset[str] = field(default_factory=frozenset)
    # What gave the record: a plain "quote", or an "evidential", "accusation", "rumour" or
    # "denial" read from its cue, or a "dismissal" that states what it calls false ("reports
    # that she would quit were untrue").
    kind: str = "quote"
    quote_kind: str | None = None  # direct / indirect / mixed / partial, for a quote's record
    sentence: int = -1  # where the record's sentence starts (character offset)
    # For a record that only points back ("I reject that entirely"): the content words of the
    # rest of its sentence, which may state what it points at ("Asked whether X, he said: ...").
    context: frozenset[str] = field(default_factory=frozenset)
    # The cue says it echoes an earlier answer ("Goldsmith also denied them").
    also: bool = False

    def attribution(self) -> Attribution:
        return Attribution(
            source=self.source,
            attitude=self.attitude,  # type: ignore[arg-type]
            cue=self.cue,
            hedged=self.hedged,
            quote_id=self.quote_id,
        )


_CONCEPT_OF = {w: concept for concept, words in CONCEPT_WORDS.items() for w in words}


def fold(word: str) -> str:
    """A word as claims are matched on: its concept ("bid" and "approach" are one), else its
    first ``STEM`` letters."""
    lowered = word.lower()
    return _CONCEPT_OF.get(lowered, lowered.replace("-", "")[:STEM])


def content_words(doc: Doc, start: int, end: int) -> set[str]:
    if end <= start:
        return set()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    verbs = reporting_verb_index()
    words = {
        fold(t.text)
        for t in span
        if is_word(t)
        and t.pos_ in _CONTENT_POS
        and len(t.text) > 2
        and not (t.pos_ == "VERB" and t.lower_ in verbs)
        and t.lower_ not in LIGHT_WORDS
    }
    # Figures ("7,000 jobs", "£1.35bn") say which proposition as well as rare words do.
    return words | {_figure(t.text) for t in span if _is_figure(t)}


def _is_figure(token: Token) -> bool:
    return len(token.text) > 1 and any(ch.isdigit() for ch in token.text)


def _figure(text: str) -> str:
    return "#" + text.lower().replace(",", "")


def is_figure_word(word: str) -> bool:
    """A content word that is a figure (see ``content_words``)."""
    return word.startswith("#")


def quote_words(doc: Doc, q: Quote) -> set[str]:
    """The content words of a quote's own words (its segments, not the attribution between)."""
    spans = [(s.start, s.end) for s in q.segments] if q.segments else [(q.start, q.end)]
    return set().union(*(content_words(doc, a, b) for a, b in spans))


def word_weights(doc: Doc) -> dict[str, float]:
    """Inverse sentence frequency of each folded word within the article: a word in every
    sentence (the article's topic) says little about which proposition a sentence states."""
    sents = list(doc.sents)
    df: Counter[str] = Counter()
    for sent in sents:
        df.update({fold(t.text) for t in sent if is_word(t) and not t.is_stop})
    n = max(len(sents), 1)
    return {w: math.log(1 + n / c) for w, c in df.items()}


_NAME_FOLDS_KEY = "claimtrail.name_folds"


def name_folds(doc: Doc) -> frozenset[str]:
    """Folded words that only ever occur in the article as proper names ("Acme", "Kilroy"):
    they say who a statement is about, not what it says. Computed once per parsed doc (the
    claim builder asks three times) and kept in ``doc.user_data``."""
    cached = doc.user_data.get(_NAME_FOLDS_KEY)
    if isinstance(cached, frozenset):
        return cached
    proper: set[str] = set()
    common: set[str] = set()
    for t in doc:
        if is_word(t) and len(t.text) > 2:
            (proper if t.pos_ == "PROPN" or t.ent_type_ else common).add(fold(t.text))
    folds = frozenset(proper - common)
    doc.user_data[_NAME_FOLDS_KEY] = folds
    return folds


def is_negated_span(span: Span) -> bool:
    """The content's main clause is negated ("there would be no X", "it is not behind Y")."""
    root = span.root
    for tok in [root, *root.children]:
        if tok.lower_ in NEGATORS and tok.dep_ in {"neg", "det", "advmod", "dobj", "nsubj"}:
            return True
        if tok.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"}:
            if any(c.lower_ in {"no", "nothing"} and c.dep_ == "det" for c in tok.children):
                return True
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "neg" for a in aux for c in a.children)


_NEGATION = re.compile(
    r"\b(?:absolutely |certainly )?(?:not|no|never)\b ?|n't\b|(?<=can)not\b", flags=re.I
)


def affirm(text: str) -> str:
    """The proposition a negated statement denies, in its words: "there are no plans for a new
    series" → "there are plans for a new series", "would not result in" → "would result in"."""
    return re.sub(r"\s+", " ", _NEGATION.sub("", text)).strip()


def name_words(name: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z]{3,}", name)
    return frozenset(fold(w) for w in words if w.lower() not in LIGHT_WORDS | {"the", "and"}) - {
        fold(UNATTRIBUTED)
    }

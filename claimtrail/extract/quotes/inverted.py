"""Inverted attributions the parser reads as a second verb: 'C, reported the Courier.'

spaCy often parses "He will resign, reported the Leeds Courier." with "reported" as a
verb conjoined to C's verb and the outlet as its object, so no rule sees a cue with a source.
A verb of saying after a comma that closes the sentence, with no subject of its own and a
name (or a description of a person or outlet) as its object, is an inverted cue: the object
speaks, the clause before the comma is the content (the news convention's reading).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimtrail.extract.cues.sources import SUBJECT_DEPS
from claimtrail.extract.quotes.candidates import QuoteCandidate
from claimtrail.extract.quotes.content_spans import trimmed
from claimtrail.extract.quotes.reported import char_span, source_mention
from claimtrail.vocabulary.gazetteer import OUTLET_NOUNS, PERSON_NOUNS
from claimtrail.vocabulary.lexicon import verb_lemma


def find_inverted_reports(doc: Doc, found: list[QuoteCandidate]) -> Iterator[QuoteCandidate]:
    for verb in doc:
        cand = _inverted(doc, verb)
        if cand is not None and not any(f.overlaps(cand.start, cand.end) for f in found):
            yield cand


def _inverted(doc: Doc, verb: Token) -> QuoteCandidate | None:
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    lemma = verb_lemma(verb.text)
    if lemma is None or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"ccomp", "xcomp", "cc"} for c in verb.children):
        return None  # its own subject or content: an ordinary second clause
    if any(c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i):
        return None  # "… and reported the loss": a coordinated verb
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _a_source(obj):
        return None
    sent = verb.sent
    after = [t for t in doc[verb.right_edge.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if after:
        return None  # the attribution closes the sentence
    start, end = trimmed(doc, sent[0].idx, doc[verb.i - 1].idx)
    if end - start < 2:
        return None
    mention = source_mention(obj)
    if mention is None:
        return None
    return QuoteCandidate(
        start=start,
        end=end,
        kind="indirect",
        cue=char_span([verb]),
        cue_lemma=lemma,
        source=mention[0],
        source_head=mention[1],
        finder="inverted",
    )


def _a_source(obj: Token) -> bool:
    """A name, or a person or an outlet by description ('the Guardian newspaper')."""
    return (
        obj.pos_ == "PROPN"
        or obj.ent_type_ in {"PERSON", "ORG"}
        or obj.lower_ in OUTLET_NOUNS
        or obj.lower_ in PERSON_NOUNS
    )


# How many words a name set off after an inverted cue may have ("said Mr Tom Pearson,").
PARENTHETICAL_NAME_TOKENS = 5


def with_parenthetical_source(doc: Doc, cand: QuoteCandidate) -> QuoteCandidate:
    """'Often, said Mr Pearson, this information was lost': an inverted cue set off by commas
    inside its sentence, which the parser reads with the name as the next clause's subject, so
    the find has no source. The name between the cue and the comma speaks; the content is the
    whole sentence, the parenthetical included (the news convention's reading)."""
    if cand.source is not None or cand.cue is None:
        return cand
    verb = next((t for t in doc if t.idx == cand.cue[0]), None)
    if verb is None or verb.i < 2 or doc[verb.i - 1].text != ",":
        return cand
    sent = verb.sent
    name: list[Token] = []
    for tok in doc[verb.i + 1 : min(sent.end, verb.i + 1 + PARENTHETICAL_NAME_TOKENS)]:
        if tok.text == ",":
            break
        name.append(tok)
    else:
        return cand  # no comma closes the name
    last = name[-1].lower_ if name else ""
    if not name or not (
        name[-1].pos_ == "PROPN"
        or name[-1].tag_ == "NNS"  # "say dealers,": a plural set off after the cue speaks
        or {last, last.removesuffix("s")} & PERSON_NOUNS
    ):
        return cand
    if not all(t.pos_ in {"PROPN", "NOUN", "DET", "ADJ"} for t in name):
        return cand
    before = [t for t in doc[sent.start : verb.i - 1] if not t.is_punct]
    after = [t for t in doc[name[-1].i + 2 : sent.end] if not t.is_punct and not t.is_space]
    if not before or len(after) < 3:
        return cand
    start, end = trimmed(doc, sent[0].idx, sent[-1].idx + len(sent[-1].text))
    return cand.with_(
        start=start,
        end=end,
        source=char_span(name),
        source_head=name[-1].i,
        finder=cand.finder + "+parenthetical",
    )

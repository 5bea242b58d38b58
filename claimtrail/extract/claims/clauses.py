"""Clause geometry the record builders share: a cue's span and subject, the extent of a content
clause, reduced and inverted clauses, and the text of a token run as written."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimtrail.models import Cue, Quote
from claimtrail.vocabulary.lexicon import (
    CLAIM_REFERENCE_NOUNS,
    RUMOUR_NOUNS,
    attitude_of,
    verb_lemma,
)
from claimtrail.vocabulary.rumours import (
    COPULA_FORMS,
    IDIOM_RUMOUR_NOUNS,
    RUMOUR_IDIOM_VERBS,
    RUMOUR_SPREAD_VERBS,
)


def cue_span(doc: Doc, q: Quote) -> Span | None:
    """The tokens of a quote's cue, if it has one and they align."""
    if q.cue is None:
        return None
    return doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")


def report_subject(doc: Doc, q: Quote) -> Token | None:
    """The subject noun of a quote's cue verb ("C, media reports say": reports)."""
    cue = cue_span(doc, q)
    if cue is None:
        return None
    verb = cue.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    before = doc[verb.i - 1] if verb.i > 0 else None
    if subject is None and before is not None and before.lower_ in RUMOUR_NOUNS:
        return before  # "C, media reports say" parsed with "reports" hung on C's last noun
    return subject


def passive_subject(doc: Doc, start: int, end: int) -> Span | None:
    cue = doc.char_span(start, end, alignment_mode="expand")
    if cue is None:
        return None
    verb = cue.root
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is not None and subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return doc[verb.head.i : verb.head.i + 1]  # "Gazprom, which is thought to": Gazprom
    return doc[subj.left_edge.i : subj.right_edge.i + 1] if subj is not None else None


def reduced_response(verb: Token) -> bool:
    """'claims denied by Labour', 'reports rejected by the firm': a passive participle of a
    response on the noun it answers."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    lemma = verb_lemma(verb.text)
    return lemma is not None and attitude_of(lemma) in {"deny", "contest", "confirm"}


def reduced_passive(verb: Token) -> bool:
    """'the claims, made in a new book', 'the reports surveyed by the study', 'allegations
    published on Sunday': a passive participle without a subject says where the claim noun was
    made, not what it claims (a content clause has its own subject: "reports he was quitting")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark", "aux"} for c in verb.children)
    )


def _gapless(clause: Token) -> bool:
    """A clause on a noun with a subject and an object of its own is its content, not a
    relative clause ("the idea Acme posed a threat" vs "the idea he proposed")."""
    deps = {c.dep_ for c in clause.children}
    return (
        "nsubj" in deps
        and bool(deps & {"dobj", "attr", "acomp", "ccomp", "xcomp"})
        and not any(c.tag_ in {"WDT", "WP"} for c in clause.children)
    )


def inverted_content(verb: Token, obj: Token) -> tuple[int, int] | None:
    """'Knapman rejected the idea Kilroy posed a threat': the parser made the content the main
    clause and the denial its complement; the content is that clause after the noun."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= obj.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if obj.lower_ not in CLAIM_REFERENCE_NOUNS or obj.right_edge.i + 1 != head.left_edge.i:
        if not (verb.right_edge.i < head.i and obj.right_edge.i == verb.right_edge.i):
            return None
    later = [c for c in head.children if c.dep_ in {"conj", "cc"} and c.i > head.i]
    cut = min((c.left_edge.i for c in later), default=head.right_edge.i + 1)
    toks = [t for t in head.subtree if verb.right_edge.i < t.i < cut and not t.is_punct]
    if not toks or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def clause_content_end(noun: Token, clause: Token, end: int) -> int:
    """Where a noun's content clause ends when the parse split it into sibling clauses
    ("reports [he told Brown] [he would quit]": both on "reports"): the last clause on the
    noun that follows the first with nothing but clauses between."""
    later = sorted(
        (
            c
            for c in noun.children
            if c.i > clause.i and c.dep_ in {"acl", "relcl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
        ),
        key=lambda c: c.i,
    )
    edge = clause.right_edge.i
    for c in later:
        if c.left_edge.i != edge + 1:
            break
        edge = c.right_edge.i
        end = c.right_edge.idx + len(c.right_edge.text)
    return end


def clause_span(tok: Token) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not (t.i == tok.left_edge.i and t.lower_ == "that")]
    toks = toks or list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def common_noun(tok: Token) -> bool:
    """A noun, or one the tagger took for a name because it opens its sentence capitalised
    ("Speculation has mounted that C", "Rumours persist that C")."""
    return tok.pos_ == "NOUN" or (
        tok.pos_ == "PROPN" and bool(tok.is_sent_start) and not tok.ent_type_
    )


def extraposed_content(noun: Token) -> Token | None:
    """'Rumours persist that C', 'speculation is growing that C', 'reports emerged on Monday
    that C': the rumour noun is the subject of a verb that says nothing itself (no speech verb,
    no object) and its content clause, moved to the end, hangs on that verb."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or verb.i < noun.i:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    idiom = (verb.lower_ in RUMOUR_IDIOM_VERBS and [o.lower_ for o in objects] == ["it"]) or (
        verb.lower_ in COPULA_FORMS and not objects
    )  # "rumour has it that C", "the word is that C"
    if not idiom and (verb.lower_ not in RUMOUR_SPREAD_VERBS or objects):
        return None  # "reports said that C" is a quote; "fears mean that C" is the fears' effect
    if noun.lower_ in IDIOM_RUMOUR_NOUNS and not (idiom and verb.lower_ in COPULA_FORMS):
        return None  # "word spread that C" is news, "the word is that C" a rumour
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        ),
        None,
    )


def saying_participle(clause: Token) -> bool:
    """'reports suggesting that C', 'reports claiming C': the noun's clause is a verb of saying
    with a content of its own; the content is C, not 'suggesting that C'."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and verb_lemma(clause.text) is not None
        and any(c.dep_ == "ccomp" for c in clause.children)
    )


def is_reflexive(tok: Token) -> bool:
    """A reflexive pronoun ("myself", "themselves")."""
    return "Yes" in tok.morph.get("Reflex", []) or (
        tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves"))
    )


def words_as_written(toks: Sequence[Token]) -> str:
    """Tokens in text order with the article's own spacing, one space across a gap."""
    out = []
    for t, nxt in zip(toks, [*toks[1:], None], strict=True):
        out.append(t.text + (t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def cue_at(tok: Token) -> Cue:
    """The cue of a record: the one word that reports, with its offsets."""
    return Cue(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


def antecedent_tokens(subject: Token, verb: Token) -> list[Token]:
    """The subject's words, or for a relative pronoun the noun phrase it stands for ("Globex,
    which had been expected to win": Globex)."""
    if subject.tag_ not in {"WDT", "WP"} or verb.dep_ != "relcl":
        return list(subject.subtree)
    noun = verb.head
    return [t for t in noun.subtree if t.i < verb.left_edge.i and not t.is_punct]


def content_clause(noun: Token) -> Token | None:
    """The clause that states what a claim noun claims: 'the idea that X', 'reports Acme
    would X' (a content clause, or a relative clause with no gap)."""
    return next(
        (
            c
            for c in noun.children
            if c.pos_ in {"VERB", "AUX"}
            and (c.dep_ in {"acl", "ccomp"} or (c.dep_ == "relcl" and _gapless(c)))
            and not reduced_passive(c)  # "the claims, made in a new book": no content
        ),
        None,
    )


def infinitival(verb: Token) -> bool:
    """Whether a clause is a bare "to" infinitive with no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
    )

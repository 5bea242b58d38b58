"""Attitude cues inside a sentence about a claim, and the sources that hold them.

"shut down by both companies" (deny; source: the passive agent), "a report by the Financial
Times" (report; source: the 'by' object or the possessor), "sources suggested" (speculate,
hedged), "according to X" (report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.quotes.reported import (
    according_object,
    is_negated,
    source_mention,
    unmade,
)
from claimtrail.extract.speakers.entities import EntityRecord, EntityTable
from claimtrail.models import Source
from claimtrail.parse.text import text_of
from claimtrail.vocabulary.answers import (
    FINDING_BODIES,
    FINDING_VERB_FORMS,
    HOLDER_MODIFIERS,
    PHRASAL_ANSWERS,
    PHRASAL_VERB_FORMS,
    PLEA_ATTITUDES,
    PLEA_FORMS,
)
from claimtrail.vocabulary.grammar import COMMENT_VERBS, DECISION_VERBS
from claimtrail.vocabulary.lexicon import (
    ACCORDING_HEADS,
    CLAIM_REFERENCE_NOUNS,
    HEDGE_WORDS,
    NEGATED_ATTITUDE,
    NOT_ATTRIBUTIONS,
    OUTLET_WORDS,
    REFUSAL_PREFIXES,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    RUMOUR_NOUNS,
    verb_lemma,
)
from claimtrail.vocabulary.press import OUTLET_NAMES
from claimtrail.vocabulary.realis import UNMADE_ATTITUDES
from claimtrail.vocabulary.relayers import EVIDENCE_VERBS, FACT_PRONOUNS

# Attitudes that change what is known about a claim; plain saying is left to the quotes.
CLAIM_ATTITUDES = {"deny", "confirm", "report", "speculate", "question", "allege", "contest"}
# Entity types a noun's compound may name its holder by ("Reuters reports", "Ford's denial").
HOLDER_ENTITY_TYPES = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"}
# Entity types of places: "reports in China" ran there, nobody there holds them.
PLACE_ENTITY_TYPES = {"GPE", "LOC", "NORP"}
# Plural descriptions that stand for the claim's own parties ("both companies").
GROUP_WORDS = {"both", "two", "each"}


@dataclass(frozen=True)
class AttitudeCue:
    start: int
    end: int
    attitude: str
    token: int
    hedged: bool


def _cue_hedged(tok: Token) -> bool:
    """'reportedly denied', 'may confirm', 'unnamed sources said': a hedge on the cue itself or
    its holder, not anywhere in the sentence ('confirmed the sale, which had been rumoured')."""
    near = [
        *tok.children,
        *(g for c in tok.children if c.dep_ in {"nsubj", "agent"} for g in c.subtree),
    ]
    return any(t.lower_ in HEDGE_WORDS and not _the_month(t) for t in near)


def _the_month(tok: Token) -> bool:
    """'Investors in May confirmed': the month, not the modal."""
    return tok.lower_ == "may" and tok.tag_ != "MD"


def cues_in_sentence(sent: Span) -> list[AttitudeCue]:
    cues = []
    for tok in sent:
        attitude = _attitude_of_token(tok)
        if attitude is None:
            continue
        end_tok = next((c for c in tok.children if c.dep_ == "prt"), tok)
        cues.append(
            AttitudeCue(
                tok.idx,
                end_tok.idx + len(end_tok.text),
                attitude,
                tok.i,
                _cue_hedged(tok) or attitude == "speculate",
            )
        )
    return cues


def withholds(tok: Token) -> bool:
    """ "deny people the later hours": a recipient and a thing (a dative, or two objects) make
    "deny" withholding something from someone, which answers no claim."""
    objects = [c for c in tok.children if c.dep_ in {"dative", "dobj"}]
    return any(c.dep_ == "dative" for c in objects) or len(objects) >= 2


def _in_a_title(tok: Token) -> bool:
    """A capitalised word right after another capitalised word inside a sentence ("The World
    According to Bex"): a title or a name, not the outlet's own wording."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    return before.i > tok.sent.start and before.text[:1].isupper() and before.is_alpha


def _attitude_of_token(tok: Token) -> str | None:
    if tok.lower_ in ACCORDING_HEADS and tok.dep_ in {"prep", "advcl", "advmod"}:
        if _in_a_title(tok):
            return None  # "the sitcom The World According to Bex": a title's words
        return "report" if names_a_source(tok) else None
    answer = phrasal_answer(tok) or plea(tok) or finding(tok)
    if answer is not None:
        return answer
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "amod":
        lemma = verb_lemma(tok.text)
        if lemma == "rule" and not _particle(tok, "out"):
            return None  # "the court ruled on the case": a finding or nothing, never "rule out"
        if is_refusal(tok) or decides(tok):
            return None  # "refused to comment", "rejected the bid": no attitude to a claim
        attitude = REPORTING_VERBS.get(lemma or "")
        if attitude in UNMADE_ATTITUDES and unmade(tok):
            return None  # "was unable to confirm", "asked to confirm whether": nothing taken
        if attitude == "deny" and withholds(tok):
            return None  # "wrong to deny people the later hours": withholding, not a denial
        if (
            attitude == "deny"
            and lemma == "shut"
            and not any(c.lower_ == "down" for c in tok.children)
        ):
            return None
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if fact_subject(tok, subject):
            return None  # "…, which would imply C": a fact shows it, nobody holds it
        reports = subject is not None and RUMOUR_NOUNS.get(subject.lower_) == "report"
        if reports and attitude == "speculate":
            return "report"  # "press reports suggested C": reports relay what they suggest
        if attitude in CLAIM_ATTITUDES:
            if is_negated(tok):
                return NEGATED_ATTITUDE.get(attitude, attitude)  # "did not deny": neither side
            return attitude
    if tok.pos_ == "NOUN":
        attitude = REPORTING_NOUNS.get(tok.lower_)
        if attitude == "question" and not _asks_about(tok):
            return None  # "the EU referendum question", "a question on the ballot": a text
        if attitude in CLAIM_ATTITUDES and _noun_holder(tok) is not None:
            return attitude
    return None


def _asks_about(noun: Token) -> bool:
    """A question noun that doubts something: with what it is about ("questions over his
    future", "the question of whether C", "questions about the deal") or a clause of its own;
    a question with neither is a question put to voters or in an exam, a text."""
    return any(
        c.dep_ in {"acl", "ccomp", "relcl"}
        or (c.dep_ == "prep" and c.lower_ in {"over", "about", "of", "on", "as", "surrounding"})
        for c in noun.children
    )


def fact_subject(verb: Token, subject: Token | None) -> bool:
    """A verb of evidence whose subject is a relative or demonstrative pronoun standing for a
    fact or event ("he had limped since July, which would imply C", "this suggests C"): data
    as a source, no party (guidelines A)."""
    return (
        subject is not None
        and subject.lower_ in FACT_PRONOUNS
        and subject.tag_ in {"WDT", "DT"}
        and (verb.lemma_ in EVIDENCE_VERBS or verb_lemma(verb.text) in EVIDENCE_VERBS)
    )


def names_a_source(head: Token) -> bool:
    """'according to X', 'citing X', 'per the company': the preposition names who says it; a
    rate ("3 dollars per share", "per barrel", "per cent") names no one: 'per' counts only with
    a proper name or a determined noun phrase as its object."""
    if head.lower_ != "per":
        return True
    obj = according_object(head)
    return obj is not None and (
        obj.pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} for c in obj.children)
    )


def _particle(verb: Token, word: str) -> bool:
    return any(c.lower_ == word and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children)


def phrasal_answer(verb: Token) -> str | None:
    """'played down the reports' (contest), 'hit back at claims' (contest), 'brushed aside the
    allegations' (deny): the attitude of a phrasal verb of answering, else None."""
    lemma = PHRASAL_VERB_FORMS.get(verb.lower_)
    if lemma is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next(
        (
            attitude
            for (verb_word, particle), attitude in PHRASAL_ANSWERS.items()
            if verb_word == lemma and _particle(verb, particle)
        ),
        None,
    )


def plea(verb: Token) -> str | None:
    """'pleaded not guilty' (deny), 'pleaded guilty' (confirm), 'pleads innocent' (deny)."""
    if verb.lower_ not in PLEA_FORMS:
        return None
    word = next(
        (
            t
            for c in verb.children
            for t in c.subtree
            if t.lower_ in PLEA_ATTITUDES and t.i > verb.i
        ),
        None,
    )
    if word is None:
        return None
    negated = any(t.lower_ in {"not", "n't"} for t in verb.doc[verb.i + 1 : word.i])
    attitude = PLEA_ATTITUDES[word.lower_]
    return "deny" if negated and attitude == "confirm" else attitude


def finding_body(holder: Token | None) -> bool:
    """A court, jury, tribunal, inquiry or regulator ("the High Court", "law lords", "an
    independent inquiry")."""
    return holder is not None and holder.lower_ in FINDING_BODIES


def finding(verb: Token) -> str | None:
    """'the court ruled that C' / 'an inquiry found that C' (guidelines C: official findings):
    a finding for C confirms it ("confirm"); a negated content ("found that officers had not
    destroyed evidence") is a finding against what it negates, which the claim rules read by
    polarity. Not 'ruled out' (a denial) and not a finding of anyone else."""
    if FINDING_VERB_FORMS.get(verb.lower_) is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if _particle(verb, "out") or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return "confirm" if finding_body(_verb_holder(verb)) else None


def is_refusal(tok: Token) -> bool:
    """A refusal or a declined comment ("SSL refused to comment on reports", "a spokesman would
    not comment", "declined to comment") says nothing about the claim: the guidelines make it no
    attribution, so it is neither a denial nor a confirmation."""
    lemma = verb_lemma(tok.text)
    if lemma in NOT_ATTRIBUTIONS or tok.lower_.startswith(REFUSAL_PREFIXES):
        return True
    if _neither_nor(tok):
        return True  # "neither confirmed nor denied the report": no answer either way
    if tok.lower_ in COMMENT_VERBS:
        head = tok.head if tok.dep_ == "xcomp" else tok
        return is_negated(tok) or head.lower_.startswith(REFUSAL_PREFIXES) or is_negated(head)
    return False


def _neither_nor(tok: Token) -> bool:
    """The verb is one of "neither A nor B" ("would neither confirm nor deny that C"): the
    first carries the "neither", the second is its conjunct after "nor"."""
    first = tok.head if tok.dep_ == "conj" else tok
    if not any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        return False
    return tok is first or any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children)


def decides(verb: Token) -> bool:
    """A verb of denial used for a decision ("the LSE rejected a takeover offer", "claims were
    rejected" is a denial, "the offer, which was rejected by the board" is not): its object is
    neither a claim ("the reports", "it", "the idea that X") nor a content clause."""
    if verb_lemma(verb.text) not in DECISION_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects = [verb.head if o.tag_ in {"WDT", "WP"} else o for o in objects]
    if not objects and verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":
        objects = [verb.head]  # "claims rejected by Acme", "an offer rejected by the board"
    return bool(objects) and not any(
        o.lower_ in CLAIM_REFERENCE_NOUNS
        or any(g.dep_ in {"acl", "ccomp"} and g.pos_ in {"VERB", "AUX"} for g in o.children)
        for o in objects
    )


def _noun_holder(noun: Token) -> Token | None:
    """'a report by the FT' / 'the FT's report' / 'Ford's denial'."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    # "Reuters reports", not "UK media reports": a place is not who reports
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in HOLDER_ENTITY_TYPES),
        None,
    ) or modifier_holder(noun)


def modifier_holder(noun: Token) -> Token | None:
    """'Conservative claims', 'opposition claims', 'union fears': a modifier that names a party
    holds the claim (a place, "UK media reports", does not)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"amod", "compound", "nmod", "nsubj"}  # "Conservative" is misparsed
            and c.i < noun.i
            and c.lower_ in HOLDER_MODIFIERS
        ),
        None,
    )


def _verb_holder(verb: Token) -> Token | None:
    """The active subject, or for a passive the 'by' agent (the subject is then the patient)."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if passive:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "relcl":
        return None
    return subject


def resolve_source(
    doc: Doc, cue: AttitudeCue, entities: EntityTable, group: list[Source]
) -> list[Source]:
    tok = doc[cue.token]
    if tok.lower_ in ACCORDING_HEADS:
        holder = according_object(tok) if names_a_source(tok) else None
        if holder is not None and RUMOUR_NOUNS.get(holder.lower_) == "report":
            holder = _report_outlet(holder) or holder  # "according to a report in the Ledger"
    elif tok.pos_ == "NOUN":
        holder = _noun_holder(tok)
    else:
        holder = _verb_holder(tok)
    if holder is None:
        return []
    if any(t.lower_ in GROUP_WORDS for t in holder.subtree) and holder.tag_ == "NNS" and group:
        return list(group)
    return [holder_source(doc, holder, entities)]


def _report_outlet(report: Token) -> Token | None:
    """The outlet a report noun names: 'a report in the Ledger', 'a report by Reuters', 'the
    Ledger's report'; None when it names none."""
    held = _noun_holder(report)
    if held is not None:
        return held
    return next(
        (
            g
            for c in report.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in PLACE_ENTITY_TYPES
        ),
        None,
    )


def _names_token(record: EntityRecord, token: Token) -> bool:
    """One of the entity's mentions covers the token."""
    return any(m.start <= token.idx < m.end for m in record.mentions)


def holder_source(doc: Doc, holder: Token, entities: EntityTable) -> Source:
    mention = source_mention(holder)
    span = mention[0] if mention else (holder.idx, holder.idx + len(holder.text))
    hit = entities.at(*span)
    if hit is not None and hit[1].type == "place" and not _names_token(hit[1], holder):
        # "the French news agency AFP": a place modifying the holder is not who says it; the
        # name in apposition is, else the description as written
        named = next((c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        hit = entities.at(named.idx, named.idx + len(named.text)) if named is not None else None
    if hit is not None and _works_at(holder, hit[1]):
        hit = None  # "a former banker at Orbis Bank denied C": the banker, not the bank
    if hit is None and holder.lower_ in {"company", "firm", "automaker", "group"} | {"it"}:
        hit = entities.nearest_before(span[0], {"organization"})
    written = text_of(doc)[span[0] : span[1]]
    if hit is not None:
        name = fullest_outlet_name(hit[1].name, written)
        return Source(name=name, entity_id=hit[0], start=span[0], end=span[1])
    return Source(name=written, start=span[0], end=span[1])


def _works_at(holder: Token, record: EntityRecord) -> bool:
    """The entity is named only in the holder's "at/from/with" phrase ("a banker at X", "an
    analyst from X"): where the person described works, not the person."""
    if holder.pos_ != "NOUN" or _names_token(record, holder):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"at", "from", "with"} and _names_token(record, g)
        for c in holder.children
        for g in c.subtree
    )


def fullest_outlet_name(name: str, written: str) -> str:
    """An outlet's name as the fullest form written ("the Sunday Telegraph" found as the entity
    "Telegraph": Sunday Telegraph; guidelines A, speaker names); any other name unchanged."""
    fuller = re.sub(r"^the\s+", "", written.strip(), flags=re.I)
    words = set(re.findall(r"[a-z-]+", name.lower()))
    if (
        fuller != name
        and fuller.endswith(f" {name}")
        and all(w[:1].isupper() for w in fuller.split())
        and words & (OUTLET_WORDS | OUTLET_NAMES)
    ):
        return fuller
    return name

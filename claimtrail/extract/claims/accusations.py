"""Accusations as records: "X has been accused of C", "accusations of C", criticism "for" or
"over" a deed, each an allegation held by whoever accuses."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.extract.claims.claim_text import (
    stand_alone,
)
from claimtrail.extract.claims.clauses import (
    cue_at,
    is_reflexive,
)
from claimtrail.extract.claims.holders import (
    PRONOUN_REACH,
    clause_holder,
    gender_fits,
    is_outlet,
    named_as_subject,
    noun_holder,
    record_source,
    subject_first,
)
from claimtrail.extract.claims.records import (
    Record,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.accusations import (
    CRITICISM_NOUNS,
    CRITICISM_PREPOSITION,
    CRITICISM_VERBS,
)
from claimtrail.vocabulary.lexicon import (
    ACCUSATION_WORDS,
    NOT_ATTRIBUTIONS,
    verb_lemma,
)


def accusation_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'X has been accused of C' (unattributed unless 'by S'), 'accusations of C', 'charged
    with C', 'faces charges of C', 'sued X for C' (the plaintiff alleges C)."""
    preposition = ACCUSATION_WORDS.get(tok.lower_) or _criticism_preposition(tok)
    if preposition is None:
        return None
    if tok.dep_ == "xcomp" and verb_lemma(tok.head.text) in NOT_ATTRIBUTIONS:
        return None  # "refused to blame X for C": no accusation made
    bare = not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in tok.children)
    if tok.lower_ == "charge" and tok.pos_ == "NOUN" and bare:
        return None  # "take charge of the campaign", "in charge of": an office, not a charge
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    under = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB"
    if of is None and tok.pos_ == "NOUN" and under:  # "came under fire for C": 'for' on 'came'
        of = next(
            (c for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ == preposition),
            None,
        )
    if of is None and tok.pos_ == "VERB":  # "accused the mayor of X", 'of' parsed on the object
        accused = next((c for c in tok.children if c.dep_ == "dobj"), None)
        of = next(
            (
                c
                for c in (accused.children if accused is not None else ())
                if c.dep_ == "prep" and c.lower_ == preposition
            ),
            None,
        )
    obj = next((g for g in of.children if g.dep_ in {"pobj", "pcomp"}), None) if of else None
    if obj is None:
        return None
    holder: Token | None = None
    if tok.pos_ == "VERB":
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if agent is None and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
            holder = clause_holder(tok)
        patient = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    else:
        holder = noun_holder(tok)
        # "The banker faces charges of fraud": the one who faces them is the accused
        patient = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        patient = patient if tok.dep_ == "dobj" else None
        if under:  # "the campaign came under fire for C": the campaign is accused
            patient = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if patient is not None and patient.i > tok.i and is_reflexive(patient):
        return None  # "I blame myself for the goal": owning up, no accusation of anyone
    participle = _participle_subject(tok) if patient is None else None
    source = record_source(doc, holder, entities, quotes)
    start = patient.left_edge.idx if patient is not None else obj.left_edge.idx
    start = min(start, tok.idx)
    end = obj.right_edge.idx + len(obj.right_edge.text)
    if end <= start:
        return None  # the accusation's object before its cue: a parse with nothing to state
    text = stand_alone(text_of(doc)[start:end], doc, start, source, entities)
    if participle is not None:
        # "X is on trial, accused of overseeing a fraud" → "X is accused of overseeing a fraud"
        named = text_of(doc)[participle.left_edge.idx : participle.idx + len(participle.text)]
        said = text_of(doc)[tok.idx : end]
        be = "are" if participle.tag_ in {"NNS", "NNPS"} else "is"
        text = stand_alone(f"{named} {be} {said}", doc, participle.left_edge.idx, source, entities)
    elif start == tok.idx and tok.pos_ == "VERB" and source.name != UNATTRIBUTED:
        text = f"{source.name} {text_of(doc)[start:end]}"  # "clashed with X for C": who did
    if patient is not None and patient.i > tok.i and source.name != UNATTRIBUTED:
        # "accused it of betraying its voters" → "Anna Hartley accused the Green League of ..."
        accused_name = _accused_name(doc, patient, entities, source.entity_id)
        words = doc[tok.i : obj.right_edge.i + 1]
        said = "".join(
            accused_name + t.whitespace_ if t.i == patient.i else t.text_with_ws for t in words
        )
        text = f"{source.name} {said.strip()}"
    return Record(
        start=start,
        end=end,
        text=text,
        attitude="allege",
        source=source,
        cue=cue_at(tok),
        standing=has_standing(source.name, "allege", is_outlet(source.name, None)),
    )


def _participle_subject(tok: Token) -> Token | None:
    """Whom a bare participle accuses: 'X is on trial, accused of C' (the clause's subject) or
    'X, accused of C, ...' (the noun it follows); None for a finite or passive verb."""
    if tok.tag_ != "VBN" or any(
        c.dep_ in {"nsubjpass", "nsubj", "aux", "auxpass"} for c in tok.children
    ):
        return None
    if tok.dep_ == "advcl":
        return next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    return None


def _criticism_preposition(tok: Token) -> str | None:
    """'for' for a criticism verb or noun in its own part of speech ("slammed X for C",
    "faced criticism for C")."""
    lowered = tok.lower_
    if (tok.pos_ == "VERB" and lowered in CRITICISM_VERBS) or (
        tok.pos_ == "NOUN" and lowered in CRITICISM_NOUNS
    ):
        return CRITICISM_PREPOSITION
    return None


def _accused_name(
    doc: Doc, patient: Token, entities: EntityTable, accuser: str | None = None
) -> str:
    """The accused as a name: a pronoun ("accused it of") resolved to the organisation or
    person named last before it other than the accuser, else the words as written."""
    if patient.pos_ != "PRON":
        return patient.text
    types = {"person"} if patient.lower_ in {"him", "her"} else {"organization"}
    found: list[tuple[str, bool]] = []
    for entity_id, record, mention in entities.mentions_before(patient.idx):
        if patient.idx - mention.end > PRONOUN_REACH:
            break
        if record.type in types and not (accuser and entity_id == accuser):
            if not gender_fits(patient.lower_, record.name):
                continue  # "him" is not a woman named before
            owner = "organization" in types
            found.append((record.name, named_as_subject(doc, mention.start, mention.end, owner)))
    # the latest one named as a subject ("Orbis was sued by Kelda after its rival accused it
    # of X": Orbis, not Kelda named since), else the latest one named
    return subject_first(found) or patient.text

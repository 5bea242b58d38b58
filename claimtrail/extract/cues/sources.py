"""Who holds what a cue attributes: the grammatical source of a reporting verb.

Shared by the cue model's features (``cues.features``: PolNeAR attributions nearly always have a
source) and by the quote finders (``quotes.reported``, ``quotes.direct``, ``quotes.intro_lines``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimtrail.extract.lexicon import verb_lemma

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def subject_of(verb: Token) -> Token | None:
    if quotes_as_saying(verb):  # '"C," the paper quoted X as saying': X is the source
        quoted = quoted_person(verb)
        if quoted is not None:
            return quoted
    for child in verb.children:  # passive "was called X by Y": the agent speaks, not the subject
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child  # "officials who said…": the pronoun; speakers.py finds its antecedent
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        noun = verb.head
        if verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
            # "Trump issued a statement saying C": Trump says it, through the statement
            return subject_of(noun.head) or noun
        return noun
    # "…, adding that C" / "wants to say C" / "said and added": the governing verb's subject.
    if (
        verb.dep_ in {"conj", "xcomp", "advcl"}
        and verb.head.pos_ in {"VERB", "AUX"}
        and verb.head.i != verb.i
    ):
        return subject_of(verb.head)
    # "began by saying C": the participle hangs on a preposition of the governing verb.
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        governor = verb.head.head
        if verb.head.lower_ == "as":
            quoted = quoted_person(governor)
            if quoted is not None and quoted.i < verb.i:
                return quoted  # "The paper quoted X as saying C": X says it, the paper reports
        return subject_of(governor)
    return None


def quoted_person(verb: Token) -> Token | None:
    """Whom 'quoted … as saying' quotes: its object, or its passive subject ('X was quoted
    by the paper as saying')."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def quotes_as_saying(verb: Token) -> bool:
    """'quoted X as saying C': the attribution is X's, found at 'saying' (one record)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(c.dep_ == "pcomp" and verb_lemma(c.text) is not None for c in prep.children)
        for prep in verb.children
    )

"""Unattributed reports and rumours: a reporting noun with a content clause and no named speaker
("amid reports that C", "speculation that C", "rumours he was starting C") and links
("X has been linked with Y", "reports linking X with Y")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.extract.claims.attitudes import (
    phrasal_answer,
)
from claimtrail.extract.claims.claim_text import (
    stand_alone,
)
from claimtrail.extract.claims.clauses import (
    antecedent_tokens,
    clause_content_end,
    clause_span,
    common_noun,
    cue_at,
    extraposed_content,
    reduced_passive,
    reduced_response,
    saying_participle,
    words_as_written,
)
from claimtrail.extract.claims.holders import (
    active_subject,
    noun_holder,
    person_named_before,
    record_source,
    relays,
)
from claimtrail.extract.claims.quote_records import (
    names_wrongdoing,
)
from claimtrail.extract.claims.records import (
    Record,
    content_words,
    is_negated_span,
)
from claimtrail.extract.cues.sources import holds_views
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Attitude, Quote, Source
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.grammar import (
    TOPIC_LINKS,
)
from claimtrail.vocabulary.lexicon import (
    ACCUSATION_WORDS,
    RUMOUR_NOUNS,
    verb_lemma,
)
from claimtrail.vocabulary.rumours import (
    IDIOM_RUMOUR_NOUNS,
    INQUIRY_VERBS,
    LINK_GERUNDS,
    LINK_PARTICIPLES,
    LINK_PREPOSITIONS,
)
from claimtrail.vocabulary.speech_person import (
    SUBJECT_FORMS,
)
from claimtrail.vocabulary.views import (
    CONTENT_NOUNS,
)


def rumour_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'amid reports that C', 'rumours he was starting C', 'speculation that C', 'settled charges
    that C', 'expressed concern that C'."""
    attitude = RUMOUR_NOUNS.get(tok.lower_) or CONTENT_NOUNS.get(tok.lower_)
    if attitude is None and tok.lower_ in IDIOM_RUMOUR_NOUNS:
        attitude = "speculate"  # "the word is that C" (only that idiom: ``extraposed_content``)
    capitalised = tok.pos_ == "PROPN" and bool(tok.is_sent_start)
    # "repeated her claims that C", the noun tagged a verb: an object with a possessor
    mistagged = tok.dep_ in {"dobj", "pobj"} and any(c.dep_ == "poss" for c in tok.children)
    if attitude is None or not (
        common_noun(tok) or mistagged or (capitalised and extraposed_content(tok) is not None)
    ):  # "Rumour has it that C", its noun taken for a person's name
        return None
    rumoured = next(
        (
            RUMOUR_NOUNS[c.lower_]
            for c in tok.children
            if c.dep_ == "compound" and RUMOUR_NOUNS.get(c.lower_) in {"speculate", "report"}
        ),
        None,
    )
    attitude = rumoured or attitude  # "a recent rumour claims that C", read as one noun
    clause = next(
        (
            c
            for c in tok.children
            if (
                c.dep_ in {"acl", "ccomp", "relcl", "appos"}
                or (mistagged and c.dep_ == "advcl" and _opens_with_that(c))
            )
            and c.pos_ in {"VERB", "AUX"}
            and not any(g.tag_ in {"WDT", "WP"} for g in c.children)
            and not reduced_response(c)  # "claims denied by X": no content clause
            and not reduced_passive(c)  # "the claims, made in a new book": no content
            and not (
                c.dep_ == "relcl"
                and any(g.lower_ == "that" and g.dep_.startswith("nsubj") for g in c.children)
            )
        ),
        None,
    )
    if tok.lower_ in IDIOM_RUMOUR_NOUNS:
        clause = None  # "the word that some have used": no content; only "the word is that C"
    clause = clause or extraposed_content(tok)
    if clause is None:
        return None
    if saying_participle(clause):  # "with reports suggesting that C": C, not "suggesting C"
        clause = next(c for c in clause.children if c.dep_ == "ccomp")
    holder = noun_holder(tok)
    if holder is not None and holder.pos_ == "PRON" and tok.dep_ == "dobj":
        # "Voss repeated her claims that C": the possessive stands for the subject
        holder = active_subject(tok.head) or holder
    extra = tok.lower_ not in RUMOUR_NOUNS  # one of ``CONTENT_NOUNS``
    if extra and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return None  # "concern over him signing X": no content clause
    # "investigated claims that C", "played down reports that C": the subject answers or
    # examines the claim, it does not hold it
    examines = tok.head.lower_ in INQUIRY_VERBS or phrasal_answer(tok.head) is not None
    if holder is None and tok.dep_ == "dobj" and verb_lemma(tok.head.text) is None and not examines:
        holder = active_subject(tok.head)  # "unions have expressed fears that C": the unions'
        if holder is not None and not holds_views(holder):
            holder = None  # "Opposition from X has fuelled speculation that C": nobody's
    source = record_source(doc, holder, entities, quotes)
    if holder is not None and source.name != UNATTRIBUTED and attitude == "speculate":
        attitude = "report" if relays(source.name, None) else attitude
    start, end = clause_span(clause)
    if extra and any(q.start <= start < q.end for q in quotes):
        return None  # "expressed concern that C" read as a quote already
    end = clause_content_end(tok, clause, end)
    text = _linking_statement(clause) or text_of(doc)[start:end]
    text = stand_alone(text, doc, start, source, entities)
    unheld = source.name == UNATTRIBUTED
    if attitude == "allege" and tok.lower_ == "claims" and unheld and not names_wrongdoing(text):
        attitude = "report"  # "amid claims that C": relayed, and no accusation in C
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        hedged=attitude == "speculate",
        negated=is_negated_span(doc[clause.left_edge.i : clause.right_edge.i + 1]),
        standing=has_standing(source.name, attitude, relays(source.name, None)),
    )


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _linking_statement(clause: Token) -> str | None:
    """'reports linking X with Y' → 'X is linked with Y': what a rumour noun's linking
    participle claims, as a sentence; None for any other clause."""
    if clause.lower_ not in LINK_GERUNDS or clause.dep_ != "acl":
        return None
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    preps = [
        c
        for head in (clause, obj)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in LINK_PREPOSITIONS and c.i > obj.i
    ]
    if not preps:
        return None
    cut = min(p.i for p in preps)
    party = [t for t in obj.subtree if t.i < cut]
    plural = obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children)
    written = words_as_written(party)
    if obj.tag_ == "PRP" and obj.lower_ in SUBJECT_FORMS:
        written = SUBJECT_FORMS[obj.lower_]  # "linking him with Y": he is linked with Y
        plural = written in {"they", "we"}
    rest = sorted((t for p in preps for t in p.subtree), key=lambda t: t.i)
    return f"{written} {'are' if plural else 'is'} linked {words_as_written(rest)}"


def linked_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'X is strongly linked with a switch to Y', 'Acme, which has been linked with a bid for
    Globex': a rumour about a party's move or deal with nobody named holding it (speculate,
    unattributed); 'linked by the Evening Post with Y' is the paper's report. Only a party (a
    name, an entity or a pronoun) is linked so: "the deaths have been linked to the drug" is a
    finding of cause, not a rumour."""
    if tok.lower_ not in LINK_PARTICIPLES or tok.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    prep = next(
        (c for c in tok.children if c.dep_ == "prep" and c.lower_ in LINK_PREPOSITIONS), None
    )
    if subj is None or prep is None or not any(g.dep_ == "pobj" for g in prep.children):
        return None
    subject = antecedent_tokens(subj, tok)
    head = next((t for t in subject if t.dep_ != "compound" and t.head not in subject), None)
    head = head or subj
    party = head.pos_ in {"PROPN", "PRON"} or head.ent_type_ in {"PERSON", "ORG"}
    if not party or head.lower_ in {"it", "this", "that", "which"}:
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    source = record_source(doc, holder, entities, quotes) if holder is not None else None
    source = source or Source(name=UNATTRIBUTED)
    attitude: Attitude = "report" if holder is not None else "speculate"
    verb_words = [c for c in tok.children if c.dep_ in {"aux", "auxpass", "neg"}]
    # what it is linked with, and any phrase the parser hung on the verb before a comma
    # ("linked with a switch | to Y": both; "linked with Y, with Z the favourites": Y only)
    comma = next((c.i for c in tok.children if c.is_punct and c.i > prep.i), len(doc))
    later = [c for c in tok.children if c.dep_ == "prep" and prep.i < c.i < comma]
    toks = sorted(
        {*subject, *verb_words, tok, *prep.subtree, *(t for c in later for t in c.subtree)},
        key=lambda t: t.i,
    )
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = words_as_written(toks).strip(" ,;:.")
    named = person_named_before(doc, subj, entities) if subj.lower_ in {"he", "she"} else None
    if named:
        text = named + text[len(subj.text) :]
    else:
        text = stand_alone(text, doc, start, source, entities)
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        hedged=attitude == "speculate",
        standing=False,
        words=frozenset(content_words(doc, start, end)),
    )


def topic_rumour_record(doc: Doc, tok: Token) -> Record | None:
    """'rumours about a pregnancy have appeared', 'claims of a shambles': a report, rumour or
    claim noun with only a topic, held by nobody named. It joins a claim that states the topic
    (``kind`` "topic") and founds none."""
    attitude = RUMOUR_NOUNS.get(tok.lower_)
    if attitude is None or not common_noun(tok) or tok.lower_ in ACCUSATION_WORDS:
        return None
    clauses = {"acl", "ccomp", "relcl"}
    if noun_holder(tok) is not None or any(c.dep_ in clauses for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_LINKS), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return None
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    stated = _gerund_statement(obj)
    if stated is not None and attitude == "allege" and not names_wrongdoing(stated):
        attitude = "report"  # "amid claims of costs rising": a claim, not an accusation
    return Record(
        start=start,
        end=end,
        text=stated or text_of(doc)[start:end],
        attitude=attitude,
        source=Source(name=UNATTRIBUTED),
        cue=cue_at(tok),
        hedged=attitude == "speculate",
        standing=False,
        founds=stated is not None,
        kind="rumour" if stated is not None else "topic",
    )


def _gerund_statement(obj: Token) -> str | None:
    """'claims of costs spiralling above 120m', 'reports of the striker leaving the club': a
    topic that is a clause (a noun phrase and an -ing verb after it) states a proposition,
    written as a sentence ("Costs are spiralling above 120m"); None for a plain topic."""
    verb = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    if verb is None or verb.i < obj.i or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = [t for t in obj.subtree if t.i < verb.i]
    be = "are" if obj.tag_ in {"NNS", "NNPS"} else "is"
    text = f"{words_as_written(noun)} {be} {words_as_written(list(verb.subtree))}"
    text = text.strip(" ,;:.")
    return text[:1].upper() + text[1:]

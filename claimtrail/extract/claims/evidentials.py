"""Evidential records: agentless "X is thought / understood / reported to C" and "reportedly C"
(an unattributed report; predictions such as "is expected to" are speculation), claims nested in
another's report, data that reports, and views held of a deed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimtrail.extract.claims.attitudes import (
    HOLDER_ENTITY_TYPES,
)
from claimtrail.extract.claims.claim_text import (
    previous_subject_name,
    stand_alone,
)
from claimtrail.extract.claims.clauses import (
    antecedent_tokens,
    clause_span,
    cue_at,
    words_as_written,
)
from claimtrail.extract.claims.holders import (
    active_subject,
    document_holder,
    is_commentator,
    is_outlet,
    record_source,
    relays,
    without_the,
)
from claimtrail.extract.claims.quote_records import (
    names_wrongdoing,
    quote_attitude,
)
from claimtrail.extract.claims.records import (
    Record,
    affirm,
    content_words,
    is_negated_span,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote, Source
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.lexicon import (
    EVIDENTIAL_ADVERBS,
    EVIDENTIAL_VERBS,
    NOT_ATTRIBUTIONS,
    verb_lemma,
)
from claimtrail.vocabulary.press import (
    DATA_NOUNS,
    DATA_SOURCE_PREPOSITIONS,
)
from claimtrail.vocabulary.relayers import (
    DATA_SHOW_FORMS,
    DOCUMENT_NOUNS,
)
from claimtrail.vocabulary.views import (
    CLAUSE_OPENERS,
    IDENTIFY_VERB_FORMS,
    NAMING_VERB_FORMS,
    PLURAL_TAGS,
    VIEW_AS,
    VIEW_VERB_FORMS,
)


def evidential_record(doc: Doc, tok: Token, entities: EntityTable | None = None) -> Record | None:
    """'X is thought to C' / 'X is expected to C' with no agent; 'reportedly C'. A subject that
    points back to the sentence before ("He is believed to have raised his offer", "The band is
    set to tour") is written as the party it stands for (``previous_subject_name``)."""
    pointer = None  # a raised subject ("he is believed to have C"), never a dummy "it ... that C"
    dummy = False  # "It is thought that C", "C, it is reported": the verb is no part of C
    if tok.lower_ in EVIDENTIAL_ADVERBS and tok.dep_ == "advmod":
        verb = tok.head
        attitude = "allege" if tok.lower_ == "allegedly" else "report"
        toks = [t for t in verb.subtree if t.i != tok.i]
        toks = _standing_clause(verb, toks)
    else:
        attitude_word = EVIDENTIAL_VERBS.get(tok.lower_)
        if attitude_word is None or tok.pos_ != "VERB":
            return None
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        xcomp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and tok.dep_ == "conj":  # "X was expected to win but is thought to C"
            subj = next((c for c in tok.head.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if xcomp is None or subj is None:
            return None
        attitude = attitude_word
        pointer = subj if xcomp.dep_ == "xcomp" else None
        toks = [*antecedent_tokens(subj, tok), *xcomp.subtree]
        if subj.lower_ == "it" and xcomp.dep_ == "ccomp":
            # "It is thought that C": the claim is C, the dummy "it" and its verb no part of it
            toks = [t for t in xcomp.subtree if not (t.dep_ == "mark" and t.head == xcomp)]
            dummy = True
        verb = tok
    if not toks:
        return None
    toks.sort(key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # the words of the content itself, not of a clause between a shared subject and it
    words = set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in toks))
    # the words as written ("The Boix-Vives family, owners of Rossignol"), the cue kept where
    # it is a verb ("is thought to have failed"), dropped where it is an adverb ("reportedly")
    kept = [t for t in toks if t.i != tok.i]
    if not tok.lower_.endswith("ly") and not dummy:
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass", "neg"}]
        every = {t.i: t for t in [*toks, tok, *aux] if t.i >= toks[0].i}
        kept = [every[i] for i in sorted(every)]
    text = words_as_written(kept).strip(" ,;:.")
    named = previous_subject_name(pointer, entities) if pointer is not None and entities else None
    if named is not None and pointer is not None and toks[0].i == pointer.left_edge.i:
        written = words_as_written([t for t in toks if t.i <= pointer.i])
        if text.lower().startswith(written.lower()):
            text = named + text[len(written) :]
    source = Source(name=UNATTRIBUTED)
    return Record(
        start=start,
        end=end,
        text=text[:1].upper() + text[1:],
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        hedged=True,
        standing=False,
        words=frozenset(words),
    )


def _standing_clause(verb: Token, toks: list[Token]) -> list[Token]:
    """The clause an evidential adverb hangs on, made a sentence of its own: a relative
    pronoun gives way to the noun it stands for ("a letter that supposedly came with the
    toys": a letter came with the toys), a subjectless conjunct takes the subject of the verb
    it is joined to ("Lee was attached but reportedly walked away": Lee walked away), and a
    subordinating word that opens it is dropped ("while A reportedly signed": A signed)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        gone = {t.i for t in subject.subtree}
        return [*antecedent_tokens(subject, verb), *(t for t in toks if t.i not in gone)]
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        shared = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if shared is not None and shared.tag_ not in {"WDT", "WP"}:
            return [*shared.subtree, *toks]
    marks = {c.i for c in verb.children if c.dep_ == "mark" and c.lower_ in CLAUSE_OPENERS}
    return [t for t in toks if t.i not in marks]


def as_evidential_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'There would be no super-casinos, as rumoured in the press' / 'as reported by the FT':
    the clause the 'as' phrase hangs on, affirmed, reported or rumoured by the 'by' agent, else
    by nobody named."""
    attitude = EVIDENTIAL_VERBS.get(tok.lower_)
    if (
        attitude is None
        or tok.tag_ != "VBN"
        or tok.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        or tok.head.pos_ not in {"VERB", "AUX"}
    ):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    source = record_source(doc, holder, entities, quotes)
    if holder is not None and source.name != UNATTRIBUTED and is_outlet(source.name, None):
        attitude = "report"
    aside = {t.i for t in tok.subtree}
    head = tok.head
    later = [c for c in head.children if c.dep_ in {"conj", "cc"} and c.i > head.i]
    cut = min((c.left_edge.i for c in later), default=head.right_edge.i + 1)
    toks = [t for t in head.subtree if t.i not in aside and t.i < cut and not t.is_punct]
    if len(toks) < 2:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    negated = is_negated_span(doc[toks[0].i : toks[-1].i + 1])
    words = " ".join(t.text for t in toks)
    text = affirm(words) if negated else words
    return Record(
        start=start,
        end=end,
        text=stand_alone(re.sub(r"\s+([,.;:'’])", r"\1", text), doc, start, source, entities),
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        hedged=attitude == "speculate",
        standing=False,
        words=frozenset(content_words(doc, start, end) - content_words(doc, tok.idx, tok.idx + 1)),
        kind="rumour",
    )


def nested_claim_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'a bill which critics claim would allow X': a reporting verb in a relative clause with a
    subject of its own and a subjectless content clause states that the antecedent does X."""
    lemma = verb_lemma(tok.text) if tok.pos_ == "VERB" else None
    if lemma is None or tok.dep_ != "relcl" or lemma in NOT_ATTRIBUTIONS:
        return None
    holder = next(
        (c for c in tok.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}), None
    )
    content = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and not any(
                g.dep_ in {"nsubj", "nsubjpass"} and g.tag_ not in {"WDT", "WP"} for g in c.children
            )
        ),
        None,
    )
    if holder is None or content is None or holder.pos_ == "PRON":
        return None
    noun = tok.head
    antecedent = [t for t in noun.subtree if t.i < tok.left_edge.i and not t.is_punct]
    antecedent = [t for t in antecedent if t.i >= noun.left_edge.i and t.tag_ not in {"WDT", "WP"}]
    own = [t for t in content.subtree if t.tag_ not in {"WDT", "WP"}]
    if not own:
        return None
    span = doc[own[0].i : own[-1].i + 1]
    source = record_source(doc, holder, entities, quotes)
    body = " ".join(t.text for t in [*antecedent, *own])
    attitude = quote_attitude(lemma, False, source.name, None, span, body, tok.text)
    start, end = own[0].idx, own[-1].idx + len(own[-1].text)
    return Record(
        start=start,
        end=end,
        text=stand_alone(re.sub(r"\s+([,.;:'’\"”])", r"\1", body), doc, start, source, entities),
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        hedged=attitude == "speculate",
        standing=has_standing(source.name, attitude, is_commentator(source.name, None)),
        words=frozenset(
            set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in antecedent + own))
        ),
    )


def data_report_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'According to figures gathered by Acme, C', 'C, according to Labour Party figures':
    the party whose data it is reports C (the figures themselves are no speaker, so no quote
    holds the sentence); data with no named party ("according to recent figures") is an
    unattributed report."""
    if tok.lower_ != "according" or any(q.start <= tok.idx < q.end for q in quotes):
        return None  # inside a quote its speaker relays the figures
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    data = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if to is None or data is None or data.lower_ not in DATA_NOUNS:
        return None
    holder = _data_holder(data)
    named = next((c for c in holder.children if c.dep_ == "appos"), None) if holder else None
    if holder is not None and holder.pos_ != "PROPN" and named is not None:
        holder = named  # "gathered by the sea watchdog, Wavecheck": Wavecheck
    source = record_source(doc, holder, entities, quotes)
    # the sentence without the "according to" phrase (the parser often hangs the rest of the
    # sentence on "According" itself, so the phrase is the word and its "to" subtree)
    toks = [t for t in tok.sent if not (tok.i <= t.i <= to.right_edge.i)]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    name = 0
    while name < len(toks) and toks[name].pos_ == "PROPN":
        name += 1
    if 0 < name < len(toks) - 1 and toks[name].text == "," and toks[0].i == to.right_edge.i + 2:
        # "figures gathered by the watchdog, Ofcom, C": the name the parse left outside the
        # phrase is its holder's, not the content's
        source = record_source(doc, toks[name - 1], entities, quotes)
        toks = toks[name + 1 :]
    if len(toks) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Record(
        start=start,
        end=end,
        text=stand_alone(words_as_written(toks), doc, start, source, entities),
        attitude="report",
        source=source,
        cue=cue_at(tok),
        standing=has_standing(source.name, "report", True),
        kind="evidential",
        words=frozenset(
            set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in toks))
        ),
    )


def view_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'The fines are seen by campaigners as a cover-up' / 'analysts see the deal as a rescue':
    the viewer (the 'by' agent, or the active subject) holds that the thing seen is
    what the 'as' phrase says; an accusation if that names a wrong. No viewer ("is seen as"),
    no record."""
    identifies = tok.lower_ in IDENTIFY_VERB_FORMS | NAMING_VERB_FORMS
    if (tok.lower_ not in VIEW_VERB_FORMS and not identifies) or tok.pos_ != "VERB":
        return None
    if any(q.start <= tok.idx < q.end for q in quotes):
        return None  # a view inside a quote is its speaker's, read from the quote
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None and identifies and tok.tag_ == "VBN":
        # "named as local man X by the Ledger": the 'by' phrase hung on the name
        agent = next(
            (
                t
                for t in tok.subtree
                if t.lower_ == "by" and t.i > tok.i and any(g.dep_ == "pobj" for g in t.children)
            ),
            None,
        )
    if agent is not None:
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None)
        seen = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if seen is None and identifies and tok.dep_ == "advcl" and tok.head.lemma_ == "be":
            # "X was on Thursday named as Y by Z", parsed with "was" as the head
            seen = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    else:
        holder = active_subject(tok)
        seen = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if holder is None or seen is None or holder.pos_ == "PRON" or seen.pos_ == "PRON":
        return None
    last = max(tok.right_edge.i, seen.right_edge.i)
    as_word = next(
        (t for t in doc[seen.i + 1 : last + 1] if t.lower_ == VIEW_AS and t.i > tok.i), None
    )
    if as_word is None:
        return None
    said = [t for t in doc[as_word.i + 1 : last + 1] if not t.is_space]
    if agent is not None and agent.i > as_word.i:  # "named as X by the Ledger": X only
        said = [t for t in said if t.i < agent.i]
    while said and said[-1].is_punct:
        said = said[:-1]
    thing = [t for t in seen.subtree if t.i < as_word.i and not t.is_punct]
    if not said or not thing:
        return None
    plural = seen.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in seen.children)
    be = "are" if plural else "is"
    text = f"{words_as_written(thing)} {be} {words_as_written(said)}"
    source = record_source(doc, holder, entities, quotes)
    commentator = is_commentator(source.name, None)
    attitude = "allege" if names_wrongdoing(text) and not commentator else "assert"
    if identifies:
        reduced = tok.dep_ == "acl" and not any(c.dep_ == "auxpass" for c in tok.children)
        if not relays(source.name, None) or as_word.head.i != tok.i or reduced:
            # "the board named her as chief executive" appoints; "police identified him as
            # X" acts on the case; "a man named X": no identification
            return None
        attitude = "report"  # "was named as X by the Ledger": the outlet reports it
    start = min(thing[0].idx, tok.idx)
    end = said[-1].idx + len(said[-1].text)
    return Record(
        start=start,
        end=end,
        text=text[:1].upper() + text[1:],
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        standing=has_standing(source.name, attitude, commentator),
        words=frozenset(
            set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in thing + said))
        ),
    )


def _data_holder(data: Token) -> Token | None:
    """Whose data: the agent of its participle ("figures compiled by X"), the object of
    'from'/'by' ("figures from the ministry"), its possessor or a named compound ("the ONS's
    figures", "Labor Department figures")."""
    for child in data.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return obj
        if child.dep_ == "prep" and child.lower_ in DATA_SOURCE_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "poss":
            return child
    return next(
        (
            c
            for c in data.children
            if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in HOLDER_ENTITY_TYPES)
        ),
        None,
    )


def data_show_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'Figures showed that C', 'documents seen by the Ledger show that C', 'Acme's data
    indicates C': data is no speaker (guidelines A), so the party whose data or documents they
    are, or who saw them, reports C; with none named, an unattributed report."""
    if tok.lower_ not in DATA_SHOW_FORMS:
        return None
    if tok.pos_ not in {"VERB", "AUX"} and not any(c.dep_ == "nsubj" for c in tok.children):
        return None  # "show" tagged a noun still heads "documents … show that C"
    if any(q.start <= tok.idx < q.end for q in quotes):
        return None  # inside a quote its speaker relays the figures
    data = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if data is None or data.lower_ not in DATA_NOUNS | DOCUMENT_NOUNS:
        return None
    content = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.i > tok.i  # "C, new figures show": the sentence's own statement, left alone
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ),
        None,
    )
    if content is None:
        return None
    source = record_source(doc, document_holder(data), entities, quotes)
    source = source.model_copy(update={"name": without_the(source.name)})
    start, end = clause_span(content)
    text = text_of(doc)[start:end].strip(" ,.;:")
    return Record(
        start=start,
        end=end,
        text=stand_alone(text, doc, start, source, entities),
        attitude="report",
        source=source,
        cue=cue_at(tok),
        standing=False,
        negated=is_negated_span(doc[content.left_edge.i : content.right_edge.i + 1]),
        words=frozenset(content_words(doc, start, end)),
    )

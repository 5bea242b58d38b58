"""Answers that point back: a denial, dismissal or rebuttal whose object names a claim ("denied
the claims", "dismissed the reports", "rejected the allegations", "it was wrong to suggest C"),
read as an attitude towards the claim it points to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.attitudes import (
    decides,
    holder_source,
    is_refusal,
    phrasal_answer,
    plea,
)
from claimtrail.extract.claims.claim_text import (
    stand_alone,
)
from claimtrail.extract.claims.clauses import (
    clause_content_end,
    clause_span,
    content_clause,
    cue_at,
    infinitival,
    inverted_content,
    reduced_response,
)
from claimtrail.extract.claims.holders import (
    active_subject,
    clause_holder,
    is_outlet,
    record_source,
)
from claimtrail.extract.claims.records import (
    Record,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote
from claimtrail.parse.text import text_of
from claimtrail.status import has_standing
from claimtrail.vocabulary.answers import (
    ANSWER_OBJECT_PREPOSITIONS,
    DISPUTABLE_NOUNS,
    PHRASAL_VERB_FORMS,
    PLEA_FORMS,
)
from claimtrail.vocabulary.concessions import CONCESSION_LEMMAS
from claimtrail.vocabulary.grammar import (
    DEMONSTRATIVES,
)
from claimtrail.vocabulary.lexicon import (
    CLAIM_REFERENCE_NOUNS,
    DISMISSAL_WORDS,
    LABEL_VERBS,
    RUMOUR_NOUNS,
    attitude_of,
    verb_lemma,
)
from claimtrail.vocabulary.press import (
    DATA_NOUNS,
)
from claimtrail.vocabulary.views import (
    FINITE_TAGS,
)


def reference_denial(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'Gazprom denied the claims' / 'dismissed the reports as speculation' / 'claims denied by
    Gazprom': a denial whose object names no proposition, only points back at one."""
    if tok.pos_ != "VERB":
        return None
    lemma = verb_lemma(tok.text)
    attitude = attitude_of(lemma) if lemma else None
    if attitude not in {"deny", "contest", "confirm"} or lemma in {"refuse", "rule", "shut"}:
        return None
    if decides(tok):
        return None  # "the LSE rejected a takeover offer": a decision, not a denial
    if is_refusal(tok):
        return None  # "neither confirmed nor denied the report": no answer
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    reduced = reduced_response(tok) and (
        tok.head.lower_ in CLAIM_REFERENCE_NOUNS
        # "the closure, confirmed by Acme on Monday": a confirmation of the event it names
        or (attitude == "confirm" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i)
    )
    if obj is None and reduced:  # "claims denied by Labour": the noun is the denied object
        obj = tok.head
    if obj is None or not (obj.lower_ in CLAIM_REFERENCE_NOUNS or obj.pos_ == "NOUN"):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if attitude == "contest" and not _disputable(obj):
        return None  # "deflected the free-kick", "a smile deflected the question": no claim
    if lemma in CONCESSION_LEMMAS and obj.dep_ == "dobj" and not _disputable(obj):
        return None  # "conceded a late goal", "admitted two fans": an act, no confirmation
    if obj.dep_ == "nsubjpass" or obj.i == tok.head.i:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    else:
        holder = active_subject(tok)
    if holder is not None and holder.lower_ in {"who", "which", "that"} and tok.dep_ == "relcl":
        holder = tok.head
    if holder is None:
        return None
    source = record_source(doc, holder, entities, quotes)
    clause = content_clause(obj)
    if clause is not None and infinitival(clause):
        # "rejected the chance to become coach", "confirmed the decision to close the plant":
        # the noun names an act, not a proposition; turning it down is no denial, and a
        # confirmation is of the noun phrase (guidelines A: non-finite content is no claim)
        if attitude != "confirm":
            return None
        clause = None
    inverted = inverted_content(tok, obj) if clause is None else None
    before = (
        statement_before(tok.sent)
        if clause is None and obj.lower_ in DEMONSTRATIVES and not list(obj.children)
        else None
    )
    if before is not None:  # "Acme will shut X. The firm confirmed this": it confirms that
        start, end = before
        text = what_was_stated(doc, before, quotes)
        inverted = before
    elif clause is not None:  # "rejected the idea that X": a denial of X itself
        start, end = clause_span(clause)
        end = clause_content_end(obj, clause, end)
        text = stand_alone(text_of(doc)[start:end], doc, start, source, entities)
    elif inverted is not None:
        start, end = inverted
        text = stand_alone(text_of(doc)[start:end], doc, start, source, entities)
    else:
        # the noun's own words, not the participle that answers it ("the closure, confirmed by
        # Acme": the closure)
        words = [t for t in obj.subtree if not t.is_punct and not (obj.i < tok.i <= t.i)]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = text_of(doc)[start:end]
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        reference=clause is None and inverted is None and obj.lower_ in CLAIM_REFERENCE_NOUNS,
        standing=has_standing(source.name, attitude, is_outlet(source.name, None)),
    )


def _disputable(obj: Token) -> bool:
    """Whether a verb of disputing's object can be true or false: a claim, report, data or
    criticism noun, a pronoun pointing back at one, or a noun with a content clause ("the idea
    that C")."""
    word = obj.lower_
    return (
        word in CLAIM_REFERENCE_NOUNS
        or word in RUMOUR_NOUNS
        or word in DATA_NOUNS
        or word in DISPUTABLE_NOUNS
        or content_clause(obj) is not None
    )


def statement_before(sent: Span) -> tuple[int, int] | None:
    """The sentence before ``sent`` in its paragraph, if it states something (a verb with a
    subject): what a bare "this" / "that" answering it stands for. A fragment the parser cut
    off its subject ("Globex" | "sold its stake") takes the one before it too."""
    doc = sent.doc
    text = text_of(doc)
    first = sent.start
    for _ in range(2):
        if first == 0:
            return None
        previous = doc[first - 1].sent
        if "\n" in text[previous.end_char : sent.start_char]:
            return None
        words = [t for t in doc[previous.start : sent.start] if not t.is_space]
        # the parser may run a headline into the first sentence: only the last line counts
        lines = [k for k, t in enumerate(words) if k and "\n" in text[words[k - 1].idx : t.idx]]
        words = words[lines[-1] :] if lines else words
        stated = any(
            t.pos_ in {"VERB", "AUX"}
            and (
                t.tag_ in FINITE_TAGS
                or any(c.dep_ in {"nsubj", "nsubjpass"} and c in words for c in t.children)
            )
            for t in words
        )
        if stated and words and not words[0].text[:1].islower():
            while words and words[-1].is_punct:
                words = words[:-1]
            return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None
        if lines:
            return None
        first = previous.start
    return None


def what_was_stated(doc: Doc, span: tuple[int, int], quotes: Sequence[Quote]) -> str:
    """The proposition a sentence states: what it reports, if it reports something ("Acme
    admitted that X": X), else its own words."""
    reported = [q for q in quotes if span[0] <= q.start < span[1] and q.kind != "direct"]
    if reported:
        return _normalise_text(max(reported, key=lambda q: q.end - q.start).text)
    return _normalise_text(text_of(doc)[span[0] : span[1]])


def _normalise_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I)
    return text[:1].upper() + text[1:]


def clausal_answer(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """A denial or an admission whose content is a gerund ("Smith has denied lying to
    investors", "admitted misleading the board") or the clause a sentence-final relative
    points back at ("prosecutors say he stole the money, which he denies")."""
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    lemma = verb_lemma(tok.text)
    attitude = attitude_of(lemma) if lemma else None
    if attitude not in {"deny", "confirm"} or lemma in {"refuse", "rule", "shut"}:
        return None
    if is_refusal(tok):
        return None  # "would neither confirm nor deny having made an approach"
    gerund = next(
        (
            c
            for c in tok.children
            if c.dep_ in {"xcomp", "dobj", "pcomp"}
            and c.tag_ == "VBG"
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ),
        None,
    )
    which = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ == "WDT"), None)
    holder = clause_holder(tok)
    if holder is None or holder.tag_ in {"WDT", "WP"}:
        return None
    source = record_source(doc, holder, entities, quotes)
    if gerund is not None:
        start = gerund.left_edge.idx
        end = gerund.right_edge.idx + len(gerund.right_edge.text)
        text = f"{source.name} {text_of(doc)[start:end]}"
    elif which is not None and tok.dep_ == "relcl" and which.i > 0:
        if doc[which.i - 1].text != ",":
            return None  # "the charges which he denies": a noun, answered elsewhere
        clause = tok.head  # up to the clause, with a subject, that the relative ends

        def subjectless(t: Token) -> bool:
            return t.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children
            )

        while subjectless(clause) and clause.head.i != clause.i:
            clause = clause.head
        if subjectless(clause) or clause.i > tok.i:
            return None
        toks = [t for t in clause.subtree if t.i < which.i - 1 and not t.is_punct]
        toks = [t for t in toks if not (t.i == toks[0].i and t.lower_ == "that")]
        if not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = stand_alone(text_of(doc)[start:end], doc, start, source, entities, True)
    else:
        return None
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        kind="denial",
        standing=has_standing(source.name, attitude, is_outlet(source.name, None)),
    )


# What a phrasal answer or a plea can answer when its object only names a claim ("played
# down the fears", "hit back at the claims"): a claim, report or rumour noun.
_ANSWERED_NOUNS = CLAIM_REFERENCE_NOUNS | set(RUMOUR_NOUNS) | {"fears", "concerns", "talk"}


def answer_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """A party answering a claim in words the lexicon has no verb for: 'played down reports
    that C' / 'hit back at claims he had C' (contest), 'brushed aside the allegations' (deny),
    'pleaded not guilty to the charges' (deny; 'pleaded guilty' confirms). A content clause on
    the answered noun is the claim answered; a bare noun or a plea only points back at it."""
    if tok.lower_ in PHRASAL_VERB_FORMS:
        attitude = phrasal_answer(tok)
    elif tok.lower_ in PLEA_FORMS:
        attitude = plea(tok)
    else:
        attitude = "deny" if _labelled_false_by(tok) is not None else None
    if attitude is None:
        return None
    holder = _labelled_false_by(tok) or _answer_holder(tok)
    if holder is None:
        return None
    source = record_source(doc, holder, entities, quotes)
    if source.entity_id is None and holder.pos_ != "PRON":
        source = holder_source(doc, holder, entities)  # "the company played down X": Acme
    obj = _answered_object(tok)
    clause = content_clause(obj) if obj is not None else None
    if clause is None and tok.lower_ not in PLEA_FORMS:
        if obj is None or obj.lower_ not in _ANSWERED_NOUNS:
            return None  # "played down the significance of the program": no claim answered
    if clause is not None and obj is not None:
        start, end = clause_span(clause)
        end = clause_content_end(obj, clause, end)
        text = stand_alone(text_of(doc)[start:end], doc, start, source, entities)
    else:
        start, end = tok.idx, tok.idx + len(tok.text)
        text = (
            text_of(doc)[obj.left_edge.idx : obj.right_edge.idx + len(obj.right_edge.text)]
            if (obj is not None)
            else tok.text
        )
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=cue_at(tok),
        reference=clause is None,
        standing=has_standing(source.name, attitude, is_outlet(source.name, None)),
        kind="plea" if tok.lower_ in PLEA_FORMS else "answer",
        founds=clause is not None,
    )


def _labelled_false_by(verb: Token) -> Token | None:
    """'Reports that C have been described as "idle speculation" by Downing Street', 'the
    claims were branded nonsense by the firm': a passive labelling verb whose label dismisses
    the claim is a denial by the 'by' agent (attached to the verb or, as the parser often does,
    to the label); returns the agent. The active form ("called the claims false") is read from
    the quote."""
    if verb.pos_ != "VERB" or verb_lemma(verb.text) not in LABEL_VERBS:
        return None
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    labels = [
        t
        for c in verb.children
        if c.dep_ in {"prep", "oprd", "xcomp", "attr", "acomp", "agent"}
        for t in c.subtree
    ]
    if not any(t.lower_ in DISMISSAL_WORDS for t in labels):
        return None
    by = next((t for t in labels if t.lower_ == "by" and t.dep_ in {"agent", "prep"}), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _answer_holder(verb: Token) -> Token | None:
    """Who answers: the active subject, the 'by' agent of a passive ("reports brushed aside by
    the bank"), or a relative pronoun's antecedent ("the firm, which played down X")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((g for g in agent.children if g.dep_ == "pobj"), None)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    holder = active_subject(verb)
    if holder is not None and holder.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    if holder is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return active_subject(verb.head)  # "the firm responded, playing down the reports"
    return holder


def _answered_object(verb: Token) -> Token | None:
    """What an answer answers: its object ("played down the fears"), the passive subject
    ("reports were brushed aside"), or the object of 'at'/'on'/'to' ("hit back at claims",
    "pleaded not guilty to the charges")."""
    direct = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if direct is not None:
        return direct
    heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod", "acomp", "oprd"})]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ANSWER_OBJECT_PREPOSITIONS | {"to"}:
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None

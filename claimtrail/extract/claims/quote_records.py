"""Records from quotes: each quote's attitude from its cue, its context and who speaks (an outlet
that "claims" reports, an analyst's prediction speculates, a party's accusation alleges, a
denial that only points back at "the claims" denies whatever it points to)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.answers import (
    statement_before,
    what_was_stated,
)
from claimtrail.extract.claims.attitudes import (
    is_refusal,
    phrasal_answer,
    withholds,
)
from claimtrail.extract.claims.claim_text import (
    own_words,
    previous_subject_name,
    stand_alone,
)
from claimtrail.extract.claims.clauses import (
    clause_content_end,
    clause_span,
    content_clause,
    cue_span,
    infinitival,
    passive_subject,
    report_subject,
)
from claimtrail.extract.claims.holders import (
    described_party,
    document_holder,
    full_outlet_name,
    is_commentator,
    is_outlet,
    is_proper_name,
    joint_parties,
    noun_holder,
    relays,
    report_holder,
    speaker_fits,
    unnamed_source,
    unresolved_pronoun,
    without_the,
)
from claimtrail.extract.claims.records import (
    Record,
    content_words,
    fold,
    is_negated_span,
    name_words,
    quote_words,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Quote, Source, Speaker
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.accusations import (
    BOUND_OBJECTS,
    BREAK_VERBS,
    COUNTER_VERBS,
    DISTORTION_WORDS,
    ENDING_NOUNS,
    FAILING_THINGS,
    INNOCENCE_WORDS,
    OUTCOME_WORDS,
    OWN_POSSESSIVES,
    PROCESS_NOUNS,
    VIRTUE_WORDS,
    WRONGDOING_PHRASES,
    WRONGDOING_PREDICATES,
)
from claimtrail.vocabulary.answers import (
    BE_FORMS,
    CLEARING_WORDS,
    DISCLOSURE_LEMMAS,
    FINDING_BODIES,
    FINDING_VERB_FORMS,
    FLAT_NEGATORS,
    NON_ANSWER_FORMS,
    OWN_SUBJECT_PRONOUNS,
    PARTIAL_TRUTH_WORDS,
    READINESS_WORDS,
    REPRESENTATIVE_WORDS,
    TRUTH_WORDS,
)
from claimtrail.vocabulary.gazetteer import ORG_NOUNS
from claimtrail.vocabulary.grammar import (
    COMMENT_VERBS,
    DEMONSTRATIVES,
    ECHO_ADVERBS,
    NEGATORS,
    PRONOUN_SUBJECTS,
)
from claimtrail.vocabulary.lexicon import (
    ACCORDING_HEADS,
    CLAIM_REFERENCE_NOUNS,
    DISMISSAL_WORDS,
    DOUBT_HEDGES,
    DOUBT_PREDICATES,
    EVIDENTIAL_VERBS,
    FORECAST_VERBS,
    LABEL_VERBS,
    NEGATED_KNOWING,
    NOT_ATTRIBUTIONS,
    PREDICTION_CUES,
    PREDICTION_MODALS,
    REFUSAL_PREFIXES,
    REPORTING_NOUNS,
    RUMOUR_NOUNS,
    WRONGDOING_WORDS,
    attitude_of,
    verb_lemma,
)
from claimtrail.vocabulary.predictions import (
    COMMITMENT_VERBS,
    FORETELLING_MODALS,
    OFFICE_WORDS,
    OUTCOME_INFINITIVES,
    PLANNING_EXPECTATIONS,
)
from claimtrail.vocabulary.press import (
    DATA_NOUNS,
    DATA_SOURCE_PREPOSITIONS,
    EVIDENCE_HEADS,
    NO_EVIDENCE_WORDS,
)
from claimtrail.vocabulary.relayers import (
    DOCUMENT_NOUNS,
    EVIDENCE_VERBS,
    FACT_PRONOUNS,
    QUESTION_SPEAKERS,
    RELAYING_PARTICIPLES,
)
from claimtrail.vocabulary.rumours import EMERGING_VERBS


def _has_modal(span: Span) -> bool:
    return any(t.lower_ in {"will", "would", "could", "might", "may", "'ll"} for t in span)


def _doubts(span: Span) -> bool:
    """The content voices doubt ("it is unclear whether X", "we don't know if X", "a front for
    somebody but not necessarily for X") rather than stating a proposition."""
    for tok in span:
        negated = any(c.dep_ == "neg" for c in tok.children) or (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"not", "n't"}
        )
        if tok.lower_ in DOUBT_HEDGES and negated:
            return True
        if tok.lower_ in NEGATED_KNOWING and negated and _asks_whether(tok):
            return True
        if tok.lower_ in DOUBT_PREDICATES and (
            _asks_whether(tok) or (tok.dep_ == "acomp" and _asks_whether(tok.head))
        ):
            return True
    return False


def _asks_whether(tok: Token) -> bool:
    """The word takes an 'if' / 'whether' clause ("know if X", "is unclear whether X")."""
    return any(
        g.lower_ in {"if", "whether"} for c in tok.children if c.dep_ == "ccomp" for g in c.children
    )


def _own_expectation(span: Span) -> bool:
    """The content is the speaker's own expectation: 'he expected X', 'they feared X' (one
    record, guidelines: a speaker's own belief), which predicts rather than states X."""
    root = span.root
    lemma = verb_lemma(root.text) if root.pos_ == "VERB" else None
    if (
        lemma is None
        or attitude_of(lemma) != "speculate"
        or any(c.dep_ == "neg" for c in root.children)
    ):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in PRONOUN_SUBJECTS and not _own_plan(root, lemma)


def _own_plan(verb: Token, lemma: str) -> bool:
    """ "it expects to cut 4,000 jobs", "they expected to complete the deal": an expectation
    whose bare infinitive is the speaker's own act is its plan (``PLANNING_EXPECTATIONS``), not
    a prediction; an infinitive with a subject of its own ("expected voters to switch"), a
    passive one ("expects to be cleared") or one naming an outcome ("expects to make a loss":
    ``OUTCOME_INFINITIVES``) stays a prediction."""
    if lemma not in PLANNING_EXPECTATIONS or any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children
    ):
        return False
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return (
        act is not None
        and act.lemma_.lower() not in OUTCOME_INFINITIVES
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in act.children)
    )


def _predicts(span: Span) -> bool:
    """The content's main verb is modal ("the bill would allow X", "it could fail")."""
    return any(c.dep_ == "aux" and c.lower_ in PREDICTION_MODALS for c in span.root.children)


def names_wrongdoing(text: str) -> bool:
    lowered = text.lower()
    return any(
        fold(w) in WRONGDOING_WORDS | WRONGDOING_PREDICATES for w in re.findall(r"[a-z]+", lowered)
    ) or any(p in lowered for p in WRONGDOING_PHRASES)


def _negated_word(tok: Token) -> bool:
    """'has not been straightforward', 'was never honest': the word or its copula is negated."""
    heads = [tok, tok.head] if tok.dep_ in {"acomp", "attr"} else [tok]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _wrong_tokens(span: Span) -> list[Token]:
    """The words of a content that name a wrong: a wrongdoing word ("lied", "propaganda"), the
    first word of a wrongdoing phrase ("turned its back on"), a negated virtue ("has not been
    straightforward"); never a word for what awaits the guilty ("would face punishments")."""
    out = [
        t
        for t in span
        if t.lower_ not in OUTCOME_WORDS
        and not _names_a_claim(t)
        and not _countered(t)
        and (
            fold(t.lower_) in WRONGDOING_WORDS | WRONGDOING_PREDICATES
            or (t.lower_ in VIRTUE_WORDS and _negated_word(t))
            or (
                t.lower_ in BREAK_VERBS
                and any(c.dep_ == "dobj" and c.lower_ in BOUND_OBJECTS for c in t.children)
            )
        )
    ]
    lowered = span.text.lower()
    for phrase in WRONGDOING_PHRASES:
        at = lowered.find(phrase)
        if at >= 0:
            first = span.doc.char_span(
                span.start_char + at, span.start_char + at + 1, alignment_mode="expand"
            )
            if first is not None:
                out.append(first[0])
    return sorted(out, key=lambda t: t.i)


def _names_a_claim(tok: Token) -> bool:
    """The wrong only names what an accusation is about ("the fraud allegations against him",
    "charges of corruption", "innocent of the fraud charges"): talk about the accusation, not
    one made by the speaker."""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ in {"compound", "amod", "pobj", "nmod"} and node.head.lower_ in (
            CLAIM_REFERENCE_NOUNS - DEMONSTRATIVES - PRONOUN_SUBJECTS - {"them"}
        ):
            return True
        if node.dep_ in {"compound", "amod"} and node.head.lower_ in PROCESS_NOUNS:
            return True  # "criminal proceedings", "the fraud trial": no wrong of anyone's
        node = node.head
    return False


def _countered(tok: Token) -> bool:
    """The wrong is what someone acts against ("help fight crime and illegal immigration",
    "plans for tackling immigration abuse", "vowed to stamp out corruption"), not a wrong
    anyone is said to do."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ not in {"dobj", "pobj", "conj", "amod", "compound", "prep", "prt", "relcl"}:
            return False  # "relcl": "jail parents who breach contact orders"
        if node.dep_ == "prep" and node.lower_ == "to" and _ends(node.head):
            return True  # "putting an end to illegal conduct", "a stop to the abuse"
        node = node.head
        if node.lower_ in COUNTER_VERBS:
            return True
    return False


def _ends(head: Token) -> bool:
    """'an end' or a verb whose object is 'an end' ("put an end to X")."""
    return head.lower_ in ENDING_NOUNS or any(
        c.dep_ == "dobj" and c.lower_ in ENDING_NOUNS for c in head.children
    )


def _clears_by_innocence(span: Span) -> bool:
    """The content says someone is innocent ("insists he is innocent", "said his client was
    blameless"): a denial of the wrong he is accused of."""
    return any(
        t.lower_ in INNOCENCE_WORDS and t.dep_ in {"acomp", "attr"} and not _negated_word(t)
        for t in span
    )


def _clause_of(tok: Token, span: Span) -> Token | None:
    """The nearest verb at or above a word, inside the content, that has a subject of its own
    ('he lied' for 'lied', 'corruption has cost' for 'corruption', 'there was no conflict')."""
    node = tok
    while span.start <= node.i < span.end:
        if node.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in node.children
        ):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# How a word of wrong may hang on its clause's verb and still be what the subject did ("he
# lied", "he was dishonest", "they committed fraud"), not a wrong named in passing ("took
# action for wrongful dismissal": somebody else's).
PREDICATE_OF_SUBJECT = frozenset({"acomp", "attr", "dobj", "xcomp", "advmod", "oprd"})


def wrong_doer(
    span: Span, speaker: Source, entities: EntityTable, direct: bool
) -> tuple[str, bool] | None:
    """Who a content says did a wrong (guidelines B, allege: an accusation of wrongdoing):
    ("self", negated) when the wrongdoer is the speaker ("he said he lied to the board",
    "'I was lying'", "said he had not misled anyone"), ("person", negated) when it is another
    person ("he's not criminally responsible"), ("other", negated) for any other party ("the
    leadership had gone AWOL", "ministers were misled": the unnamed agent),
    ("prediction", False) when the wrong is only foreseen ("the bill would encourage
    corruption"); None when the content names no wrong."""
    for tok in _wrong_tokens(span):
        clause = _clause_of(tok, span)
        if clause is None:
            return ("other", False)
        if any(c.dep_ == "aux" and c.lower_ in PREDICTION_MODALS for c in clause.children) or any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in clause.children
        ):
            if any(span.start <= a.i < span.end and verb_lemma(a.text) for a in clause.ancestors):
                return None  # "she had warned X that faking the ledger would be the last resort"
            return ("prediction", False)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if tok.i == clause.i and subject is not None and subject.lower_ in FAILING_THINGS:
            continue  # "the negotiations failed": nobody's wrong
        if (
            tok.lower_ in DISTORTION_WORDS
            and subject is not None
            and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children)
        ):
            return ("own words", False)  # "his comments had been distorted": a denial
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None)
        negated = tok.lower_ not in VIRTUE_WORDS and (
            any(c.dep_ == "neg" for c in clause.children)
            or _negated_word(tok)  # "are not racist", whatever the parse made the clause
            or any(c.lower_ in {"no", "nothing"} for c in tok.children)
            # "no cover-up": the determiner sits on the compound's head
            or (tok.dep_ == "compound" and any(c.lower_ == "no" for c in tok.head.children))
        )
        if subject is None:  # "we were misled": the speaker suffers the wrong
            return ("other", negated)
        pronoun = subject.lower_
        first = next((t for t in span if not t.is_punct and t.lower_ != "that"), None)
        done = tok.i == clause.i or (tok.head.i == clause.i and tok.dep_ in PREDICATE_OF_SUBJECT)
        own = done and (
            (pronoun in {"i", "we"} and direct)
            or (
                pronoun in {"he", "she", "it", "they"}
                and not direct
                and first is not None
                and first.i == subject.i
                and speaker_fits(pronoun, speaker, entities, span.doc)
            )
        )
        if own:
            return ("self", negated)
        person = pronoun in {"he", "she", "i", "we"} or subject.ent_type_ == "PERSON"
        return ("person" if person else "other", negated)
    return None


# -- records from quotes ----------------------------------------------------------------------


def quote_records(doc: Doc, quotes: list[Quote], entities: EntityTable) -> list[Record]:
    out: list[Record] = []
    kept: list[Quote] = []  # the quote each record of ``out`` was read from
    last_by_speaker: dict[str, str] = {}
    outlets: dict[str, str | None] = {}  # outlets named as sources so far: name → entity id
    press = [  # outlets named as a report's holder anywhere: (offset, name)
        (tok.idx, holder.name)
        for tok in doc
        if tok.pos_ == "NOUN" and RUMOUR_NOUNS.get(tok.lower_) == "report"
        for holder in [report_holder(doc, tok.idx, tok.idx + len(tok.text), entities)]
        if holder is not None and is_proper_name(holder.name)
    ]
    for q in split_coordinated(doc, quotes):
        sp = q.speaker
        if sp is not None:
            for at, named in press:  # "where the reports in the Sunday Times and … came from"
                if sp.start is not None and at < sp.start and named not in outlets:
                    outlets[named] = None
            sp = described_party(sp, outlets, entities)
            fuller = next(
                (
                    n
                    for n, e in outlets.items()
                    if e and e == sp.entity_id and len(n) > len(sp.name or "")
                ),
                None,
            )  # "the report added" after "the Sunday Telegraph reported": the name used there
            sp = sp.model_copy(update={"name": fuller}) if fuller else sp
            if is_outlet(sp.name or "", sp.mention):
                outlets[sp.name or ""] = sp.entity_id
        if (
            sp is not None
            and unnamed_source((sp.mention or "").split())
            and not unnamed_source((sp.name or "").split())
        ):  # "sources close to Acme said": the unnamed sources, not Acme (guidelines A)
            sp = sp.model_copy(update={"name": without_the(sp.mention or ""), "entity_id": None})
        if sp is not None and not sp.entity_id and (sp.name or "").lower() == "they":
            group = _plural_antecedent(doc, sp.start)  # "attacked tabloids after they reported"
            sp = sp.model_copy(update={"name": group}) if group else sp
        outlet_report = report_holder(doc, sp.start, sp.end, entities) if sp else None
        if sp is not None and outlet_report is not None:  # "Reports in the Sunday Times said"
            sp = sp.model_copy(
                update={"name": outlet_report.name, "entity_id": outlet_report.entity_id}
            )
            outlets[outlet_report.name] = outlet_report.entity_id
        relayed = _unheld_report_speaker(doc, sp, q) if outlet_report is None else None
        if relayed is not None:  # "press reports suggest C", "C, UK media reports say"
            q = _without_trailing_holder(doc, q)
        sp = unresolved_pronoun(sp, out, entities, doc)  # "The office said X. It added Y"
        sp = joint_parties(sp, doc, entities)  # "A and B welcomed it … the companies said"
        held = _data_holder_name(sp)
        if held is None:
            held = _document_holder_name(doc, sp, entities)
        if held is not None:  # "a study suggests C": data is no party (guidelines A)
            relayed = "report"  # whoever's data it is reports what it shows
            sp = sp.model_copy(update={"name": held, "entity_id": None}) if held and sp else None
        name = without_the((sp.name if sp else None) or UNATTRIBUTED)
        role = " ".join(x for x in (sp.role, sp.mention, _descriptor(doc, sp)) if x) if sp else None
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not q.text.strip():
            continue
        lemma = verb_lemma(q.cue.text.split()[-1]) if q.cue and q.cue.text.split() else None
        evidential = _agentless_evidential(doc, q)
        cue_word = q.cue.text.split()[0].lower() if q.cue and q.cue.text.split() else ""
        if lemma in NOT_ATTRIBUTIONS or cue_word.startswith(REFUSAL_PREFIXES):
            continue  # "refused to confirm": a refusal is not an attribution
        cue_root = cue_span(doc, q)
        if cue_root is not None and is_refusal(cue_root.root):
            continue  # "a spokesman would not comment on speculation"
        if _declines_comment(span):
            continue  # "said it did not comment on speculation": a refusal in reported words
        if cue_root is not None and not_a_party(doc, q, cue_root.root):
            continue  # "Who would have thought C?", "…, which would imply C": nobody holds C
        if cue_word in CLAIM_REFERENCE_NOUNS and is_dismissal_label(q.text):
            continue  # "March poll claim 'speculation'": a label for the claim, held by nobody
        evidence = _evidence_phrase(cue_root.root) if cue_root is not None else None
        if evidence == "none":
            continue  # "is there anything to suggest C?": nobody says C
        rumour = _unheld_rumour(doc, q)
        if evidential is not None:
            name, role, attitude = UNATTRIBUTED, None, evidential
            sp = None
        elif rumour is not None:  # "amid reports that C": nobody named holds the reports
            name, role, attitude = UNATTRIBUTED, None, rumour
            sp = None
        elif relayed is not None:
            attitude = relayed
        elif q.cue is None:
            attitude = last_by_speaker.get(name, "assert")
            if attitude in {"assert", "allege"} and relays(name, role):
                attitude = "report"  # "Acme 'to cut 500 jobs'", the paper reported: it relays
            elif attitude in {"assert", "allege"}:
                # a continuation accuses only by its own words ('"While Acme has turned its back
                # on us, I shall not," he said. "I will be standing again."': no accusation)
                attitude = _wrong_attitude(
                    "assert", span, sp, entities, q.kind == "direct", is_commentator(name, role)
                )
        else:
            negated = bool(
                cue_root is not None and any(c.dep_ == "neg" for c in cue_root.root.children)
            )
            attitude = quote_attitude(
                lemma,
                negated,
                name,
                role,
                span,
                q.text,
                q.cue.text,
                (sp.organization or "") if sp else "",
            )
            phrasal = phrasal_answer(cue_root.root) if cue_root is not None else None
            if phrasal is not None and attitude == "assert":
                attitude = phrasal  # "played down reports that C": the particle is no verb
            noun = REPORTING_NOUNS.get(cue_word.split("'")[0]) if lemma is None else None
            if noun in {"confirm", "deny"} and attitude == "assert":
                attitude = noun  # "Acme's confirmation that C", "his denial that C"
            voiced = _voiced_attitude(cue_root.root) if cue_root is not None else None
            if voiced is not None and attitude == "assert":
                attitude = voiced  # "expressed fears that C", "voiced doubts that C"
            if outlet_report is not None and attitude in {"assert", "speculate", "allege"}:
                attitude = "report"  # what reports in a paper say, the paper reports
            if cue_root is not None and attitude in {"assert", "allege"} and _cites(cue_root.root):
                attitude = "report"  # "the Ledger, citing people close to the talks, said C"
            if attitude == "allege" and is_negated_span(span) and lemma not in {"accuse", "charge"}:
                attitude = "assert"  # "said there was no conflict of interest" accuses nobody
            if attitude_of(lemma, negated) == "assert" and attitude in {"assert", "allege"}:
                attitude = _wrong_attitude(
                    attitude, span, sp, entities, q.kind == "direct", is_commentator(name, role)
                )
            answer = _answer_in_words(span, cue_root.root if cue_root is not None else None)
            if answer is not None and attitude in {"assert", "allege"}:
                attitude = answer  # '"We can confirm we are in talks," he said', "…, confirming X"
            if evidence == "contest":
                attitude = "contest"  # "he was unaware of anything to suggest C": disputes C
            made = _made_allegation(cue_root.root) if cue_root is not None else False
            if made and attitude == "assert":
                attitude = "allege"  # "X has made allegations that C": its maker alleges C
        unaware = attitude == "assert" and _unaware_of_any(span)
        if unaware:
            attitude = "contest"  # "said it was not aware of any approach": disputes, not flat
        rebuttal = attitude in {"assert", "report"} and _rebuts_by_reference(span)
        if rebuttal:
            attitude = "contest"  # "this would not result in job losses": disputes, not flat
        official = cue_root is not None and _official_finding(cue_root.root, name, role)
        if official:
            attitude = "confirm"  # "the court ruled that C": a finding (against C if negated)
        answered = not official and (
            _clears(span) or (cue_root is not None and _labels_false(cue_root.root, q.text))
        )
        if answered:
            attitude = "deny"  # "said it had done nothing wrong", "called the claims false"
        if attitude == "assert" and _flat_never(span, name, role):
            attitude = "deny"  # "we have never made a loss", "he never met X, his lawyer said"
        last_by_speaker[name] = attitude if attitude not in {"deny", "contest"} else "assert"
        source = full_outlet_name(
            Source(
                name=name,
                entity_id=sp.entity_id if sp else None,
                start=sp.start if sp else None,
                end=sp.end if sp else None,
            ),
            entities,
        )
        name = source.name
        commentator = is_commentator(name, role)
        text, extra = q.text, set()
        if evidential is not None and q.cue is not None:
            subject = passive_subject(doc, q.cue.start, q.cue.end)
            expletive = subject is not None and subject.text.lower() == "it"
            if subject is not None and not expletive and not q.start <= subject.start_char < q.end:
                # "The band is set to tour": the band the sentence before names
                pointed = previous_subject_name(subject.root, entities)
                written = pointed if pointed and subject.start == subject.root.left_edge.i else None
                text = f"{written or subject.text} {re.sub(r'^to ', '', q.text.strip())}"
                extra = content_words(doc, subject.start_char, subject.end_char)
        dismissed = _dismissed_content(span) if attitude == "deny" else None
        voice = source
        if dismissed is not None:
            # "Reports that she would quit were untrue": the reports' content is the
            # claim denied, and its "she" is whom the reports are about, not the spokesman
            content = text_of(doc)[dismissed[0] : dismissed[1]]
            voice = Source(name=UNATTRIBUTED)  # the reports' words, not the speaker's
            text = stand_alone(content, doc, dismissed[0], voice, entities)
            if re.match(r"(?i)^(?:he|she)\b", text):
                voice = source  # nobody named before it can be: the speaker's own "she"
            extra = content_words(doc, *dismissed)
        if attitude in {"deny", "confirm"} and _points_back_by_subject(span):
            extra |= _previous_sentence_words(doc, span)
        before = statement_before(span.sent) if _bare_demonstrative(span) else None
        if before is not None and attitude in {"deny", "confirm", "contest"}:
            # "Globex sold X. Globex has denied this": it denies what the sentence before says
            # (what it reports, if it reports something: "Acme admitted that X. Y denied this")
            text = what_was_stated(doc, before, quotes)
            extra |= content_words(doc, *before)
        if q.kind == "direct" and text is q.text:
            text = own_words(doc, q.start, q.text, source, entities, quotes)
        kept.append(q)
        out.append(
            Record(
                start=dismissed[0] if dismissed else q.start,
                end=dismissed[1] if dismissed else q.end,
                text=stand_alone(text, doc, q.start, voice, entities, attitude == "allege"),
                attitude=attitude,
                source=source,
                cue=q.cue,
                hedged=attitude == "speculate",
                quote_id=q.id,
                negated=is_negated_span(span),
                reference=(_dismisses_a_claim(span) and dismissed is None)
                or (_only_points_back(span) and before is None)
                or rebuttal
                or unaware
                or answered,
                standing=has_standing(name, attitude, commentator or relays(name, role)),
                words=frozenset(
                    quote_words(doc, q)
                    | (_speaker_words(q, source, entities) if attitude != "allege" else set())
                    | extra
                ),
                source_words=name_words(name),
                quote_kind=q.kind,
                sentence=span.sent.start_char,
                kind="finding"
                if official
                else "evidential"
                if evidential is not None
                else "accusation"
                if lemma in {"accuse", "charge"}
                else "rumour"
                if rumour or relayed
                else "rebuttal"
                if rebuttal
                else "dismissal"
                if dismissed
                else "quote",
                founds=evidential is not None
                or rumour is not None
                or relayed is not None
                or lemma in {"accuse", "charge"}
                or (name != UNATTRIBUTED and any(t.pos_ in {"VERB", "AUX"} for t in span)),
            )
        )
    for record, q in zip(out, kept, strict=True):
        if record.reference:
            record.context = frozenset(sentence_context(doc, record.start, record.end))
            cue_root = cue_span(doc, q)
            record.also = cue_root is not None and echoes_earlier(cue_root.root)
    _headline_words_as_said(doc, out, kept)
    return out


def _headline_words_as_said(doc: Doc, records: list[Record], quotes: list[Quote]) -> None:
    """A headline's quoted words have no cue of their own ("Election 'could be terror
    target'"): they take the attitude with which their speaker says them in the body, the
    first later record of the same source that shares a content word, so a prediction in the
    body is not an assertion in the headline."""
    head_end = text_of(doc).find("\n")
    for record, q in zip(records, quotes, strict=True):
        if q.cue is not None or head_end < 0 or q.start >= head_end or record.attitude != "assert":
            continue
        said = next(
            (
                r
                for r in records
                if r.start >= head_end
                and r.cue is not None
                and r.source.name == record.source.name
                and r.words & record.words - record.source_words
            ),
            None,
        )
        if said is not None and said.attitude in {"speculate", "question", "allege"}:
            record.attitude = said.attitude
            record.hedged = said.attitude == "speculate"


def is_dismissal_label(text: str) -> bool:
    """A short label that calls something false ("'speculation'", "'idle speculation'",
    "'nonsense'"): the text of a headline "X claim 'speculation'", which dismisses the claim
    rather than stating one."""
    words = re.findall(r"[a-z]+", text.lower())
    return 0 < len(words) <= LABEL_MAX_WORDS and any(w in DISMISSAL_WORDS for w in words)


# The most words a dismissive label has ("'pure and idle speculation'").
LABEL_MAX_WORDS = 4


def _evidence_phrase(verb: Token) -> str | None:
    """A cue verb in an evidence phrase ("nothing to suggest C", "unaware of anything to
    suggest C", "no evidence to suggest C") is not its holder saying C: "contest" when the phrase
    is negative (the holder disputes C without a flat denial), "none" when it is open ("anything
    to suggest C" in a question), None for any other cue."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.doc[to.i - 1]
    if head.lower_ not in EVIDENCE_HEADS:
        return None
    before = verb.doc[verb.sent.start : head.i + 1]
    negative = any(t.lower_ in NEGATORS | NO_EVIDENCE_WORDS for t in before)
    return "contest" if negative else "none"


def _unaware_of_any(span: Span) -> bool:
    """The content says its subject knows of no such thing ("it was not aware of any approach",
    "they were unaware of any talks"): a dispute of the thing claimed, short of a denial."""
    root = span.root
    aware = next(
        (c for c in root.children if c.dep_ == "acomp" and c.lower_ in {"aware", "unaware"}), None
    )
    if aware is None:
        return False
    negated = aware.lower_ == "unaware" or any(
        c.dep_ == "neg" for c in (*root.children, *aware.children)
    )
    of = next((c for c in aware.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return (
        negated
        and thing is not None
        and thing.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in {"any", "such"} for d in thing.children)
    )


def echoes_earlier(verb: Token) -> bool:
    """'X also denied them', 'Y too rejected the claims': the answer repeats an earlier one."""
    return any(c.dep_ == "advmod" and c.lower_ in ECHO_ADVERBS for c in verb.children)


def sentence_context(doc: Doc, start: int, end: int) -> set[str]:
    """The content words of a record's sentence outside the record itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    return (content_words(doc, sent.start_char, start) if start > sent.start_char else set()) | (
        content_words(doc, end, sent.end_char) if sent.end_char > end else set()
    )


def _voiced_attitude(verb: Token) -> str | None:
    """The attitude a light verb's object names ("expressed fears that C": speculate, "raised
    questions about whether C": question): the noun says what kind of statement it is."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or verb_lemma(verb.text) is not None:
        return None
    attitude = REPORTING_NOUNS.get(obj.lower_)
    return attitude if attitude in {"speculate", "question", "allege"} else None


def _unheld_report_speaker(doc: Doc, speaker: Speaker | None, q: Quote) -> str | None:
    """The attitude of a speaker that is a report or rumour noun nobody named holds ("press
    reports suggest C", "C, UK media reports say", "newspaper reports claimed C"): reports relay
    (report) and rumours speculate (guidelines), whatever the verb; the source stays as written
    ("Press reports"), or unattributed when no speaker was found. A report with a named holder
    ("reports in the Sunday Times") is the outlet's."""
    noun = report_subject(doc, q) if speaker is None else None
    if speaker is not None:
        if speaker.entity_id or speaker.start is None or speaker.end is None:
            return None
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        noun = span.root if span is not None else None
    if noun is None:
        return None
    attitude = RUMOUR_NOUNS.get(noun.lower_)
    if attitude not in {"report", "speculate"} or noun_holder(noun) is not None:
        return None
    return attitude


def _without_trailing_holder(doc: Doc, q: Quote) -> Quote:
    """The quote without its cue's subject when the content ran on into it ("C, UK media
    reports" before "say")."""
    noun = report_subject(doc, q)
    if noun is None or not q.start < noun.left_edge.idx < q.end or q.segments:
        return q
    end = noun.left_edge.idx
    text = text_of(doc)[q.start : end].rstrip(" ,;:-")
    return q.model_copy(update={"end": q.start + len(text), "text": text}) if text else q


def _plural_antecedent(doc: Doc, start: int | None) -> str | None:
    """The plural noun phrase a 'they' stands for: the nearest one before it in its sentence
    ("attacked US tabloid magazines after they reported …": US tabloid magazines)."""
    if start is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    pronoun = span.root
    for tok in reversed(doc[pronoun.sent.start : pronoun.i]):
        if tok.tag_ in {"NNS", "NNPS"} and tok.dep_ in {"nsubj", "dobj", "pobj", "conj", "appos"}:
            words = [t for t in doc[tok.left_edge.i : tok.i + 1] if not t.is_punct]
            while words and words[0].lower_ in {"the", "some", "these", "those"}:
                words = words[1:]
            return " ".join(t.text for t in words) or None
    return None


def _declines_comment(span: Span) -> bool:
    """The content only says that its speaker does not comment ("it did not comment on market
    speculation", "the company never comments on rumours")."""
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]

    def negated(verb: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children)

    # "it had not read the writ and could not comment": a refusal in every part
    if any(v.lower_ in COMMENT_VERBS for v in verbs) and all(negated(v) for v in verbs):
        return True
    return _withholds(root, negated)


def _withholds(root: Token, negated: Callable[[Token], bool]) -> bool:
    """A content that only withholds an answer: a negated verb of answering with a modal
    ("she couldn't say whether C", "we can't confirm that") or carried by a word of readiness
    ("we are not going to confirm X", "was unable to say")."""

    def answering(tok: Token | None) -> bool:
        return tok is not None and (verb_lemma(tok.text) or tok.lower_) in NON_ANSWER_FORMS

    if answering(root) and negated(root):
        return any(c.tag_ == "MD" for c in root.children)
    ready = root if root.lower_ in READINESS_WORDS else None
    if ready is None and root.lower_ in BE_FORMS:  # "we are not able to say"
        ready = next(
            (c for c in root.children if c.dep_ == "acomp" and c.lower_ in READINESS_WORDS), None
        )
    if ready is None:
        return False
    said = next((c for c in ready.children if c.dep_ == "xcomp"), None)
    return answering(said) and (negated(root) or negated(ready) or ready.lower_ == "unable")


# Marks that may end the first of two coordinated clauses and belong to neither ("A, and B").
SEPARATORS = frozenset({",", ";", ":", "-", "–", "—"})


def split_coordinated(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A reported content of two clauses with subjects of their own ("the allegations were
    untrue and the woman was misusing the legal system") states two propositions."""
    out: list[Quote] = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        second = None
        if span is not None and q.kind != "direct" and not q.segments:
            second = next(
                (
                    c
                    for c in span.root.children
                    if c.dep_ == "conj"
                    and c.pos_ in {"VERB", "AUX"}
                    and c.i < span.end
                    and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                ),
                None,
            )
        if span is None or second is None:
            out.append(q)
            continue
        cut = second.left_edge
        cc = next((c for c in span.root.children if c.dep_ == "cc" and c.i < cut.i), None)
        last = (cc.i if cc is not None else cut.i) - 1
        while last > span.start and (
            doc[last].pos_ == "CCONJ" or doc[last].text in SEPARATORS or doc[last].is_space
        ):
            last -= 1  # "A and all of them B": the first ends before its "and", wherever hung
        first_end_tok = doc[last]
        first_end = first_end_tok.idx + len(first_end_tok.text)
        text = text_of(doc)
        if first_end <= q.start or cut.idx >= q.end:
            out.append(q)
            continue
        out.append(q.model_copy(update={"end": first_end, "text": text[q.start : first_end]}))
        out.append(q.model_copy(update={"start": cut.idx, "text": text[cut.idx : q.end]}))
    return out


def _agentless_evidential(doc: Doc, q: Quote) -> str | None:
    """'X is thought to have C': the parse made X the speaker of an agentless passive; the
    guidelines read it as an unattributed report (a prediction, 'is expected to', speculates).
    So is 'it emerged that C', whose 'it' is nobody."""
    cue = cue_span(doc, q)
    if cue is None:
        return None
    verb = cue.root
    expletive = any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children)
    if verb.lower_ in EMERGING_VERBS and expletive:
        return "report"  # "it emerged that C", "it transpired that C": nobody's report
    attitude = EVIDENTIAL_VERBS.get(verb.lower_)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if attitude is None or not passive or any(c.dep_ == "agent" for c in verb.children):
        return None
    return attitude


def not_a_party(doc: Doc, q: Quote, cue: Token) -> bool:
    """A speaker who is no party (guidelines A: data as a source is excluded): the asker of a
    rhetorical question ("Who would have thought that C?", "Who knew C?"), or a fact or event
    that a relative or demonstrative pronoun stands for, as the subject of a verb of evidence
    ("he had been limping since July, which would imply C", "this suggests C")."""
    sp = q.speaker
    mention = (sp.mention or sp.name or "").strip().lower() if sp is not None else ""
    if mention in QUESTION_SPEAKERS:
        sent = cue.sent
        return sent.text.rstrip().rstrip("\"'”’)").endswith("?")
    return (
        sp is not None
        and sp.entity_id is None
        and mention in FACT_PRONOUNS
        and (verb_lemma(cue.text) in EVIDENCE_VERBS or cue.lemma_ in EVIDENCE_VERBS)
    )


def _unheld_rumour(doc: Doc, q: Quote) -> str | None:
    """The attitude of a report or rumour noun that nobody named holds ("amid reports that C",
    "rumours he was starting C"), else None."""
    cue = cue_span(doc, q)
    if cue is None or (cue.root.pos_ != "NOUN" and q.speaker is not None):
        return None  # "reports" tagged as a verb still names a report when nobody speaks
    noun = cue.root
    if q.speaker is not None and q.speaker.end is not None and q.speaker.end <= noun.idx:
        if not text_of(doc)[q.speaker.end : noun.idx].strip():
            return None  # "C, local press reports": the verb tagged a noun, its subject speaks
    # "a recent rumour claims that C" (the verb's subject, or read as a compound noun): the
    # rumour's, not an accusation
    rumour = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"nsubj", "compound"}
            and RUMOUR_NOUNS.get(c.lower_) in {"speculate", "report"}
        ),
        None,
    )
    noun = rumour if rumour is not None else noun
    attitude = RUMOUR_NOUNS.get(noun.lower_)
    return attitude if attitude is not None and noun_holder(noun) is None else None


def quote_attitude(
    lemma: str | None,
    negated: bool,
    name: str,
    role: str | None,
    span: Span,
    text: str,
    cue: str = "",
    own: str = "",
) -> str:
    if cue.split()[:1] and cue.split()[0].lower() in ACCORDING_HEADS:
        if _dismisses_a_claim(span) or _flat_never(span, name, role):
            return "deny"  # "the rumour is untrue / X never did it, according to the firm"
        return "report"  # "according to X": X relays it (guidelines)
    if lemma == "quote" and not is_outlet(name, role):
        lemma = "say"  # "Reuters quoted one trader as saying C": the trader says C (guidelines)
    attitude = attitude_of(lemma, negated) if lemma else "assert"
    if _dismisses_a_claim(span):
        return "deny"  # "said the claims were untrue", "the reports had no merit"
    if relays(name, role) and attitude in {"assert", "allege"}:
        return "report"  # a newspaper, an article or unnamed sources "claimed"/"said": relayed
    if (
        attitude == "report"
        and lemma in DISCLOSURE_LEMMAS
        and name != UNATTRIBUTED
        and not relays(name, role)
    ):
        # "Acme revealed that it would open 20 stores": a party discloses its own plan or act
        # first-hand; what else a name reveals stays a report (an outlet the vocabulary does
        # not know reveals too)
        return "confirm" if _of_itself(span, name, role) else attitude
    if attitude == "assert" and _doubts(span):
        return "question"  # "we don't know if it is linked to X", "not necessarily X"
    if attitude == "assert" and _own_expectation(span):
        return "speculate"  # "told the paper he expected X": the speaker's own prediction
    if attitude in {"allege", "assert"} and lemma in PREDICTION_CUES and _predicts(span):
        return "speculate"  # "claimed the bill would encourage corruption": a prediction
    if attitude == "allege" and not names_wrongdoing(text) and lemma == "claim":
        return "assert"  # "claimed that other magazines were approached": a party's position
    if attitude == "assert" and names_wrongdoing(text) and not is_commentator(name, role):
        return "allege"  # a party saying another did wrong accuses it
    if attitude == "assert" and _has_modal(span):
        if is_commentator(name, role) or lemma in FORECAST_VERBS:
            return "speculate"  # an analyst's prediction, a warning of what could happen
        if lemma not in COMMITMENT_VERBS and _predicts_of_another(span, name, role, own):
            return "speculate"  # "the Treasury said growth would slow": a prediction
    return attitude


def _predicts_of_another(span: Span, name: str, role: str | None, own: str) -> bool:
    """The content foretells what will happen to things in general ("growth would slow",
    "viewers will be able to X", "rivals may follow"), not the speaker's own plan: a future
    modal on an active main verb whose subject is a common noun phrase that shares no word with
    the speaker's name, role or body and is not a thing in hand, said by no office holder or
    public body (whose word on what will happen is often their decision). Left as assertions:
    a named party ("Acme will keep its staff", often told by its own insider), a pronoun (which
    may be the speaker), a dummy or existential subject (an evaluation: "it would be a shame"), a
    passive ("staff would be moved"), and a subject that is the speaker's or the matter in
    hand ("its process would continue", "the deal would go ahead", "these products will X")."""
    root = span.root
    if root.pos_ not in {"VERB", "AUX"} or not any(
        c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS for c in root.children
    ):
        return False
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "auxpass" for c in root.children):
        return False
    if any(t.dep_ == "poss" and t.tag_ == "PRP$" for t in subject.subtree):
        return False
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if determiners & {"this", "these", "that", "those"} or (
        "the" in determiners and subject.tag_ == "NN"
    ):
        return False
    said = {w for w in re.findall(r"[a-z]+", f"{name} {role or ''} {own}".lower()) if len(w) > 1}
    if said & OFFICE_WORDS:
        return False
    told = {t.lower_ for t in subject.subtree if t.is_alpha}
    return not {w for w in said if len(w) > 2} & told


def _data_holder_name(speaker: Speaker | None) -> str | None:
    """For a speaker that is data ("a study", "new figures", "a survey by Acme"): the party
    named as its author ("Acme"), "" when none is, None when the speaker is not data."""
    if speaker is None or speaker.entity_id:
        return None
    words = (speaker.name or "").split()
    head = next((i for i, w in enumerate(words[:4]) if w.lower().strip(",") in DATA_NOUNS), None)
    if head is None or any(w[:1].isupper() for w in words[1:head]):
        return None  # "Acme Research Index", a name
    rest = words[head + 1 :]
    if rest and rest[0].lower() in DATA_SOURCE_PREPOSITIONS and len(rest) > 1:
        return without_the(" ".join(rest[1:]))
    return "" if not rest else None


def _document_holder_name(doc: Doc, speaker: Speaker | None, entities: EntityTable) -> str | None:
    """For a speaker that is documents ("Documents seen by the Ledger show that C"): the party
    that saw or holds them, who reports what they show ("" when none is named); None when the
    speaker is no documents."""
    if speaker is None or speaker.entity_id or speaker.start is None or speaker.end is None:
        return None
    words = (speaker.name or "").lower().split()
    if not words or words[-1] not in DOCUMENT_NOUNS:
        return None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    holder = document_holder(span.root) if span is not None else None
    if holder is None:
        return ""
    hit = entities.at(holder.idx, holder.idx + len(holder.text))
    if hit is not None:
        return hit[1].name
    return without_the(" ".join(t.text for t in holder.subtree if not t.is_punct))


def _descriptor(doc: Doc, speaker: Speaker) -> str | None:
    """The common nouns written just before a speaker's name that describe it ("the rumour
    site Soupleaks", "celebrity blog Acmewatch"): words its mention may leave out."""
    if speaker.start is None:
        return None
    span = doc.char_span(speaker.start, speaker.end or speaker.start, alignment_mode="expand")
    if span is None:
        return None
    words: list[str] = []
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in {"NOUN", "ADJ"} and len(words) < 3:
        words.insert(0, doc[i].lower_)
        i -= 1
    return " ".join(words) or None


def _made_allegation(verb: Token) -> bool:
    """The cue is a light verb whose object is an accusation noun ("made / repeated / levelled
    allegations that C"): the speaker makes the accusation (guidelines: allege)."""
    return any(
        c.dep_ == "dobj" and RUMOUR_NOUNS.get(c.lower_) == "allege" and c.lower_ != "claims"
        for c in verb.children
    )


def _cites(verb: Token) -> bool:
    """The speaking verb carries a participle naming whom the speaker relays ("X, citing
    sources, said C", "quoting officials")."""
    return any(
        c.lower_ in RELAYING_PARTICIPLES and c.dep_ in {"advcl", "xcomp", "conj", "acl"}
        for t in (verb, *(c for c in verb.children if c.dep_ == "nsubj"))
        for c in t.children
    )


def _flat_never(span: Span, name: str, role: str | None) -> bool:
    """The content is its subject's flat denial: 'never' on its main verb, and the subject is
    the speaker ("we have never …", "it has never …", "the firm has never …", a name of its
    own) or, for a representative (a lawyer, a spokeswoman), a named principal. A comparison
    ("has never been better") affirms and a modal ("we will never know") denies no fact:
    neither is one."""
    root = span.root
    if not any(c.lower_ in FLAT_NEGATORS and c.dep_ in {"neg", "advmod"} for c in root.children):
        return False
    if any(t.tag_ in {"JJR", "RBR"} for t in root.subtree):
        return False
    if any(c.tag_ == "MD" for c in root.children):
        return False  # "we will never know", "it would never work": no fact denied
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if _of_itself(span, name, role):
        return True
    speaker_words = set(re.findall(r"[a-z]+", f"{name} {role or ''}".lower()))
    return subject.pos_ == "PROPN" and bool(speaker_words & REPRESENTATIVE_WORDS)


def _of_itself(span: Span, name: str, role: str | None = None) -> bool:
    """The content speaks of its speaker: its subject is a pronoun ("revealed it would C"), the
    speaker's own kind of body ("the firm would C"), or shares a word of its name. A
    commentator's or a relaying source's "it" or "the firm" is somebody else."""
    if is_commentator(name, role) or relays(name, role):
        return False
    subject = next((c for c in span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.lower_ in OWN_SUBJECT_PRONOUNS:
        return True
    own_body = subject.lower_ in ORG_NOUNS and any(
        c.lower_ in {"the", "its", "our"} for c in subject.children
    )
    named = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    return own_body or bool(named & set(name.lower().split()))


def _answer_in_words(span: Span, cue: Token | None) -> str | None:
    """A saying that is itself a confirmation or a denial: the content opens with the
    speaker's own verb of answering ('"We can confirm that we are in talks"', '"I deny that
    entirely"'), or the cue carries a participle of one ("said it had agreed the deal,
    confirming weeks of speculation")."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.lower_ in {"i", "we"}
        and root.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "neg" for c in root.children)
        and any(c.dep_ in {"ccomp", "dobj"} for c in root.children)
    ):
        said = attitude_of(verb_lemma(root.text))
        if said in {"confirm", "deny"}:
            return said
    around = [*(cue.children if cue is not None else ()), *root.subtree]
    for c in around:
        if (
            c.dep_ in {"advcl", "xcomp", "conj"}
            and c.tag_ == "VBG"
            and not span.start <= c.i < span.end
            and (cue is None or c.i > cue.i)
        ):
            lemma = verb_lemma(c.text)
            attitude = attitude_of(lemma) if lemma else None
            own_content = any(t.dep_ in {"ccomp", "acl", "relcl"} for t in c.subtree if t.i != c.i)
            if (
                attitude == "confirm"
                and not own_content
                and not any(g.dep_ == "neg" for g in c.children)
            ):
                return attitude  # confirming what it says, not a content of its own
    return None


def _wrong_attitude(
    attitude: str,
    span: Span,
    speaker: Speaker | None,
    entities: EntityTable,
    direct: bool,
    commentator: bool,
) -> str:
    """A plain saying whose content names a wrong, by who did it: another party's wrong is an
    accusation ("said UKIP had turned its back on the voters": allege), the speaker's own an
    admission ("said he lied to the board": confirm) or, negated, a denial ("said he had not
    misled anyone": deny); a foreseen wrong is a prediction ("the bill would encourage
    corruption": speculate). A commentator's evaluation stays an assertion."""
    source = Source(
        name=(speaker.name if speaker else None) or UNATTRIBUTED,
        entity_id=speaker.entity_id if speaker else None,
        start=speaker.start if speaker else None,
        end=speaker.end if speaker else None,
    )
    if _clears_by_innocence(span):
        return "deny"  # "insists he is innocent of the charges"
    doer = wrong_doer(span, source, entities, direct)
    if doer is None:  # the wrongdoing word only names an outcome ("would face punishments")
        return "assert" if attitude == "allege" else attitude
    who, negated = doer
    if who == "own words":
        return "deny"
    if who == "self":
        return "deny" if negated else "confirm"
    if who == "prediction":
        return "speculate" if attitude == "allege" else attitude
    if negated and who == "person":
        return "deny"  # "he's not criminally responsible": calls the accusation false
    if negated or commentator:
        return "assert" if attitude == "allege" and negated else attitude
    return "allege"


def _official_finding(verb: Token, name: str, role: str | None) -> bool:
    """'The High Court ruled that C', 'an inquiry found that C': a finding verb whose speaker
    is a court, jury, tribunal, inquiry or regulator (guidelines C: official findings)."""
    if FINDING_VERB_FORMS.get(verb.lower_) is None:
        return False
    if any(c.lower_ == "out" for c in verb.children):
        return False  # "ruled out": a denial
    words = re.findall(r"[a-z]+", f"{name} {role or ''}".lower())
    return any(w in FINDING_BODIES for w in words[-3:])


def _clears(span: Span) -> bool:
    """The content clears a party of wrongdoing: it is negated and names the wrong ("it had done
    nothing wrong", "there was no wrongdoing", "he had not acted illegally")."""
    return is_negated_span(span) and any(t.lower_ in CLEARING_WORDS for t in span)


def _labels_false(verb: Token, text: str) -> bool:
    """'called the claims "totally false"', 'described the reports as nonsense': a labelling verb
    whose object is a claim and whose label calls it false."""
    if verb_lemma(verb.text) not in LABEL_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in CLAIM_REFERENCE_NOUNS - {"that", "this", "it"}:
        return False
    return any(w in DISMISSAL_WORDS for w in re.findall(r"[a-z]+", text.lower()))


def _only_points_back(span: Span) -> bool:
    """The content is only a noun phrase for a claim ("denied the allegations")."""
    words = [t for t in span if not t.is_punct]
    return (
        0 < len(words) <= 4
        and span.root.lower_ in CLAIM_REFERENCE_NOUNS
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def _points_back_by_subject(span: Span) -> bool:
    """The content's subject is a bare demonstrative ("denied that this was its fault",
    "confirmed that this had happened"): the denial or confirmation answers what the
    sentence before said, which the demonstrative stands for."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lower_ in DEMONSTRATIVES and not list(subject.children)


def _bare_demonstrative(span: Span) -> bool:
    """The content is only "this" or "that" ("denied this")."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) == 1 and words[0].lower_ in DEMONSTRATIVES


def _previous_sentence_words(doc: Doc, span: Span) -> set[str]:
    """The content words of the sentence before the span's: what a demonstrative subject
    stands for ("Acme's figures showed X. The firm denied that this was its fault")."""
    first = span.sent.start
    if first == 0:
        return set()
    previous = doc[first - 1].sent
    return content_words(doc, previous.start_char, previous.end_char)


def _rebuts_by_reference(span: Span) -> bool:
    """The content is a negated statement about what was said before, named only by a
    demonstrative ("this would not result in large-scale redundancies", "that was not the
    plan"): it disputes the claim it points at without calling it false."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.lower_ in DEMONSTRATIVES
        and not list(subject.children)
        and is_negated_span(span)
    )


# Dependents of a clause's root that belong to what it predicates ("was untrue", "had no
# merit", "was pure speculation"), not its setting ("after weeks of speculation").
PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "dobj", "neg", "xcomp", "advmod"})


def _judges_a_deed(root: Token) -> bool:
    """ "it is wrong to deny people X", "it would be nonsense to close the plant": the "it"
    stands for an infinitive after the predicate, a deed judged, not a claim called false; an
    infinitive of saying or thinking ("it is wrong to say that C") still dismisses what is said
    (a verb of saying with a recipient and a thing, "deny people X", withholds: a deed)."""
    holders = [root, *(c for c in root.children if c.dep_ in {"acomp", "attr"})]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "xcomp" or not any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children
            ):
                continue
            if verb_lemma(c.text) is None or withholds(c):
                return True
    return False


def _dismisses_a_claim(span: Span) -> bool:
    """The content calls a claim false: its subject only points back at a claim ("the claims",
    "the reports", "it") and its predicate dismisses ("untrue", "nonsense", "had no merit")."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in CLAIM_REFERENCE_NOUNS - {"that", "this"}:
        return False
    if subject.lower_ == "it" and _judges_a_deed(root):
        return False  # "it is wrong to deny shoppers the late hours": a deed judged
    # the predicate only: "it has received an approach after weeks of speculation" dismisses
    # nothing
    # nor what a participle of saying adds ("it had agreed the deal, confirming weeks of
    # speculation")
    aside = {
        t.i
        for t in root.subtree
        if t.tag_ == "VBG" and t.dep_ == "advcl" and verb_lemma(t.text)
        for t in t.subtree
    }
    predicate = [
        root,
        *(t for c in root.children if c.dep_ in PREDICATE_DEPS for t in c.subtree),
    ]
    predicate += [  # "the claims were without merit"
        t for c in root.children if c.dep_ == "prep" and c.lower_ == "without" for t in c.subtree
    ]
    predicate = [t for t in predicate if t.i not in aside]
    words = {t.lower_ for t in predicate if t.i > subject.i}
    negated = bool(words & {"no", "not", "n't"})
    lacking = negated or "without" in words  # "were without merit"
    return (
        bool(words & DISMISSAL_WORDS)
        or (lacking and bool(words & {"merit", "truth", "basis", "foundation"}))
        or (negated and bool(words & TRUTH_WORDS) and not words & PARTIAL_TRUTH_WORDS)
    )


def _dismissed_content(span: Span) -> tuple[int, int] | None:
    """Where the claim lies that a dismissal's subject states ("Reports that she would quit
    were untrue": "she would quit"); None when the subject only points back ("the claims")."""
    if not _dismisses_a_claim(span):
        return None
    subject = next((c for c in span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    clause = content_clause(subject) if subject is not None else None
    if subject is None or clause is None or infinitival(clause):
        return None
    start, end = clause_span(clause)
    return start, clause_content_end(subject, clause, end)


def _speaker_words(q: Quote, source: Source, entities: EntityTable) -> set[str]:
    """A content whose subject is a pronoun for the speaker ("denied that it is behind X",
    "we have ...") is about the speaker; "it" from a person ("It is a front for somebody") is
    not."""
    first = q.text.strip().lower().split()[:2]
    if first[:1] == ["that"]:
        first = first[1:]
    if not first or first[0] not in PRONOUN_SUBJECTS:
        return set()
    if first[0] in {"we", "i"} or speaker_fits(first[0], source, entities):
        return set(name_words(source.name))
    return set()

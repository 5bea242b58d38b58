"""Attributed propositions: every place an article says that someone holds, reports, denies or
rumours a proposition, before they are grouped into claims.

A record comes from
- a quote (direct, indirect, mixed or partial), with its speaker and cue;
- a reporting noun with a content clause and no named speaker ("amid reports that C",
  "rumours he was starting C", "speculation that C"), an unattributed report or rumour;
- an accusation ("X has been accused of C", "accusations of C"): an allegation;
- an agentless evidential ("X is thought / understood / reported to C", "reportedly C"): an
  unattributed report (predictions such as "is expected to" are speculation);
- a denial whose object only points back ("denied the claims", "dismissed the reports",
  "rejected the allegations", "denied wrongdoing"): a denial of whatever claim it points to.

Each record's attitude comes from its cue and who holds it: an outlet that "claims" reports, an
analyst's prediction speculates, a party's accusation alleges. ``words`` (folded content words)
and ``negated`` (the content's polarity) let ``claim_groups`` join records about one proposition.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.attitudes import (
    HOLDER_ENTITY_TYPES,
    PLACE_ENTITY_TYPES,
    decides,
    fullest_outlet_name,
    holder_source,
    is_refusal,
    modifier_holder,
    phrasal_answer,
    plea,
)
from claimtrail.extract.speakers.entities import EntityTable
from claimtrail.models import Attitude, Attribution, Cue, Quote, Source, Speaker
from claimtrail.parse.text import text_of
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.accusations import (
    BOUND_OBJECTS,
    BREAK_VERBS,
    COUNTER_VERBS,
    CRITICISM_NOUNS,
    CRITICISM_PREPOSITION,
    CRITICISM_VERBS,
    DISTORTION_WORDS,
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
    ANSWER_OBJECT_PREPOSITIONS,
    CLEARING_WORDS,
    DISPUTABLE_NOUNS,
    FINDING_BODIES,
    FINDING_VERB_FORMS,
    HOLDER_MODIFIERS,
    PHRASAL_VERB_FORMS,
    PLEA_FORMS,
)
from claimtrail.vocabulary.concessions import CONCESSION_LEMMAS
from claimtrail.vocabulary.gazetteer import ORG_NOUNS, SPOKES_NOUNS
from claimtrail.vocabulary.grammar import (
    AUTHOR_WORDS,
    COMMENT_VERBS,
    DEMONSTRATIVES,
    DUMMY_IT_VERBS,
    ECHO_ADVERBS,
    LIGHT_WORDS,
    NEGATORS,
    OUTLET_ROLE_WORDS,
    PRONOUN_GENDER,
    PRONOUN_SUBJECTS,
    TOPIC_LINKS,
)
from claimtrail.vocabulary.lexicon import (
    ACCORDING_HEADS,
    ACCUSATION_WORDS,
    CLAIM_REFERENCE_NOUNS,
    COMMENTATOR_WORDS,
    CONCEPT_WORDS,
    DISMISSAL_WORDS,
    DOUBT_HEDGES,
    DOUBT_PREDICATES,
    EVIDENTIAL_ADVERBS,
    EVIDENTIAL_VERBS,
    FORECAST_VERBS,
    LABEL_VERBS,
    NEGATED_KNOWING,
    NOT_ATTRIBUTIONS,
    OUTLET_WORDS,
    PREDICTION_CUES,
    PREDICTION_MODALS,
    REFUSAL_PREFIXES,
    REPORTING_NOUNS,
    RUMOUR_NOUNS,
    WRONGDOING_WORDS,
    attitude_of,
    reporting_verb_index,
    verb_lemma,
)
from claimtrail.vocabulary.press import (
    DATA_NOUNS,
    DATA_SOURCE_PREPOSITIONS,
    EVIDENCE_HEADS,
    GENERIC_PRESS_WORDS,
    NO_EVIDENCE_WORDS,
    OUTLET_NAMES,
    OUTLET_SHORT_FORMS,
    PLURAL_OUTLET_NOUNS,
)
from claimtrail.vocabulary.rumours import (
    INQUIRY_VERBS,
    LINK_GERUNDS,
    LINK_PARTICIPLES,
    LINK_PREPOSITIONS,
    RUMOUR_SPREAD_VERBS,
)
from claimtrail.vocabulary.speech_person import (
    ABBREVIATIONS,
    BODY_FORMS,
    OWN_FORMS,
    SPOKEN_FOR,
    SUBJECT_FORMS,
    THIRD_PERSON_FORMS,
)
from claimtrail.vocabulary.views import (
    CONTENT_NOUNS,
    FINITE_TAGS,
    PLURAL_TAGS,
    VIEW_AS,
    VIEW_VERB_FORMS,
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
    # "denial" read from its cue.
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
    return _CONCEPT_OF.get(lowered, lowered[:STEM])


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
        if t.is_alpha
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
        df.update({fold(t.text) for t in sent if t.is_alpha and not t.is_stop})
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
        if t.is_alpha and len(t.text) > 2:
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


def _source(
    doc: Doc, token: Token | None, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Source:
    if token is None:
        return Source(name=UNATTRIBUTED)
    start, end = token.left_edge.idx, token.idx + len(token.text)
    hit = entities.at(token.idx, token.idx + len(token.text))
    if hit is not None:
        return Source(name=hit[1].name, entity_id=hit[0], start=start, end=end)
    if token.pos_ == "PRON":
        return _pronoun_source(token, entities, quotes) or Source(name=UNATTRIBUTED)
    described = _described_speaker(token, quotes)
    if described is not None:
        return described.model_copy(update={"start": start, "end": end})
    return Source(name=text_of(doc)[start:end], start=start, end=end)


def _described_speaker(token: Token, quotes: Sequence[Quote]) -> Source | None:
    """'The Green spokesman also criticised X' after 'Mr Reed … he asked': a definite
    spokesman description continues the speaker quoted just before it."""
    if token.lower_ not in SPOKES_NOUNS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    before = [
        (q.speaker.start, q.speaker)
        for q in quotes
        if q.speaker is not None
        and q.speaker.name
        and q.speaker.start is not None
        and q.speaker.end is not None
        and q.speaker.end <= token.idx
        and token.idx - q.speaker.start <= PRONOUN_REACH
    ]
    if not before:
        return None
    last = max(before, key=lambda pair: pair[0])[1]
    return Source(name=last.name or "", entity_id=last.entity_id)


# How far back (characters) a pronoun holder looks for the named party it stands for.
PRONOUN_REACH = 400


def _pronoun_source(token: Token, entities: EntityTable, quotes: Sequence[Quote]) -> Source | None:
    """The party a pronoun holder of a cue stands for: inside a reported content, the quote's
    speaker ("Howard said he rejected the idea that X": Howard); else the last person ("he",
    "she") or organisation ("it", "they") named shortly before."""
    lowered = token.lower_
    span = {"start": token.idx, "end": token.idx + len(token.text)}
    around = [q for q in quotes if q.start <= token.idx < q.end and q.speaker and q.speaker.name]
    if lowered in {"i", "we"} and around:  # 'told the BBC: "I reject that entirely"'
        quoting = min(around, key=lambda q: q.end - q.start).speaker
        assert quoting is not None
        return Source(name=quoting.name or "", entity_id=quoting.entity_id, **span)
    if lowered not in PRONOUN_SUBJECTS - {"we", "i"}:
        return None
    person = lowered in {"he", "she"}
    for q in sorted(around, key=lambda q: q.end - q.start):
        assert q.speaker is not None
        speaker = Source(name=q.speaker.name or "", entity_id=q.speaker.entity_id, **span)
        if _speaker_fits(lowered, speaker, entities, token.doc):
            return speaker
        break  # only the innermost content's speaker can be meant
    types = {"person"} if person else {"organization"}
    for entity_id, record, mention in entities.mentions_before(token.idx):
        if token.idx - mention.end > PRONOUN_REACH:
            break
        if record.type in types:
            return Source(name=record.name, entity_id=entity_id, **span)
    return None


def name_words(name: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z]{3,}", name)
    return frozenset(fold(w) for w in words if w.lower() not in LIGHT_WORDS | {"the", "and"}) - {
        fold(UNATTRIBUTED)
    }


def _is_outlet(name: str, role: str | None) -> bool:
    """An outlet or a reporter: by its name ("the Times", "newspaper reports"), or by a role that
    says so ("The Australian newspaper", "BBC correspondent"), not by an office's words ("Culture,
    Media and Sport Secretary", "press secretary", "independent MP")."""
    named = set(re.findall(r"[a-z-]+", name.lower()))
    described = set(re.findall(r"[a-z]+", (role or "").lower()))
    return bool(
        named & (OUTLET_WORDS | AUTHOR_WORDS | OUTLET_NAMES)
        or described & (OUTLET_ROLE_WORDS | AUTHOR_WORDS)
    )


def _full_outlet_name(source: Source, entities: EntityTable) -> Source:
    """An outlet's abbreviation as the fullest name the article gives it ("the WSJ said" after
    "the Wall Street Journal": Wall Street Journal, guidelines A speaker names)."""
    full = OUTLET_SHORT_FORMS.get(source.name.lower().removeprefix("the ").strip())
    if full is None:
        return source
    for entity_id, record in zip(entities.ids(), entities.records, strict=True):
        if set(full) <= set(re.findall(r"[a-z]+", record.name.lower())):
            return source.model_copy(update={"name": record.name, "entity_id": entity_id})
    return source


def _is_commentator(name: str, role: str | None) -> bool:
    words = set(re.findall(r"[a-z]+", f"{name} {role or ''}".lower()))
    return bool(words & COMMENTATOR_WORDS)


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
    return subject is not None and subject.lower_ in PRONOUN_SUBJECTS


def _predicts(span: Span) -> bool:
    """The content's main verb is modal ("the bill would allow X", "it could fail")."""
    return any(c.dep_ == "aux" and c.lower_ in PREDICTION_MODALS for c in span.root.children)


def _wrongdoing(text: str) -> bool:
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
        node = node.head
        if node.lower_ in COUNTER_VERBS:
            return True
    return False


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
                and _speaker_fits(pronoun, speaker, entities, span.doc)
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
        for holder in [_report_holder(doc, tok.idx, tok.idx + len(tok.text), entities)]
        if holder is not None and _proper(holder.name)
    ]
    for q in split_coordinated(doc, quotes):
        sp = q.speaker
        if sp is not None:
            for at, named in press:  # "where the reports in the Sunday Times and … came from"
                if sp.start is not None and at < sp.start and named not in outlets:
                    outlets[named] = None
            sp = _described_party(sp, outlets, entities)
            fuller = next(
                (
                    n
                    for n, e in outlets.items()
                    if e and e == sp.entity_id and len(n) > len(sp.name or "")
                ),
                None,
            )  # "the report added" after "the Sunday Telegraph reported": the name used there
            sp = sp.model_copy(update={"name": fuller}) if fuller else sp
            if _is_outlet(sp.name or "", sp.mention):
                outlets[sp.name or ""] = sp.entity_id
        if sp is not None and not sp.entity_id and (sp.name or "").lower() == "they":
            group = _plural_antecedent(doc, sp.start)  # "attacked tabloids after they reported"
            sp = sp.model_copy(update={"name": group}) if group else sp
        outlet_report = _report_holder(doc, sp.start, sp.end, entities) if sp else None
        if sp is not None and outlet_report is not None:  # "Reports in the Sunday Times said"
            sp = sp.model_copy(
                update={"name": outlet_report.name, "entity_id": outlet_report.entity_id}
            )
            outlets[outlet_report.name] = outlet_report.entity_id
        relayed = _unheld_report_speaker(doc, sp, q) if outlet_report is None else None
        if relayed is not None:  # "press reports suggest C", "C, UK media reports say"
            q = _without_trailing_holder(doc, q)
        sp = _unresolved_pronoun(sp, out, entities, doc)  # "The office said X. It added Y"
        sp = _joint_parties(sp, doc, entities)  # "A and B welcomed it … the companies said"
        name = _without_the((sp.name if sp else None) or UNATTRIBUTED)
        role = " ".join(x for x in (sp.role, sp.mention) if x) if sp else None
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not q.text.strip():
            continue
        lemma = verb_lemma(q.cue.text.split()[-1]) if q.cue and q.cue.text.split() else None
        evidential = _agentless_evidential(doc, q)
        cue_word = q.cue.text.split()[0].lower() if q.cue and q.cue.text.split() else ""
        if lemma in NOT_ATTRIBUTIONS or cue_word.startswith(REFUSAL_PREFIXES):
            continue  # "refused to confirm": a refusal is not an attribution
        cue_root = _cue_span(doc, q)
        if cue_root is not None and is_refusal(cue_root.root):
            continue  # "a spokesman would not comment on speculation"
        if _declines_comment(span):
            continue  # "said it did not comment on speculation": a refusal in reported words
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
            if attitude in {"assert", "allege"} and _is_outlet(name, role):
                attitude = "report"  # "Acme 'to cut 500 jobs'", the paper reported: it relays
            elif attitude in {"assert", "allege"}:
                # a continuation accuses only by its own words ('"While Acme has turned its back
                # on us, I shall not," he said. "I will be standing again."': no accusation)
                attitude = _wrong_attitude(
                    "assert", span, sp, entities, q.kind == "direct", _is_commentator(name, role)
                )
        else:
            negated = bool(
                cue_root is not None and any(c.dep_ == "neg" for c in cue_root.root.children)
            )
            attitude = _quote_attitude(lemma, negated, name, role, span, q.text, q.cue.text)
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
            if attitude == "allege" and is_negated_span(span) and lemma not in {"accuse", "charge"}:
                attitude = "assert"  # "said there was no conflict of interest" accuses nobody
            if attitude_of(lemma, negated) == "assert" and attitude in {"assert", "allege"}:
                attitude = _wrong_attitude(
                    attitude, span, sp, entities, q.kind == "direct", _is_commentator(name, role)
                )
            answer = _answer_in_words(span, cue_root.root if cue_root is not None else None)
            if answer is not None and attitude in {"assert", "allege"}:
                attitude = answer  # '"We can confirm we are in talks," he said', "…, confirming X"
            if evidence == "contest":
                attitude = "contest"  # "he was unaware of anything to suggest C": disputes C
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
        last_by_speaker[name] = attitude if attitude not in {"deny", "contest"} else "assert"
        source = _full_outlet_name(
            Source(
                name=name,
                entity_id=sp.entity_id if sp else None,
                start=sp.start if sp else None,
                end=sp.end if sp else None,
            ),
            entities,
        )
        name = source.name
        commentator = _is_commentator(name, role)
        text, extra = q.text, set()
        if evidential is not None and q.cue is not None:
            subject = _passive_subject(doc, q.cue.start, q.cue.end)
            if subject is not None and not q.start <= subject.start_char < q.end:
                text = f"{subject.text} {re.sub(r'^to ', '', q.text.strip())}"
                extra = content_words(doc, subject.start_char, subject.end_char)
        if attitude in {"deny", "confirm"} and _points_back_by_subject(span):
            extra |= _previous_sentence_words(doc, span)
        before = _statement_before(span.sent) if _bare_demonstrative(span) else None
        if before is not None and attitude in {"deny", "confirm", "contest"}:
            # "Globex sold X. Globex has denied this": it denies what the sentence before says
            # (what it reports, if it reports something: "Acme admitted that X. Y denied this")
            text = _what_was_stated(doc, before, quotes)
            extra |= content_words(doc, *before)
        if q.kind == "direct" and text is q.text:
            text = own_words(doc, q.start, q.text, source, entities, quotes)
        kept.append(q)
        out.append(
            Record(
                start=q.start,
                end=q.end,
                text=stand_alone(text, doc, q.start, source, entities, attitude == "allege"),
                attitude=attitude,
                source=source,
                cue=q.cue,
                hedged=attitude == "speculate",
                quote_id=q.id,
                negated=is_negated_span(span),
                reference=_dismisses_a_claim(span)
                or (_only_points_back(span) and before is None)
                or rebuttal
                or answered,
                standing=has_standing(name, attitude, commentator or _is_outlet(name, role)),
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
            record.context = frozenset(_sentence_context(doc, record.start, record.end))
            cue_root = _cue_span(doc, q)
            record.also = cue_root is not None and _echoes(cue_root.root)
    return out


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


def _echoes(verb: Token) -> bool:
    """'X also denied them', 'Y too rejected the claims': the answer repeats an earlier one."""
    return any(c.dep_ == "advmod" and c.lower_ in ECHO_ADVERBS for c in verb.children)


def _sentence_context(doc: Doc, start: int, end: int) -> set[str]:
    """The content words of a record's sentence outside the record itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    return (content_words(doc, sent.start_char, start) if start > sent.start_char else set()) | (
        content_words(doc, end, sent.end_char) if sent.end_char > end else set()
    )


def _described_party(
    speaker: Speaker, outlets: dict[str, str | None], entities: EntityTable
) -> Speaker:
    """A speaker described rather than named, checked against what the description says: "the
    paper said" is the outlet named last, not a firm ("German newspaper Handelsblatt
    said … The paper said": Handelsblatt; "quoted by The Australian … the newspaper reported":
    The Australian); "the carrier said" is not an outlet but the organisation named last before
    that is not one."""
    fuller = fullest_outlet_name(speaker.name or "", speaker.mention or "")
    if fuller != speaker.name:  # "the Sunday Telegraph" named "Telegraph"
        speaker = speaker.model_copy(update={"name": fuller})
    mention = (speaker.mention or "").lower().split()
    joint = _joint_outlets(speaker, outlets, entities)
    if joint is not None:  # "the papers said" after the Sunday Times and the Sunday Telegraph
        return speaker.model_copy(update={"name": joint, "entity_id": None})
    if not mention or mention[0] not in {"the", "a", "an", "this", "that"} or len(mention) > 3:
        return speaker
    described_outlet = _is_outlet(" ".join(mention[1:]), None)
    named_outlet = _proper(speaker.name or "") and (
        _is_outlet(speaker.name or "", None) or (speaker.name or "") in outlets
    )  # a name, not the description itself ("the report added": named "the report")
    if described_outlet and not named_outlet and speaker.start is not None:
        for entity_id, record, _ in entities.mentions_before(speaker.start):
            if _is_outlet(record.name, None) or record.name in outlets:
                return speaker.model_copy(update={"name": record.name, "entity_id": entity_id})
        # an outlet named before, linked or not ("the Sunday Telegraph reported … the report
        # added"), never another description ("the papers", "newspaper reports")
        named = [(n, e) for n, e in outlets.items() if e or _proper(n)]
        if named:
            return speaker.model_copy(update={"name": named[-1][0], "entity_id": named[-1][1]})
    if not described_outlet and named_outlet and speaker.start is not None:
        for entity_id, record, _ in entities.mentions_before(speaker.start):
            if record.type == "organization" and not (
                _is_outlet(record.name, None) or record.name in outlets
            ):
                return speaker.model_copy(update={"name": record.name, "entity_id": entity_id})
    return speaker


def _joint_outlets(
    speaker: Speaker, outlets: dict[str, str | None], entities: EntityTable
) -> str | None:
    """The outlets a plural description stands for ("the papers", "both newspapers"): the
    joint source named last ("reports in the Sunday Times and the Sunday Telegraph said"), else
    the last two outlets named before it (as sources or anywhere in the text), as one joint
    source "A and B" (guidelines A); None when the description is not a plural outlet noun or
    fewer than two outlets were named."""
    mention = (speaker.mention or "").lower().split()
    if not 2 <= len(mention) <= 3 or mention[-1] not in PLURAL_OUTLET_NOUNS:
        return None
    named = [_without_the(n) for n in outlets if _proper(n)]
    joint = [n for n in named if " and " in n]
    if joint:
        return joint[-1]
    if speaker.start is not None:
        before = [
            record.name
            for _, record, _ in entities.mentions_before(speaker.start)
            if _is_outlet(record.name, None) and _proper(record.name)
        ]  # nearest first
        named += [n for n in reversed(before) if n not in named]
    single = list(dict.fromkeys(named))
    return " and ".join(single[-2:]) if len(single) >= 2 else None


def _proper(name: str) -> bool:
    """A name, not a description: its last word is capitalised and no generic word for an
    outlet or a report ("Sunday Courier", not "The papers", "Reports", "UK media reports")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in GENERIC_PRESS_WORDS


def _without_the(name: str) -> str:
    """ "the Sunday Telegraph" → "Sunday Telegraph" (guidelines A: no leading "the")."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    return bare if bare[:1].isupper() else name


def _report_holder(
    doc: Doc, start: int | None, end: int | None, entities: EntityTable
) -> Source | None:
    """The outlet a speaker like "reports in the Sunday Times" / "a report by Reuters" names."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or RUMOUR_NOUNS.get(span.root.lower_) != "report":
        return None
    holder = _noun_holder(span.root)
    if holder is None:
        return None
    source = _source(doc, holder, entities)
    others = [c for c in holder.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if others and source.name != UNATTRIBUTED:  # "reports in the FT and the WSJ": both
        names = [
            _without_the(source.name),
            *(_without_the(_source(doc, c, entities).name) for c in others),
        ]
        return source.model_copy(update={"name": " and ".join(names), "entity_id": None})
    return source


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
    noun = _report_subject(doc, q) if speaker is None else None
    if speaker is not None:
        if speaker.entity_id or speaker.start is None or speaker.end is None:
            return None
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        noun = span.root if span is not None else None
    if noun is None:
        return None
    attitude = RUMOUR_NOUNS.get(noun.lower_)
    if attitude not in {"report", "speculate"} or _noun_holder(noun) is not None:
        return None
    return attitude


def _cue_span(doc: Doc, q: Quote) -> Span | None:
    """The tokens of a quote's cue, if it has one and they align."""
    if q.cue is None:
        return None
    return doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")


def _report_subject(doc: Doc, q: Quote) -> Token | None:
    """The subject noun of a quote's cue verb ("C, media reports say": reports)."""
    cue = _cue_span(doc, q)
    if cue is None:
        return None
    verb = cue.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    before = doc[verb.i - 1] if verb.i > 0 else None
    if subject is None and before is not None and before.lower_ in RUMOUR_NOUNS:
        return before  # "C, media reports say" parsed with "reports" hung on C's last noun
    return subject


def _without_trailing_holder(doc: Doc, q: Quote) -> Quote:
    """The quote without its cue's subject when the content ran on into it ("C, UK media
    reports" before "say")."""
    noun = _report_subject(doc, q)
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
    return any(v.lower_ in COMMENT_VERBS for v in verbs) and all(negated(v) for v in verbs)


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
        first_end_tok = doc[(cc.i if cc is not None else cut.i) - 1]
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
    guidelines read it as an unattributed report (a prediction, 'is expected to', speculates)."""
    cue = _cue_span(doc, q)
    if cue is None:
        return None
    verb = cue.root
    attitude = EVIDENTIAL_VERBS.get(verb.lower_)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if attitude is None or not passive or any(c.dep_ == "agent" for c in verb.children):
        return None
    return attitude


def _unheld_rumour(doc: Doc, q: Quote) -> str | None:
    """The attitude of a report or rumour noun that nobody named holds ("amid reports that C",
    "rumours he was starting C"), else None."""
    cue = _cue_span(doc, q)
    if cue is None or (cue.root.pos_ != "NOUN" and q.speaker is not None):
        return None  # "reports" tagged as a verb still names a report when nobody speaks
    attitude = RUMOUR_NOUNS.get(cue.root.lower_)
    return attitude if attitude is not None and _noun_holder(cue.root) is None else None


def _passive_subject(doc: Doc, start: int, end: int) -> Span | None:
    cue = doc.char_span(start, end, alignment_mode="expand")
    if cue is None:
        return None
    verb = cue.root
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is not None and subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return doc[verb.head.i : verb.head.i + 1]  # "Gazprom, which is thought to": Gazprom
    return doc[subj.left_edge.i : subj.right_edge.i + 1] if subj is not None else None


def _quote_attitude(
    lemma: str | None,
    negated: bool,
    name: str,
    role: str | None,
    span: Span,
    text: str,
    cue: str = "",
) -> str:
    if cue.split()[:1] and cue.split()[0].lower() in ACCORDING_HEADS:
        return "report"  # "according to X": X relays it (guidelines)
    if lemma == "quote" and not _is_outlet(name, role):
        lemma = "say"  # "Reuters quoted one trader as saying C": the trader says C (guidelines)
    attitude = attitude_of(lemma, negated) if lemma else "assert"
    if _dismisses_a_claim(span):
        return "deny"  # "said the claims were untrue", "the reports had no merit"
    outlet = _is_outlet(name, role)
    if outlet and attitude in {"assert", "allege"}:
        return "report"  # a newspaper that "claimed" or "said" relays the claim
    if attitude == "assert" and _doubts(span):
        return "question"  # "we don't know if it is linked to X", "not necessarily X"
    if attitude == "assert" and _own_expectation(span):
        return "speculate"  # "told the paper he expected X": the speaker's own prediction
    if attitude in {"allege", "assert"} and lemma in PREDICTION_CUES and _predicts(span):
        return "speculate"  # "claimed the bill would encourage corruption": a prediction
    if attitude == "allege" and not _wrongdoing(text) and lemma == "claim":
        return "assert"  # "claimed that other magazines were approached": a party's position
    if attitude == "assert" and _wrongdoing(text) and not _is_commentator(name, role):
        return "allege"  # a party saying another did wrong accuses it
    if attitude == "assert" and _has_modal(span):
        if _is_commentator(name, role) or lemma in FORECAST_VERBS:
            return "speculate"  # an analyst's prediction, a warning of what could happen
    return attitude


def _unresolved_pronoun(
    speaker: Speaker | None, before: Sequence[Record], entities: EntityTable, doc: Doc
) -> Speaker | None:
    """A speaker left as a bare pronoun ("It added that X", "it claims X") stands for the party
    of the record just before it when the pronoun fits that party ("The prime minister's office
    said C. It added D": the office), else it stays as it is."""
    if speaker is None or speaker.entity_id or (speaker.name or "").lower() not in {"it", "they"}:
        return speaker
    previous = next((r for r in reversed(before) if r.source.name != UNATTRIBUTED), None)
    if previous is None or previous.source.name.lower() in PRONOUN_SUBJECTS:
        return speaker
    if speaker.start is not None and speaker.start - previous.end > PRONOUN_REACH:
        return speaker
    if not _speaker_fits((speaker.name or "").lower(), previous.source, entities, doc):
        return speaker
    return speaker.model_copy(
        update={"name": previous.source.name, "entity_id": previous.source.entity_id}
    )


def _joint_parties(speaker: Speaker | None, doc: Doc, entities: EntityTable) -> Speaker | None:
    """A plural description of organisations ("the companies said", "both firms said") stands
    for the organisations the sentence before names as its joint subject ("EADS and BAE
    Systems welcomed the move. … the companies said": EADS and BAE Systems, guidelines A: a
    joint source)."""
    if speaker is None or speaker.entity_id or speaker.start is None:
        return speaker
    words = (speaker.mention or speaker.name or "").lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in {"the", "both"}:
        return speaker
    singular = re.sub(r"ies$", "y", words[-1]) if words[-1].endswith("ies") else words[-1][:-1]
    if not words[-1].endswith("s") or singular not in ORG_NOUNS:
        return speaker
    here = doc.char_span(speaker.start, speaker.start + 1, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return speaker
    before = doc[here.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    parties = [subject, *(c for c in subject.children if c.dep_ == "conj")] if subject else []
    names = [
        hit[1].name
        for t in parties
        for hit in [entities.at(t.idx, t.idx + len(t.text))]
        if hit is not None and hit[1].type == "organization"
    ]
    if len(set(names)) < 2:
        return speaker
    return speaker.model_copy(update={"name": " and ".join(dict.fromkeys(names))})


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


def _dismisses_a_claim(span: Span) -> bool:
    """The content calls a claim false: its subject only points back at a claim ("the claims",
    "the reports", "it") and its predicate dismisses ("untrue", "nonsense", "had no merit")."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in CLAIM_REFERENCE_NOUNS - {"that", "this"}:
        return False
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
    predicate = [t for t in predicate if t.i not in aside]
    words = {t.lower_ for t in predicate if t.i > subject.i}
    return bool(words & DISMISSAL_WORDS) or (
        bool(words & {"no", "not", "n't"})
        and bool(words & {"merit", "truth", "basis", "foundation"})
    )


def _speaker_words(q: Quote, source: Source, entities: EntityTable) -> set[str]:
    """A content whose subject is a pronoun for the speaker ("denied that it is behind X",
    "we have ...") is about the speaker; "it" from a person ("It is a front for somebody") is
    not."""
    first = q.text.strip().lower().split()[:2]
    if first[:1] == ["that"]:
        first = first[1:]
    if not first or first[0] not in PRONOUN_SUBJECTS:
        return set()
    if first[0] in {"we", "i"} or _speaker_fits(first[0], source, entities):
        return set(name_words(source.name))
    return set()


def stand_alone(
    text: str,
    doc: Doc,
    start: int,
    source: Source,
    entities: EntityTable,
    accusation: bool = False,
) -> str:
    """The content as a sentence of its own: "that" dropped, a leading pronoun subject replaced
    by the name it stands for (the speaker for "it"/"they"/"he"/"she" in reported speech, unless
    the content is the speaker's ``accusation`` against the other gender: "a stylist who claimed
    he drugged her" accuses someone else, "he told the court he objected to X" does not)."""
    text = re.sub(r"\s+", " ", text).strip(" .,;:\"“”'‘’")
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I)
    m = re.match(r"^(it|they|he|she)\b", text, flags=re.I)
    pronoun = m.group(1).lower() if m else ""
    victim = {"he": "her", "she": "him"}.get(pronoun)
    against = accusation and victim is not None and victim in text.lower().split()
    # Inside quotation marks a speaker says "I" or "we": "He's never told me" is somebody else.
    against = against or _in_quotation_marks(doc, start)
    name = _referent_name(pronoun, start, source, entities, against, doc) if m else None
    if pronoun == "it" and _expletive_it(doc, start):
        name = None  # "it was plain that X", "it was vital the UK continued": nobody's "it"
    if m and name:
        rest = text[m.end() :]
        contracted = re.match(r"^['’]s\b", rest)
        if contracted:  # "she's had a tough year": "has" (or "is"), not a possessive "'s"
            aux = "has" if _participle_after_contraction(doc, start) else "is"
            rest = f" {aux}{rest[contracted.end() :]}"
        text = name + rest
    if text.count('"') % 2 and re.search(r'"[^"\s][^"]*$', text):
        text += '"'  # 'he was "livid' (the quote's closing mark cut with the stop): closed
    return text[:1].upper() + text[1:] if text else text


def _participle_after_contraction(doc: Doc, start: int) -> bool:
    """Whether the first contracted "'s" at ``start`` is followed by a past participle ("she's
    had": has), not by anything else ("she's tired", "he's the best": is)."""
    near = [t for t in doc if start <= t.idx < start + 40][:4]
    for t in near:
        if t.lower_ in {"'s", "’s"}:
            after = t.nbor(1) if t.i + 1 < len(doc) else None
            # "had" is often tagged as a past tense after a contraction; an adjective-like
            # participle ("she's tired") is "is"
            return after is not None and (
                after.tag_ == "VBD" or (after.tag_ == "VBN" and after.dep_ not in {"acomp"})
            )
    return False


QUOTE_OPENERS = frozenset('"“‘')

# Where a direct quote's first sentence ends: a stop, then (past any quotation mark of a BBC
# paragraph continuation) a capital opening the next one.
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’]?\s+[\"“‘]?[A-Z(\[])")
# A stop that ends an abbreviation or an initial, not a sentence ("St. Mary's", "J. Ailey").
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z][a-z]?|" + "|".join(sorted(ABBREVIATIONS)) + r")\.$"
)


def first_sentence(text: str) -> str:
    """A direct quote's first sentence ("It was a great game. We defended well" → "It was a
    great game"): a claim's text is one sentence (guidelines B)."""
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: m.start() + 1]):
            return text[: m.start()]
    return text


def _third_singular(verb: str, after: Token | None = None) -> str:
    """'think' → 'thinks', 'wish' → 'wishes', 'try' → 'tries'; "'d" → "had" before a past
    participle ("I'd burned"), else "would"."""
    lowered = verb.lower()
    if lowered in {"'d", "’d"} and after is not None and after.tag_ == "VBN":
        return "had"
    if lowered in THIRD_PERSON_FORMS:
        return THIRD_PERSON_FORMS[lowered]
    if re.search(r"(?:s|sh|ch|x|z|o)$", lowered):
        return verb + "es"
    if re.search(r"[^aeiou]y$", lowered):
        return verb[:-1] + "ies"
    return verb + "s"


def _speaker_gender(doc: Doc, source: Source, quotes: Sequence[Quote]) -> str | None:
    """'m' or 'f' when the article calls the speaker "he" or "she" as a speaker of a quote, or
    uses pronouns of one gender only; else None."""
    words = {
        (q.speaker.mention or "").lower()
        for q in quotes
        if q.speaker is not None
        and (q.speaker.entity_id == source.entity_id if source.entity_id else False)
    }
    genders = {PRONOUN_GENDER[w] for w in words if w in PRONOUN_GENDER}
    if not genders:  # an article that says only "he" (or only "she") of anyone: that one
        genders = {PRONOUN_GENDER[t.lower_] for t in doc if t.lower_ in PRONOUN_GENDER}
    return genders.pop() if len(genders) == 1 else None


def own_words(
    doc: Doc, start: int, text: str, source: Source, entities: EntityTable, quotes: Sequence[Quote]
) -> str:
    """A direct quote as a claim's text: its first sentence, and a person's "I", "me", "my"
    written as that person ("I'm positive I scored" → "Ann Lee is positive she scored"; the
    name again where the article gives no gender). ``start`` is where ``text`` begins in the
    article; "we" is left as it is (whose "we" it is, the quote does not say). A quote that
    opens with a question ("Do I regret it? No, I would do it again") states what it answers
    in the next sentence: a claim's text is a proposition, not a question."""
    origin = start
    sentence = first_sentence(text)
    if text[len(sentence) : len(sentence) + 1] == "?":
        after = text[len(sentence) + 1 :]
        skip = len(after) - len(after.lstrip(" \n\"“”'‘’"))
        if after[skip:].strip():
            start += len(sentence) + 1 + skip
            text = after[skip:]
            sentence = first_sentence(text)
    rec = entities.by_id(source.entity_id)
    body = _speaking_body(source, rec.type if rec else None, rec.name if rec else None)
    if body is None:  # a person speaking for the body their stated role belongs to
        body = next(
            (q.speaker.organization for q in quotes if q.start == origin and q.speaker is not None),
            None,
        )
    plural = body is not None and re.search(r"\b(?:[Ww]e|[Oo]ur)\b", sentence) is not None
    span = doc.char_span(start, start + len(sentence), alignment_mode="contract")
    if plural and span is not None and body is not None:
        sentence = _as_body(span, body)  # "we" first; "I" below, on the text as it now reads
    # a sentence whose speaker is its subject or owner ("I", "my"); a lone "me" is left as it is
    if rec is None or rec.type != "person" or not re.search(r"\b(?:I|[Mm]y)\b", sentence):
        return sentence
    if plural:
        return _as_person_text(sentence, rec.name, _speaker_gender(doc, source, quotes), span)
    gender = _speaker_gender(doc, source, quotes)
    if span is None:
        return sentence
    out: list[str] = []
    named = False
    third: set[int] = set()
    for tok in span:
        word = tok.lower_
        if word == "i" and tok.tag_ == "PRP" and tok.dep_ in {"nsubj", "nsubjpass"}:
            group = [tok.head, *(c for c in tok.head.children if c.dep_ in {"aux", "auxpass"})]
            verb = min(
                (t for t in group if t.i > tok.i and t.tag_ == "VBP"),
                key=lambda t: t.i,
                default=None,
            )
            # "I never meant it and don't understand": a coordinated verb shares the subject
            for conj in (
                c for c in tok.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            ):
                if any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in conj.children):
                    continue
                parts = [conj, *(g for g in conj.children if g.dep_ in {"aux", "auxpass"})]
                first = min((t for t in parts if t.tag_ == "VBP"), key=lambda t: t.i, default=None)
                if first is not None:
                    third.add(first.i)
            if (
                verb is None
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in THIRD_PERSON_FORMS
            ):
                verb = doc[tok.i + 1]  # "I'd", "I'll": the clitic the parser left unattached
            if verb is not None:
                third.add(verb.i)
        if word in OWN_FORMS and tok.tag_ in {"PRP", "PRP$"}:
            possessive = word in {"my", "mine"}
            if named and gender is not None:
                said = OWN_FORMS[word][gender]
            else:
                said = rec.name + ("'s" if possessive else "")
            named = True
            said = said if tok.i != span.start or said[:1].isupper() else said.capitalize()
        elif tok.i in third:
            said = _third_singular(tok.text, doc[tok.i + 1] if tok.i + 1 < len(doc) else None)
            clitic = tok.text[:1] in {"'", "’"}
            said = " " + said if clitic else said
        else:
            said = tok.text
        out.append(said + tok.whitespace_)
    return "".join(out).strip()


def _speaking_body(source: Source, kind: str | None, name: str | None) -> str | None:
    """The body whose "we" a quote speaks: the organisation itself, or the one a spokesperson
    speaks for ("a spokesman for Acme": Acme); None for a person in their own name."""
    if kind == "organization" and name:
        return name
    words = (source.name or "").split()
    for i, word in enumerate(words[:-2]):
        if word.lower() in SPOKES_NOUNS and words[i + 1].lower() in SPOKEN_FOR:
            rest = words[i + 2 :]
            rest = rest[1:] if rest[0].lower() == "the" else rest
            return " ".join(rest) if rest and rest[0][:1].isupper() else None
    return None


def _as_body(span: Span, body: str) -> str:
    """A body's "we", "our", "us" written as the body: its name first, then "they"/"their"."""
    out: list[str] = []
    named = False
    for tok in span:
        word = tok.lower_
        if word in BODY_FORMS and tok.tag_ in {"PRP", "PRP$"}:
            said = BODY_FORMS[word] if named else body + ("'s" if word in {"our", "ours"} else "")
            named = True
            said = said.capitalize() if tok.i == span.start and said[:1].islower() else said
        else:
            said = tok.text
        out.append(said + tok.whitespace_)
    return "".join(out).strip()


def _in_quotation_marks(doc: Doc, start: int) -> bool:
    """The content at ``start`` opens with a quotation mark: the speaker's own words."""
    text = text_of(doc)
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and text[i] in QUOTE_OPENERS


def _expletive_it(doc: Doc, start: int) -> bool:
    """The content's leading "it" is a dummy subject: a copula whose clause has a subject of its
    own ("it was 'plain' Iraq was in breach", "it is clear that the firm will lose money"), not
    a raising one ("it was likely to close", "it was ready to sell": the firm)."""
    words = [t for t in doc if t.idx >= start and not t.is_punct][:3]
    it = next((t for t in words if t.lower_ == "it"), None)
    if it is None or it.dep_ not in {"nsubj", "expl"}:
        return False
    if it.dep_ == "expl":
        return True
    head = it.head
    if head.lemma_.lower() not in DUMMY_IT_VERBS:
        return False
    holders = [head, *(c for c in head.children if c.dep_ == "acomp")]
    return any(
        c.dep_ in {"ccomp", "csubj"}
        and any(
            g.dep_ in {"nsubj", "nsubjpass"} or g.lower_ in {"that", "whether"} for g in c.children
        )
        for h in holders
        for c in h.children
    )


def _speaker_fits(
    pronoun: str, source: Source, entities: EntityTable, doc: Doc | None = None
) -> bool:
    """Whether a third-person pronoun can stand for the speaker: "he"/"she" for a person, "it"
    for an organisation or a singular description, "they" for an organisation or a plural one
    ("critics fear it could allow X": "it" is not the critics)."""
    name = source.name or ""
    if not name or name == UNATTRIBUTED or name.lower() in PRONOUN_SUBJECTS | {"you", "them"}:
        return False
    rec = entities.by_id(source.entity_id)
    kind = rec.type if rec else None
    mention = (
        text_of(doc)[source.start : source.end]
        if doc is not None and source.start is not None and source.end is not None
        else ""
    )
    if kind == "person" and set(mention.lower().split()[:-1]) & ORG_NOUNS:
        kind = "organization"  # "Rival exchange operator Euronext", typed a person by NER
    if kind is None and name.lower() in HOLDER_MODIFIERS:
        kind = "organization"  # "Conservative claims that he had X": a party, never "he"
    plural = kind is None and name.split()[-1].lower().endswith("s")
    if pronoun in {"he", "she"}:
        return kind == "person" or (kind is None and not plural)
    if pronoun == "it":
        person_noun = name.split()[-1].lower() in SPOKES_NOUNS  # "a spokesman" is never "it"
        return kind == "organization" or (kind is None and not plural and not person_noun)
    return pronoun == "they" and (kind == "organization" or (kind is None and plural))


def _referent_name(
    pronoun: str,
    start: int,
    source: Source,
    entities: EntityTable,
    accusation: bool = False,
    doc: Doc | None = None,
) -> str | None:
    """Whom a content's leading pronoun stands for: the speaker when it can be ("Gazprom denied
    that it is behind X") and the content does not accuse, else for "he"/"she" the person named
    last before ("tabloids reported she was pregnant": not the tabloids) other than the
    speaker, and in a report ("reports that it is in talks", "the Times reported that it was
    about to sign") for "it"/"they" the organisation named last before, not the outlet."""
    person = pronoun in {"he", "she"}
    relay = source.name == UNATTRIBUTED or _is_outlet(source.name, None)
    fits = _speaker_fits(pronoun, source, entities, doc)
    if not accusation and not (relay and not person) and fits:
        return source.name
    if not person and not relay:
        return None  # a party's "it" that is not the party is not resolved by position
    if pronoun == "they" and doc is not None:
        group = _plural_subject_before(doc, start)
        if group is not None:
            return group  # "MCI's directors backed Verizon. They are accused of X"
    # "reports that it is in talks", "the Times reported that it was about to sign": the firm
    wanted = "person" if person else "organization"
    skip = source.entity_id if accusation or relay else None
    found: list[tuple[str, bool]] = []
    for entity_id, record, mention in entities.mentions_before(start):
        if start - mention.end > PRONOUN_REACH:
            break
        if record.type == wanted and not (skip and entity_id == skip):
            found.append((record.name, _named_as_subject(doc, mention.start, mention.end)))
    # the latest one named as a subject ("Shell is in talks with Exxon … it was about to sign":
    # Shell), else the latest one named
    return next((n for n, subject in found if subject), found[0][0] if found else None)


def _plural_subject_before(doc: Doc, start: int) -> str | None:
    """The plural common noun phrase that is the subject of the sentence before ``start``'s
    ("MCI's directors have backed Verizon. They are accused of …": MCI's directors), which a
    sentence-initial "they" continues; None when that subject is a name or singular."""
    here = doc.char_span(start, start + 1, alignment_mode="expand")
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    words = [t for t in doc[subject.left_edge.i : subject.i + 1] if not t.is_punct]
    while words and words[0].lower_ in {"the", "some", "these", "those", "all"}:
        words = words[1:]
    if not words:
        return None
    return text_of(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]


def _named_as_subject(doc: Doc | None, start: int, end: int) -> bool:
    """The mention is a clause's subject, or in apposition to one ("the oil firm Shell is")."""
    named = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if named is None:
        return False
    tok = named.root
    subjects = {"nsubj", "nsubjpass"}
    return tok.dep_ in subjects or (tok.dep_ in {"appos", "compound"} and tok.head.dep_ in subjects)


# -- records from cues that are not quotes ----------------------------------------------------


def cue_records(
    doc: Doc, quotes: list[Quote], entities: EntityTable, body_start: int
) -> list[Record]:
    taken = [(q.cue.start, q.cue.end) for q in quotes if q.cue is not None]

    def free(tok: Token) -> bool:
        return not any(s <= tok.idx < e for s, e in taken)

    out: list[Record] = []
    for tok in doc:
        if not _may_cue(tok) or tok.idx < body_start or not free(tok):
            continue
        rec = (
            _answer_record(doc, tok, entities, quotes)
            or _rumour_record(doc, tok, entities, quotes)
            or _accusation_record(doc, tok, entities, quotes)
            or _evidential_record(doc, tok)
            or _linked_record(doc, tok, entities, quotes)
            or _as_evidential_record(doc, tok, entities, quotes)
            or _nested_claim_record(doc, tok, entities, quotes)
            or _reference_denial(doc, tok, entities, quotes)
            or _clausal_answer(doc, tok, entities, quotes)
            or _data_report_record(doc, tok, entities, quotes)
            or _view_record(doc, tok, entities, quotes)
            or _topic_rumour_record(doc, tok)
        )
        if rec is not None:
            if not rec.words:
                rec.words = frozenset(content_words(doc, rec.start, rec.end))
            rec.text = _quoted_speaker_words(doc, rec, quotes, entities)
            rec.source_words = name_words(rec.source.name)
            rec.sentence = tok.sent.start_char
            if rec.reference:
                rec.context = frozenset(_sentence_context(doc, rec.start, rec.end))
                rec.also = _echoes(tok)
            out.append(rec)
    return out


def _quoted_speaker_words(
    doc: Doc, rec: Record, quotes: Sequence[Quote], entities: EntityTable
) -> str:
    """A record read inside a direct quote ('"They say I supposedly dodged the testers," X
    said': a report that X dodged them) speaks in the quote's words: its "I" and "my" are
    the quote's speaker, written as in ``own_words``."""
    if not re.search(r"\b(?:I|[Mm]y)\b", rec.text):
        return rec.text
    quote = next(
        (
            q
            for q in quotes
            if q.kind == "direct" and q.start <= rec.start < q.end and q.speaker is not None
        ),
        None,
    )
    if quote is None or quote.speaker is None:
        return rec.text
    speaker = entities.by_id(quote.speaker.entity_id)
    if speaker is None or speaker.type != "person":
        return rec.text
    source = Source(name=speaker.name, entity_id=quote.speaker.entity_id)
    span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
    return _as_person_text(rec.text, speaker.name, _speaker_gender(doc, source, quotes), span)


def _as_person_text(text: str, name: str, gender: str | None, span: Span | None) -> str:
    """``text``'s "I" and "my" written as the person ``name`` (then he/she where ``gender`` is
    known), the verb after "I" in the third person where ``span``'s tags make it a present
    ("I think" → "X thinks"; "I had" stays): for a text that no longer reads as the article
    does token for token."""
    verbs = iter(
        (
            _third_singular(t.doc[t.i + 1].text, t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None)
            if t.doc[t.i + 1].tag_ == "VBP" or t.doc[t.i + 1].lower_ in THIRD_PERSON_FORMS
            else None
        )
        for t in span or []
        if t.lower_ == "i" and t.tag_ == "PRP" and t.i + 1 < len(t.doc)
    )
    named = False

    def write(m: re.Match[str]) -> str:
        nonlocal named
        word, verb = m.group(1), m.group(2) or ""
        form = word.lower()
        if named and gender is not None:
            said = OWN_FORMS[form][gender]
        else:
            said = name + ("'s" if form == "my" else "")
        named = True
        third = next(verbs, None) if form == "i" else None
        if verb and third:
            verb = " " + third  # "I've" → "X has", "I think" → "X thinks"
        return said + verb

    return re.sub(r"\b(I|[Mm]y)\b('\w+|’\w+| \w+)?", write, text)


def _may_cue(tok: Token) -> bool:
    """Whether a token is a word any cue record starts from (a cheap test before the parse
    rules: most tokens are not)."""
    lowered = tok.lower_
    return (
        lowered in RUMOUR_NOUNS
        or lowered in CONTENT_NOUNS
        or lowered in ACCUSATION_WORDS
        or lowered in CRITICISM_VERBS
        or lowered in CRITICISM_NOUNS
        or lowered in EVIDENTIAL_VERBS
        or lowered in EVIDENTIAL_ADVERBS
        or lowered in PHRASAL_VERB_FORMS
        or lowered in PLEA_FORMS
        or lowered == "according"
        or lowered in VIEW_VERB_FORMS
        or lowered in LINK_PARTICIPLES
        or (tok.pos_ == "VERB" and verb_lemma(tok.text) is not None)
    )


def _reduced_response(verb: Token) -> bool:
    """'claims denied by Labour', 'reports rejected by the firm': a passive participle of a
    response on the noun it answers."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    lemma = verb_lemma(verb.text)
    return lemma is not None and attitude_of(lemma) in {"deny", "contest", "confirm"}


def _reduced_passive(verb: Token) -> bool:
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


def _inverted_content(verb: Token, obj: Token) -> tuple[int, int] | None:
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


def _active_subject(verb: Token) -> Token | None:
    """The active subject of a verb, shared along coordination ("X quit the party and accused
    it of Y": X accused)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children):
            return None
        verb = verb.head


def _content_end(noun: Token, clause: Token, end: int) -> int:
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


def _clause_span(tok: Token) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not (t.i == tok.left_edge.i and t.lower_ == "that")]
    toks = toks or list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _noun_holder(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from", "in"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None or child.lower_ == "in" and obj.ent_type_ in PLACE_ENTITY_TYPES:
                continue  # "press reports in China": where the reports ran, not whose
            if obj.ent_type_ or obj.pos_ == "PROPN":
                return obj
            if child.lower_ == "by" and (obj.lower_ in ORG_NOUNS | FINDING_BODIES):
                return obj  # "a report by the committee": the committee's
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in HOLDER_ENTITY_TYPES),
        None,
    ) or modifier_holder(noun)


def _rumour_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'amid reports that C', 'rumours he was starting C', 'speculation that C', 'settled charges
    that C', 'expressed concern that C'."""
    attitude = RUMOUR_NOUNS.get(tok.lower_) or CONTENT_NOUNS.get(tok.lower_)
    if attitude is None or not _common_noun(tok):
        return None
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ in {"acl", "ccomp", "relcl", "appos"}
            and c.pos_ in {"VERB", "AUX"}
            and not any(g.tag_ in {"WDT", "WP"} for g in c.children)
            and not _reduced_response(c)  # "claims denied by X": no content clause
            and not _reduced_passive(c)  # "the claims, made in a new book": no content
            and not (
                c.dep_ == "relcl"
                and any(g.lower_ == "that" and g.dep_.startswith("nsubj") for g in c.children)
            )
        ),
        None,
    )
    clause = clause or _extraposed_content(tok)
    if clause is None:
        return None
    if _saying_participle(clause):  # "with reports suggesting that C": C, not "suggesting C"
        clause = next(c for c in clause.children if c.dep_ == "ccomp")
    holder = _noun_holder(tok)
    extra = tok.lower_ not in RUMOUR_NOUNS  # one of ``CONTENT_NOUNS``
    if extra and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return None  # "concern over him signing X": no content clause
    # "investigated claims that C", "played down reports that C": the subject answers or
    # examines the claim, it does not hold it
    examines = tok.head.lower_ in INQUIRY_VERBS or phrasal_answer(tok.head) is not None
    if holder is None and tok.dep_ == "dobj" and verb_lemma(tok.head.text) is None and not examines:
        holder = _active_subject(tok.head)  # "unions have expressed fears that C": the unions'
    source = _source(doc, holder, entities, quotes)
    if holder is not None and source.name != UNATTRIBUTED and attitude == "speculate":
        attitude = "report" if _is_outlet(source.name, None) else attitude
    start, end = _clause_span(clause)
    if extra and any(q.start <= start < q.end for q in quotes):
        return None  # "expressed concern that C" read as a quote already
    end = _content_end(tok, clause, end)
    text = _linking_statement(clause) or text_of(doc)[start:end]
    text = stand_alone(text, doc, start, source, entities)
    unheld = source.name == UNATTRIBUTED
    if attitude == "allege" and tok.lower_ == "claims" and unheld and not _wrongdoing(text):
        attitude = "report"  # "amid claims that C": relayed, and no accusation in C
    return Record(
        start=start,
        end=end,
        text=text,
        attitude=attitude,
        source=source,
        cue=_cue_at(tok),
        hedged=attitude == "speculate",
        negated=is_negated_span(doc[clause.left_edge.i : clause.right_edge.i + 1]),
        standing=has_standing(source.name, attitude, _is_outlet(source.name, None)),
    )


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
    written = _words_as_written(party)
    if obj.tag_ == "PRP" and obj.lower_ in SUBJECT_FORMS:
        written = SUBJECT_FORMS[obj.lower_]  # "linking him with Y": he is linked with Y
        plural = written in {"they", "we"}
    rest = sorted((t for p in preps for t in p.subtree), key=lambda t: t.i)
    return f"{written} {'are' if plural else 'is'} linked {_words_as_written(rest)}"


def _common_noun(tok: Token) -> bool:
    """A noun, or one the tagger took for a name because it opens its sentence capitalised
    ("Speculation has mounted that C", "Rumours persist that C")."""
    return tok.pos_ == "NOUN" or (
        tok.pos_ == "PROPN" and bool(tok.is_sent_start) and not tok.ent_type_
    )


def _extraposed_content(noun: Token) -> Token | None:
    """'Rumours persist that C', 'speculation is growing that C', 'reports emerged on Monday
    that C': the rumour noun is the subject of a verb that says nothing itself (no speech verb,
    no object) and its content clause, moved to the end, hangs on that verb."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or verb.i < noun.i:
        return None
    if verb.lower_ not in RUMOUR_SPREAD_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "reports said that C" is a quote; "fears mean that C" is the fears' effect
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


def _saying_participle(clause: Token) -> bool:
    """'reports suggesting that C', 'reports claiming C': the noun's clause is a verb of saying
    with a content of its own; the content is C, not 'suggesting that C'."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and verb_lemma(clause.text) is not None
        and any(c.dep_ == "ccomp" for c in clause.children)
    )


def _reflexive(tok: Token) -> bool:
    """A reflexive pronoun ("myself", "themselves")."""
    return "Yes" in tok.morph.get("Reflex", []) or (
        tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves"))
    )


def _accusation_record(
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
            holder = _clause_holder(tok)
        patient = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    else:
        holder = _noun_holder(tok)
        # "The banker faces charges of fraud": the one who faces them is the accused
        patient = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        patient = patient if tok.dep_ == "dobj" else None
        if under:  # "the campaign came under fire for C": the campaign is accused
            patient = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if patient is not None and patient.i > tok.i and _reflexive(patient):
        return None  # "I blame myself for the goal": owning up, no accusation of anyone
    source = _source(doc, holder, entities, quotes)
    start = patient.left_edge.idx if patient is not None else obj.left_edge.idx
    start = min(start, tok.idx)
    end = obj.right_edge.idx + len(obj.right_edge.text)
    if end <= start:
        return None  # the accusation's object before its cue: a parse with nothing to state
    text = stand_alone(text_of(doc)[start:end], doc, start, source, entities)
    if start == tok.idx and tok.pos_ == "VERB" and source.name != UNATTRIBUTED:
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
        cue=_cue_at(tok),
        standing=has_standing(source.name, "allege", _is_outlet(source.name, None)),
    )


def _criticism_preposition(tok: Token) -> str | None:
    """'for' for a criticism verb or noun in its own part of speech ("slammed X for C",
    "faced criticism for C")."""
    lowered = tok.lower_
    if (tok.pos_ == "VERB" and lowered in CRITICISM_VERBS) or (
        tok.pos_ == "NOUN" and lowered in CRITICISM_NOUNS
    ):
        return CRITICISM_PREPOSITION
    return None


def _clause_holder(verb: Token) -> Token | None:
    """Who does what an active verb says, where its subject is not a name: the noun a relative
    clause is on ("the SNP, which accused him of X": the SNP) and for a participle ("wrote to
    him accusing him of X", "quit, claiming X") the subject of the verb it hangs on."""
    subject = _active_subject(verb)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        head = verb.head
        if head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in head.children
        ):
            return _clause_holder(head)
    return subject


def _accused_name(
    doc: Doc, patient: Token, entities: EntityTable, accuser: str | None = None
) -> str:
    """The accused as a name: a pronoun ("accused it of") resolved to the organisation or
    person named last before it other than the accuser, else the words as written."""
    if patient.pos_ != "PRON":
        return patient.text
    types = {"person"} if patient.lower_ in {"him", "her"} else {"organization"}
    for entity_id, record, mention in entities.mentions_before(patient.idx):
        if patient.idx - mention.end > PRONOUN_REACH:
            break
        if record.type in types and not (accuser and entity_id == accuser):
            return record.name
    return patient.text


def _evidential_record(doc: Doc, tok: Token) -> Record | None:
    """'X is thought to C' / 'X is expected to C' with no agent; 'reportedly C'."""
    if tok.lower_ in EVIDENTIAL_ADVERBS and tok.dep_ == "advmod":
        verb = tok.head
        attitude = "allege" if tok.lower_ == "allegedly" else "report"
        toks = [t for t in verb.subtree if t.i != tok.i]
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
        toks = [*_antecedent(subj, tok), *xcomp.subtree]
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
    if not tok.lower_.endswith("ly"):
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass", "neg"}]
        every = {t.i: t for t in [*toks, tok, *aux] if t.i >= toks[0].i}
        kept = [every[i] for i in sorted(every)]
    text = _words_as_written(kept).strip(" ,;:.")
    source = Source(name=UNATTRIBUTED)
    return Record(
        start=start,
        end=end,
        text=text[:1].upper() + text[1:],
        attitude=attitude,
        source=source,
        cue=_cue_at(tok),
        hedged=True,
        standing=False,
        words=frozenset(words),
    )


def _linked_record(
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
    subject = _antecedent(subj, tok)
    head = next((t for t in subject if t.dep_ != "compound" and t.head not in subject), None)
    head = head or subj
    party = head.pos_ in {"PROPN", "PRON"} or head.ent_type_ in {"PERSON", "ORG"}
    if not party or head.lower_ in {"it", "this", "that", "which"}:
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    source = _source(doc, holder, entities, quotes) if holder is not None else None
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
    text = _words_as_written(toks).strip(" ,;:.")
    named = _person_named_before(doc, subj, entities) if subj.lower_ in {"he", "she"} else None
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
        cue=_cue_at(tok),
        hedged=attitude == "speculate",
        standing=False,
        words=frozenset(content_words(doc, start, end)),
    )


def _person_named_before(doc: Doc, pronoun: Token, entities: EntityTable) -> str | None:
    """The person a sentence-initial "he"/"she" with no speaker continues: the one named in
    the sentence before (its subject if several), not one named further back ("The club still
    owe PSG for Markel. He has been linked with Y": Markel). None when that sentence names no
    person, when a pronoun is a subject there too, or the pronoun does not open its sentence."""
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(t.dep_ == "nsubj" and t.lower_ in {"he", "she"} for t in before):
        return None  # "he described X … He has been linked": one pronoun chain, resolved as one
    found = [
        (record.name, _named_as_subject(doc, mention.start, mention.end))
        for _id, record, mention in entities.mentions_before(sent.start_char)
        if mention.start >= before.start_char and record.type == "person"
    ]
    return next((n for n, subject in found if subject), found[0][0] if found else None)


def _words_as_written(toks: Sequence[Token]) -> str:
    """Tokens in text order with the article's own spacing, one space across a gap."""
    out = []
    for t, nxt in zip(toks, [*toks[1:], None], strict=True):
        out.append(t.text + (t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _as_evidential_record(
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
    source = _source(doc, holder, entities, quotes)
    if holder is not None and source.name != UNATTRIBUTED and _is_outlet(source.name, None):
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
        cue=_cue_at(tok),
        hedged=attitude == "speculate",
        standing=False,
        words=frozenset(content_words(doc, start, end) - content_words(doc, tok.idx, tok.idx + 1)),
        kind="rumour",
    )


def _cue_at(tok: Token) -> Cue:
    """The cue of a record: the one word that reports, with its offsets."""
    return Cue(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


def _nested_claim_record(
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
    source = _source(doc, holder, entities, quotes)
    body = " ".join(t.text for t in [*antecedent, *own])
    attitude = _quote_attitude(lemma, False, source.name, None, span, body, tok.text)
    start, end = own[0].idx, own[-1].idx + len(own[-1].text)
    return Record(
        start=start,
        end=end,
        text=stand_alone(re.sub(r"\s+([,.;:'’\"”])", r"\1", body), doc, start, source, entities),
        attitude=attitude,
        source=source,
        cue=_cue_at(tok),
        hedged=attitude == "speculate",
        standing=has_standing(source.name, attitude, _is_commentator(source.name, None)),
        words=frozenset(
            set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in antecedent + own))
        ),
    )


def _data_report_record(
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
    source = _source(doc, holder, entities, quotes)
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
        source = _source(doc, toks[name - 1], entities, quotes)
        toks = toks[name + 1 :]
    if len(toks) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Record(
        start=start,
        end=end,
        text=stand_alone(_words_as_written(toks), doc, start, source, entities),
        attitude="report",
        source=source,
        cue=_cue_at(tok),
        standing=has_standing(source.name, "report", True),
        kind="evidential",
        words=frozenset(
            set().union(*(content_words(doc, t.idx, t.idx + len(t.text)) for t in toks))
        ),
    )


def _view_record(
    doc: Doc, tok: Token, entities: EntityTable, quotes: Sequence[Quote] = ()
) -> Record | None:
    """'The fines are seen by campaigners as a cover-up' / 'analysts see the deal as a rescue':
    the viewer (the 'by' agent, or the active subject) holds that the thing seen is
    what the 'as' phrase says; an accusation if that names a wrong. No viewer ("is seen as"),
    no record."""
    if tok.lower_ not in VIEW_VERB_FORMS or tok.pos_ != "VERB":
        return None
    if any(q.start <= tok.idx < q.end for q in quotes):
        return None  # a view inside a quote is its speaker's, read from the quote
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None:
        holder = next((g for g in agent.children if g.dep_ == "pobj"), None)
        seen = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    else:
        holder = _active_subject(tok)
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
    while said and said[-1].is_punct:
        said = said[:-1]
    thing = [t for t in seen.subtree if t.i < as_word.i and not t.is_punct]
    if not said or not thing:
        return None
    plural = seen.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in seen.children)
    be = "are" if plural else "is"
    text = f"{_words_as_written(thing)} {be} {_words_as_written(said)}"
    source = _source(doc, holder, entities, quotes)
    commentator = _is_commentator(source.name, None)
    attitude = "allege" if _wrongdoing(text) and not commentator else "assert"
    start = min(thing[0].idx, tok.idx)
    end = said[-1].idx + len(said[-1].text)
    return Record(
        start=start,
        end=end,
        text=text[:1].upper() + text[1:],
        attitude=attitude,
        source=source,
        cue=_cue_at(tok),
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


def _topic_rumour_record(doc: Doc, tok: Token) -> Record | None:
    """'rumours about a pregnancy have appeared', 'claims of a shambles': a report, rumour or
    claim noun with only a topic, held by nobody named. It joins a claim that states the topic
    (``kind`` "topic") and founds none."""
    attitude = RUMOUR_NOUNS.get(tok.lower_)
    if attitude is None or not _common_noun(tok) or tok.lower_ in ACCUSATION_WORDS:
        return None
    clauses = {"acl", "ccomp", "relcl"}
    if _noun_holder(tok) is not None or any(c.dep_ in clauses for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_LINKS), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return None
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    stated = _gerund_statement(obj)
    if stated is not None and attitude == "allege" and not _wrongdoing(stated):
        attitude = "report"  # "amid claims of costs rising": a claim, not an accusation
    return Record(
        start=start,
        end=end,
        text=stated or text_of(doc)[start:end],
        attitude=attitude,
        source=Source(name=UNATTRIBUTED),
        cue=_cue_at(tok),
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
    text = f"{_words_as_written(noun)} {be} {_words_as_written(list(verb.subtree))}"
    text = text.strip(" ,;:.")
    return text[:1].upper() + text[1:]


def _antecedent(subject: Token, verb: Token) -> list[Token]:
    """The subject's words, or for a relative pronoun the noun phrase it stands for ("Globex,
    which had been expected to win": Globex)."""
    if subject.tag_ not in {"WDT", "WP"} or verb.dep_ != "relcl":
        return list(subject.subtree)
    noun = verb.head
    return [t for t in noun.subtree if t.i < verb.left_edge.i and not t.is_punct]


def _content_clause(noun: Token) -> Token | None:
    """The clause that states what a claim noun claims: 'the idea that X', 'reports Acme
    would X' (a content clause, or a relative clause with no gap)."""
    return next(
        (
            c
            for c in noun.children
            if c.pos_ in {"VERB", "AUX"}
            and (c.dep_ in {"acl", "ccomp"} or (c.dep_ == "relcl" and _gapless(c)))
            and not _reduced_passive(c)  # "the claims, made in a new book": no content
        ),
        None,
    )


def _infinitival(verb: Token) -> bool:
    """Whether a clause is a bare "to" infinitive with no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children
    )


def _reference_denial(
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
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    reduced = _reduced_response(tok) and (
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
        holder = _active_subject(tok)
    if holder is not None and holder.lower_ in {"who", "which", "that"} and tok.dep_ == "relcl":
        holder = tok.head
    if holder is None:
        return None
    source = _source(doc, holder, entities, quotes)
    clause = _content_clause(obj)
    if clause is not None and _infinitival(clause):
        # "rejected the chance to become coach", "confirmed the decision to close the plant":
        # the noun names an act, not a proposition; turning it down is no denial, and a
        # confirmation is of the noun phrase (guidelines A: non-finite content is no claim)
        if attitude != "confirm":
            return None
        clause = None
    inverted = _inverted_content(tok, obj) if clause is None else None
    before = (
        _statement_before(tok.sent)
        if clause is None and obj.lower_ in DEMONSTRATIVES and not list(obj.children)
        else None
    )
    if before is not None:  # "Acme will shut X. The firm confirmed this": it confirms that
        start, end = before
        text = _what_was_stated(doc, before, quotes)
        inverted = before
    elif clause is not None:  # "rejected the idea that X": a denial of X itself
        start, end = _clause_span(clause)
        end = _content_end(obj, clause, end)
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
        cue=_cue_at(tok),
        reference=clause is None and inverted is None and obj.lower_ in CLAIM_REFERENCE_NOUNS,
        standing=has_standing(source.name, attitude, _is_outlet(source.name, None)),
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
        or _content_clause(obj) is not None
    )


def _statement_before(sent: Span) -> tuple[int, int] | None:
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


def _what_was_stated(doc: Doc, span: tuple[int, int], quotes: Sequence[Quote]) -> str:
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


def _clausal_answer(
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
    holder = _clause_holder(tok)
    if holder is None or holder.tag_ in {"WDT", "WP"}:
        return None
    source = _source(doc, holder, entities, quotes)
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
        cue=_cue_at(tok),
        kind="denial",
        standing=has_standing(source.name, attitude, _is_outlet(source.name, None)),
    )


# What a phrasal answer or a plea can answer when its object only names a claim ("played
# down the fears", "hit back at the claims"): a claim, report or rumour noun.
_ANSWERED_NOUNS = CLAIM_REFERENCE_NOUNS | set(RUMOUR_NOUNS) | {"fears", "concerns", "talk"}


def _answer_record(
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
    source = _source(doc, holder, entities, quotes)
    if source.entity_id is None and holder.pos_ != "PRON":
        source = holder_source(doc, holder, entities)  # "the company played down X": Acme
    obj = _answered_object(tok)
    clause = _content_clause(obj) if obj is not None else None
    if clause is None and tok.lower_ not in PLEA_FORMS:
        if obj is None or obj.lower_ not in _ANSWERED_NOUNS:
            return None  # "played down the significance of the program": no claim answered
    if clause is not None and obj is not None:
        start, end = _clause_span(clause)
        end = _content_end(obj, clause, end)
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
        cue=_cue_at(tok),
        reference=clause is None,
        standing=has_standing(source.name, attitude, _is_outlet(source.name, None)),
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
    holder = _active_subject(verb)
    if holder is not None and holder.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head
    if holder is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _active_subject(verb.head)  # "the firm responded, playing down the reports"
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

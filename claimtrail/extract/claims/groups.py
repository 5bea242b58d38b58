"""Grouping attributed propositions into claims: one proposition, all its attributions.

Records (``records``) are read in text order and each joins the claim it is about:
- by wording: the records share content words, weighted by how rare each word is in the
  article (a topic word in every sentence says little), and the speaker of a pronoun subject
  counts ("Gazprom denied that it is behind X" is about Gazprom);
- by reference: a denial of "the claims" / "the reports" joins the latest claim that something
  reported, rumoured or alleged before it (else the central claim);
- by place: a record inside a claim's own span (a report relaying an allegation) joins it;
  a short denial whose words are all words of the statement right before it, by another
  party, answers that statement ("X denied there was any vandalism").
A record whose content has the opposite polarity of the claim ("there would be no X" against
"X") is a denial when its speaker is the claim's subject or a party to it, else a contest; only
when someone else holds the claim (states, reports, alleges or rumours it, or the headline
answers it): under a headline that only names the story, or after its own words, it is the
party's position. A claim text opening with a negation ("No new runway") is negative.
Every claim's status then comes from ``claimtrail.status``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from claimtrail.extract.claims.records import Record, affirm, fold, is_figure_word, name_words
from claimtrail.extract.claims.relays import (
    RELAY_ATTITUDES,
    SUBJECT_WORDS,
    own_confirmation,
    relayed,
)
from claimtrail.models import Attribution, Claim
from claimtrail.status import UNATTRIBUTED, Stand, decide, has_standing
from claimtrail.vocabulary.contentless import BARE_ANSWER_WORDS, POSSIBILITY_WORDS
from claimtrail.vocabulary.derivations import WORD_FAMILIES
from claimtrail.vocabulary.dismissals import (
    CLOSING_WORDS,
    GROUNDS_NOUNS,
    INTENSIFIERS,
    POINTING_SUBJECTS,
    TRUTH_PREDICATES,
)
from claimtrail.vocabulary.gazetteer import SPOKES_NOUNS
from claimtrail.vocabulary.grammar import (
    NEGATORS,
    POINTING_DETERMINERS,
    PRONOUN_SUBJECTS,
    uninflected,
)
from claimtrail.vocabulary.lexicon import CLAIM_REFERENCE_NOUNS, DISMISSAL_WORDS, verb_lemma
from claimtrail.vocabulary.opposites import OPPOSITE_PREDICATES
from claimtrail.vocabulary.press import DATA_NOUNS
from claimtrail.vocabulary.standing import LITIGATION_CUES

# Weighted share of the smaller record's words that must be shared to join a claim.
JOIN_SHARE = 0.65
# The lower bar for a negated statement answering a claim someone reported, rumoured or alleged.
ANSWER_SHARE = 0.3
# The bar for a record that shares a figure ("7,000 jobs") and another word with a claim.
FIGURE_SHARE = 0.2
# ... and at least this many distinct shared words.
JOIN_MIN_WORDS = 2
POINTING_ATTITUDES = {"deny", "contest", "confirm", "question"}
SOURCE_ATTITUDES = {"report", "speculate", "allege", "assert"}
RELAYING = {"report", "speculate", "allege"}


def _alternatives(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_INTENSIFIED = rf"(?:(?:{_alternatives(INTENSIFIERS)})\s+)*"
_POINTED = (
    rf"(?:(?:the|this|these|that|those|such)\s+"
    rf"(?:{_alternatives(CLAIM_REFERENCE_NOUNS | DATA_NOUNS)})"
    rf"|{_alternatives(POINTING_SUBJECTS)})"
)
_CLOSE = rf"(?:\s+(?:{_alternatives(CLOSING_WORDS)}))?\s*$"
# A clause that only calls what was said false: "(it) is (simply) not true", "that is
# utter rubbish", "there is no truth in that" (vocabulary/dismissals.py).
_DISMISSAL = re.compile(
    rf"^(?:{_POINTED}\s+)?(?:is|was|are|were|'s)\s+(?:"
    rf"{_INTENSIFIED}(?:{_alternatives(DISMISSAL_WORDS)})"
    rf"(?:\s+(?:{_alternatives(CLAIM_REFERENCE_NOUNS | DATA_NOUNS)}))?"  # "fantasy figures"
    rf"|{_INTENSIFIED}(?:not|never)\s+{_INTENSIFIED}(?:{_alternatives(TRUTH_PREDICATES)})"
    rf"){_CLOSE}"
    rf"|^there\s+(?:is|was|'s)\s+{_INTENSIFIED}no\s+(?:{_alternatives(GROUNDS_NOUNS)})"
    rf"(?:\s+(?:in|to|for|behind)\s+{_POINTED})?{_CLOSE}"
)


@dataclass
class Group:
    """A claim under construction: a seed (an existing claim) or records alone."""

    words: set[str]
    start: int
    end: int
    records: list[Record] = field(default_factory=list)
    seed: Claim | None = None
    negated: bool = False
    central: bool = False
    # Statements of the opposite polarity that nobody else held the claim before: their own
    # position unless someone else holds it by the end of the article (``_settle``).
    unanswered: list[Record] = field(default_factory=list)

    @property
    def first(self) -> Record | None:
        return next((r for r in self.records if not r.reference), None)


def share(
    a: set[str] | frozenset[str], b: set[str] | frozenset[str], w: dict[str, float]
) -> tuple[float, int]:
    common = a & b
    if not common:
        return 0.0, 0
    # fsum: exact, so the result does not depend on the sets' (hash-seeded) iteration order
    weight = math.fsum(w.get(x, 1.0) for x in common)
    smaller = min(math.fsum(w.get(x, 1.0) for x in a), math.fsum(w.get(x, 1.0) for x in b))
    return (weight / smaller if smaller else 0.0), len(common)


def _stems(words: set[str] | frozenset[str]) -> dict[str, str]:
    """Each folded word -> its stem without an inflection or a final "e" ("moving" and
    "move" -> "mov"); a concept word stays itself."""
    return {w: (uninflected(w).removesuffix("e") if w.isalpha() else w) for w in words}


def _stem_weights(weights: dict[str, float], *stems: dict[str, str]) -> dict[str, float]:
    """A stem weighs as much as the rarest word it stands for."""
    out: dict[str, float] = {}
    for mapping in stems:
        for word, stem in mapping.items():
            out[stem] = max(out.get(stem, 0.0), weights.get(word, 1.0))
    return out


# Each folded word of a word family (vocabulary/derivations.py) -> the family's first word.
_FAMILY_OF = {fold(w): fold(family[0]) for family in WORD_FAMILIES for w in family}


def _kin(words: set[str] | frozenset[str]) -> frozenset[str]:
    """Folded words with a family's members as one ("death", "dead", "died" -> "death")."""
    return frozenset(_FAMILY_OF.get(w, w) for w in words)


def _kin_weights(weights: dict[str, float]) -> dict[str, float]:
    """A family weighs as much as its rarest member in the article."""
    rarest: dict[str, float] = {}
    for word, family in _FAMILY_OF.items():
        if word in weights:
            rarest[family] = max(rarest.get(family, 0.0), weights[word])
    return {**weights, **rarest}


def _side(words: tuple[str, ...]) -> frozenset[str]:
    return _kin(frozenset(fold(w) for w in words))


# Each folded word of a predicate (vocabulary/opposites.py) -> the words of its opposite.
_OPPOSITE_OF: dict[str, frozenset[str]] = {}
for _one, _other in OPPOSITE_PREDICATES:
    for _word in _side(_one):
        _OPPOSITE_OF[_word] = _OPPOSITE_OF.get(_word, frozenset()) | _side(_other)
    for _word in _side(_other):
        _OPPOSITE_OF[_word] = _OPPOSITE_OF.get(_word, frozenset()) | _side(_one)


def _opposed(words: frozenset[str], claim_words: frozenset[str]) -> dict[str, str]:
    """The record's predicates whose opposite the claim states and the record does not
    ("alive" against "dead"): each -> the claim's word it opposes."""
    out: dict[str, str] = {}
    for word in words:
        against = (_OPPOSITE_OF.get(word, frozenset()) & claim_words) - words
        if against and not _OPPOSITE_OF.get(word, frozenset()) & words:
            out[word] = min(against)
    return out


def _opposes(record: Record, group: Group) -> bool:
    """The record states the opposite predicate of the claim's ("X is alive and well" /
    "X was found dead"): it reads as the claim's negation."""
    return bool(_opposed(_kin(record.words), _kin(group.words)))


def _joins(
    record: Record,
    group: Group,
    weights: dict[str, float],
    in_lead: bool = False,
    names: frozenset[str] = frozenset(),
) -> float:
    """How well the record's words match the claim's (0 when it does not join), a word
    family's members counting as one word ("rumours of his death" / "he is dead")."""
    record_words, group_words = _kin(record.words), _kin(group.words)
    weights = _kin_weights(weights)
    opposed = _opposed(record_words, group_words)
    # "X is alive" against "X is dead": the claim's own word, negated
    record_words = frozenset(opposed.get(w, w) for w in record_words)
    negated = record.negated != bool(opposed)
    value, n = share(record_words, group_words, weights)
    said = (record_words & group_words) - names  # shared words beyond the parties' names
    if n >= JOIN_MIN_WORDS and value >= JOIN_SHARE and len(said) >= JOIN_MIN_WORDS:
        return value
    # the same words inflected otherwise ("moving onto the turf" / "a move onto our turf")
    stems_r, stems_g = _stems(record_words), _stems(group_words)
    stem_value, stem_n = share(
        set(stems_r.values()), set(stems_g.values()), _stem_weights(weights, stems_r, stems_g)
    )
    stem_said = {stems_r[w] for w in record_words - names} & set(stems_g.values())
    if stem_n >= JOIN_MIN_WORDS and stem_value >= JOIN_SHARE and len(stem_said) >= JOIN_MIN_WORDS:
        return stem_value
    top = max(weights.values(), default=0.0)
    rare = math.log(1 + (math.exp(top) - 1) / RESTATED_SENTENCES)
    sw = _stem_weights(weights, stems_r, stems_g)
    if (
        len(stem_said) >= JOIN_MIN_WORDS
        and stem_value >= ANSWER_SHARE
        and all(sw.get(x, 0.0) >= rare for x in stem_said)
        and negated == group.negated
    ):
        return stem_value  # two words of what is said, both rare in the article
    if len(said) >= JOIN_MIN_WORDS and value >= FIGURE_SHARE and any(map(is_figure_word, said)):
        return value  # the same figure ("7,000 jobs") and what it counts: the same proposition
    if n >= JOIN_MIN_WORDS and value >= JOIN_SHARE and _restates(record, group, said, weights):
        return value  # "X says she has been fired" ... "X had been fired last month"
    if n >= JOIN_MIN_WORDS and said and value >= ANSWER_SHARE and _subject_on_relay(record, group):
        return (
            value  # "reports said Acme was in talks to buy Brill" ... "Acme said it was in talks"
        )
    headline = group.seed is not None and group.seed.central
    if headline and in_lead and said and value >= ANSWER_SHARE and not record.reference:
        return value  # the lead states what the headline says, in its own words
    if headline and in_lead and _answers_as_the_headline(record, group):
        return max(value, ANSWER_SHARE)  # "X denies Y claims" ... "X has denied claims that C"
    # a party negating its own claim elsewhere ("I never meant it as harm") does not deny it
    denial = (record.attitude == "deny" or negated) and not _holds(group, record.source_words)
    if n >= 1 and denial and record.source_words & _seed_sources(group, answering=True):
        return value  # the headline's denier denying again in the body, in other words
    beyond_speaker = (record_words & group_words) - record.source_words
    if n >= JOIN_MIN_WORDS and beyond_speaker and denial and negated and value >= ANSWER_SHARE:
        if _open(group):
            # "there was no conflict of interest" answers "accusations of a conflict"; sharing
            # only the speaker's name ("Blair did not know the date" / "Blair lied") does not
            return value
    if denial and _no_such(record) & group.words and _open(group):
        return max(value, ANSWER_SHARE)  # "no such promise had been made": the promise alleged
    if record.kind == "finding" and len(said) >= JOIN_MIN_WORDS and value >= ANSWER_SHARE:
        return value  # "an inquiry found that officers had not destroyed evidence" rules on it
    if record.attitude == "question" and said and value >= ANSWER_SHARE and _alleged(group):
        return value  # "a front for somebody, not necessarily for X" doubts "a front for X"
    return 0.0


# A word is rare enough to tell which proposition a restatement repeats when it occurs in at
# most this many of the article's sentences.
RESTATED_SENTENCES = 3


def _restates(
    record: Record, group: Group, said: set[str] | frozenset[str], weights: dict[str, float]
) -> bool:
    """The record's source restates its own claim in other words: the same party, the same
    polarity, the parties' names and a word of what is said that is rare in the article ("Ms S
    says she has been fired" ... "Ms S announced she had been fired last month"); a party's
    two statements sharing only a topic word ("the bill") say different things."""
    if not said or record.reference or record.negated != group.negated or not record.source_words:
        return False
    if not any(
        r.source_words == record.source_words and not r.reference and r.attitude == record.attitude
        for r in group.records
    ):
        return False
    top = max(weights.values(), default=0.0)
    n_sents = math.exp(top) - 1  # the article's sentence count: a word in one sentence
    rare = math.log(1 + n_sents / RESTATED_SENTENCES)
    return any(weights.get(w, top) >= rare for w in said)


_NO_SUCH = re.compile(r"\bno such ([a-z]+)", flags=re.I)


def _no_such(record: Record) -> set[str]:
    """The folded noun a negation points back at with "no such" ("there was no such deal",
    "no such promise had been made"): the thing another party said there was."""
    return {fold(m.group(1)) for m in _NO_SUCH.finditer(record.text)}


def _answers_as_the_headline(record: Record, group: Group) -> bool:
    """The lead answers as the headline says its subject answers: a headline "X denies ..."
    (or confirms) and the lead's denial (confirmation) of the same polarity, whatever its
    words ("MP denies expenses claims" ... "A Conservative MP has denied claims that he used
    public money"): the lead tells what the headline names."""
    if group.seed is None or record.attitude not in {"deny", "confirm"} or record.reference:
        return False
    return (
        any(
            a.attitude == record.attitude and a.cue is not None and a.cue.end <= group.seed.end
            for a in group.seed.attributions  # the headline's own cue, not the body's
        )
        and record.negated == group.negated
    )


def _subject_on_relay(record: Record, group: Group) -> bool:
    """The party a relayed claim is about speaks of it: an outlet, an unnamed report or rumour
    (no standing) carries a claim naming the party, and the party's own statement has it as
    its subject ("Acme said it was in talks": "Acme was in talks")."""
    if record.attitude != "assert" or record.reference or not record.source_words:
        return False
    subject = name_words(" ".join(record.text.split()[:SUBJECT_WORDS]))
    if not subject & record.source_words:
        return False
    return any(
        r.attitude in RELAY_ATTITUDES
        and not r.standing
        and not r.reference
        and record.source_words & r.words
        and not r.source_words & record.source_words
        for r in group.records
    )


def _seed_sources(group: Group, answering: bool = False) -> set[str]:
    """The name words of the central claim's sources (``answering``: only those denying or
    contesting it, not an outlet that reports it)."""
    if group.seed is None or not group.seed.central:
        return set()
    return {
        w
        for a in group.seed.attributions
        if not answering or a.attitude in {"deny", "contest"}
        for w in name_words(a.source.name)
    }


def group_records(
    records: list[Record],
    seeds: list[Claim],
    seed_words: list[set[str]],
    weights: dict[str, float],
    lead_end: int = 0,
    names: frozenset[str] = frozenset(),
) -> list[Group]:
    """Records in text order, each joined to the claim it is about or founding one; a record
    in the lead (before ``lead_end``) meets the headline's claim on a lower bar. Two records
    that share only ``names`` (folded words of proper names) say different things about the
    same parties: they join by wording only if they also share a word of what is said."""
    groups = [
        Group(words=set(ws), start=c.start, end=c.end, seed=c, negated=_negative(c.text))
        for c, ws in zip(seeds, seed_words, strict=True)
    ]
    deferred: list[Record] = []
    placed: set[int] = set()  # topics an answer to them has already placed
    head = next((g for g in groups if g.seed is not None and g.seed.central), None)
    opening = _opening_statement(records, lead_end)
    first_relay = next(
        (
            r
            for r in sorted(records, key=lambda r: r.start)
            if r.attitude in RELAYING and not r.reference and r.kind != "topic"
        ),
        None,
    )
    topics: list[Record] = []
    last_answer: Group | None = None  # the claim the latest pointing denial or contest answered
    for record in _relays_first(records):
        if record.kind == "topic":
            topics.append(record)  # "rumours about a pregnancy": joins what states its topic
            continue
        if _says_its_answer(record, records):
            continue  # '"We reject both charges as baseless," he said': the inner denial is it
        if _dismissal(record):
            record.reference, record.attitude = True, "deny"  # "That is utter rubbish"
            target = _latest_relayed(record, groups)
            if target is not None:
                _add(target, record)
                last_answer = target
                continue
        target = _inside(record, groups) if not record.reference else None
        if target is None and not record.reference:
            target = _relayed_around(record, groups)
        restated = _own_denial(record, groups) if target is None else None
        if restated is not None:
            target, record.attitude = restated, "deny"
        if record.kind == "rebuttal" and not _about_before(record, groups):
            # "this would not ..." with nothing claimed about the speaker before: a statement
            record.reference, record.attitude = False, "assert"
        if target is None and record.reference:
            topic = _topic_inside(record, records)
            if topic is not None:  # "denied reports of a row with the coach": that row
                target = _topic_claim(topic, groups)
                placed.add(id(topic))
        if target is None and record.reference and record.also:
            target = last_answer  # "Goldsmith also denied them": what the last denial answered
        if target is None and record.reference:
            target = (
                _same_sentence(record, groups)
                or _same_noun(record, groups)
                or _stated_beside(record, groups, weights)
            )
        if target is None and record.reference:
            if not _about_before(record, groups) and record.source_words:
                deferred.append(record)  # "X said the claims had no merit": the claims may follow
                continue
            target = _referent(record, groups)
        if target is not None and record.kind == "plea" and not _pleads_to(target, record, names):
            target = None  # "Carter pleaded guilty" answers a claim about Carter, not Reed's
        if (
            target is None
            and record is opening
            and head is not None
            and _names_only(head)
            and record.words & head.words
        ):
            target = head  # the lead's first statement says what a bare headline names
        if target is None and record is first_relay and _answered_headline(head, record):
            target = head  # "X denies rift with Y" ... "there had been talk that Y felt ..."
        if target is None and not record.reference:
            scored = [
                (g, _joins(record, g, weights, record.start < lead_end, names))
                for g in groups
                if not _nested_in(record, g)
            ]
            scored = [(g, s) for g, s in scored if s > 0]
            if scored:
                target = max(scored, key=lambda gs: gs[1])[0]
            elif record.attitude == "report" and record.source_words:
                target = _names_the_report(record, groups, records)
            elif (
                record.attitude in {"deny", "contest", "confirm"}
                and record.source_words
                and record.kind != "dismissal"  # it states what it denies: a claim of its own
            ):
                target = _same_sentence(record, groups) if len(record.words) <= 1 else None
                target = target or _denied_by_subject(record, groups, names)
                target = target or _denied_just_before(record, groups, names)
        if target is None:
            if record.reference or not record.founds:
                continue  # points at or restates nothing the article states as a claim
            if _contentless(record):
                continue  # "countered criticism", "admitted anything was possible": no claim
            target = Group(
                words=set(record.words), start=record.start, end=record.end, negated=record.negated
            )
            groups.append(target)
        _add(target, record, not record.reference and _opposes(record, target))
        if record.reference and record.attitude in {"deny", "contest"}:
            last_answer = target
    for record in topics:
        if id(record) in placed:
            continue
        stating = [g for g in groups if record.words and _kin(record.words) <= _kin(g.words)]
        if stating:
            _add(min(stating, key=lambda g: abs(g.start - record.start)), record)
    for record in deferred:
        # A party dismissing "the claims" before any is stated about it answers the claims
        # about it that others make later ("ABC said the claims had no merit ... ABC failed to
        # provide a safe workplace, her lawyer said"), else what came before.
        target = _about_after(record, groups, names) or _referent(record, groups)
        if target is not None and record.kind == "plea" and not _pleads_to(target, record, names):
            continue
        if target is not None:
            _add(target, record)
    _settle(groups)
    return groups


def _unnamed_relay(record: Record) -> bool:
    """A report nobody in the article is named as making, told as a noun ("a newspaper
    report that C", "claims that C", "reports she had split")."""
    return (
        record.attitude in RELAYING
        and not record.reference
        and not record.source_words
        and record.cue is not None
        and record.cue.text.lower() in CLAIM_REFERENCE_NOUNS
    )


def _names_the_report(record: Record, groups: list[Group], records: list[Record]) -> Group | None:
    """A named outlet's report told right after an unnamed one is that report, in its own
    words: "Acme denied a newspaper report that it plans to cut jobs. The Courier said the
    firm would announce the cuts next month" (the next attribution after the unnamed report,
    of the same polarity, while nobody named has yet been said to report the claim, which
    a party has answered: the denial is what makes the article name the report)."""
    before = [r for r in records if r.end <= record.start and r is not record]
    if not before:
        return None
    sentence = max(r.sentence for r in before)
    last = [r for r in before if r.sentence == sentence]  # the attributions just before
    unnamed = [r for r in last if _unnamed_relay(r) and r.negated == record.negated]
    group = next((g for g in groups if unnamed and unnamed[0] in g.records), None)
    if group is None:
        return None
    named = any(
        r.attitude in RELAYING and r.source_words and not r.reference for r in group.records
    )
    others = any(r not in group.records for r in last)
    answered = any(r.attitude in {"deny", "contest"} for r in group.records)
    return group if answered and not (named or others) else None


def _dismissal(record: Record) -> bool:
    """A quotation whose first sentence only calls what was said false, in a clause of its own
    ("It is simply not true", "That is utter rubbish", "It is a shame, there is no
    truth in that"): a denial pointing back at the claim before it (guidelines B: deny,
    "including 'speculation' or 'nonsense'"), not a proposition of its own."""
    if record.reference or record.kind != "quote" or record.attitude not in {"assert", "contest"}:
        return False
    text = record.text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\b(is|was|are|were|does|did|do)n't\b", r"\1 not", text)
    text = re.sub(r"(\w)'s\b", r"\1 's", text)
    first = re.split(r"[.!?]", text, maxsplit=1)[0]
    clauses = (re.sub(r"[^a-z' ]+", " ", c).strip() for c in re.split(r"[,;:()\u2013-]", first))
    return any(_DISMISSAL.match(" ".join(c.split())) for c in clauses if c)


def _relayed_around(record: Record, groups: list[Group]) -> Group | None:
    """The claim of an outlet's or a report's relay whose content ends with the record's
    ("Fox News reported that an official confirmed that C" around C; "reports that officials
    confirm that C"): the relay passes on the inner attribution and C with it (guidelines A:
    every level of nesting is a record), so both are attributions of C. A party's own
    statement around a claim noun ("the Tories say ministers must answer claims that C") is
    not a relay and keeps C apart (``_nested_in``)."""
    for g in groups:
        for r in g.records:
            if (
                r.attitude in RELAY_ATTITUDES
                and not r.standing
                and not r.reference
                and r.kind != "topic"
                and r.start < record.start
                and r.end == record.end
                and r.source.name != record.source.name
            ):
                return g
    return None


def _topic_inside(record: Record, records: list[Record]) -> Record | None:
    """The topic of a report, rumour or accusation named inside an answer's noun phrase
    ("denied reports of a row with the coach": a row with the coach), by another party."""
    if record.attitude not in {"deny", "contest", "confirm"}:
        return None
    return next(
        (
            r
            for r in records
            if r.kind == "topic"
            and r.words
            and record.start <= r.start < r.end <= record.end
            and not r.source_words & record.source_words
        ),
        None,
    )


def _topic_claim(topic: Record, groups: list[Group]) -> Group:
    """The claim that states the topic (the nearest one holding all its words), else a claim
    of the topic's own, founded by its report."""
    stating = [g for g in groups if _kin(topic.words) <= _kin(g.words)]
    if stating:
        return min(stating, key=lambda g: abs(g.start - topic.start))
    group = Group(words=set(topic.words), start=topic.start, end=topic.end)
    groups.append(group)
    _add(group, topic)
    return group


# How many words of a quotation may stand before the answering verb that heads it ("We",
# "I totally"): more, and the verb is inside a statement of its own.
ANSWER_HEAD_WORDS = 2


def _says_its_answer(record: Record, records: list[Record]) -> bool:
    """A quotation headed by the speaker's own answering verb ('"We reject both charges as
    baseless"', '"I deny these allegations"'): the answer is the record read from that verb
    inside it (a denial of "the charges"), and the quotation states nothing beyond it."""
    if record.reference or not record.source_words:
        return False
    for inner in records:
        if (
            inner is record
            or not inner.reference
            or inner.cue is None
            or not inner.source_words & record.source_words
            or not record.start <= inner.cue.start < inner.end <= record.end
        ):
            continue
        head = record.text[: max(0, inner.cue.start - record.start)]
        if len(head.split()) <= ANSWER_HEAD_WORDS:
            return True
    return False


def _contentless(record: Record) -> bool:
    """An answer that states no proposition: a dispute of a bare noun phrase ("countered
    criticism over the timing" read as "criticism"), or a content whose only words are of
    bare possibility ("admitted everything was possible") or none at all."""
    if record.attitude not in POINTING_ATTITUDES:
        return False
    if record.attitude == "contest" and len(record.text.split()) <= BARE_ANSWER_WORDS:
        return True
    return not record.words or record.words <= _POSSIBILITY_FOLDS


def _answered_headline(head: Group | None, record: Record) -> bool:
    """The headline's claim is an answer with nothing yet to answer ("Kask denies rift with
    Brenner": a denial, no report or rumour of a rift), and the record, the article's first
    report or rumour, is one about the answering party that names another of the claim's
    parties ("there had been talk that Brenner felt sidelined by Kask"): the rumour the
    headline answers, in other words."""
    if head is None or head.seed is None or record.standing:
        return False
    answers = [a for a in head.seed.attributions if a.attitude in {"deny", "contest", "confirm"}]
    answers_words = set().union(*(name_words(a.source.name) for a in answers)) if answers else set()
    answers_words |= {
        w
        for r in head.records
        if r.attitude in {"deny", "contest", "confirm"}
        for w in r.source_words
    }
    if (
        not answers_words
        or any(a.attitude in RELAYING for a in head.seed.attributions)
        or any(r.attitude in RELAYING for r in head.records)
    ):
        return False
    others = (record.words & head.words) - answers_words
    return bool(record.words & answers_words) and bool(others)


def _opening_statement(records: list[Record], lead_end: int) -> Record | None:
    """The first statement of the article's lead when it relays a claim with no party named
    for it ("Northam are set to name Lind as manager", "X is reported to have agreed"): under
    a headline that only names the story ("Lind poised for Northam") it states what the
    headline is about. A party's own statement there ("Lind said he was ready") is its own
    claim."""
    stated = [r for r in records if r.start < lead_end and not r.reference and r.kind != "topic"]
    first = min(stated, key=lambda r: r.start) if stated else None
    if first is None or first.attitude not in RELAYING or first.standing:
        return None
    return first


def _own_denial(record: Record, groups: list[Group]) -> Group | None:
    """A negated statement in the sentence of its own source's denial, after it ("The club
    denied that Ross had resigned, insisting: 'He has not gone anywhere'"): the denial said
    again in the party's words, so it joins the claim the denial answers."""
    if (
        record.reference
        or not record.negated
        or record.attitude not in {"assert", "contest"}
        or record.sentence < 0
        or not record.source_words
    ):
        return None
    for g in groups:
        for r in g.records:
            if (
                r.attitude == "deny"
                and not r.reference
                and r.sentence == record.sentence
                and r.end <= record.start
                and r.source_words & record.source_words  # the same party, however named
            ):
                return g
    return None


def _latest_relayed(record: Record, groups: list[Group]) -> Group | None:
    """The claim that another party reported, rumoured or alleged last before the record: what
    a dismissal pointing back ("That is nonsense") answers."""
    near = [
        (r.start, g)
        for g in groups
        for r in g.records
        if r.start < record.start
        and not r.reference
        and r.attitude in RELAYING
        and not (r.source_words and r.source_words <= record.source_words)
    ]
    return max(near, key=lambda sg: sg[0])[1] if near else None


_REFERENCE_FOLDS = frozenset(fold(w) for w in CLAIM_REFERENCE_NOUNS)
_POSSIBILITY_FOLDS = frozenset(fold(w) for w in POSSIBILITY_WORDS)


def _relays_first(records: list[Record]) -> list[Record]:
    """Records in text order, except that a report, rumour or allegation inside an answer to it
    ("denied reports that C": the reports' C, and the answer says nothing beyond C and the
    claim noun) comes before the answer, so that the answer joins the claim the relay founds
    rather than an earlier one about the same party."""
    ordered = sorted(records, key=lambda r: r.start)
    anchor = {id(r): (r.start, 1) for r in ordered}
    for answer in ordered:
        if answer.reference or answer.attitude not in {"deny", "confirm", "contest"}:
            continue
        for r in ordered:
            if (
                r.attitude in RELAYING
                and not r.reference
                and answer.start < r.start < answer.end
                and r.end == answer.end
                and not r.source_words & answer.source_words
                and answer.words <= r.words | _REFERENCE_FOLDS  # the answer says only C
            ):
                anchor[id(r)] = (answer.start, 0)
    return sorted(ordered, key=lambda r: anchor[id(r)])


def _negative(text: str) -> bool:
    """A claim text that opens with a negation states it ("No new runway, says mayor"): a
    statement that there will be none agrees with it."""
    words = re.findall(r"[a-z']+", text.lower())
    return bool(words) and words[0] in NEGATORS


def _nested_in(record: Record, group: Group) -> bool:
    """A claim noun's content inside another party's words ("the Tories say ministers must
    answer claims that C"): C is a proposition of its own (guidelines: every level of nesting
    is a record), not what the outer speaker states, so it does not join theirs by wording."""
    return record.attitude in {"allege", "report", "speculate"} and any(
        r.start <= record.start
        and record.end <= r.end
        and (r.start, r.end) != (record.start, record.end)
        and r.source.name != record.source.name
        and r.attitude in {"assert", "speculate"}
        and not any(r is u for u in group.unanswered)  # "no X, as rumoured": the X it answers
        for r in group.records
    )


def _names_source(group: Group, record: Record) -> bool:
    """The claim names the record's source among its words (a plea is about the pleader)."""
    return bool(record.source_words & group.words)


def _pleads_to(group: Group, record: Record, names: frozenset[str]) -> bool:
    """A plea answers a claim about its pleader that says what the plea is to: what it is to
    (``context``, set by the builder) shares a word of the claim beyond names ("Acme pleaded
    guilty to failing to report accounts" does not confirm "Acme was accused of hiding
    assets")."""
    if not _names_source(group, record):
        return False
    if not record.context:
        return True  # a bare plea ("pleaded not guilty on Monday") answers the charges
    return bool((record.context - names - record.source_words) & group.words)


def _inside(record: Record, groups: list[Group]) -> Group | None:
    """A record whose content lies inside a seed claim's span (or holds it) is about it."""
    for g in groups:
        if g.seed is None or g.seed.central:
            continue
        if record.start <= g.start and g.end <= record.end and g.end > g.start:
            return g
    return None


def _others_claim(record: Record, group: Group) -> bool:
    """Someone other than the record's source reported, rumoured or alleged the claim: a party
    does not answer its own allegation."""
    return any(
        r.attitude in {"allege", "report", "speculate"}
        and not (r.source_words and r.source_words <= record.source_words)
        for r in group.records
    )


def _about_before(record: Record, groups: list[Group]) -> bool:
    return any(
        g.start < record.start and record.source_words & g.words and _others_claim(record, g)
        for g in groups
    )


def _about_after(
    record: Record, groups: list[Group], names: frozenset[str] = frozenset()
) -> Group | None:
    """The first claim after the record that someone else alleged, reported or rumoured about
    the record's source, named by its proper name (a description's common words, "a three-judge
    appeal court panel", also occur in claims about other parties: "ask the Court of Appeals")."""
    named = record.source_words & names if names else record.source_words
    after = [
        g for g in groups if g.start > record.start and named & g.words and _others_claim(record, g)
    ]
    return min(after, key=lambda g: g.start) if after else None


def _same_sentence(record: Record, groups: list[Group]) -> Group | None:
    """'… prompted accusations of anti-Semitism, claims denied by Labour': a reference in the
    sentence of a claim someone else alleged, reported or rumoured just before points at it."""
    near = [
        (r.start, g)
        for g in groups
        for r in g.records
        if r.sentence == record.sentence >= 0
        and r.start < record.start
        and r.attitude in {"allege", "report", "speculate"}
        and not (r.source_words and r.source_words <= record.source_words)
    ]
    return max(near, key=lambda sg: sg[0])[1] if near else None


# "X claimed that C. Y denied the claim": the denial's sentence must come right after C (at most
# this many characters between C's end and its start: the stop and a space or two) for "the
# claim" to point at C by the verb alone.
CLAIMED_GAP = 4


def _same_noun(record: Record, groups: list[Group]) -> Group | None:
    """'Downing Street has denied the claims': a definite claim noun points back at the latest
    claim someone else made with that noun ("claims that the advice was drawn up at No 10"),
    before any other claim about the denier."""
    words = re.findall(r"[a-z]+", record.text.lower())
    if len(words) < 2 or words[0] not in POINTING_DETERMINERS or len(words[1]) < 4:
        return None
    noun = words[1].removesuffix("s")
    near = [
        (r.start, g)
        for g in groups
        for r in g.records
        if r.start < record.start
        and r.cue is not None
        and (
            (
                r.cue.text.lower().removesuffix("s") == noun
                and r.attitude in {"allege", "report", "speculate"}
            )  # "claims that C ... denied the claims"
            or (  # "the union claimed that C ... the firm denied the claim", unless other
                # claims were made about the denier: "the claims" are those ("ABC said the
                # claims had no merit" after an accusation naming ABC)
                verb_lemma(r.cue.text) == noun
                and r.attitude in {"allege", "report", "assert"}
                and 0 <= record.sentence - r.end <= CLAIMED_GAP
                and (bool(record.source_words & g.words) or not _about_before(record, groups))
            )
        )
        and not (r.source_words and r.source_words <= record.source_words)
    ]
    return max(near, key=lambda sg: sg[0])[1] if near else None


def _stated_beside(record: Record, groups: list[Group], weights: dict[str, float]) -> Group | None:
    """'Asked whether he accepted that X, he said: "I reject that entirely"': a reference whose
    own sentence restates a claim made before (``JOIN_MIN_WORDS`` words of what it says, at the
    answer bar) points at that claim."""
    scored = []
    for g in groups:
        if g.start >= record.start or not g.words:
            continue
        value, n = share(record.context, g.words, weights)
        said = (record.context & g.words) - record.source_words
        if n >= JOIN_MIN_WORDS and len(said) >= JOIN_MIN_WORDS and value >= ANSWER_SHARE:
            scored.append((value, g.start, g))
    return max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _referent(record: Record, groups: list[Group]) -> Group | None:
    """The claim a 'the claims' / 'the reports' denial points at: the latest one before it that
    something reported, rumoured or alleged (about the denier, if one is), else the central
    claim."""
    before = [
        g
        for g in groups
        if g.start < record.start
        and (g.seed is not None or any(r.attitude in SOURCE_ATTITUDES for r in g.records))
    ]
    alleged = [g for g in before if _others_claim(record, g)]
    # A party that dismisses "the claims" answers the claims made about it, if any were.
    about = [g for g in alleged if record.source_words & g.words]
    if about or alleged:
        return max(about or alleged, key=lambda g: max([g.start, *(r.start for r in g.records)]))
    return next(
        (g for g in groups if g.seed is not None and g.seed.central and not _names_only(g)),
        None,
    )


def _names_only(group: Group) -> bool:
    """The central claim comes from a headline that only names the story ("Kovac relishes
    comeback", "Where next for Lind?"): nobody in the headline or the lead confirms, denies,
    reports or states it, and no statement of it has joined it. A denial or confirmation
    sharing only the party's name with it ("Lind denied she planned to quit") answers
    something else."""
    return (
        group.seed is not None
        and group.seed.central
        and not group.seed.attributions
        and not any(not r.reference for r in group.records)
    )


# A confirmation with more content words than this (beyond names) states a proposition of its
# own ("Acme confirmed it was looking at sourcing parts overseas through joint ventures").
OWN_CONFIRMATION_WORDS = 3


def _denied_by_subject(
    record: Record, groups: list[Group], names: frozenset[str] = frozenset()
) -> Group | None:
    """A party denying in its own words ("Gazprom denied that it is behind the purchase")
    answers the latest claim before it about that party that a named source reported or
    alleged (else an unattributed one; a prediction, "Gazprom was expected to win", only when
    nothing was); a confirmation that states a proposition of its own founds a claim instead,
    and one that does not answers a claim held otherwise than as an accusation, if any."""
    if record.attitude == "confirm" and len(record.words - names) > OWN_CONFIRMATION_WORDS:
        return None
    name = record.source_words
    said = record.words - names - name
    found = [
        g
        for g in groups
        if g.start < record.start
        and name & g.words
        and _open(g)
        and not _holds(g, name)
        and not ((_names_only(g) or record.attitude == "contest") and not said & g.words)
    ]
    if record.attitude == "confirm":
        # a party that denied a claim confirms something else when its words share nothing
        # with it ("denied it plans to cut jobs" ... "confirmed it was reviewing its costs")
        found = [g for g in found if said & g.words or not _denied_by(g, name)]
    if record.attitude == "confirm" and any(not _accused(g) for g in found):
        # a party confirms what is stated or reported about it ("a Delta spokesperson
        # confirmed Ms S was no longer an employee": she has been fired), before an accusation
        found = [g for g in found if not _accused(g)]
    return max(found, key=lambda g: (_claim_strength(g), g.start)) if found else None


def _denied_by(group: Group, source_words: frozenset[str]) -> bool:
    return any(r.attitude == "deny" and r.source_words & source_words for r in group.records)


def _denied_just_before(
    record: Record, groups: list[Group], names: frozenset[str] = frozenset()
) -> Group | None:
    """A short denial or contest ("X denied there was any vandalism") whose words are all
    words of the statement right before it, by another party ("Y said vandalism had been
    widespread"), answers that statement: nothing else was said between them."""
    said = record.words - names - record.source_words
    if record.attitude not in {"deny", "contest"} or record.reference or not said:
        return None
    before = [
        (r.start, g)
        for g in groups
        for r in g.records
        if r.start < record.start and not r.reference
    ]
    if not before:
        return None
    start, group = max(before, key=lambda sg: sg[0])
    last = next(r for r in group.records if r.start == start)
    if _holds(group, record.source_words) or last.source_words & record.source_words:
        return None
    return group if said <= last.words else None


def _holds(group: Group, source_words: frozenset[str]) -> bool:
    """The party states, reports or alleges the claim itself: it does not answer it."""
    return bool(source_words) and any(
        r.attitude in SOURCE_ATTITUDES and r.source_words and r.source_words <= source_words
        for r in group.records
    )


def _accused(group: Group) -> bool:
    """The claim is held only as an accusation (nobody states or reports it otherwise)."""
    held = [r for r in group.records if r.attitude in SOURCE_ATTITUDES]
    return bool(held) and all(r.attitude == "allege" for r in held)


def _claim_strength(group: Group) -> int:
    """How firmly others put a claim: a named party's report or allegation (2), an unattributed
    or hedged one (1), a rumour or prediction (0)."""
    firm = [r for r in group.records if r.attitude in {"report", "allege"}]
    if any(r.source.name != UNATTRIBUTED and not r.hedged for r in firm):
        return 2
    return 1 if firm else 0


def _alleged(group: Group) -> bool:
    """Someone reported, rumoured or alleged the claim."""
    return any(r.attitude in {"report", "allege", "speculate"} for r in group.records)


def _open(group: Group) -> bool:
    """Something to answer: a claim reported, rumoured or alleged, or stated by the headline."""
    seeded = group.seed is not None and group.seed.central
    return seeded or any(r.attitude in {"report", "allege", "speculate"} for r in group.records)


def _add(group: Group, record: Record, opposed: bool = False) -> None:
    """Adds the record to the claim; a statement of the opposite polarity (``opposed``: by an
    opposite predicate, "alive" against "dead") answers the claim or stays its party's own."""
    if group.records or group.seed is not None:
        flipped = (record.negated != group.negated) != opposed and not record.reference
        if flipped and record.kind == "finding":
            record.attitude = "deny"  # a finding against the claim (guidelines C)
        elif flipped and record.attitude in {"assert", "report"}:
            if _held_by_another(group, record):
                _answers(group, record)
            else:
                group.unanswered.append(record)
    group.records.append(record)
    group.words |= set(record.words) if not record.reference else set()


def _answers(group: Group, record: Record) -> None:
    """A statement of the opposite polarity answers the claim: a denial by its subject or a
    party to it, else a contest."""
    subject = (
        bool(record.words & group.words and record.source.entity_id)
        or bool(record.source_words & _seed_sources(group))
        or _spokesperson(record.source.name)  # "There are no talks," a spokesman said
    )
    record.attitude = "deny" if subject else "contest"
    record.standing = has_standing(record.source.name, record.attitude)


def _settle(groups: list[Group]) -> None:
    """Statements of the opposite polarity left standing as their party's own position answer
    the claim after all when someone else holds it by the end ("There will be no casinos, she
    said, as rumoured in the press")."""
    for g in groups:
        for record in g.unanswered:
            if _held_by_another(g, record):
                _answers(g, record)
        g.unanswered.clear()


def _held_by_another(group: Group, record: Record) -> bool:
    """Someone else put the claim before the record, so that a statement of the opposite
    polarity answers it: another party (or an unattributed report) stated, reported, alleged
    or rumoured it, or the headline carries an answer to it. A headline that only names the
    story ("'Standoff' on the bid"; "Minister's hope for a return") and a party's own earlier
    words hold nothing to deny: the statement is the party's own position."""
    if any(
        r.attitude in SOURCE_ATTITUDES
        and not r.reference
        and not (r.source_words and r.source_words <= record.source_words)
        and not _own_words(r, record)
        for r in group.records
    ):
        return True
    if group.seed is None:
        return False
    return any(
        a.attitude in POINTING_ATTITUDES  # "BBC denies comeback": the body's "no plans" with it
        or (
            not (name_words(a.source.name) and name_words(a.source.name) <= record.source_words)
            and (bool(name_words(a.source.name)) or a.source.name == UNATTRIBUTED)
        )  # a speaker left as a pronoun ("I don't rule out") is nobody else
        for a in group.seed.attributions
    )


def _own_words(held: Record, record: Record) -> bool:
    """``held`` is inside the record's own sentence with a speaker named by no name ("While I
    don't rule out X, I don't think Y"): the same speaker's words, not another party's."""
    return (
        held.sentence == record.sentence >= 0
        and not held.source_words
        and held.source.name != UNATTRIBUTED
    )


def _spokesperson(name: str) -> bool:
    """Whoever speaks for a party ("a spokesman"): a flat negation is the party's denial."""
    return bool(set(name.lower().split()) & SPOKES_NOUNS)


def _restated(group: Group) -> str | None:
    """The central claim in the body's words, not the headline's: a headline about a denial
    ("BBC denies Blackadder TV comeback") is stated in full where the body negates it ("the BBC
    said there are no plans for a new series of Blackadder"), affirmed; otherwise the first
    body statement of it ("Norvik has confirmed that it will sell its truck division")."""
    if group.seed is None or not group.seed.central:
        return None
    full = sorted(
        _innermost([r for r in group.records if r.quote_kind != "direct" and len(r.words) >= 3]),
        key=lambda r: r.start,
    )
    if full and _pronoun_first(full[0].text):  # "She has been fired": its named restatement
        named = [
            r for r in full if r.source_words == full[0].source_words and not _pronoun_first(r.text)
        ]
        full = named[:1] + full if named else full
    for record in full:  # whichever the article gives first: the claim or its denial
        if record.negated and record.attitude == "deny" and record.kind == "quote":
            return affirm(record.text)
        if not record.negated and not record.reference and record.attitude != "deny":
            return _named_form(record, group)  # "Norvik has confirmed that it will sell …"
    for record in full:  # else a body denial's content: "denied that the coach insulted X"
        body = group.seed is not None and record.start >= group.seed.end
        if body and not record.negated and record.quote_kind in {None, "indirect"}:
            return _named_form(record, group)
    return None


def _named_form(record: Record, group: Group) -> str:
    """A record's text, or where it opens with a pronoun ("he used public money") the same
    words another attribution of the claim gives with the subject named ("Peter Vance used
    public money", from the denial that resolved it)."""
    if not _pronoun_first(record.text):
        return record.text
    for other in group.records:
        named = other.words - record.words  # the subject's name words, no more
        if (
            record.words <= other.words
            and len(named) <= 2
            and not other.reference
            and not _pronoun_first(other.text)
        ):
            return other.text
    return record.text


def _held_before(group: Group, record: Record, by_self: bool = False) -> bool:
    """Someone stated, reported, alleged or rumoured the claim before the record: another
    party (the headline's sources included), or (``by_self``) the record's own source, which
    then only restates its position."""
    if by_self:
        return any(
            r.start < record.start
            and not r.reference
            and r.attitude in SOURCE_ATTITUDES
            and r.source_words == record.source_words
            for r in group.records
        )
    others = [
        set(r.source_words)
        for r in group.records
        if r.start < record.start and not r.reference and r.attitude in SOURCE_ATTITUDES
    ]
    if group.seed is not None:
        others += [
            set(name_words(a.source.name))
            for a in group.seed.attributions
            if a.attitude in SOURCE_ATTITUDES and a.source.name != UNATTRIBUTED
        ]
    return any(words and not words & record.source_words for words in others)


def _self_contained(group: Group) -> Record | None:
    """The claim's text: its first statement, unless that opens with a pronoun ("She has been
    fired") and a later restatement names the subject ("Ms S had been fired last month";
    guidelines B: a self-contained text naming its subject)."""
    stated = _innermost([r for r in group.records if not r.reference])
    if not stated or not _pronoun_first(stated[0].text):
        return stated[0] if stated else None
    named = [
        r
        for r in stated
        if r.source_words == stated[0].source_words
        and r.attitude == stated[0].attitude
        and not _pronoun_first(r.text)
    ]
    return named[0] if named else stated[0]


def _innermost(records: list[Record]) -> list[Record]:
    """The records without those whose content ends with a relayed one ("an official
    confirmed that C" around C, "is believed" or "reportedly"): the claim is said in C's
    words. A party's own words inside ("reports he told Gray he would quit") leave the outer
    record the claim: what is reported is that he told her."""
    inner = [
        r
        for r in records
        if not any(
            o is not r
            and r.start < o.start
            and o.end == r.end
            and o.attitude in RELAY_ATTITUDES
            and not o.standing
            for o in records
        )
    ]
    return inner or records


def _pronoun_first(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].lower() in PRONOUN_SUBJECTS


def _litigants(group: Group) -> set[str]:
    """The sources that took the claim to court ("sued by a homeowner who says C"):
    litigants have standing however the article names them (guidelines C), so their claim
    stays contested against a denial."""
    return {
        r.source.name
        for r in group.records
        if r.cue is not None
        and r.source.name != UNATTRIBUTED
        and (r.cue.text.lower().split() or [""])[-1] in LITIGATION_CUES
    }


def stands_of(attributions: list[Attribution]) -> list[Stand]:
    """Attributions of one article as the status rule sees them, in text order."""
    return [
        Stand(
            attitude=a.attitude,
            source=a.source.name,
            hedged=a.hedged,
            order=f"{i:05d}",
            standing=has_standing(a.source.name, a.attitude),
        )
        for i, a in enumerate(attributions)
    ]


def _same_reading(attributions: list[Attribution], record: Record) -> int | None:
    """The attribution that is the record read once more (its cue and attitude, its source
    named a little differently: "A husband who" / "A husband"), by the headline's pass over
    the body: one attribution, not two. A plain "assert" read from the same cue as a record
    with a finer attitude ("Rates might rise, minister tells MPs": the headline's verb, and
    its quote read as a prediction) is that record too."""
    if record.cue is None:
        return None
    for i, a in enumerate(attributions):
        finer = a.attitude == "assert" and record.quote_id is not None
        if (
            a.cue is not None
            and a.cue.start == record.cue.start
            and (a.attitude == record.attitude or finer)
            and name_words(a.source.name) & record.source_words
        ):
            return i
    return None


def claim_of(group: Group, claim_id: str) -> Claim:
    """The group as a claim: the seed's text (or its first record's), every attribution, the
    status by the one rule."""
    attributions: list[Attribution] = list(group.seed.attributions) if group.seed else []
    stands = stands_of(attributions)
    seen: set[tuple[str, str]] = {
        (a.source.entity_id or a.source.name.lower(), a.attitude) for a in attributions
    }
    seen_mentions: set[tuple[int | None, str]] = {
        (a.source.start, a.attitude) for a in attributions if a.source.start is not None
    }
    carried = relayed(group.records, attributions)
    litigants = _litigants(group)
    for record in group.records:
        if not _held_before(group, record, by_self=True):
            # "reports said C … Acme said it was C"; "Ms S says Acme fired her … Acme said it
            # had dismissed her": the party the claim is about states it after another did
            record = own_confirmation(record, carried or _held_before(group, record), group.words)
        key = (record.source.entity_id or record.source.name.lower(), record.attitude)
        mention = (record.source.start, record.attitude)
        if key in seen or (record.source.start is not None and mention in seen_mentions):
            continue  # the same party, named at the same place ("union leaders (at Acme)")
        same = _same_reading(attributions, record)
        if same is not None:
            if attributions[same].quote_id is not None or record.quote_id is None:
                continue
            del attributions[same], stands[same]  # the record's reading, tied to its quote
        seen_mentions.add(mention)
        seen.add(key)
        attributions.append(record.attribution())
        stands.append(
            Stand(
                attitude=record.attitude,
                source=record.source.name,
                hedged=record.hedged and record.attitude in {"deny", "confirm"},
                order=f"{record.start:09d}",
                standing=record.standing
                or (record.source.name in litigants and record.attitude in {"assert", "allege"}),
            )
        )
    verdict = decide(stands)
    if group.seed is not None:
        return group.seed.model_copy(
            update={
                "id": claim_id,
                "text": _restated(group) or group.seed.text,
                "attributions": attributions,
                "status": verdict.status,
                "status_reason": verdict.reason,
            }
        )
    first = _self_contained(group) or group.first or group.records[0]
    return Claim(
        id=claim_id,
        text=first.text,
        start=first.start,
        end=first.end,
        central=group.central,
        status=verdict.status,
        status_reason=verdict.reason,
        attributions=attributions,
        keywords=sorted(first.words)[:8],
    )

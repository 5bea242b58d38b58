"""Contrary positions joined: party B's statement that answers party A's claim in other words.

``group_records`` joins records that share most of their words, or that negate a claim someone
reported; a party answering another's *position* with its own ("Qantas needs to make savings" /
unions "arguing that Qantas was profitable and did not need to take such action"; critics claim
a bill "would allow euthanasia" / "Ministers insist the plans would not change laws on
euthanasia") states it in different words and founds a claim of its own, so no claim holds both
sides and each reads *asserted*. This pass runs after grouping, on one article, and moves such a
statement (a claim of one party's records alone, one sentence long) into the earlier claim it
answers (stated in one sentence) when

- the two are said by different parties, the answer after the claim, and the claim is held
  (asserted, alleged, rumoured, reported) by someone else and not yet answered by B;
- they share what is said (a content word beyond proper names), and a contrary signal holds:
  - the same predicate with the opposite polarity on the same subject ("needs" / "did not
    need", both about Qantas): a shared name, or B's party named in the claim; a predicate in
    a condition ("if I am not given a chance") does not count;
  - a rebuttal cue ("insist", "maintain", "counter", "argue", "stress"; a "But" / "However"
    opening) whose negation governs a topic word rare in the article ("would not change laws
    on euthanasia"), against a claim free of negation that someone rumoured, reported,
    alleged or predicted (a party's own position needs one of the other signals);
  - a contrast reply: a rebuttal cue, a "But" / "However" opening or a "but said" clause,
    by a party with standing, about the claim's party (a shared name, B named in the claim,
    or the holder named by B: "Reports said Acme could move jobs abroad ... Acme opened a
    plant in Spain but said it would keep creating jobs at home"), or within two sentences of
    a claim a party with standing holds, on a word rare in the article ("the state could take
    a seat on the board ... However, the firm said its board was a matter for shareholders");
  - a negated reply with a contrast (a rebuttal cue, "But" / "However", "but said") in the
    next sentence, both parties with standing, against a claim free of negation ("Cole said a
    tram would bring shoppers back. But Reed said residents did not want a tram");
  - a conviction ("X is convinced that its offer is in its shareholders' interests") sharing
    two words with the claim (names, acronyms: "LSE" = "London Stock Exchange", included),
    in reply: its sentence or the one before names the claim's holder.

An answer sharing no word of what the claim says joins by structure alone: B has standing, sets
itself against what came before (a rebuttal cue, a "But" / "However" opening, "but said"),
speaks in A's sentence or the next one, and is the party A's claim names, or (A held by a party
with standing, or a question put) says a name of A's or names A's holder. A question answered
so is contested. B's party is named by its name, its mention ("the Greens" for the Green Party)
and the names in its noun phrase elsewhere ("Acme chief executive Jo Bell", "Jo Bell, chief
executive of Acme"); a claim held by someone speaking for B's party is B's own, not one B
answers. A reply opening with a contrast ("But" / "However", or "but said") in the next
sentence answers, with no name in common, a claim that a party with standing states as its
sentence's main statement ("The Greens said C. But the minister said D"; not "He backed the
plan as the board said C"). An accusation answered so ("Critics accused the party of X. But a
spokesman for it said Y") is answered whoever made it. One sentence setting two parties with
standing against each other with "but" ("A said C but B called it D") is an answer too, and a
quotation with no cue of its own right after A's statement carries A's words on: B's "But" in
the sentence after it still answers A.

The answer *denies* when a flat rebuttal cue ("insist", "maintain") carries a negated content
("insist the plans would not change the law": called false, guidelines B), else it *contests*
(a dispute without a flat denial). Conservative by design: a wrong join costs the statuses of
both claims, so a candidate must pass one of these signals, and the best-sharing claim wins.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimtrail.extract.claims.groups import SOURCE_ATTITUDES as HELD
from claimtrail.extract.claims.groups import Group, share
from claimtrail.extract.claims.records import STEM, Record, fold, is_negated_span, name_words
from claimtrail.parse.text import sentences
from claimtrail.status import UNATTRIBUTED, has_standing
from claimtrail.vocabulary.contrary import (
    COMPLAINT_WORDS,
    CONCESSION_PHRASES,
    CONDITION_MARKS,
    CONTRAST_OPENERS,
    CONVICTION_WORDS,
    FLAT_NEGATORS,
    FLAT_REBUTTAL_CUES,
    REBUTTAL_CUES,
)
from claimtrail.vocabulary.grammar import LIGHT_WORDS, NEGATORS, WRITER_PRONOUNS, uninflected
from claimtrail.vocabulary.lexicon import CLAIM_ANAPHORS, reporting_verb_index

ANSWERING = {"assert"}
OPEN = {"allege", "speculate", "report"}
# A shared word is rare enough to say which proposition an answer is about when it occurs in
# at most this many of the article's sentences.
RARE_SENTENCES = 3
# The weighted share of the smaller side's words a conviction must share with the claim.
CONVICTION_SHARE = 0.2
_KEY_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
# A contrast reply answers a claim stated at most this many sentences before its own.
NEAR_SENTENCES = 2
# An answer by structure alone stands in the claim's sentence or the next one.
NEXT_SENTENCES = 1
# A question ("asked whether the ministry had pressed the board") is answered by structure too.
QUESTIONED = frozenset({"question"})
PREDICATE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "acomp", "attr", "advcl", "relcl", "oprd"}


@dataclass(frozen=True)
class Answer:
    """Where a statement joins, and how: the claim it answers, the attitude, the score."""

    group: Group
    attitude: str
    score: float


def stem(word: str) -> str:
    """A word as contrary positions are matched: its concept ("offer" = "acquisition"), else
    without an inflection ("needs" = "need"), cut to the claim layer's fold length."""
    lowered = word.lower()
    folded = fold(lowered)
    if folded != lowered[:STEM]:
        return folded  # a concept word
    return _uninflected(lowered)[:STEM]


def _uninflected(word: str) -> str:
    return uninflected(word.lower())


def _keys(span: Span, names: frozenset[str]) -> tuple[dict[str, list[Token]], set[str]]:
    """The span's content words by stem, and which of them are proper names; a run of
    capitalised names also gives its initials ("London Stock Exchange" -> "lse")."""
    verbs = reporting_verb_index()
    keys: dict[str, list[Token]] = {}
    proper: set[str] = set()
    run: list[Token] = []
    for tok in [*span, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha:
            run.append(tok)
        else:
            if len(run) >= 2:
                initials = "".join(t.text[0] for t in run).lower()
                keys.setdefault(initials, []).append(run[0])
                proper.add(initials)
            run = []
        if tok is None:
            break
        if not tok.is_alpha or tok.pos_ not in _KEY_POS or len(tok.text) <= 2:
            continue
        if tok.lower_ in LIGHT_WORDS or (tok.pos_ == "VERB" and tok.lower_ in verbs):
            continue
        key = stem(tok.text)
        keys.setdefault(key, []).append(tok)
        if tok.pos_ == "PROPN" or tok.ent_type_ or fold(tok.text) in names or tok.text.isupper():
            proper.add(key)
    return keys, proper


def _negated(tok: Token) -> bool:
    """The word is said not to hold: "did not need", "was not profitable", "no plans"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if tok.dep_ in {"acomp", "attr", "oprd"} and tok.head.i != tok.i:
        return any(c.dep_ == "neg" for c in tok.head.children)
    return False


def _under_negation(tok: Token) -> bool:
    """A negated predicate governs the word ("would not change laws on euthanasia"); the
    search stops at a clause of its own."""
    node = tok
    while True:
        if node.pos_ in {"VERB", "AUX", "ADJ"} and _negated(node):
            return True
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl", "relcl", "acl"}:
            return False
        node = node.head


def _predicates(tokens: list[Token]) -> list[Token]:
    """The tokens that say what holds (a verb or a predicative adjective: "needs", "was
    profitable"), not a modifier ("very good relations")."""
    return [
        t
        for t in tokens
        if t.pos_ in {"VERB", "ADJ"} and t.dep_ in PREDICATE_DEPS and not _conditional(t)
    ]


def _conditional(tok: Token) -> bool:
    """The word stands in a condition ("if I am not given a chance")."""
    return any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
        for node in [tok, *tok.ancestors]
        for c in node.children
    )


def _one_sentence(span: Span) -> bool:
    """A statement of one sentence: a long quotation says several things, and a word it
    shares with a claim need not be its point."""
    return span.sent.start <= span.start and span.end <= span.sent.end


def _cue_word(record: Record) -> str:
    return record.cue.text.split()[-1].lower() if record.cue and record.cue.text.split() else ""


def _rebuts(doc: Doc, record: Record, contrast_only: bool = False) -> bool:
    """The answer comes with a rebuttal cue, opens its sentence against what came before, or
    its cue follows a contrast ("but said C"); ``contrast_only``: one of the last two."""
    if _cue_word(record) in REBUTTAL_CUES and not contrast_only:
        return True
    sent = doc.char_span(record.start, record.end, alignment_mode="expand")
    if sent is None:
        return False
    cue = doc.char_span(record.cue.start, record.cue.end) if record.cue is not None else None
    if cue is not None and cue.start > 0 and doc[cue.start - 1].lower_ in CONTRAST_OPENERS:
        return True  # "... abroad, but said it would keep hiring at home"
    first = next((t for t in sent.sent if not t.is_space and not t.is_punct), None)
    return first is not None and first.lower_ in CONTRAST_OPENERS


def _sentences_between(doc: Doc, a: Span, b: Span, holder: Record | None = None) -> int:
    """How many sentence starts lie after ``a``'s sentence up to ``b``'s (0: the same one);
    with ``holder``, a sentence that only continues the holder's own statement (a quotation
    after "X warned ...") does not count: an answer after it still answers X."""
    starts = [s for s in doc.sents if a.sent.start < s.start <= b.sent.start]
    if holder is not None:
        while len(starts) > 1 and _continues(starts[0]):
            starts = starts[1:]  # the holder's own quotation right after its statement
    return len(starts)


def _continues(sent: Span) -> bool:
    """The sentence carries on the statement before it: a quotation with no cue of its own
    ("Lord X warned that C. 'They should drop D.'")."""
    if not any(t.is_quote for t in sent):
        return False  # (the opening mark may be parsed into the sentence before)
    cues = reporting_verb_index()
    return not any(
        t.pos_ == "VERB"
        and t.lower_ in cues
        and not any(c.dep_ == "nsubj" and c.lower_ in WRITER_PRONOUNS for c in t.children)
        for t in sent
    )  # the speaker's own "I think" stays inside the quotation


def _but_between(doc: Doc, ra: Record, record: Record) -> bool:
    """One sentence sets two parties against each other with "but" ("A said C but B called it
    D"): the answer's clause follows the claim's, joined by a contrast outside both contents."""
    span_a = doc.char_span(ra.start, ra.end, alignment_mode="expand")
    span_b = doc.char_span(record.start, record.end, alignment_mode="expand")
    if span_a is None or span_b is None or span_a.sent.start != span_b.sent.start:
        return False
    ends = [span_a.end]
    if ra.cue is not None:
        cue_a = doc.char_span(ra.cue.start, ra.cue.end, alignment_mode="expand")
        if cue_a is not None:
            ends.append(cue_a.end)
    begins = [span_b.start]
    if record.cue is not None:
        cue_b = doc.char_span(record.cue.start, record.cue.end, alignment_mode="expand")
        if cue_b is not None:
            begins.append(cue_b.start)
    lo, hi = max(ends), min(begins)
    return lo < hi and any(doc[i].lower_ in CONTRAST_OPENERS for i in range(lo, hi))


def _near(
    doc: Doc,
    ra: Record,
    span_a: Span,
    span_b: Span,
    said: list[list[Token]],
    weights: dict[str, float],
    rare: float,
) -> bool:
    """A's claim, held by a party with standing, stands at most ``NEAR_SENTENCES`` before B's
    sentence, and B says a word of it (``said``: B's tokens per shared word) rare in the
    article."""
    if any(t.lower_ in CLAIM_ANAPHORS for t in span_b):
        return False  # "despite claims otherwise in a memoir": B answers those claims
    return (
        ra.standing
        and any(any(weights.get(fold(t.text), 0.0) >= rare for t in toks) for toks in said)
        and _sentences_between(doc, span_a, span_b) <= NEAR_SENTENCES
    )


def _convinced(span: Span) -> bool:
    """The content's head is the party's conviction ("X is convinced that C")."""
    root = span.root
    return any(t.lower_ in CONVICTION_WORDS for t in [root, *root.children])


def _replies_to(doc: Doc, span: Span, holders: set[str]) -> bool:
    """The answer's sentence or the one before names the claim's holder outside the answer's
    own words ("DB said TCI's
    opposition would not change its approach. 'DB is convinced that C,' it said")."""
    sent = span.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    words = {
        fold(t.text)
        for s in (before, sent)
        if s is not None
        for t in s
        if t.is_alpha and not span.start <= t.i < span.end
    }
    return bool(words & holders)


def _open(group: Group) -> bool:
    """Someone rumoured, reported, alleged or predicted the claim: a claim to be answered."""
    return any(r.attitude in OPEN for r in group.records if not r.reference)


def _holders(group: Group) -> set[str]:
    """The name words of those who hold the claim (not of those answering it)."""
    words: set[str] = set()
    for r in group.records:
        if r.attitude in HELD:
            words |= set(r.source_words)
    if group.seed is not None:
        for a in group.seed.attributions:
            words |= set(name_words(a.source.name))
    return words


def _answer(
    doc: Doc,
    claim: Group,
    record: Record,
    weights: dict[str, float],
    names: frozenset[str],
) -> Answer | None:
    """Whether ``record`` (B's statement) answers ``claim`` (A's), and how."""
    held = [r for r in claim.records if r.attitude in HELD | QUESTIONED and not r.reference]
    if not held or any(
        r.attitude in {"deny", "contest"}
        and r.source_words & record.source_words
        and r.start < record.start
        for r in claim.records
    ):
        return None
    if _holders(claim) & record.source_words:
        return None  # a party does not answer its own claim
    span_b = doc.char_span(record.start, record.end, alignment_mode="expand")
    if span_b is None or not _one_sentence(span_b):
        return None
    keys_b, proper_b = _keys(span_b, names)
    folds_b = {fold(t.text) for toks in keys_b.values() for t in toks}
    holders = _holders(claim)
    n_sents = max(len(sentences(doc)), 1)
    rare = math.log(1 + n_sents / RARE_SENTENCES)
    best: Answer | None = None
    party_b = _party_words(doc, record)
    if any(_party_words(doc, r) & party_b for r in held if r.source.name != UNATTRIBUTED):
        return None  # the claim's holder speaks for B's party ("Acme chief executive Jo Bell")
    for ra in held:
        if ra.start >= record.start:
            continue
        span_a = doc.char_span(ra.start, ra.end, alignment_mode="expand")
        if span_a is None or not _one_sentence(span_a):
            continue
        keys_a, proper_a = _keys(span_a, names)
        shared = set(keys_a) & set(keys_b)
        said = shared - proper_a - proper_b
        folds_a = {fold(t.text) for toks in keys_a.values() for t in toks}
        if not said or ra.attitude in QUESTIONED:
            # no word of what is said in common: an answer by structure alone (module doc)
            names_a = {stem(t.text) for k in proper_a for t in keys_a[k]}
            if _answers_by_structure(
                doc,
                ra,
                record,
                span_a,
                span_b,
                shared & (proper_a | proper_b),
                party_b,
                names_a,
                folds_b,
            ):
                value, _ = share(set(keys_a), set(keys_b), {})
                attitude = "contest"
                if is_negated_span(span_b) and _cue_word(record) in FLAT_REBUTTAL_CUES:
                    attitude = "deny"
                if party_b & names_a and any(t.lower_ in FLAT_NEGATORS for t in span_b):
                    attitude = "deny"  # the party named: "I have never had any such talk"
                if best is None or value > best.score:
                    best = Answer(claim, attitude, value)
            continue

        # the same subject: a shared name, B's party named in the claim, or the claim's holder
        # (its "it", "we") named by B
        # the claim is about a party both name, or about B's own party (not merely B naming
        # the claim's holder: "he still trusted Mr Blair" answers a book, not Mr Blair)
        # the claim names B's own party ("Acme could move 7,000 jobs" / Acme's chief executive)
        own_party = bool(party_b & {stem(t.text) for k in proper_a for t in keys_a[k]})
        about = (
            bool(shared & (proper_a | proper_b)) or bool(record.source_words & folds_a) or own_party
        )
        subject = about or bool(holders & folds_b)
        value, _ = share(set(keys_a), set(keys_b), {})
        flipped = any(
            any(_negated(t) for t in pa if _uninflected(t.text) == word)
            != any(_negated(t) for t in pb if _uninflected(t.text) == word)
            for k in said
            for pa, pb in [(_predicates(keys_a[k]), _predicates(keys_b[k]))]
            for word in {_uninflected(t.text) for t in pa} & {_uninflected(t.text) for t in pb}
        )
        # a topic rare in the article, negated on the answer's side only ("would allow
        # euthanasia" / "would not change laws on euthanasia"), the claim free of negation
        scoped = not any(t.lower_ in NEGATORS for t in span_a) and any(
            any(map(_under_negation, keys_a[k])) != any(map(_under_negation, keys_b[k]))
            for k in said
            if all(t.pos_ in {"NOUN", "PROPN"} for t in keys_a[k] + keys_b[k])
            and any(weights.get(fold(t.text), 0.0) >= rare for t in keys_b[k])
        )
        # B sets itself against A's words just stated (a contrast opener or a rebuttal cue),
        # on what A's claim says (a word rare in the article), about the same party or in the
        # sentences right after it
        attitude = ""
        if flipped and subject:
            attitude = "contest"
        elif _rebuts(doc, record) and scoped and _open(claim):
            attitude = "contest"
        elif (
            record.standing
            and (_rebuts(doc, record) or (own_party and _convinced(span_b)))
            and (about or _near(doc, ra, span_a, span_b, [keys_b[k] for k in said], weights, rare))
        ):
            attitude = "contest"
        elif record.standing and ra.standing and _but_between(doc, ra, record):
            attitude = "contest"  # "A said C but B called it D", in one sentence
        elif (
            record.standing
            and ra.standing
            and _rebuts(doc, record)
            and is_negated_span(span_b)
            and not is_negated_span(span_a)
            and _sentences_between(doc, span_a, span_b) <= NEXT_SENTENCES
        ):
            # "Cole said a tram would bring shoppers back. But Reed said residents did not want
            # a tram": a negated reply on the claim's topic, in the next sentence
            attitude = "contest"
        elif (
            _convinced(span_b)
            and len(shared) >= 2
            and value >= CONVICTION_SHARE
            and _replies_to(doc, span_b, holders)
        ):
            attitude = "contest"
        if not attitude:
            continue
        if is_negated_span(span_b) and _cue_word(record) in FLAT_REBUTTAL_CUES:
            attitude = "deny"
        if best is None or value > best.score:
            best = Answer(claim, attitude, value)
    return best


# _party_words per (article, source name, mention start), for the article being joined.
_PARTY_CACHE: dict[tuple[int, str, int | None], frozenset[str]] = {}
# The article's token positions by text, for the article being joined (``_positions``).
_POSITIONS: dict[int, dict[str, list[int]]] = {}


def _positions(doc: Doc, text: str) -> list[int]:
    """Where the article being joined has a token reading ``text`` (one pass over it per
    article, not one per party)."""
    if id(doc) not in _POSITIONS:
        _POSITIONS.clear()
        index: dict[str, list[int]] = {}
        for tok in doc:
            index.setdefault(tok.text, []).append(tok.i)
        _POSITIONS[id(doc)] = index
    return _POSITIONS[id(doc)].get(text, [])


def _party_words(doc: Doc, record: Record) -> frozenset[str]:
    key = (id(doc), record.source.name, record.source.start)
    if key not in _PARTY_CACHE:
        _PARTY_CACHE[key] = frozenset(_party_words_uncached(doc, record))
    return _PARTY_CACHE[key]


def _party_words_uncached(doc: Doc, record: Record) -> set[str]:
    """What names the record's party, by ``stem``: its name, the words of its mention ("the
    Greens" for a source resolved to "Green Party") and the names around its name
    elsewhere in the article ("Acme chief executive Jo Bell", "Jo Bell, a spokesman for
    Acme"), not those in a clause of its own ("Jo Bell, who criticised Brill")."""
    words = {stem(w) for w in record.source.name.split() if w[:1].isupper() and len(w) > 2}
    spans: list[Span] = []
    src = record.source
    if src.start is not None and src.end is not None:
        mention = doc.char_span(src.start, src.end, alignment_mode="expand")
        if mention is not None:
            spans.append(mention)
    last = record.source.name.split()[-1] if record.source.name.split() else ""
    if last[:1].isupper() and len(last) > 2:
        spans += [doc[i : i + 1] for i in _positions(doc, last)]
    for span in spans:
        head = span.root
        while head.dep_ in {"appos", "compound", "flat"} and head.head.i != head.i:
            head = head.head  # "Acme chief executive Jo Bell" parsed around "executive"
        for tok in [*_noun_phrase(head), *_title_run(span)]:
            if (
                tok.is_alpha
                and len(tok.text) > 2
                and tok.text[:1].isupper()
                and (tok.pos_ == "PROPN" or tok.ent_type_)
                and tok.lower_ not in LIGHT_WORDS
            ):
                words.add(stem(tok.text))
    return words


# How many words before a name may say its office ("Acme chief executive").
TITLE_RUN = 4

# Dependencies that open a clause or a coordinated party of its own: words beyond them do not
# name the party ("Jo Bell, who criticised Brill"; "Jo Bell and Brill").
_OWN_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "xcomp", "parataxis"}


def _title_run(span: Span) -> list[Token]:
    """The words right before a name that say its office ("Acme chief executive Jo Bell"),
    read without the parse (a small model may tag an unknown firm's name as a verb): up to
    ``TITLE_RUN`` capitalised words or lower-case nouns and adjectives, to a punctuation mark."""
    out: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start and len(out) < TITLE_RUN:
        tok = span.doc[i]
        if not tok.is_alpha or not (tok.text[:1].isupper() or tok.pos_ in {"NOUN", "ADJ"}):
            break
        out.append(tok)
        i -= 1
    return out


def _noun_phrase(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if child.dep_ not in _OWN_CLAUSE:
            out += _noun_phrase(child)
    return out


def _answers_by_structure(
    doc: Doc,
    ra: Record,
    record: Record,
    span_a: Span,
    span_b: Span,
    shared_names: set[str],
    party_b: frozenset[str],
    names_a: set[str],
    folds_b: set[str],
) -> bool:
    """B answers A's claim with no word of what A says in common, by where and how it speaks:
    B has standing and sets itself against what came before (a rebuttal cue, a "But" /
    "However" opening, "but said"), in A's sentence or the next one, about the party the claim
    is about: B's own party named in A's claim ("the union said Norline's upgrade would
    collapse. Norline insisted the programme was on track"), or, when A is held by a party with
    standing or questioned, a name both say or A's holder named by B ("Lund asked whether the
    ministry pressed the harbour board ... But the minister said Mr Lund was smearing the
    harbour board").
    B pointing at claims of its own ("despite claims to the contrary") answers those."""
    own = bool(party_b & names_a)
    if not record.standing:
        return False
    if any(t.lower_ in CLAIM_ANAPHORS for t in span_b):
        return False
    if ra.standing and _but_between(doc, ra, record):
        return True  # "A said C but B called it D": named parties disagree in one sentence
    if not (_rebuts(doc, record) or (own and _convinced(span_b))):
        return False
    if _sentences_between(doc, span_a, span_b, ra) > NEXT_SENTENCES:
        return False
    if own:
        return True  # B's own party named in the claim, whoever holds it
    if (
        ra.attitude == "allege"
        and _sentences_between(doc, span_a, span_b, ra) == NEXT_SENTENCES
        and _rebuts(doc, record, contrast_only=True)
    ):
        return True  # "Critics accused the party of X. But a spokesman for it said Y": the reply
    if not (ra.standing or ra.attitude in QUESTIONED):
        return False
    if ra.standing and _main_statement(doc, ra) and _rebuts(doc, record, contrast_only=True):
        return True  # "The Tories said C. But Downing Street said D": named parties disagree
    return bool(shared_names) or bool(ra.source_words & folds_b)


def _main_statement(doc: Doc, record: Record) -> bool:
    """The record is what its sentence states: its cue heads the sentence ("The Tories said
    C"), not a clause inside another statement ("He backed the plan as the police said C",
    where a "But" in the next sentence answers the backing)."""
    if record.cue is None:
        return False
    cue = doc.char_span(record.cue.start, record.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    head = cue.root
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def _contrast_answers(doc: Doc, group: Group) -> None:
    """A party's statement joined to a claim another party held before it, set against it
    ("Reports said Acme would move jobs abroad ... Acme opened a plant in Spain but said it
    would keep creating jobs at home"), contests it rather than stating or confirming it."""
    for r in group.records:
        if r.attitude != "assert" or r.reference or not r.standing or not r.source_words:
            continue
        first = min(
            (h for h in group.records if h.attitude in HELD and not h.reference),
            key=lambda h: h.start,
        )
        if first is r or first.start >= r.start or first.source_words & r.source_words:
            continue
        if _rebuts(doc, r) or _other_figure(first.text, r.text):
            r.attitude = "contest"


# A count in a claim's text: a number and the word it counts ("900 jobs", "1,200 staff").
_COUNT = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s+([a-z][a-z-]+)")


def _other_figure(claim: str, answer: str) -> bool:
    """Whether the answer puts another number on something the claim counts ("will cost 900
    jobs" / "would cost no more than 400 jobs"): a dispute over the figure, not a
    restatement."""
    counted: dict[str, set[str]] = {}
    for number, noun in _COUNT.findall(claim):
        counted.setdefault(noun, set()).add(number.replace(",", ""))
    return any(
        noun in counted and number.replace(",", "") not in counted[noun]
        for number, noun in _COUNT.findall(answer)
    )


def _concessions(doc: Doc, groups: list[Group]) -> None:
    """A named party conceding a fault in its own words right after complaints or
    accusations ("... prompting claims of a cover-up. The chief officer later said the
    consultation had not been run as it should have been") confirms them: its statement, a claim of
    its own, reads confirmed (guidelines B: a party with first-hand knowledge confirms)."""
    for g in groups:
        if g.seed is not None or len(g.records) != 1:
            continue
        r = g.records[0]
        if r.attitude != "assert" or r.reference or r.source.name == UNATTRIBUTED or not r.negated:
            continue
        if not any(p in r.text.lower() for p in CONCESSION_PHRASES):
            continue
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        if span is None or span.sent.start == 0:
            continue
        before = doc[span.sent.start - 1].sent
        if any(t.lower_ in COMPLAINT_WORDS for t in before):
            r.attitude = "confirm"


def join_contraries(
    doc: Doc, groups: list[Group], weights: dict[str, float], names: frozenset[str]
) -> list[Group]:
    """The groups with each contrary answer moved into the claim it answers (module doc)."""
    _PARTY_CACHE.clear()
    _POSITIONS.clear()
    _concessions(doc, groups)
    for g in groups:
        _contrast_answers(doc, g)
    out = list(groups)
    for b in sorted(groups, key=lambda g: g.start):
        if b.seed is not None or b.central or not b.records:
            continue
        sources = {r.source.name for r in b.records}
        if len(sources) != 1 or UNATTRIBUTED in sources:
            continue
        if any(r.attitude not in ANSWERING or r.reference for r in b.records):
            continue
        first = min(b.records, key=lambda r: r.start)
        found = [
            a
            for g in out
            if g is not b and g.start < first.start
            for a in [_answer(doc, g, first, weights, names)]
            if a is not None
        ]
        if not found:
            continue
        best = max(found, key=lambda a: (a.score, -a.group.start))
        for r in b.records:
            r.attitude = best.attitude
            r.standing = has_standing(r.source.name, r.attitude)
            best.group.records.append(r)
        out.remove(b)
    return out

"""Word lists that signal refuting, hedging and reporting, and the tokenizer they apply to.

The refuting list extends the FNC-1 baseline's (FakeNewsChallenge/fnc-1-baseline,
``feature_engineering.py``), the hedging list follows Ferreira & Vlachos (2016): headlines that
"observe" a claim use reporting verbs and modal hedges, headlines that dispute it use these
refuting words. Lists are lower-case surface forms (no lemmatizer at run time, for speed).
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from claimtrail.vocabulary.stance import (
    ACCUSATION_WORDS,
    COMMENTARY_NOUNS,
    CONFIRMING,
    CONTENT_WORDS_IN_STOP_LIST,
    DENIAL_WORDS,
    EXCULPATORY_WORDS,
    FALSITY_VERDICTS,
    HEDGING,
    NEGATED_TRUTH_VERDICTS,
    NEGATION,
    NOT_DENYING_AFTER_NO,
    REFERRING_WORDS,
    REFUTING,
    VERDICT_SUBJECTS,
)

TOKEN_PATTERN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

LEXICONS: tuple[frozenset[str], ...] = (REFUTING, HEDGING, CONFIRMING, NEGATION)
LEXICON_NAMES: tuple[str, ...] = ("refuting", "hedging", "confirming", "negation")
ANY_LEXICON: frozenset[str] = frozenset().union(*LEXICONS)


def tokenize(text: str) -> list[str]:
    return TOKEN_PATTERN.findall(text.lower().replace("\u2019", "'"))


def lexicon_counts(tokens: list[str]) -> list[int]:
    """How many tokens fall in each lexicon, in ``LEXICON_NAMES`` order."""
    hits = [token for token in tokens if token in ANY_LEXICON]  # one pass over a long text
    return [sum(token in lexicon for token in hits) for lexicon in LEXICONS]


# A negation this many tokens or fewer before a claim word negates it ("not in talks with").
NEGATION_REACH = 3
# Claim and text words match on this many leading letters ("resign" ~ "resigning").
STEM_LETTERS = 5
CUE_NAMES: tuple[str, ...] = ("negated_claim_word", "refuting_only_in_text", "denial_word")


def cue_flags(claim_tokens: list[str], text_tokens: list[str], claim_words: set[str]) -> list[int]:
    """Does the text negate one of the claim's words, refute where the claim does not, deny?

    ``claim_words``: the claim's content words. For short texts (quotes, headlines), where a
    first-person denial ("We are not in talks with …") has no hoax-type word at all.
    """
    stems = {word[:STEM_LETTERS] for word in claim_words}
    claim_negated = any(t in NEGATION for t in claim_tokens)
    negated = False
    for i, token in enumerate(text_tokens):
        if token[:STEM_LETTERS] in stems and any(
            t in NEGATION for t in text_tokens[max(0, i - NEGATION_REACH) : i]
        ):
            negated = True
            break
    refuting_in_text = any(t in REFUTING for t in text_tokens)
    refuting_in_claim = any(t in REFUTING for t in claim_tokens)
    return [
        int(negated and not claim_negated),
        int(refuting_in_text and not refuting_in_claim),
        int(any(t in DENIAL_WORDS for t in text_tokens)),
    ]


# How a headline relates to the claim's own wording (the headline head's columns): a hedging
# or reporting word ("reportedly", "claims", "could") the claim does not use itself, and a
# confirming word ("confirms", "video", "revealed") the claim does not use. A claim that is
# itself a report ("A priest says he met God") draws 'for' headlines that say "claims"; one that
# is not draws 'observing' ones.
RELATION_NAMES: tuple[str, ...] = ("hedging_only_in_text", "confirming_only_in_text")


def relation_flags(claim_tokens: list[str], text_tokens: list[str]) -> list[int]:
    """0/1 per ``RELATION_NAMES``: does the text use a hedging (a confirming) word whose first
    ``STEM_LETTERS`` letters no claim word has ("claims" against a claim saying "claimed" is
    the claim's own word)."""
    stems = {token[:STEM_LETTERS] for token in claim_tokens}
    return [
        int(any(t in lexicon and t[:STEM_LETTERS] not in stems for t in text_tokens))
        for lexicon in (HEDGING, CONFIRMING)
    ]


STOP_WORDS = ENGLISH_STOP_WORDS - CONTENT_WORDS_IN_STOP_LIST
MIN_STEM_WORD = 3


def refers_to_claim(claim: str, text: str) -> bool:
    """The text shares a content word with the claim (first ``STEM_LETTERS`` letters: "jobs" ~
    "job", "resign" ~ "resigning"), points back at it with a referring noun, or denies
    something ("I reject that entirely": a denial verb takes the claim as its object; "No row
    between us", "There is no truth in it": a formula of denial; "legitimate companies"
    against a claim of wrongdoing)."""

    def stems(words: list[str]) -> set[str]:
        return {
            w[:STEM_LETTERS]
            for w in words
            if len(w) >= MIN_STEM_WORD and w.isalpha() and w not in STOP_WORDS
        }

    tokens, claim_tokens = tokenize(text), tokenize(claim)
    return (
        bool(stems(claim_tokens) & stems(tokens))
        or any(t in REFERRING_WORDS or t in DENIAL_WORDS for t in tokens)
        or denies_by_formula(tokens)
        or exculpates(claim_tokens, tokens)
    )


# A denial word this many tokens or fewer after "if" is conditional ("even if unfounded").
CONDITIONAL_REACH = 3
# Formulas of denial without a denial word ("there is no truth in", "no evidence of").
# "Nothing in the bill authorises …", "there is nothing in these reports": nothing in a
# determined thing says so.
DENIAL_PHRASES = re.compile(
    r"\b(?:no (?:evidence|truth|merit|basis|foundation|question of|wrongdoing)"
    r"|nothing to (?:suggest|indicate|support)|nothing wrong"
    r"|nothing in (?:the|this|that|these|those|our|its|their|his|her|it)\b)"
)
# Negations that affirm: "There is no doubt he knew", "no question that it was sold" (the
# trained head reads their "no" as negating the claim).
AFFIRMATION = re.compile(r"\b(?:no doubt|without (?:a )?doubt|no question that|undoubtedly)\b")
# A verdict on the claim made on the condition that it is true takes no side: "Disgraceful if
# true", "if it proves correct, the deal would …", "if the reports are accurate" (over
# ``tokenize``'s tokens).
CONDITIONAL_TRUTH = re.compile(
    r"\bif (?:(?:it|this|that|they|these|those|the [a-z]+) (?:is|are|was|were|proves?"
    r"|turns? out to be) )?(?:true|confirmed|correct|accurate|real|genuine)\b"
)
# Declining to comment takes no side ("We do not comment on rumours", "X declined to comment").
NO_COMMENT = re.compile(
    r"\b(?:no|[a-z]+n't|not|never|declined to|declines to|refused to|refuses to|decline to"
    r"|would not|will not) comment\b"
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words)))


# A falsity verdict on a subject the text points back at: "that is simply not true", "the
# reports are wrong", "this is not the case", "that's incorrect" (over ``tokenize``'s tokens).
_SUBJECT = rf"(?:{_alternation(VERDICT_SUBJECTS | REFERRING_WORDS)})"
_COPULA = r"(?:is|are|was|were)"
_ADVERB = r"(?:[a-z]+ly )?"
FALSITY_VERDICT = re.compile(
    rf"\b(?:{_SUBJECT} {_COPULA}|(?:that|it|this)'s) {_ADVERB}"
    rf"(?:(?:{_alternation(FALSITY_VERDICTS)})"
    rf"|not {_ADVERB}(?:{_alternation(NEGATED_TRUTH_VERDICTS)}|the case))\b"
    rf"|\b{_SUBJECT} (?:isn't|aren't|wasn't|weren't) {_ADVERB}"
    rf"(?:{_alternation(NEGATED_TRUTH_VERDICTS)}|the case)\b"
    r"|\b(?:wide of the mark|without (?:foundation|merit|basis|substance))\b"
)
_HAPPEN = r"(?:happen|happened|occur|occurred|take place|took place|taken place)"
# What the text points back at did not happen ("That never happened", "it did not take
# place"), or is said not to exist ("There have been no discussions", "There is no plan"; not
# "There is no doubt", ``NOT_DENYING_AFTER_NO``).
NON_EVENT = re.compile(
    rf"\b{_SUBJECT} (?:(?:has|have|had|did|does|do) )?(?:not|never) {_HAPPEN}\b"
    rf"|\b{_SUBJECT} (?:hasn't|haven't|hadn't|didn't|doesn't|don't) {_HAPPEN}\b"
    r"|\bthere (?:is|are|was|were|has been|have been|had been) no "
    rf"(?!(?:{_alternation(NOT_DENYING_AFTER_NO)})\b)[a-z]"
)


def denies_by_formula(tokens: list[str]) -> bool:
    """A formula of denial (``DENIAL_PHRASES``), a verdict of falsity on what the text points
    back at (``FALSITY_VERDICT``: "That is simply not true."), a non-event (``NON_EVENT``:
    "That never happened", "There have been no talks"), or "No" opening the text before
    anything but ``NOT_DENYING_AFTER_NO`` ("No row between me and him.", "No, the firm was not
    sold"; not "No doubt they met", "No comment")."""
    if len(tokens) > 1 and tokens[0] == "no" and tokens[1] not in NOT_DENYING_AFTER_NO:
        return True
    joined = " ".join(tokens)
    return any(p.search(joined) for p in (DENIAL_PHRASES, FALSITY_VERDICT, NON_EVENT))


def exculpates(claim_tokens: list[str], text_tokens: list[str]) -> bool:
    """Against a claim of wrongdoing (an ``ACCUSATION_WORDS`` word), the text calls what was
    done lawful ("legitimate marketing companies", "in complete compliance with the Act"),
    not negated ("not legitimate") and not a word the claim uses itself."""
    if not any(t in ACCUSATION_WORDS for t in claim_tokens):
        return False
    if any(t in EXCULPATORY_WORDS for t in claim_tokens):
        return False
    return any(
        token in EXCULPATORY_WORDS
        and not any(t in NEGATION for t in text_tokens[max(0, i - NEGATION_REACH) : i])
        for i, token in enumerate(text_tokens)
    )


def short_text_side(claim: str, text: str) -> str | None:
    """The side a short text (a quote, a headline) takes by its wording alone, if it says so.

    'observing' when it talks about the denials ("The denials are expected") or denies only on
    a condition ("even if unfounded"), or, denying nothing, judges the claim only on the
    condition that it is true ("Disgraceful if true") or declines to comment ("We do not
    comment on rumours"); 'against' when it uses a denial word the claim does not
    ("the lawsuit was groundless", "X denies …"), a formula of denial ("no evidence of",
    "nothing in the bill …", an opening "No …") or calls lawful what a claim of wrongdoing
    accuses ("legitimate companies"); 'for' when its only negation affirms ("There is no doubt
    he knew"); None otherwise (the trained head decides). On Emergent (grouped CV) accuracy is
    0.7644 without these rules, 0.7653 with the first ones (denial words and formulas, talk of
    denials, conditions) and 0.7663 with all.
    """
    tokens = tokenize(text)
    if any(t in COMMENTARY_NOUNS for t in tokens):
        return "observing"
    claim_tokens = tokenize(claim)
    if any(t in DENIAL_WORDS for t in claim_tokens):
        return None
    denials = [i for i, t in enumerate(tokens) if t in DENIAL_WORDS]
    if any("if" in tokens[max(0, i - CONDITIONAL_REACH) : i] for i in denials):
        return "observing"
    if denials or denies_by_formula(tokens) or exculpates(claim_tokens, tokens):
        return "against"
    if CONDITIONAL_TRUTH.search(" ".join(tokens)):  # "disgraceful if true"
        return "observing"
    if NO_COMMENT.search(" ".join(tokens)):  # after the denials: "denies it, will not comment"
        return "observing"
    if AFFIRMATION.search(" ".join(tokens)):
        return "for"
    return None

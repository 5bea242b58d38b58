"""Words of a quoted dismissal that only points back at what was said ("It is simply not
true", "That is utter rubbish", "There is no truth in that"): the speaker calls
the claim just made false (guidelines B: deny, "including 'speculation' or 'nonsense'"), so the
quotation answers that claim rather than stating one of its own (extract/claims/groups.py).

The predicates that call a claim false ("nonsense", "untrue") are ``lexicon.DISMISSAL_WORDS``;
these lists hold only the frame around them. Kept apart from ``lexicon`` and ``gazetteer``
(the cue model records a digest of those): read only by the claim rules.
"""

from __future__ import annotations

# Subjects that only point back at what was said ("it", "that", "all this").
POINTING_SUBJECTS = frozenset({"it", "that", "this", "these", "those", "all this", "all that"})

# Words between the copula and the predicate that only strengthen it ("simply not true",
# "complete and utter nonsense").
INTENSIFIERS = frozenset(
    {
        "absolutely",
        "completely",
        "totally",
        "simply",
        "just",
        "utterly",
        "entirely",
        "quite",
        "clearly",
        "obviously",
        "pure",
        "complete",
        "absolute",
        "utter",
        "total",
        "and",
        "a",
        "an",
    }
)

# Predicates that call a claim false when negated ("not true", "not the case").
TRUTH_PREDICATES = frozenset({"true", "the case", "correct", "accurate"})

# Nouns whose absence calls a claim false ("there is no truth in it", "no basis for it").
GROUNDS_NOUNS = frozenset({"truth", "foundation", "basis", "substance"})

# Words that may close such a clause without adding content ("not true at all").
CLOSING_WORDS = ("at all", "whatsoever")

"""Contents that state nothing a claim could hold (extract/claims/groups.py): an answer whose
whole content is one of these ("admitted anything was possible", "conceded it was likely")
neither founds a claim nor confirms one. Kept apart from ``lexicon`` and ``gazetteer`` (the
cue model records a digest of those): read only by the claim rules.
"""

from __future__ import annotations

# Predicates of bare possibility: "everything is possible" says nothing is so.
POSSIBILITY_WORDS = frozenset(
    {"possible", "impossible", "likely", "unlikely", "conceivable", "probable"}
)

# A disputing answer of at most this many words is a bare noun phrase ("countered criticism",
# "disputed the figures"): the thing disputed, not a proposition.
BARE_ANSWER_WORDS = 2

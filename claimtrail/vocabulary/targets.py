"""Verbs whose subject is the target of what their object noun says, not its holder
(extract/quotes/reported.py): "the festival has received criticism that C", "the firm faced
claims that C", "the plan drew complaints that C". Whoever criticised or complained is not
named there, and the subject is the party spoken about.

Kept apart from ``lexicon`` and ``gazetteer``, whose contents the cue model records a digest
of.
"""

from __future__ import annotations

# Every written form (the parser has no lemmatizer).
RECEIVING_FORMS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "receiv": ("e", "es", "ed", "ing"),
        "fac": ("e", "es", "ed", "ing"),
        "attract": ("", "s", "ed", "ing"),
        "dr": ("aw", "aws", "ew", "awn", "awing"),
        "suffer": ("", "s", "ed", "ing"),
        "endur": ("e", "es", "ed", "ing"),
        "weather": ("", "s", "ed", "ing"),
        "provok": ("e", "es", "ed", "ing"),
        "spark": ("", "s", "ed", "ing"),
    }.items()
    for ending in endings
)

"""Predicates that say the opposite of each other without a negation: "X is alive (and well)"
answers "X is dead" as "X is not dead" would; "the photo is genuine" answers "the photo is a
fake". A party's statement with one side, about a claim someone else holds with the other,
answers it (extract/claims/groups.py: a denial by the subject or a party to it, else a
contest), as a negated statement does.

Only pairs whose two sides cannot both hold of one subject at one time (contradictories), so
that saying one calls the other false; never scales ("big" / "small") or verbs of change.
Kept apart from ``lexicon`` and ``gazetteer``: read only by the claim rules, so changing them
needs no retraining.
"""

from __future__ import annotations

# (one side, the other side): each side's words, any inflection listed.
OPPOSITE_PREDICATES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("alive",), ("dead", "death", "died", "dies", "die", "dying")),
    (("genuine", "authentic"), ("fake", "fakes", "faked", "forged", "forgery", "doctored")),
    (("innocent",), ("guilty",)),
)

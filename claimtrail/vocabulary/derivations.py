"""Word families whose members the claim layer's six-letter folding keeps apart although they
name one event or state: a noun, its verb and its adjective ("rumours of his death" / "X is
dead" / "X died"; "reports of her pregnancy" / "she is pregnant"; "talk of his departure" / "he
will depart"). A rumour or report usually names the event by its noun, the party's statement by its
verb or adjective, so the claim grouping (extract/claims/groups.py) reads each family as one
word when it matches records to claims.

Only inflection and derivation of one stem (irregular forms included: "steal" / "stole"),
never a stem with a second sense in news ("pay" in "Apple Pay", "engaged in talks", "lost
the match"), never synonyms: those are concepts (``lexicon.CONCEPT_WORDS``, read by the cue
model too). Kept apart from ``lexicon`` and ``gazetteer``: read only by the claim rules, so
changing them needs no retraining.
"""

from __future__ import annotations

# Each family's first word names it.
WORD_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("death", "deaths", "dead", "die", "dies", "died", "dying"),
    ("marriage", "marriages", "marry", "marries", "married", "marrying"),
    ("departure", "departures", "depart", "departs", "departed", "departing"),
    ("birth", "births", "born"),
    ("pregnancy", "pregnancies", "pregnant"),
    ("theft", "thefts", "steal", "steals", "stole", "stolen", "stealing"),
)

"""Words that make a confirmation or a denial talked about rather than made (extract/claims/
attitudes.unmade): "was unable to confirm", "hopes to confirm", "was asked to deny", "declined
to confirm whether". Guidelines: an attitude is attributed only when the source takes it; a
confirmation somebody could not give, wants to give or was asked for is none.

Kept apart from gazetteer.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Heads of "to confirm/deny" that leave the act undone: an adjective ("unable to confirm") or a
# verb of wanting, trying, being asked or failing ("hoped to confirm", "was asked to deny").
UNREALISED_HEADS = frozenset(
    {
        "unable",
        "ready",
        "willing",
        "unwilling",
        "reluctant",
        "keen",
        "eager",
        "hope",
        "want",
        "wish",
        "plan",
        "intend",
        "expect",
        "seek",
        "try",
        "attempt",
        "ask",
        "urge",
        "press",
        "call",
        "invite",
        "fail",
        "need",
    }
)

# Attitudes a source can leave unmade; a report or an allegation is made by being written.
UNMADE_ATTITUDES = frozenset({"confirm", "deny"})

# Complementisers of an open question: "confirm whether the deal would go ahead" confirms nothing.
OPEN_QUESTION_MARKS = frozenset({"whether", "if"})

# Predicate adjectives of feeling or certainty: a headline's "X isn't sure / happy / keen" states
# X's own state of mind, where "X isn't dead" denies a claim (extract/claims/build.py).
STATE_OF_MIND_ADJECTIVES = frozenset(
    {
        "happy",
        "pleased",
        "sure",
        "certain",
        "convinced",
        "keen",
        "impressed",
        "amused",
        "thrilled",
        "interested",
        "worried",
        "concerned",
        "afraid",
        "aware",
        "ready",
    }
)

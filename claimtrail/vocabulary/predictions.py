"""Words that tell a prediction from a party's own position (guidelines B: a prediction is
"speculate"; a party stating its own plan or commitment "asserts")."""

from __future__ import annotations

# Modal auxiliaries that foretell ("growth will slow", "rivals may follow"); "could" and
# "should" are left out: past ability ("could not afford it") and advice are no predictions.
FORETELLING_MODALS = frozenset({"will", "would", "'ll", "wo", "may", "might"})

# Cue verbs (lemmas) by which a speaker commits to or announces what will happen, so that a
# future content is their undertaking, not a forecast: "pledged that childcare would be
# central", "stressed the country would abide by the rules".
COMMITMENT_VERBS = frozenset(
    {
        "pledge",
        "promise",
        "vow",
        "guarantee",
        "assure",
        "undertake",
        "commit",
        "announce",
        "insist",
        "stress",
        "reiterate",
        "confirm",
        "reveal",
    }
)

# Words of a speaker's name or role that make them a public office holder or public body, whose
# word on what will happen ("rates will rise, says governor", "investors will need approval,
# the minister said") is often their office's own decision, not a forecast: left as
# assertions. A business's officers are not here: their forecasts of a market are forecasts.
OFFICE_WORDS = frozenset(
    {
        "minister",
        "ministers",
        "governor",
        "chancellor",
        "president",
        "secretary",
        "mayor",
        "premier",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "government",
        "ministry",
        "department",
        "council",
        "authority",
        "commission",
        "regulator",
        "mp",
        "mps",
        "leader",
    }
)

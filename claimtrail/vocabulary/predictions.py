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

# Expectation verbs (lemmas) that, with a bare infinitive of the speaker's own act ("said it
# expects to cut 4,000 jobs", "they expected to complete the deal"), state the speaker's plan
# rather than a prediction (guidelines B: a party stating its own plan asserts). "Hope" and
# "fear" are left out: a wish or a worry about one's own fortunes is no plan.
PLANNING_EXPECTATIONS = frozenset({"expect", "anticipate"})

# Infinitives after an expectation that name an outcome or a result, not an act the speaker
# decides ("expects to make a loss", "expects to be cleared", "expects sales to rise"): the
# expectation stays a prediction.
OUTCOME_INFINITIVES = frozenset(
    {
        "be",
        "have",
        "become",
        "see",
        "get",
        "receive",
        "remain",
        "face",
        "suffer",
        "lose",
        "win",
        "make",
        "report",
        "post",
        "record",
        "return",
        "grow",
        "rise",
        "fall",
        "increase",
        "decline",
        "reach",
        "hit",
        "exceed",
        "beat",
        "top",
        "achieve",
        "generate",
        "earn",
        "sell",
        "benefit",
        "recover",
        "break",
    }
)

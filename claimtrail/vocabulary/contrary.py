"""Words that mark a statement as one side of a disagreement: the claim layer's own lists for
joining contrary positions (``extract/claims/contrary.py``).

Kept apart from ``lexicon`` and ``gazetteer`` (the cue model records a digest of those): these
words are read only by the claim rules, so changing them needs no retraining.

- rebuttal cues: the verb a party answers with when it holds its side against another's
  ("Ministers insist X", "the firm maintains X", "unions countered that X");
- flat rebuttal cues: the ones of those that, with a negated content ("insist the plans would
  not change the law"), call the other side's claim false (a denial, guidelines B), where the
  rest dispute it (a contest);
- conviction words: a content whose head is the party's certainty ("X is convinced that its
  offer is in the shareholders' interests") answers a doubt about it;
- contrast openers: a sentence opened by "But" / "However" sets itself against what came
  before.
"""

from __future__ import annotations

REBUTTAL_CUES = frozenset(
    {
        "insist",
        "insists",
        "insisted",
        "insisting",
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
        "counter",
        "counters",
        "countered",
        "countering",
        "retort",
        "retorts",
        "retorted",
        "rebut",
        "rebuts",
        "rebutted",
        "reply",
        "replies",
        "replied",
        "respond",
        "responds",
        "responded",
        "argue",
        "argues",
        "argued",
        "arguing",
        "stress",
        "stresses",
        "stressed",
        "stressing",
    }
)

FLAT_REBUTTAL_CUES = frozenset(
    {"insist", "insists", "insisted", "insisting", "maintain", "maintains", "maintained"}
)

# Negations that call a claim false outright when the party it names answers with them ("I
# have never met the governor"), where "would not result in redundancies" disputes it.
FLAT_NEGATORS = frozenset({"never"})

CONVICTION_WORDS = frozenset({"convinced", "confident", "adamant", "certain", "sure", "committed"})

CONTRAST_OPENERS = frozenset({"but", "however", "yet", "nevertheless", "nonetheless"})

# A negation inside a condition ("I will be disappointed if I am not given a chance") says
# nothing about what holds.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})

# A party conceding a fault in its own words ("the consultation had not been run as it should
# have been"): read as a confirmation of the complaints just before it.
CONCESSION_PHRASES = ("should have been", "should have", "ought to have")

# Words by which the sentence before reports complaints or accusations ("prompting claims of a
# cover-up", "residents complained").
COMPLAINT_WORDS = frozenset(
    {"claims", "allegations", "accusations", "complaints", "complained", "criticism"}
)

"""Press reports and the answers to them: outlets by name, what hedges a party's word on a
report, and evidence phrases that are no statement ("nothing to suggest C"). The claim
layer's own lists (``extract/claims``).

Kept apart from ``lexicon`` and ``gazetteer``, whose contents the cue model records a digest of
(``extract/cues/model.py``): these words are read only by the claim rules, so changing them
needs no retraining. ``lexicon.OUTLET_WORDS`` already makes a source an outlet by the words of
a paper's name ("Times", "Journal", "Telegraph"); these are the names and short forms it does
not cover ("the WSJ said", "Xinhua reported", "Der Spiegel said"): guidelines C, outlets
relay what they tell (attitude report) and have no standing of their own.
"""

from __future__ import annotations

from claimtrail.vocabulary.lexicon import PREDICTION_MODALS

# Words (lower case) of outlet names beyond lexicon.OUTLET_WORDS; a source's name containing
# one of them is an outlet. Kept to words that name nothing but a news outlet.
OUTLET_NAMES = frozenset(
    {
        # abbreviations and agencies
        "wsj",
        "nyt",
        "afp",
        "afx",
        "xinhua",
        "interfax",
        "itar-tass",
        "kyodo",
        "yonhap",
        "bernama",
        "ansa",
        # papers and magazines named by a word lexicon.OUTLET_WORDS lacks
        "daily",
        "gazette",
        "courier",
        "chronicle",
        "tribune",
        "weekly",
        "spiegel",
        "handelsblatt",
        "figaro",
        "liberation",
        "kommersant",
        "vedomosti",
        "izvestia",
        "pravda",
        "nikkei",
        "asahi",
        "yomiuri",
        "economist",
        "forbes",
        "newsweek",
        "businessweek",
        "cnbc",
        "cnn",
    }
)

# Plural descriptions of outlets named before ("the papers said", "both newspapers said"):
# they stand for those outlets jointly.
PLURAL_OUTLET_NOUNS = frozenset({"papers", "newspapers"})

# Head nouns of descriptions, not names, of outlets and reports ("The papers", "Reports",
# "UK media reports", "the newspaper"): such a source is never the outlet a later "the paper"
# stands for.
GENERIC_PRESS_WORDS = frozenset(
    {
        *PLURAL_OUTLET_NOUNS,
        *("newspaper", "paper", "press", "media", "magazine", "magazines", "tabloid"),
        *("tabloids", "report", "reports", "agency", "agencies", "outlet", "outlets"),
        *("reporter", "reporters", "journalist", "journalists", "correspondent", "website"),
    }
)

# Abbreviations an article uses after the full name ("the Wall Street Journal … the WSJ
# said"): the short form → the words of the full name. The source is named by the fullest form the
# article uses (guidelines A, speaker names).
OUTLET_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "wsj": ("wall", "street", "journal"),
    "ft": ("financial", "times"),
    "nyt": ("new", "york", "times"),
}

# Modals that hedge a party's statement ("it may bid"): a hedged statement by a reported claim's
# subject does not confirm it ("will" and "would" state an intention and may).
HEDGING_MODALS = PREDICTION_MODALS - {"will", "'ll", "wo", "would"}

# Heads of an evidence phrase ("anything / nothing / no evidence to suggest C"): the verb after
# them is not their holder saying C; a negated one disputes C (contest), an open one says
# nothing of it.
EVIDENCE_HEADS = frozenset(
    {"anything", "nothing", "something", "evidence", "sign", "signs", "indication", "reason"}
)
# Words that make an evidence phrase negative ("unaware of anything to suggest C").
NO_EVIDENCE_WORDS = frozenset({"unaware", "without"})

# Data a party gathered or published: "according to figures (gathered by X / from X)",
# "according to X's data". The party reports what its data shows (guidelines B: report); the
# data itself is no speaker (guidelines A exclude it from quotes, not from claims).
DATA_NOUNS = frozenset(
    {
        "figures",
        "data",
        "statistics",
        "stats",
        "numbers",
        "estimates",
        "estimate",
        "calculations",
        "survey",
        "poll",
        "research",
        "study",
        "analysis",
        "findings",
        "results",
        "census",
        "index",
        "count",
        "records",
    }
)
# The preposition that names a data noun's source ("figures from the ministry").
DATA_SOURCE_PREPOSITIONS = frozenset({"from", "by"})

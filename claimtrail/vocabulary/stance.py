"""Words the stance features count: refuting, hedging, confirming, negation, denials, and
words that refer back to a claim; and the sentiment lexicon's additions.
"""

from __future__ import annotations

SENTIMENT_ADDITIONS = {
    "disgraceful": -3.0,
    "shameful": -2.8,
    "reckless": -2.2,
    "short-sighted": -1.8,
    "sells": -0.3,
    "undeniable": 1.2,
    "unfounded": -1.2,
    "baseless": -1.8,
    "viable": 1.2,
    "prowess": 1.5,
    "affordable": 1.2,
    "uncomfortable": -1.0,
    "betrayal": -2.8,
}

# Negated auxiliaries count both as refuting words and as negation (the FNC-1 baseline's habit).
NEGATED_AUXILIARIES = frozenset({"isn't", "wasn't", "aren't", "didn't", "doesn't", "won't"})

REFUTING = NEGATED_AUXILIARIES | frozenset(
    {
        "fake",
        "fraud",
        "hoax",
        "false",
        "deny",
        "denies",
        "denied",
        "denial",
        "not",
        "despite",
        "nope",
        "doubt",
        "doubts",
        "bogus",
        "debunk",
        "debunks",
        "debunked",
        "prank",
        "retract",
        "retracts",
        "retracted",
        "untrue",
        "myth",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "satire",
        "satirical",
        "never",
        "no",
        "refute",
        "refutes",
        "refuted",
        "dismiss",
        "dismisses",
        "dismissed",
        "reject",
        "rejects",
        "rejected",
        "baseless",
        "fabricated",
        "misleading",
        "wrong",
        "photoshopped",
        "fiction",
        "contrary",
        "dispute",
        "disputes",
        "disputed",
        "insists",
        "scam",
        "joke",
        "spoof",
    }
)

HEDGING = frozenset(
    {
        "reportedly",
        "allegedly",
        "apparently",
        "claims",
        "claimed",
        "claim",
        "may",
        "might",
        "could",
        "would",
        "possibly",
        "possible",
        "perhaps",
        "likely",
        "unconfirmed",
        "suggests",
        "suggest",
        "rumored",
        "rumoured",
        "purportedly",
        "supposedly",
        "believed",
        "thought",
        "appears",
        "appear",
        "seems",
        "report",
        "reports",
        "reported",
        "according",
        "says",
        "said",
        "sources",
        "source",
        "unverified",
        "if",
        "whether",
        "speculation",
        "speculate",
        "alleged",
    }
)

CONFIRMING = frozenset(
    {
        "confirm",
        "confirms",
        "confirmed",
        "confirmation",
        "official",
        "officially",
        "proof",
        "proves",
        "proved",
        "true",
        "indeed",
        "revealed",
        "reveals",
        "announced",
        "announces",
        "verified",
        "shows",
        "footage",
        "video",
        "watch",
        "photos",
        "pictures",
    }
)

NEGATION = NEGATED_AUXILIARIES | frozenset(
    {
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "can't",
    }
)

DENIAL_WORDS = frozenset(
    {
        "deny",
        "denies",
        "denied",
        "denial",
        "denials",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "dismiss",
        "dismisses",
        "dismissed",
        "refute",
        "refutes",
        "refuted",
        "rebut",
        "rebutted",
        "debunk",
        "debunked",
        "untrue",
        "false",
        "groundless",
        "baseless",
        "unfounded",
        "nonsense",
    }
)

# Nouns by which a short text points back at a claim without repeating it ("the rumours are
# untrue", "the denials are expected").
REFERRING_WORDS = frozenset(
    {
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "report",
        "reports",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "speculation",
        "story",
        "denial",
        "denials",
    }
)

# scikit-learn's English stop-word list holds some content words that news claims turn on
# ("the Mental Capacity **Bill**", "a conflict of **interest**", "a **front** for Gazprom",
# "**fired**"): a short text sharing only such a word with the claim still refers to it.
CONTENT_WORDS_IN_STOP_LIST = frozenset(
    {
        "bill",
        "fire",
        "interest",
        "front",
        "system",
        "computer",
        "call",
        "move",
        "show",
        "find",
        "found",
        "top",
        "side",
        "part",
        "amount",
        "detail",
        "serious",
    }
)

# A short text that talks about the denials themselves ("The denials are expected") comments on
# the story; it does not deny.
COMMENTARY_NOUNS = frozenset({"denial", "denials"})

# "No" opening a short text and followed by one of these does not deny: "No doubt they met",
# "No comment", "No one knows", "No longer". Any other "No ..." opening is an elliptical denial
# ("No row between us.", "No, the firm was not sold.").
NOT_DENYING_AFTER_NO = frozenset(
    {
        "doubt",
        "doubts",
        "question",
        "comment",
        "comments",
        "one",
        "word",
        "longer",
        "matter",
        "wonder",
        "surprise",
        "sooner",
        "less",
        "more",
        "decision",
        "details",
    }
)

# Words of a claim that accuses someone of wrongdoing ("E-mails sent by X broke anti-spam
# laws", "X is guilty of fraud"): against such a claim, the accused calling themselves lawful
# ("legitimate companies", "in complete compliance with the Act") denies it.
ACCUSATION_WORDS = frozenset(
    {
        "broke",
        "break",
        "breaking",
        "breach",
        "breached",
        "breaches",
        "illegal",
        "illegally",
        "unlawful",
        "unlawfully",
        "guilty",
        "fraud",
        "fraudulent",
        "spam",
        "spammer",
        "spammers",
        "spamming",
        "corrupt",
        "corruption",
        "wrongdoing",
        "crime",
        "crimes",
        "criminal",
        "bribe",
        "bribes",
        "bribery",
        "bribed",
        "cheat",
        "cheated",
        "cheating",
        "laundering",
        "laundered",
        "violated",
        "violation",
        "violations",
        "scam",
        "rigged",
        "misled",
        "embezzled",
        "embezzlement",
        "evasion",
        "evaded",
        "smuggling",
        "smuggled",
    }
)

# Words by which the accused describe what they did as lawful (see ``ACCUSATION_WORDS``).
# Not "legal" ("legal action", "legal team") nor "innocent" ("innocent users"), which name
# other things as often.
EXCULPATORY_WORDS = frozenset(
    {
        "legitimate",
        "lawful",
        "lawfully",
        "compliance",
        "complied",
        "compliant",
        "complies",
        "innocence",
        "properly",
    }
)

# A verdict of falsity on something the text points back at ("That is simply not true.", "The
# reports are wrong", "This is not the case."): the subjects, the verdicts that deny as they are
# and those that deny when negated. "wrong" only counts after such a subject: "Closing the
# branches is wrong" takes the closures as real.
VERDICT_SUBJECTS = frozenset(
    {
        "that",
        "this",
        "it",
        "these",
        "those",
        "they",
        "figures",
        "numbers",
        "suggestion",
        "suggestions",
        "idea",
        "reporting",
        "article",
        "articles",
    }
)
FALSITY_VERDICTS = frozenset(
    {"untrue", "false", "incorrect", "inaccurate", "wrong", "nonsense", "rubbish", "fiction"}
)
NEGATED_TRUTH_VERDICTS = frozenset({"true", "correct", "accurate", "right"})

# The hedging and reporting words whose depth in a short text's dependency tree the headline
# head reads (``stance/syntax.py``): ``HEDGING`` and the inflected forms of reporting and
# hedging verbs and nouns, matched by surface form (the pipeline parses without a lemmatizer).
SYNTAX_HEDGES = HEDGING | frozenset(
    {
        "say",
        "saying",
        "claiming",
        "reporting",
        "allege",
        "alleges",
        "alleging",
        "suggested",
        "suggesting",
        "appeared",
        "appearing",
        "seem",
        "seemed",
        "seeming",
        "believe",
        "believes",
        "believing",
        "think",
        "thinks",
        "thinking",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "speculates",
        "speculated",
        "speculating",
        "tell",
        "tells",
        "told",
        "telling",
        "accord",
        "suspect",
        "suspects",
        "suspected",
        "suspecting",
        "fear",
        "fears",
        "feared",
        "fearing",
        "question",
        "questions",
        "questioned",
        "questioning",
    }
)

"""Reporting verbs, attribution phrases and the attitude each one signals.

Verbs are matched by lower-cased surface form (the lemmatizer is disabled for speed), so each
lemma is expanded to its inflections here. The attitude vocabulary is the one in the issue:
report / assert / deny / confirm / allege / contest / speculate / question.
"""

from __future__ import annotations

from functools import lru_cache

from claimtrail.models import Attitude

# lemma -> attitude. "assert" is the neutral default for saying something is so.
REPORTING_VERBS: dict[str, Attitude] = {
    # neutral saying
    "say": "assert",
    "tell": "assert",
    "add": "assert",
    "note": "assert",
    "state": "assert",
    "explain": "assert",
    "write": "assert",
    "argue": "assert",
    "insist": "assert",
    "stress": "assert",
    "emphasize": "assert",
    "emphasise": "assert",
    "declare": "assert",
    "announce": "assert",
    "maintain": "assert",
    "point": "assert",
    "remark": "assert",
    "observe": "assert",
    "comment": "assert",
    "tweet": "assert",
    "post": "assert",
    "reply": "assert",
    "respond": "assert",
    "answer": "assert",
    "continue": "assert",
    "warn": "assert",
    "predict": "speculate",
    "promise": "assert",
    "vow": "assert",
    "pledge": "assert",
    "recall": "assert",
    "acknowledge": "confirm",
    "admit": "confirm",
    "concede": "confirm",
    "agree": "assert",
    "caution": "assert",
    "urge": "assert",
    "label": "assert",
    "call": "assert",
    "describe": "assert",
    "brand": "assert",
    "dub": "assert",
    "characterize": "assert",
    "characterise": "assert",
    "term": "assert",
    "testify": "assert",
    "boast": "assert",
    "complain": "assert",
    "lament": "assert",
    "contend": "assert",
    "assert": "assert",
    "affirm": "confirm",
    "reiterate": "assert",
    "repeat": "assert",
    "counter": "contest",
    "retort": "assert",
    "shout": "assert",
    "chant": "assert",
    "joke": "assert",
    "quip": "assert",
    "concur": "assert",
    "mention": "assert",
    "indicate": "assert",
    "signal": "assert",
    "show": "assert",
    "find": "assert",
    "conclude": "assert",
    "determine": "assert",
    "estimate": "speculate",
    "believe": "assert",
    "think": "assert",
    "feel": "assert",
    "know": "assert",
    "hope": "speculate",
    "fear": "speculate",
    "expect": "speculate",
    "worry": "speculate",
    "want": "assert",
    "plan": "assert",
    "intend": "assert",
    "decide": "assert",
    "ask": "question",
    "question": "question",
    "wonder": "question",
    "doubt": "question",
    "demand": "assert",
    "call for": "assert",
    # passing a report on
    "report": "report",
    "cite": "report",
    "quote": "report",
    "learn": "report",
    # "C, BBC Sport understands": a newsroom's own sourcing, passed on as a report
    "understand": "report",
    "reveal": "report",
    "disclose": "report",
    "leak": "report",
    # denial and confirmation
    "deny": "deny",
    "dismiss": "deny",
    "reject": "deny",
    "refute": "deny",
    "rebut": "deny",
    "rule": "deny",
    "shut": "deny",
    "debunk": "deny",
    "disavow": "deny",
    "refuse": "deny",
    "confirm": "confirm",
    "verify": "confirm",
    "corroborate": "confirm",
    # wrongdoing asserted / disputed
    "allege": "allege",
    "claim": "allege",
    "accuse": "allege",
    "charge": "allege",
    "contest": "contest",
    "dispute": "contest",
    "challenge": "contest",
    "deflect": "contest",
    # suggesting it may be so
    "suggest": "speculate",
    "speculate": "speculate",
    "hint": "speculate",
    "imply": "speculate",
    "guess": "speculate",
    "suspect": "speculate",
    "rumor": "speculate",
    "rumour": "speculate",
    "claim credit": "assert",
}

# Nouns that introduce attributed content ("a statement that…", "his claim that…").
REPORTING_NOUNS: dict[str, Attitude] = {
    "statement": "assert",
    "comment": "assert",
    "remark": "assert",
    "announcement": "assert",
    "claim": "allege",
    "allegation": "allege",
    "accusation": "allege",
    "charge": "allege",
    "report": "report",
    "reports": "report",
    "denial": "deny",
    "denials": "deny",
    "confirmation": "confirm",
    "warning": "assert",
    "argument": "assert",
    "belief": "assert",
    "view": "assert",
    "assertion": "assert",
    "suggestion": "speculate",
    "speculation": "speculate",
    "rumor": "speculate",
    "rumors": "speculate",
    "rumour": "speculate",
    "rumours": "speculate",
    "testimony": "assert",
    "promise": "assert",
    "pledge": "assert",
    "tweet": "assert",
    "interview": "assert",
    "post": "assert",
    "letter": "assert",
    "speech": "assert",
    "message": "assert",
    "question": "question",
    "concern": "assert",
    "concerns": "assert",
    "fear": "speculate",
    "fears": "speculate",
    "hope": "speculate",
    "opinion": "assert",
    "assessment": "assert",
    "insistence": "assert",
    "notion": "assert",
    "idea": "assert",
    "evidence": "assert",
    "sign": "assert",
    "indication": "assert",
}

# --- cue senses (quote side, extract/quotes.py) ---------------------------------------------
# Verbs of judging out loud: their quoted object is what the speaker said ("condemned the debate
# as a 'charade'"), though their content is no clause.
EVALUATIVE_SPEECH_VERBS = {
    "attack",
    "condemn",
    "praise",
    "criticise",
    "criticize",
    "slam",
    "hail",
    "blast",
    "mock",
    "welcome",
    "applaud",
    "decry",
    "denounce",
    "lambast",
    "ridicule",
    "thank",
    "complain",
    "insult",
    "rubbish",
    "berate",
    "scold",
    "defend",
    "dismiss",
}
# Naming verbs: "a single called 'Blue Morning'", "dubbed 'the Cauldron'", "known as 'X'"
# name a thing; they report nobody's words ("called for", "called on" do: see reported.py).
NAMING_VERBS = {"call", "dub", "name", "know", "title", "entitle", "nickname", "christen"}
# Nouns of data, not of a source: "according to sales figures" cites no one; nor do pictures
# ("photos show she still has the same face").
DATA_NOUNS = {"figures", "data", "statistics", "numbers", "sales", "results", "records", "rates"}
DATA_NOUNS |= {"photos", "photographs", "pictures", "images", "footage", "video", "videos"}
DATA_NOUNS |= {"photo", "photograph", "picture", "image", "clip", "clips"}
# Hearsay nouns: as the subject of a cue they name nobody ("A rumour on Tuesday claims C",
# guidelines: sourceless rumour is no attribution). Reports and claims do have authors.
HEARSAY_NOUNS = frozenset({"rumour", "rumours", "rumor", "rumors", "speculation", "gossip"})
# Verbs of believing and expecting: negated, they still report a stance ("did not believe
# that C" is kept, guidelines); a negated verb of saying reports nothing ("has not commented
# on whether C", "never mentioned what she did").
BELIEF_VERBS = frozenset(
    {"believe", "think", "expect", "hope", "fear", "suspect", "doubt", "feel", "accept", "agree"}
)
# Verbs of knowing and finding out: with an open question for content they report nobody's
# words ("nobody knows how long C", "left to wonder what C", "to find out whether C").
KNOWING_VERBS = frozenset({"know", "wonder", "learn", "discover", "find", "realise", "realize"})
# What opens such an open question.
QUESTION_OPENERS = frozenset(
    {"what", "whether", "if", "how", "why", "who", "whom", "which", "when", "where"}
)
# ---------------------------------------------------------------------------------------------

# Prepositional attribution phrases: the source is the object ("according to the FT").
ACCORDING_HEADS = {"according", "per", "citing"}

# Adverbs and phrases that mark a claim as hedged / second-hand.
HEDGE_WORDS = {
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "apparently",
    "rumored",
    "rumoured",
    "possibly",
    "potentially",
    "reported",
    "alleged",
    "unconfirmed",
    "if",
    "may",
    "might",
    "could",
    "suggested",
    "speculation",
    "exploratory",
    "unnamed",
    "anonymous",
    "sources",
}

# Channels a statement was made through ("via social media", "in a statement").
CHANNEL_WORDS = {
    "social media": "social media",
    "twitter": "social media",
    "x": "social media",
    "facebook": "social media",
    "instagram": "social media",
    "tiktok": "social media",
    "truth social": "social media",
    "statement": "statement",
    "press release": "statement",
    "interview": "interview",
    "email": "email",
    "e-mail": "email",
    "press conference": "press conference",
    "letter": "letter",
    "blog": "blog",
    "podcast": "podcast",
    "television": "television",
    "tv": "television",
    "radio": "radio",
    "speech": "speech",
    "phone": "phone",
}

# Irregular inflections; regular ones are generated by ``verb_forms``.
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "think": ["think", "thinks", "thought", "thinking"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "know": ["know", "knows", "knew", "known", "knowing"],
    "find": ["find", "finds", "found", "finding"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "shut": ["shut", "shuts", "shutting"],
    "rule": ["rule", "rules", "ruled", "ruling"],
    "learn": ["learn", "learns", "learned", "learnt", "learning"],
    "understand": ["understand", "understands", "understood", "understanding"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "dub": ["dub", "dubs", "dubbed", "dubbing"],
    "label": ["label", "labels", "labeled", "labelled", "labeling", "labelling"],
    "signal": ["signal", "signals", "signaled", "signalled", "signaling", "signalling"],
    "post": ["post", "posts", "posted", "posting"],
    "ask": ["ask", "asks", "asked", "asking"],
}


def _regular_forms(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def verb_forms(lemma: str) -> list[str]:
    return _IRREGULAR.get(lemma, _regular_forms(lemma))


@lru_cache(maxsize=1)
def reporting_verb_index() -> dict[str, str]:
    """Surface form -> lemma for every single-word reporting verb."""
    index: dict[str, str] = {}
    for lemma in REPORTING_VERBS:
        if " " in lemma:
            continue
        for form in verb_forms(lemma):
            index.setdefault(form, lemma)
    return index


def verb_lemma(word: str) -> str | None:
    return reporting_verb_index().get(word.lower())


def attitude_of(lemma: str | None, negated: bool = False) -> Attitude:
    """The attitude a cue signals; a negated assertion ("did not confirm") reads as denial
    only for confirm/assert verbs, and "not deny" reads as speculation (neither side)."""
    attitude = REPORTING_VERBS.get(lemma or "", REPORTING_NOUNS.get(lemma or "", "assert"))
    if negated:
        attitude = NEGATED_ATTITUDE.get(attitude, attitude)
    return attitude


NEGATED_ATTITUDE: dict[Attitude, Attitude] = {
    "confirm": "question",
    "deny": "speculate",
    "assert": "deny",
}


# -- words the claim layer reads (extract/claims: propositions, groups) ---------------------

# Nouns for a report or rumour whose content clause names a proposition ("amid reports that C").
RUMOUR_NOUNS: dict[str, Attitude] = {
    "report": "report",
    "reports": "report",
    "rumour": "speculate",
    "rumours": "speculate",
    "rumor": "speculate",
    "rumors": "speculate",
    "speculation": "speculate",
    "suggestion": "speculate",
    "suggestions": "speculate",
    "talk": "speculate",
    "claims": "allege",
    "allegation": "allege",
    "allegations": "allege",
    "accusation": "allege",
    "accusations": "allege",
    "fears": "speculate",
}
# Cue lemmas that never attribute a proposition to anyone (guidelines: refusals).
NOT_ATTRIBUTIONS = frozenset({"refuse", "decline"})
# The same, by the start of any cue word the lexicon does not list ("declined to comment").
REFUSAL_PREFIXES = ("refus", "declin")
# Words of accusation and the preposition whose object is the alleged wrong ("accused of C",
# "charged with C", "sued X for C").
ACCUSATION_WORDS: dict[str, str] = {
    **dict.fromkeys(("accused", "accuses", "accuse", "accusing"), "of"),
    **dict.fromkeys(("accusation", "accusations", "charges", "charge"), "of"),
    **dict.fromkeys(("charged", "charging"), "with"),
    **dict.fromkeys(("sued", "sues", "sue", "suing"), "for"),
    # "criticised X for C", "blamed X for C", "came under fire for C": accusations of C
    **dict.fromkeys(
        (
            *("criticised", "criticises", "criticise", "criticising"),
            *("criticized", "criticizes", "criticize", "criticizing"),
            *("blamed", "blames", "blame", "blaming"),
            *("condemned", "condemns", "condemn", "condemning"),
            "fire",
        ),
        "for",
    ),
}
# Agentless evidential verbs ("X is thought to C") and the attitude each gives an
# unattributed source (guidelines C: evidentials report; predictions speculate).
EVIDENTIAL_VERBS: dict[str, Attitude] = {
    "thought": "report",
    "believed": "report",
    "understood": "report",
    "said": "report",
    "reported": "report",
    "rumoured": "speculate",
    "rumored": "speculate",
    "alleged": "allege",
    "accused": "allege",
    "expected": "speculate",
    "tipped": "speculate",
    "set": "speculate",
    "likely": "speculate",
}
# Nouns that only point back at a claim ("denied the claims", "dismissed the reports").
CLAIM_REFERENCE_NOUNS = frozenset(
    {
        "claim",
        "claims",
        "report",
        "reports",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "charge",
        "charges",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "speculation",
        "suggestion",
        "suggestions",
        "story",
        "stories",
        "it",
        "this",
        "them",
        "that",
        "wrongdoing",
        "idea",
        "notion",
        # a finding answered ("rejected the findings", "disputed the regulator's conclusions")
        "finding",
        "findings",
        "conclusion",
        "conclusions",
        "assertion",
        "assertions",
    }
)
# Words in a source's name or role that make it a relay, not a party: outlets and reporters.
OUTLET_WORDS = frozenset(
    {
        "newspaper",
        "newspapers",
        "paper",
        "papers",
        "press",
        "media",
        "magazine",
        "tabloid",
        "reporter",
        "reporters",
        "correspondent",
        "journalist",
        "journalists",
        "times",
        "guardian",
        "telegraph",
        "independent",
        "observer",
        "mirror",
        "herald",
        "post",
        "journal",
        "reuters",
        "bloomberg",
        "agency",
        "ft",
        "australian",
        "reports",
        "report",
    }
)
# Words in a source's name or role that make it a commentator, not a party.
COMMENTATOR_WORDS = frozenset(
    {
        "analyst",
        "analysts",
        "observers",
        "observer",
        "economist",
        "economists",
        "expert",
        "experts",
        "commentator",
        "commentators",
        "consultant",
        "strategist",
        "professor",
    }
)
# Stems (first six letters) of words that make a claim an accusation of wrongdoing.
WRONGDOING_WORDS = frozenset(
    w[:6]
    for w in (
        "punished",
        "betray",
        "betrayal",
        "lie",
        "lied",
        "lying",
        "fraud",
        "illegal",
        "illegally",
        "corrupt",
        "corruption",
        "abuse",
        "raped",
        "drugged",
        "misusing",
        "misuse",
        "cheated",
        "stole",
        "stolen",
        "bribe",
        "bribery",
        "criminal",
        "unlawful",
        "breach",
        "breached",
        "discrimination",
        "harassment",
        "sinister",
        "underhand",
        "panic",
        "deceitful",
        "misled",
        "mislead",
        "cover-up",
        "negligent",
        "negligence",
        "wrongful",
        "evasion",
        "failed",
        "owed",
    )
)
# Predicates that call a claim false ("the claims were untrue", "the report is nonsense").
DISMISSAL_WORDS = frozenset(
    {
        "untrue",
        "false",
        "nonsense",
        "wrong",
        "ridiculous",
        "rubbish",
        "baseless",
        "groundless",
        "unfounded",
        "inaccurate",
        "incorrect",
        "misleading",
        "speculation",
        "speculative",
        "fiction",
        "fantasy",
        "absurd",
        "laughable",
        "erroneous",
        "hoax",
        "fake",
    }
)
# Verbs of saying whose object is the person told, never the subject of what is said ("told
# a court that C", "assured investors the deal was safe").
ADDRESSEE_VERBS = frozenset(
    {"tell", "assure", "inform", "remind", "notify", "warn", "advise", "persuade", "convince"}
)
# Verbs of saying whose modal content is a forecast, not a position ("warned X could Y").
FORECAST_VERBS = frozenset({"warn", "predict", "forecast", "caution", "estimate"})
# Contents that voice doubt about a proposition rather than state it (guidelines: question):
# "it is unclear whether X", "we don't know if X", "not necessarily X".
DOUBT_PREDICATES = frozenset({"unclear", "uncertain", "doubtful"})
NEGATED_KNOWING = frozenset({"know", "knows", "knew", "sure", "certain", "clear"})
DOUBT_HEDGES = frozenset({"necessarily"})
# Cues that make a modal content a prediction, not an accusation: "claimed the bill would
# encourage corruption" is the critic's speculation (guidelines: critics' predictions speculate).
PREDICTION_CUES = FORECAST_VERBS | {"claim"}
# Modal auxiliaries that make a content's main verb a prediction.
PREDICTION_MODALS = frozenset({"will", "would", "could", "might", "may", "'ll", "wo"})
# Words that name one thing in news claims, folded to one form so that a denial in other words
# meets the report it answers ("denied receiving an approach" / "preparing a bid").
CONCEPT_WORDS: dict[str, tuple[str, ...]] = {
    "takeover": (
        "takeover",
        "takeovers",
        "bid",
        "bids",
        "bidder",
        "offer",
        "offers",
        "approach",
        "acquisition",
        "acquire",
        "acquired",
        "buyout",
        "buy",
        "buying",
        "bought",
    ),
    "talks": (
        "talks",
        "discussions",
        "discussing",
        "discussed",
        "negotiations",
        "negotiating",
        "negotiate",
    ),
    "cuts": (
        "cut",
        "cuts",
        "cutting",
        "axe",
        "axed",
        "axing",
        "shed",
        "shedding",
        "slash",
        "slashed",
        "redundancies",
        "layoffs",
    ),
    "jobs": ("jobs", "job", "posts", "workers", "staff", "employees", "workforce"),
    "close": ("close", "closure", "closing", "closed", "shut", "shutting"),
    "sell": ("sell", "sale", "sold", "selling", "disposal", "divest"),
    "resign": ("resign", "resigned", "resignation", "quit", "quits", "stand down", "step down"),
    "merger": ("merger", "merge", "merged", "merging", "tie-up", "alliance"),
}

HEADLINE_HEDGES = {
    "reported",
    "alleged",
    "rumored",
    "rumoured",
    "possible",
    "potential",
    "purported",
    "suspected",
    "claimed",
    "speculated",
}

# Nouns an article uses to refer back to its central claim.
CLAIM_ANAPHORS = {
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "report",
    "reports",
    "talks",
    "discussions",
    "speculation",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "deal",
    "partnership",
    "story",
    "reporting",
    "denial",
    "denials",
}

ALLEGATION_MODIFIERS = {"alleged", "purported", "suspected", "supposed"}

# Verbs that label something: "labeled Chinese automakers an 'existential threat'" (a quoted label
# under them is a partial quote, and what it labels is the speaker's claim).
LABEL_VERBS = {"label", "call", "describe", "brand", "dub", "term", "characterize", "characterise"}

EVIDENTIAL_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "rumouredly"})

# Verbs whose subject belongs to their complement ("X seems to …", "X is expected to …").
RAISING_FORMS = {"seem", "seems", "seemed", "appear", "appears", "appeared", "likely"}

# Participles that raise only as participles ("Obama, expected to visit…"); finite, they have a
# speaker for a subject ("Trump said: 'Did Hillary help…'").
RAISING_PARTICIPLES = {"expected", "believed", "thought", "said", "reported", "rumored", "rumoured"}

# Heads that label a section rather than name a source.
NON_SOURCE_HEADS = {
    "note",
    "update",
    "updated",
    "editor's note",
    "correction",
    "related",
    "watch",
    "read more",
    "photos",
    "video",
    "source",
    "sources",
    "q",
    "a",
    "advertisement",
    "subscribe",
    "click here",
    "see also",
    "live",
    "breaking",
}

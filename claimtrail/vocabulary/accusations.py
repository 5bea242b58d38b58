"""What makes a statement an accusation (guidelines B: "allege is an accusation of wrongdoing"):
the claim layer's own word lists (``extract/claims`` records), beside ``lexicon``'s
``WRONGDOING_WORDS`` and kept apart from it so that changing them needs no cue model retrain.

- wrongdoing predicates: words for a wrong another party did ("spreading propaganda",
  "plagiarised", "covered it up", "mismanaged"), folded to their first six letters as
  ``WRONGDOING_WORDS`` is;
- wrongdoing phrases: a few multi-word shapes of the same ("turned its back on the voters",
  "had gone AWOL", "more interested in his own party than X");
- virtues whose negation accuses ("has not been straightforward", "was not honest");
- plain outcomes that name a wrong without accusing anyone ("those found guilty would face
  punishment"): a wrongdoing word that only names what awaits the guilty.
"""

from __future__ import annotations

WRONGDOING_PREDICATES = frozenset(
    w[:6]
    for w in (
        "propaganda",
        "plagiarised",
        "plagiarism",
        "copycat",
        "deceived",
        "deception",
        "deceptive",
        "dishonest",
        "dishonesty",
        "distorted",
        "distortion",
        "manipulated",
        "manipulation",
        "rigged",
        "smear",
        "smears",
        "hypocrisy",
        "hypocritical",
        "mismanaged",
        "mismanagement",
        "mishandled",
        "incompetence",
        "incompetent",
        "neglected",
        "squandered",
        "blackmail",
        "extortion",
        "bullying",
        "intimidation",
        "racist",
        "racism",
        "sexist",
        "homophobic",
        "violated",
        "violation",
        "cheating",
        "embezzled",
        "embezzlement",
        "defrauded",
        "falsified",
        "falsifying",
        "overcharged",
        "betrayed",
        "betraying",
        "murdered",
        "murder",
        "kidnapped",
        "tortured",
        "torture",
        "defamed",
        "defamatory",
        "libelled",
        "libellous",
        "forged",
        "forgery",
        "laundering",
        "laundered",
        # faking, doping and rigging a contest: sport's wrongs
        "fake",
        "faked",
        "fakes",
        "faking",
        "doping",
        "doped",
        "bribed",
        "bribing",
        "match-fixing",
        "cheats",
    )
)
WRONGDOING_PHRASES = (
    # a conflict of interest, not "conflicting interests" weighed up or a war's "conflict"
    "conflict of interest",
    "conflicts of interest",
    "turned its back",
    "turned their back",
    "turned his back",
    "turned her back",
    "gone awol",
    "covered up",
    "cover up",
    "cover-up",
    "anti-semitic",
    "more interested in",
    "out of context",
    "in the dark",
    "tapped him up",
    "tapped her up",
    "tapped them up",
    "tapping up",
    "tapped up",
)
# Breaking what binds ("had broken the rules", "broke its promise"): a verb and its objects.
BREAK_VERBS = frozenset({"break", "breaks", "broke", "broken", "breaking", "flouted", "flout"})
BOUND_OBJECTS = frozenset(
    {"rule", "rules", "law", "laws", "regulations", "agreement", "promise", "promises", "pledge"}
)
# Predicates that clear whoever they are said of ("insists he is innocent"): a denial.
INNOCENCE_WORDS = frozenset({"innocent", "blameless"})
# Verbs of acting against a wrong ("fight crime", "tackling abuse", "crack down on fraud"): the
# wrong they govern is nobody's deed.
COUNTER_VERBS = frozenset(
    {
        *("fight", "fights", "fighting", "fought"),
        *("tackle", "tackles", "tackling", "tackled"),
        *("combat", "combats", "combating", "combatting"),
        *("prevent", "prevents", "preventing"),
        *("curb", "curbs", "curbing"),
        *("crack", "cracking", "clamp", "clamping", "stamp", "stamping"),
        *("root", "rooting", "eradicate", "eliminate", "reduce", "reducing"),
        *("investigate", "investigating", "probe", "probing"),
        *("smash", "smashing", "defeat", "defeating", "target", "targeting", "targeted"),
        *("catch", "catching", "jail", "jailing", "prosecute", "prosecuting"),
        *("control", "controls", "crackdown", "clampdown", "curbs"),
        *("prohibit", "prohibits", "prohibited", "prohibiting", "outlaw", "outlawed"),
        *("condemn", "condemns", "condemned", "condemning", "deter", "deterring"),
    }
)
# The noun of "put an end to X", "an end to X": X is what someone acts against.
ENDING_NOUNS = frozenset({"end", "stop", "halt"})
# Nouns of the legal process that a wrong may qualify without accusing ("criminal proceedings",
# "a fraud trial", "the corruption inquiry").
PROCESS_NOUNS = frozenset(
    {
        *("proceedings", "trial", "trials", "case", "cases", "investigation", "investigations"),
        *("inquiry", "probe", "prosecution", "prosecutions", "court", "courts", "law", "laws"),
        *("squad", "unit", "division", "lawyer", "lawyers", "record", "records", "history"),
    }
)
# Things that can fail without anyone doing wrong ("the negotiations failed", "the bid
# failed"): a failure said of one of these is no accusation.
FAILING_THINGS = frozenset(
    {
        *("talks", "negotiations", "attempt", "attempts", "bid", "bids", "effort", "efforts"),
        *("plan", "plans", "deal", "deals", "merger", "system", "scheme", "project", "venture"),
        *("strategy", "launch", "experiment", "mission", "test", "tests", "economy", "market"),
        *("markets", "sales", "shares", "crops", "harvest", "rains", "engine", "engines"),
    }
)
# Words for twisting what someone said: said of the speaker's own words ("his comments had been
# distorted", "my remarks were taken out of context"), a denial of the version reported.
DISTORTION_WORDS = frozenset(
    {"distorted", "misrepresented", "misquoted", "twisted", "taken", "misinterpreted"}
)
OWN_POSSESSIVES = frozenset({"my", "our", "his", "her", "its", "their"})
# Virtues a party is said to lack ("has not been straightforward"): negated, an accusation.
VIRTUE_WORDS = frozenset(
    {"honest", "straightforward", "truthful", "transparent", "candid", "frank", "open"}
)
# Nouns for what awaits wrongdoers ("would face heavy penalties"): they name a wrong without
# saying who did it (the verb "punished" still accuses whoever punishes).
OUTCOME_WORDS = frozenset({"punishment", "punishments", "penalty", "penalties"})

# Criticism of a party *for* a wrong, beside lexicon's ``ACCUSATION_WORDS`` (kept here so that
# no cue model retrain is needed): verbs ("clashed with X for C", "slammed X for C") and nouns
# ("came in for criticism for C", "faced criticism for C"); each only as its part of speech
# ("missile attacks for years" is no accusation).
CRITICISM_VERBS = frozenset(
    {
        *("clashed", "clashes", "clash", "clashing"),
        *("attacked", "attacks", "attack", "attacking"),
        *("slammed", "slams", "slam", "slamming"),
        *("lambasted", "lambasts", "lambast", "lambasting"),
        *("rapped", "raps", "rap", "rapping"),
        *("censured", "censures", "censure", "censuring"),
        *("castigated", "castigates", "castigate", "castigating"),
    }
)
CRITICISM_NOUNS = frozenset({"criticism", "criticisms", "condemnation", "censure"})
# The preposition whose object is the wrong criticised.
CRITICISM_PREPOSITION = "for"

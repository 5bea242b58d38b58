"""How a party answers a claim, and who holds a claim named by a modifier: the claim layer's
own word lists (``extract/claims``).

Kept apart from ``lexicon`` and ``gazetteer``, whose contents the cue model records a digest of
(``extract/cues/model.py``): these words are read only by the claim rules, never by the quote
finder, so changing them needs no retraining.

- phrasal answers: "played down the reports" (contest), "hit back at claims" (contest),
  "brushed aside the allegations" (deny);
- pleas: "pleaded not guilty" (deny), "pleaded guilty" (confirm);
- findings: a court, jury, tribunal or inquiry that "ruled that" / "found that" C confirms C
  (and denies it when the finding negates it: guidelines C, official findings);
- clearing words: "said it had done nothing wrong", "denied any wrongdoing": a party denying
  the allegation made about it;
- holder modifiers: "Conservative claims", "opposition claims": the modifier names who
  holds the claim.
"""

from __future__ import annotations

from claimtrail.models import Attitude

# (verb lemma, particle) -> attitude of the answer.
PHRASAL_ANSWERS: dict[tuple[str, str], Attitude] = {
    ("play", "down"): "contest",
    ("hit", "back"): "contest",
    ("shrug", "off"): "contest",
    ("brush", "aside"): "deny",
    ("brush", "off"): "deny",
    ("laugh", "off"): "deny",
    ("wave", "away"): "deny",
    ("wave", "aside"): "deny",
}
# Surface form -> lemma for the verbs above (the lemmatizer is off, as in ``lexicon``).
PHRASAL_VERB_FORMS: dict[str, str] = {
    **dict.fromkeys(("play", "plays", "played", "playing"), "play"),
    **dict.fromkeys(("hit", "hits", "hitting"), "hit"),
    **dict.fromkeys(("shrug", "shrugs", "shrugged", "shrugging"), "shrug"),
    **dict.fromkeys(("brush", "brushes", "brushed", "brushing"), "brush"),
    **dict.fromkeys(("laugh", "laughs", "laughed", "laughing"), "laugh"),
    **dict.fromkeys(("wave", "waves", "waved", "waving"), "wave"),
}
# Prepositions whose object is what a phrasal answer answers ("hit back at Labour claims",
# "poured scorn on the reports").
ANSWER_OBJECT_PREPOSITIONS = frozenset({"at", "on", "over"})

PLEA_FORMS = frozenset({"plead", "pleads", "pleaded", "pleading", "pled"})
# The plea's last word -> attitude: "not guilty" / "innocent" deny, "guilty" confirms.
PLEA_ATTITUDES: dict[str, Attitude] = {"guilty": "confirm", "innocent": "deny"}
# What a plea is to when it only points back at the accusation ("pleaded guilty to the
# charges"), not a wrongdoing of its own ("pleaded guilty to failing to report X").
PLEADED_TO_POINTERS = frozenset(
    {"charge", "charges", "count", "counts", "offence", "offences", "offense", "offenses"}
)

# Verbs of an official finding ("the court ruled that C", "the inquiry found that C").
FINDING_VERB_FORMS: dict[str, str] = {
    **dict.fromkeys(("rule", "rules", "ruled", "ruling"), "rule"),
    **dict.fromkeys(("find", "finds", "found", "finding"), "find"),
    **dict.fromkeys(("conclude", "concludes", "concluded", "concluding"), "conclude"),
    **dict.fromkeys(("decide", "decides", "decided", "deciding"), "decide"),
    **dict.fromkeys(("judge", "judges", "judged", "judging"), "judge"),
}
# Last words of a body that makes findings: courts, juries, tribunals, inquiries, regulators.
FINDING_BODIES = frozenset(
    {
        "court",
        "courts",
        "judge",
        "judges",
        "justice",
        "justices",
        "jury",
        "juries",
        "tribunal",
        "inquiry",
        "inquest",
        "coroner",
        "magistrate",
        "magistrates",
        "lords",
        "panel",
        "committee",
        "commission",
        "regulator",
        "regulators",
        "watchdog",
        "ombudsman",
        "arbitrator",
        "investigation",
        "investigators",
        "review",
        "probe",
        "auditor",
        "auditors",
        "referee",
        "authority",
    }
)

# Words whose negation clears a party of wrongdoing ("had done nothing wrong", "no
# wrongdoing", "had not acted illegally", "there was nothing improper").
CLEARING_WORDS = frozenset(
    {
        "wrong",
        "wrongdoing",
        "wrongly",
        "illegal",
        "illegally",
        "unlawful",
        "unlawfully",
        "improper",
        "improperly",
        "untoward",
        "guilty",
    }
)

# Modifiers of a claim noun that name who holds it ("Conservative claims", "opposition
# claims", "union fears"); a place ("UK media reports") does not hold a claim, and an outlet
# word ("press reports") is read by the report rules (``extract/claims/quote_records``).
HOLDER_MODIFIERS = frozenset(
    {
        "conservative",
        "conservatives",
        "tory",
        "tories",
        "labour",
        "liberal",
        "lib",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "democratic",
        "snp",
        "ukip",
        "opposition",
        "government",
        "ministerial",
        "union",
        "unions",
        "police",
        "prosecution",
    }
)

# What a verb of disputing ("contested", "disputed", "challenged", "deflected") can dispute when
# its object names no proposition of its own: something that can be true or false (a claim,
# report or criticism noun, figures, a version of events). Any other object ("deflected the
# free-kick", "a smile deflected the question", "challenged the referee") is no attitude to a
# claim. Read with ``CLAIM_REFERENCE_NOUNS``, ``RUMOUR_NOUNS`` and ``DATA_NOUNS``.
DISPUTABLE_NOUNS = frozenset(
    {
        "account",
        "accounts",
        "version",
        "assertion",
        "assertions",
        "assessment",
        "interpretation",
        "criticism",
        "criticisms",
        "verdict",
        "idea",
        "notion",
        "view",
        "views",
        "suggestion",
        "suggestions",
        "conclusion",
        "conclusions",
        "figure",
        "claim",
        "statement",
        "statements",
        "remarks",
        "comments",
        "charge",
        "charges",
    }
)

# Predicates of truth that a negation turns into a flat dismissal ("the rumour is not true",
# "the reports are not accurate"): a denial.
TRUTH_WORDS = frozenset({"true", "accurate", "correct", "factual"})
# Degree words that make a negated truth a partial dispute, not a flat denial ("not entirely
# true", "not strictly accurate"): left to the rules for contests.
PARTIAL_TRUTH_WORDS = frozenset(
    {"entirely", "completely", "wholly", "quite", "strictly", "necessarily", "totally", "fully"}
)

# Verbs of disclosing ("revealed", "disclosed"): the lexicon reads them as reports, which
# holds for an outlet ("the Courier revealed C"); a party disclosing states C first-hand, and
# its own plan or act ("Acme revealed that it would open 20 stores") it confirms.
DISCLOSURE_LEMMAS = frozenset({"reveal", "disclose"})
# Subject pronouns by which a disclosed content speaks of its discloser ("revealed it would").
OWN_SUBJECT_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they"})

# The word of a flat denial by the subject or its representative ("we have never made a
# loss", "Lee has never met anyone from Globex, his lawyer said"): a denial, not a statement.
FLAT_NEGATORS = frozenset({"never"})
# Speakers who answer for someone else ("his lawyer", "a spokeswoman for Acme"): their
# principal's flat "never" is a denial too (a lawyer's denial is a denial, not an accusation).
REPRESENTATIVE_WORDS = frozenset(
    {
        *("lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors"),
        *("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"),
        *("representatives", "publicist", "agent", "aide", "aides", "counsel"),
    }
)

# Verbs that, negated with a modal or a readiness word, make a content a refusal to answer
# ("she couldn't say whether the firm was developing it", "we can't confirm that", "we are not
# going to confirm the identity"): no attribution (guidelines: refusals, "declined to comment").
NON_ANSWER_FORMS = frozenset(
    {
        *("say", "confirm", "comment", "discuss", "disclose", "reveal", "speculate"),
        *("deny", "elaborate"),
    }
)
# Words of readiness that carry such a verb ("not going to confirm", "not able to say",
# "not prepared to discuss", "unable to comment").
READINESS_WORDS = frozenset({"going", "able", "prepared", "willing", "unable", "ready"})
# Forms of "be" that may head such a readiness word ("we are not able to say").
BE_FORMS = frozenset({"is", "are", "was", "were", "am", "'re", "’re", "'m", "’m", "be"})

# What a party decides on rather than calls false ("Winemaker rejects brewer's offer", "Union
# turns down pay deal"): a headline's denial verb with one of these as its object is a decision
# the outlet reports; "Ally rejects Budget spree" (a spree somebody suggested) stays a denial.
DECIDED_THINGS = frozenset(
    {
        *("offer", "offers", "bid", "bids", "approach", "approaches", "proposal", "proposals"),
        *("deal", "deals", "demand", "demands", "request", "requests", "appeal", "appeals"),
        *("application", "terms", "package", "settlement", "merger", "takeover", "invitation"),
    }
)

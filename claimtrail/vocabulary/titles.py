"""Words for reading a speaker's title off the words before or around a name
(speakers/resolve.py).

Kept apart from gazetteer.py: the cue model does not read them, so changing them needs no
retraining.
"""

from __future__ import annotations

# Ranks that are never the first word of an office ("Lord Chancellor" is one): the NER often
# leaves them out of the name it tags ("Sir | Alan Ferrow"), and the guidelines keep them.
KNIGHTLY_RANKS = frozenset({"sir", "dame"})

# Abbreviated titles as British style writes them, without a stop ("Prof Vane", "Supt Moss"):
# before a name they are a title, never part of it, so "Prof Vane" is the "Vane" of "Ada
# Vane" (the gazetteer lists only the stopped forms, "Prof.").
UNSTOPPED_TITLE_ABBREVIATIONS = frozenset(
    {"Prof", "Rev", "Supt", "Insp", "Sgt", "Capt", "Col", "Lt", "Cllr", "Det"}
)

# Abbreviated ranks written with a stop ("Cpl. Vane", "Maj. Moss") besides the unstopped
# forms above: parse/nlp.py keeps each whole, stop and all, so no sentence ends inside a name.
TITLE_ABBREVIATIONS = frozenset({"Cpl", "Maj", "Pte", "Brig", "Cmdr", "Sqn", "Const"})

# Titles a person holds that the gazetteer's person nouns leave out, because the word has
# other senses ("agent" of a chemical, a change) or names a standing more than an office
# ("tycoon", "publicist"): before a name, or after "as" in "joined the club as agent", they
# are a title.
EXTRA_TITLE_NOUNS = frozenset(
    {
        "agent",
        "tycoon",
        "magnate",
        "mogul",
        "billionaire",
        "millionaire",
        "financier",
        "publicist",
        "pundit",
        "liaison",
        "physio",
        "biographer",
        "creator",
        "co-creator",
        "controller",
        "student",
        "msp",
        "organiser",
        "organizer",
        "justice",  # "the Lord Chief Justice", "Chief Justice Ann Roe": a judge's title
    }
)

# Endings of agent nouns that name an occupation or calling ("physiotherapist", "criminalist",
# "pathologist", "statistician"): before a name or in its apposition such a noun is a title,
# whether or not the gazetteer lists it. A word ending in "list" must have a vowel before it
# ("journalist", "finalist"; not "shortlist", "playlist"), and it has at least
# TITLE_SUFFIX_MIN_LENGTH letters ("list", "wrist", "twist" are no titles).
TITLE_SUFFIXES = ("ist", "ician", "ologist", "iatrist")
TITLE_SUFFIX_MIN_LENGTH = 7
NOT_TITLE_SUFFIXED = frozenset({"persist", "consist", "insist", "resist", "assist", "exist"})

# Verbs, in every written form, that state a title through "as": "X joined the club as chief
# executive", "X was appointed as coach", "X took over as manager", "X served as chairman",
# and in a relative clause, "X, who will remain as chief executive,".
TITLE_AS_VERBS = frozenset(
    """
    join joins joined joining appoint appoints appointed name names named serve serves served
    serving take takes took taken taking return returns returned install installed
    remain remains remained remaining stay stays stayed staying continue continues continued
    """.split()
)

# Verbs, in every written form, whose "as" phrase gives their OBJECT's title when they have
# one: "Rovers appoint Hale as manager" titles Hale, not Rovers; "Hale was appointed as
# manager" (passive, no object) titles the subject.
OBJECT_TITLE_VERBS = frozenset(
    """
    appoint appoints appointed appointing name names named naming install installs installed
    hire hires hired elect elects elected unveil unveils unveiled choose chooses chose chosen
    select selects selected confirm confirms confirmed announce announces announced sign signs
    signed
    """.split()
)

# Nouns that describe a player by the number after them, as a title would ("the world number
# 14 was pleased", "the number two"): a description of the person ranked so.
RANK_NOUNS = frozenset({"number", "no"})

# Capitalised remits of a government post ("Home Secretary", "Home affairs spokesman",
# "Foreign Secretary"): part of the title, never a body when the NER tags the word alone (a
# body is "the Home Office", "the Foreign Office"; speakers/entities.py).
OFFICE_REMIT_WORDS = frozenset({"Home", "Foreign"})

# Nouns for what a person has won, not an office they hold: "said the two-time award winner"
# describes the person in view, as "the champion swimmer" does (speakers/resolve.py), and
# gives no role.
ACHIEVER_NOUNS = frozenset({"winner", "laureate"})

# Titles held in a body, never over a place: "head of X", "co-founder of X", "manager of X"
# name a firm, a club or a group, whatever the NER took X for ("mayor of X", "governor of X",
# "president of X" may hold a place and are not here).
BODY_TITLE_NOUNS = frozenset(
    {
        "founder",
        "co-founder",
        "chairman",
        "chairwoman",
        "director",
        "head",
        "boss",
        "manager",
        "analyst",
        "editor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "economist",
    }
)

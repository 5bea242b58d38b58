"""Function words the rules read: pronouns, determiners, conjunctions, prepositions, copulas,
and the stop words each matcher skips.
"""

from __future__ import annotations

CLAIM_STOP_WORDS = {
    "the",
    "a",
    "an",
    "of",
    "on",
    "in",
    "to",
    "for",
    "and",
    "or",
    "with",
    "by",
    "at",
    "from",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "that",
    "this",
    "it",
    "its",
    "as",
    "amid",
}

# Words of any part of speech that say nothing about which proposition a sentence states.
LIGHT_WORDS = frozenset(
    {
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "done",
        "get",
        "got",
        "make",
        "made",
        "take",
        "took",
        "taken",
        "going",
        "go",
        "went",
        "come",
        "came",
        "put",
        "mr",
        "mrs",
        "ms",
        "dr",
        "year",
        "years",
        "time",
        "times",
        "week",
        "day",
        "days",
        "month",
        "months",
        "people",
        "thing",
        "things",
        "way",
        "lot",
        "new",
        "other",
        "such",
        "own",
        "same",
        "last",
        "next",
        "many",
        "much",
        "more",
        "most",
        "few",
        "very",
        "also",
        "just",
        "only",
        "even",
        "still",
        "well",
        "would",
        "could",
        "should",
        "will",
        "may",
        "might",
        "must",
        "can",
        "cannot",
        "that",
        "this",
        "there",
        "which",
        "who",
        "what",
        "one",
        "two",
        "yesterday",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)

NEGATORS = {"not", "n't", "no", "never", "nothing", "none", "nobody", "neither", "nor"}

PRONOUN_SUBJECTS = {"it", "they", "he", "she", "we", "i"}

# First words of a content that tell its kind ("that C", "to V", "the N", "him").
CONTENT_OPENERS = {
    "that",
    "to",
    "the",
    "a",
    "his",
    "her",
    "their",
    "it",
    "what",
    "how",
    "whether",
    "him",
    "them",
}

# Subordinators that open an adverbial clause, never a reported content ("sent the e-mail
# after it sought to question his role": when it was sent, not what it said).
ADVERBIAL_OPENERS = frozenset(
    {"after", "before", "because", "until", "although", "though", "unless", "once"}
)

# Discourse words at a content's edges belong to the writer, not to the source.
LEADING_DISCOURSE = ("however ", "but ", "and ", "so ", "still ", "yet ", "meanwhile ", "also ")

TRAILING_CONJUNCTIONS = (" and", " but", " or", " while", " as")

CONCESSIVE_MARKS = {"though", "although", "while", "whereas"}

# Prepositions after an object that set the scene rather than complete what is said
# ("rejected that argument [in a ruling]", "cited the figure [at the forum]").
SETTING_PREPOSITIONS = {
    "in",
    "at",
    "since",
    "during",
    "after",
    "before",
    "on",
    "by",
    "from",
    "until",
}

# Short words a title may keep in lower case ("Women in Power", "Fox News Sunday").
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with"}

# Words that never stand as a speaker on their own ("it" does: "It also mentions…" — a report).
NON_SOURCES = {"there", "what", "which", "that"}

# Adjectives after a source noun that belong to it ("people familiar with the talks").
POSTPOSED_SOURCE_ADJECTIVES = {"familiar", "close", "knowledgeable", "aware", "involved", "briefed"}

# Verbs of perceiving or quoting whose object is the one speaking in a following participle
# ("heard the man saying C", "quoted a minister saying C"); after other verbs the participle is
# the subject's ("the mayor phoned Mr Jones, saying C"). Surface forms (no lemmatizer).
OBJECT_SPEAKER_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "hear": ("", "s", "d", "ing"),
        "overhear": ("", "s", "d", "ing"),
        "see": ("", "s", "ing"),
        "saw": ("",),
        "seen": ("",),
        "watch": ("", "es", "ed", "ing"),
        "quot": ("e", "es", "ed", "ing"),
        "cit": ("e", "es", "ed", "ing"),
        "show": ("", "s", "ed", "n", "ing"),
        "film": ("", "s", "ed", "ing"),
        "record": ("", "s", "ed", "ing"),
        "caught": ("",),
        "catch": ("", "es", "ing"),
        "picture": ("", "s", "d"),
        "find": ("", "s", "ing"),
        "found": ("",),
        "leave": ("", "s"),
        "left": ("",),
        "imagine": ("", "s", "d"),
    }.items()
    for ending in endings
) | frozenset(  # causatives: "had many critics thinking C", "got fans wondering whether C"
    "have has had having get gets got getting set sets setting keep keeps kept keeping".split()
)

# Causative and persuading verbs, in every written form, whose object is the one who comes to
# say or believe what the verb's infinitive reports: "the findings led the agency to conclude
# that C", "the discovery leads many to believe C", "the row prompted him to admit C". The
# subject is a cause, never the source.
CAUSATIVE_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "lead": ("", "s", "ing"),
        "led": ("",),
        "prompt": ("", "s", "ed", "ing"),
        "caus": ("e", "es", "ed", "ing"),
        "forc": ("e", "es", "ed", "ing"),
        "persuad": ("e", "es", "ed", "ing"),
        "convinc": ("e", "es", "ed", "ing"),
        "encourag": ("e", "es", "ed", "ing"),
        "driv": ("e", "es", "ing"),
        "drove": ("",),
        "driven": ("",),
        "spur": ("", "s", "red", "ring"),
        "make": ("", "s"),
        "made": ("",),
        "making": ("",),
        "compel": ("", "s", "led", "ling"),
        "inspir": ("e", "es", "ed", "ing"),
    }.items()
    for ending in endings
)

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

# Verbs of coming to light, in every written form: "it emerged that C", "it later transpired
# that C", "details emerged that C" are agentless evidentials (guidelines A), nobody's words.
EMERGING_FORMS = frozenset(
    "emerge emerges emerged emerging transpire transpires transpired transpiring".split()
)

# Prepositions through which a clause's subject holds the reporting noun they govern ("X said
# in a statement that C", "X replied with a warning that C"). After others the noun is the
# setting, nobody's view ("X met Y amid speculation that C", "went ahead despite fears that
# C", "was sacked over claims that C": somebody else's, unnamed).
HOLDER_PREPOSITIONS = frozenset({"in", "with", "through", "via"})

# Prepositions after a numeral that make it a share of those asked ("One in four said",
# "Thirty per cent said", "Nine out of ten said"): the share is the source's whole name.
SHARE_PREPOSITIONS = frozenset({"in", "per", "out"})

# Reflexive pronouns: as the first word after a verb they open a small clause about the
# subject's own state ("found themselves tied into contracts", "declared himself fit"), never
# a reported proposition.
REFLEXIVE_PRONOUNS = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
)

# Prepositions that introduce what is said or thought about ("talked about X", "a call for X").
TOPIC_PREPOSITIONS = {
    "about",
    "on",
    "of",
    "over",
    "for",
    "against",
    "regarding",
    "concerning",
    "as",
    "into",
    "toward",
    "towards",
    "upon",
}

PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}

# A person's pronouns as a clause's subject and as an owner ("he said", "his offer"): a name
# they point back to is a person's, never a body's (which is "it" / "its").
PERSON_SUBJECT_PRONOUNS = frozenset({"he", "she"})
PERSON_OWNER_PRONOUNS = frozenset({"his", "her"})

# Quantifiers that stand for a group named just before ("spoke to analysts … most thought").
QUANTIFIERS = {"most", "many", "some", "several", "others", "all", "both", "few", "none"}

DETERMINERS = {"the", "this", "that", "these", "those"}

# Words of a speaker's role or description that make it an outlet or a reporter ("The
# Australian newspaper", "BBC correspondent"); an office's words do not ("Culture, Media and
# Sport Secretary", "press secretary", "independent MP").
OUTLET_ROLE_WORDS = frozenset(
    {
        *("newspaper", "newspapers", "paper", "papers", "magazine", "magazines", "tabloid"),
        *("tabloids", "broadcaster", "daily", "weekly", "reporter", "reporters"),
        *("correspondent", "correspondents", "journalist", "journalists", "columnist"),
    }
)

# Words of a source's name or description that make it a written work or its author, who
# relay what they tell like an outlet (guidelines C: "reporters, outlets, authors … relay or
# report"): "a new book claims", "the book, Brown's Britain, says", "the author said".
AUTHOR_WORDS = frozenset({"book", "books", "biography", "memoir", "memoirs", "author", "authors"})

# Determiners by which a claim noun points back at a claim made before ("denied the claims").
POINTING_DETERMINERS = frozenset({"the", "these", "those", "such"})

# Verbs that take a dummy "it" before a clause with a subject of its own ("it was plain that X").
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})

# Adverbs by which an answer echoes an earlier one ("Lord Goldsmith also denied them").
ECHO_ADVERBS = frozenset({"also", "too", "likewise", "similarly"})

# Forms of "comment": a content that only says its speaker does not comment is a refusal
# ("said it did not comment on speculation"), not an attribution (guidelines).
COMMENT_VERBS = frozenset({"comment", "comments", "commented", "commenting"})

# Verbs of denial that also take a decision's object: "rejected the reports" denies a claim,
# "rejected a takeover offer" / "dismissed the manager" decides, and is no attitude to a claim.
DECISION_VERBS = frozenset({"reject", "dismiss"})

# Prepositions that give a rumour or claim noun its topic ("rumours about a pregnancy",
# "claims of a shambles").
TOPIC_LINKS = frozenset({"about", "of", "over"})

# Pronouns that point back at what was said before ("this would not result in job losses").
DEMONSTRATIVES = frozenset({"this", "that"})

COPULAS = {"is", "was", "are", "were", "'s", "’s"}

# A pronoun goes to a person whose honorific does not contradict it ("she" is not "Mr. Trump").
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}

# Function and reporting words: they say how a claim is reported, not what it is about.
MATCH_STOP_WORDS = frozenset(
    "a an the and or of to in on at for with by from as is are was were be been being has have "
    "had do does did will would could should may might can it its this that these those there "
    "their they them he she his her we our you your i not no but if than then so over about "
    "into after before says said say report reports reported according reportedly sources "
    "source claims claim new us".split()
)

STEM_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("s", ""))


def uninflected(word: str) -> str:
    """A lower-case word less its first inflection in ``STEM_SUFFIXES`` that leaves three
    letters: crude plural and tense folding ("talks"/"talk", "denied"/"deny") without a
    stemmer."""
    for suffix, repl in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


NAME_STOP_WORDS = {"mr", "mrs", "ms", "dr", "sir", "the", "of", "a", "an", "for", "said"}

# First words of a source that name nobody ("people familiar with the matter", "two senators").
UNNAMED_FIRST_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "some",
        "many",
        "several",
        "one",
        "two",
        "three",
        "four",
        "both",
        "all",
        "other",
        "others",
        "people",
        "sources",
        "source",
        "insiders",
        "officials",
        "critics",
        "observers",
        "reports",
        "report",
        "rumours",
        "unnamed",
        "anonymous",
    }
)

POSSESSIVES = {"his", "her", "its", "their"}

# Prepositions inside a title ("head of research") or bringing in its body ("chief executive
# of Ford", "analyst at ING", "managing director in Europe").
ROLE_PREPOSITIONS = {"of", "at", "for", "in", "with", "from"}

# Adjectives whose "it" subject is a party, not the impersonal "it" ("It is likely to say that
# profits fell": the company will say it), unlike "It is fair / important to say that C".
PERSONAL_ADJECTIVES = frozenset(
    {
        "likely",
        "unlikely",
        "certain",
        "sure",
        "due",
        "set",
        "bound",
        "expected",
        "about",
        "ready",
        "able",
        "unable",
        "willing",
        "keen",
        "eager",
        "quick",
        "happy",
        "reluctant",
    }
)

# The writer's own voice outside quotation marks ("as we learned yesterday", "I think that C"):
# the article's author, not a source it reports.
WRITER_PRONOUNS = frozenset({"i", "we", "us", "me"})

# Subjects that name nobody in particular ("Everyone knows C", "Some might say C", "many may
# not feel C"): with a modal or a verb of knowing they voice a commonplace, not a source.
UNIVERSAL_SUBJECTS = frozenset({"everyone", "everybody", "anyone", "anybody"})
GENERIC_SUBJECTS = UNIVERSAL_SUBJECTS | {"some", "many", "people", "one", "others"}

# Modals that make a verb of saying hypothetical when its subject is generic or the tense is a
# counterfactual perfect ("Some might say C", "she would have known C").
HYPOTHETICAL_MODALS = frozenset({"might", "may", "could", "would", "should"})

# Verbs of coming upon something, in an infinitive of result ("woke up to find that C",
# "panned around to show C"): what the subject saw, not what anybody said.
DISCOVERY_VERBS = frozenset(
    {"find", "discover", "see", "show", "learn", "notice", "realise", "realize"}
)

# Participles that open a condition or a premise, not a report ("Considering that C, …",
# "Assuming C, …"): nobody is quoted.
PREMISE_PARTICIPLES = frozenset(
    {"considering", "assuming", "supposing", "given", "granted", "seeing"}
)

# Bound prefixes a hyphen joins to a verb ("co-operate", "re-elected", "pre-empt"): the
# tokenizer keeps such a word whole (parse/nlp.py). Split, "will co - operate" parses as three
# clauses and a reported clause is cut at "co". "vice-" is the one noun prefix kept: split,
# "X, vice - president of research at Y" parses as three appositions and loses the title.
# Other prefixes of nouns and adjectives ("anti-", "non-") are left to split: the parser reads
# those as modifiers already.
HYPHEN_PREFIXES = frozenset({"co", "pre", "re", "vice", "e"})

# Connectives of consequence or sequence that open a clause ("X was hurt, so he called an
# ambulance", "…, then she told the board"): the clause before them is what happened, not
# what the verb after them reports, whatever the parser hung on that verb.
CONSEQUENCE_CONNECTIVES = frozenset({"so", "then", "therefore", "thus", "hence"})

# Verbs by which a page asks its reader to watch or hear what it embeds ("Watch X announce it
# below", "Hear her explain why"): the verb of saying under them shows a recording, it
# reports nothing in the text.
PERCEPTION_VERBS = frozenset({"watch", "see", "hear", "listen"})
# Their irregular past forms, which the regular endings do not make.
PERCEPTION_PAST_FORMS = frozenset({"heard", "saw", "seen", "watched", "listened"})

# Modal and auxiliary verbs of four letters or more ("should", "will", "been"): they say
# nothing of a matter, so a restatement need not share them (quotes/headline.py).
AUXILIARY_WORDS = frozenset({"should", "would", "could", "will", "must", "have", "been"})

# Verb forms a closing "C, local press reports." parses as a noun in apposition: the tail's
# own verb, by its lemma (quotes.reported.from_tail_noun).
TAIL_NOUN_VERBS: dict[str, str] = {
    "reports": "report",
    "claims": "claim",
    "says": "say",
    "suggests": "suggest",
}

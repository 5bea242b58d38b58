"""Verbs by which a thing, not a person, points to a conclusion, and the nouns for studies
whose findings are attributed to them (extract/quotes/finder.py).

Kept apart from ``lexicon`` and ``gazetteer``, whose contents the cue model records a digest
of: these words are read only by the quote finder's filter, so changing them needs no
retraining.

Guidelines A exclude data as a source ("figures showed"). The same holds for any thing that
is no study and cannot speak: "the pattern of traffic suggests C", "the job gains mean C",
"events designed to show C" state the writer's inference, nobody's words. A study, a survey
or a report does have authors, and its findings stay attributed to it.
"""

from __future__ import annotations

# Verbs by which evidence points to a conclusion, in every written form (the parser has no
# lemmatizer). Not "reveal": with a person for its subject it is a verb of speech.
EVIDENCING_FORMS = frozenset(
    f"{stem}{ending}"
    for stem, endings in {
        "suggest": ("", "s", "ed", "ing"),
        "show": ("", "s", "ed", "n", "ing"),
        "indicat": ("e", "es", "ed", "ing"),
        "mean": ("", "s", "t", "ing"),
        "impl": ("y", "ies", "ied", "ying"),
        "demonstrat": ("e", "es", "ed", "ing"),
        "prov": ("e", "es", "ed", "en", "ing"),
    }.items()
    for ending in endings
)

# Nouns (lower case) for studies, inquiries, writings and utterances: as the subject of an
# evidencing verb they are an authored source ("a survey suggests C", "the inquiry showed C",
# "his e-mail suggested C", "her remarks implied C"), to be resolved to their author.
# Endings of agent nouns ("tipster", "insider", "investor", "economist", "politician"): such a
# subject may be a person the gazetteer does not list, and a person's word is no evidence.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian")

AUTHORED_NOUNS = frozenset(
    {
        "e-mail",
        "e-mails",
        "email",
        "emails",
        "letter",
        "letters",
        "memo",
        "memos",
        "note",
        "notes",
        "message",
        "messages",
        "document",
        "documents",
        "dossier",
        "book",
        "books",
        "article",
        "articles",
        "blog",
        "diary",
        "manifesto",
        "website",
        "webpage",
        "post",
        "comments",
        "comment",
        "remarks",
        "words",
        "speech",
        "testimony",
        "interview",
        "evidence",
        "statement",
        "ruling",
        "judgment",
        "verdict",
        "study",
        "studies",
        "survey",
        "surveys",
        "poll",
        "polls",
        "research",
        "report",
        "reports",
        "review",
        "inquiry",
        "investigation",
        "audit",
        "analysis",
        "census",
        "findings",
        "paper",
        "papers",
        "assessment",
        "evaluation",
        "probe",
        "test",
        "tests",
        "trial",
        "trials",
        "experiment",
        "experiments",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "index",
        "model",
    }
)

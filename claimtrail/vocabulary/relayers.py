"""Descriptions of sources that relay what they tell rather than hold a position of their own
(guidelines C, "Reports vs parties with standing": reporters, outlets, authors and unnamed
groups relay or report), read by the claim rules (``extract/claims/holders.relays``) to give
their saying the attitude "report".

Kept apart from lexicon.py and gazetteer.py: the cue model does not read them, so changing
them needs no retraining.
"""

from __future__ import annotations

# Written works of the press or the web, named as what says a thing ("the article claimed",
# "a fake news story claiming", "the story went that", "the blog says"): like an outlet, the
# work relays what it tells.
WRITTEN_REPORT_WORDS = frozenset(
    {
        *("article", "articles", "story", "stories", "blog", "blogs", "blogger", "bloggers"),
        *("website", "websites", "site", "sites", "webpage", "posting", "postings"),
    }
)

# Head nouns of an unnamed source ("sources said", "two sources told the paper", "a source
# close to the singer", "a tipster revealed"): whoever they are, they pass on what they know,
# and the claim is reported.
UNNAMED_SOURCE_HEADS = frozenset(
    {"source", "sources", "tipster", "tipsters", "informant", "informants"}
)

# Unnamed people described by their nearness to what they tell ("people familiar with the
# matter", "people close to the deal"): the adjective after "people"/"persons".
NEARNESS_WORDS = frozenset({"familiar", "close", "briefed", "knowledgeable"})
UNNAMED_PEOPLE = frozenset({"people", "persons", "someone", "somebody"})

# Endings of a web address named as a source ("Huzlers.com claimed"): a website.
WEB_DOMAIN_ENDINGS = (".com", ".net", ".org", ".co.uk", ".co", ".info")

# The last word of a broadcaster's or agency's name ("ABC News", "Metro News", "Sky News"): a
# news outlet ("News Corp", a company, ends otherwise).
NEWS_NAME_ENDINGS = frozenset({"news"})

# Speakers that are no party at all (guidelines A: data as a source is excluded).
# The wh-word of a rhetorical question ("Who would have thought that C?"): nobody says C.
QUESTION_SPEAKERS = frozenset({"who", "what"})
# Pronouns that stand for a fact or event when they are a relative or demonstrative subject
# ("…, which would imply C", "this suggests C").
FACT_PRONOUNS = frozenset({"which", "this", "that"})
# Verbs of evidence whose subject is a fact that shows something, not a speaker.
EVIDENCE_VERBS = frozenset(
    {"imply", "suggest", "indicate", "show", "mean", "prove", "demonstrate", "signal"}
)

# Participles by which a speaker names whom it relays ("the paper, citing people familiar
# with the talks, said C"; "quoting officials"): the speaker reports C.
RELAYING_PARTICIPLES = frozenset({"citing", "quoting"})

# Verbs by which data or documents show a content ("figures showed that C", "documents seen
# by the Ledger show that C", "the data indicates C"): the party whose data or documents they
# are, or who saw them, reports C; with none named, nobody named does.
DATA_SHOW_FORMS = frozenset(
    {
        *("show", "shows", "showed", "shown", "showing"),
        *("indicate", "indicates", "indicated", "suggest", "suggests", "suggested"),
        *("reveal", "reveals", "revealed"),
    }
)
# Documents that show a content like data does ("documents seen by the paper show that C").
DOCUMENT_NOUNS = frozenset(
    {"documents", "document", "papers", "emails", "email", "letters", "memo", "memos", "files"}
)
# Participles by which a party comes to hold documents ("seen by", "obtained by").
SEEING_PARTICIPLES = frozenset({"seen", "obtained", "leaked", "passed", "released"})

"""Words of rumour that the claim rules read (``extract/claims/rumours``) and the quote
finder does not: verbs a rumour noun can be the subject of while its content clause is moved to
the end ("rumours persist that C", "speculation grew that C", "reports emerged that C"), and
the passive of linking that makes a transfer or deal rumour ("X is strongly linked with a
switch to Y", "Acme has been linked with a bid for Globex").

Kept apart from lexicon.py and gazetteer.py: the cue model does not read them, so changing
them needs no retraining.
"""

from __future__ import annotations

# Intransitive verbs of existing, appearing, spreading or growing: a rumour noun as their
# subject leaves its content clause at the end of the sentence. A verb with a clause of its own
# as object ("the fears mean that C") is not one of them.
RUMOUR_SPREAD_VERBS = frozenset(
    {
        *("persist", "persists", "persisted", "persisting"),
        *("grow", "grows", "grew", "grown", "growing"),
        *("emerge", "emerges", "emerged", "emerging"),
        *("surface", "surfaces", "surfaced", "surfacing"),
        *("circulate", "circulates", "circulated", "circulating"),
        *("mount", "mounts", "mounted", "mounting"),
        *("abound", "abounds", "abounded", "abounding"),
        *("spread", "spreads", "spreading"),
        *("swirl", "swirls", "swirled", "swirling"),
        *("continue", "continues", "continued", "continuing"),
        *("increase", "increases", "increased", "increasing"),
        *("intensify", "intensifies", "intensified", "intensifying"),
        *("linger", "lingers", "lingered", "lingering"),
        *("remain", "remains", "remained", "remaining"),
        *("is", "are", "was", "were", "been", "be"),
    }
)

# The passive participle of linking a party with a rumoured move, bid or club.
LINK_PARTICIPLES = frozenset({"linked"})
# The participle of a rumour noun that links a party with one ("reports linking X with Y").
LINK_GERUNDS = frozenset({"linking"})
# The preposition that names what a party is linked with.
LINK_PREPOSITIONS = frozenset({"with", "to"})

# Verbs whose subject examines a claim rather than voicing it ("the programme investigated
# claims that C", "police are looking into reports that C"): the subject does not hold the
# claim that is their object (nor does one who answers it: "played down reports that C").
INQUIRY_VERBS = frozenset(
    {
        *("investigate", "investigates", "investigated", "investigating"),
        *("probe", "probes", "probed", "probing"),
        *("examine", "examines", "examined", "examining"),
        *("study", "studies", "studied", "studying"),
        *("check", "checks", "checked", "checking"),
        *("review", "reviews", "reviewed", "reviewing"),
        *("assess", "assesses", "assessed", "assessing"),
        *("test", "tests", "tested", "testing"),
        *("look", "looks", "looked", "looking"),
        *("explore", "explores", "explored", "exploring"),
    }
)
# Verbs whose subject examines a claim rather than voicing it ("the programme investigated
# claims that C", "police are looking into reports that C"): the subject does not hold the
# claim that is their object (nor does one who answers it: "played down reports that C").
INQUIRY_VERBS = frozenset(
    {
        *("investigate", "investigates", "investigated", "investigating"),
        *("probe", "probes", "probed", "probing"),
        *("examine", "examines", "examined", "examining"),
        *("study", "studies", "studied", "studying"),
        *("check", "checks", "checked", "checking"),
        *("review", "reviews", "reviewed", "reviewing"),
        *("assess", "assesses", "assessed", "assessing"),
        *("test", "tests", "tested", "testing"),
        *("look", "looks", "looked", "looking"),
        *("explore", "explores", "explored", "exploring"),
    }
)

# Intransitive verbs of coming to light whose subject "it" is nobody ("it emerged that C", "it
# transpired that C"): what follows is the outlet's unattributed report.
EMERGING_VERBS = frozenset(
    {
        *("emerge", "emerges", "emerged"),
        *("transpire", "transpires", "transpired"),
    }
)

# Rumour idioms with no verb of saying: "rumour has it that C" (the verb and its dummy object),
# "the word is that C", "the talk is that C" (a copula whose complement is the content).
RUMOUR_IDIOM_VERBS = frozenset({"has", "had"})
COPULA_FORMS = frozenset({"is", "was", "'s", "’s"})
# Nouns that make a rumour only in the copula idiom ("the word is that C", "the buzz is that
# C"), never as the holder of a content clause of their own ("his word that he would pay").
IDIOM_RUMOUR_NOUNS = frozenset({"word", "buzz", "gossip", "chatter", "whisper", "whispers"})

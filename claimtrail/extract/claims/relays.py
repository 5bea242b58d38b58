"""Reports and the party they are about: when outlets, unnamed reports or rumour carry a claim
and the party it is about states it in its own words ("Reports said Acme was in talks to buy
Brill … Acme said it was in talks"), the party confirms it (guidelines B: "confirmed: a party
with first-hand knowledge confirms"; the development gold reads "Qantas said it was looking to
build its operations overseas" after a newspaper's report as a confirmation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claimtrail.extract.claims.records import Record, name_words
from claimtrail.models import Attribution
from claimtrail.status import has_standing
from claimtrail.vocabulary.gazetteer import ORG_NOUNS, SPOKES_NOUNS
from claimtrail.vocabulary.lexicon import EVIDENTIAL_VERBS
from claimtrail.vocabulary.press import HEDGING_MODALS
from claimtrail.vocabulary.referents import BUSINESS_DESCRIPTION_NOUNS
from claimtrail.vocabulary.standing import SPEAKING_FOR

# Attitudes of a relay: what an outlet, an unnamed report or a rumour does with a claim.
RELAY_ATTITUDES = frozenset({"report", "speculate"})
# How many of the claim text's first words may name its subject.
SUBJECT_WORDS = 4
# Pronouns by which a party states something of itself ("Acme said it was in talks", '"We are
# in talks," a spokesman for Acme said').
OWN_PRONOUNS = frozenset({"it", "we", "i"})
# ... and a person's, unless the source speaks for someone else ("a spokesman said he had").
PERSON_PRONOUNS = frozenset({"he", "she"})
# Nouns by which a party's statement calls the party itself ("the company was in talks").
SELF_DESCRIPTIONS = frozenset(ORG_NOUNS) | BUSINESS_DESCRIPTION_NOUNS
# Words after an "it" that make it a dummy subject ("it is likely that", "it was clear that").
DUMMY_IT_WORDS = 4


def relayed(records: Sequence[Record], attributions: Sequence[Attribution] = ()) -> bool:
    """Something without standing (an outlet, an unnamed report, rumour) carries the claim; a
    forecast ("the plant is expected to open in 2006") relays nothing."""
    return any(
        r.attitude in RELAY_ATTITUDES and not r.standing and not _forecast(r) for r in records
    ) or any(
        a.attitude in RELAY_ATTITUDES and not has_standing(a.source.name, a.attitude)
        for a in attributions
    )


def _forecast(record: Record) -> bool:
    """An agentless prediction ("is expected to", "is set to"): the article's forecast, not a
    report or rumour of the claim."""
    cue = record.cue.text.lower() if record.cue is not None else ""
    rumour = cue.startswith("rumo")  # "is rumoured to": a rumour, which relays
    return (
        record.attitude == "speculate" and EVIDENTIAL_VERBS.get(cue) == "speculate" and not rumour
    )


def own_confirmation(
    record: Record, relayed_claim: bool, claim_words: frozenset[str] | set[str] = frozenset()
) -> Record:
    """The record as a confirmation when the claim is relayed by others and the record is its
    subject asserting it, plainly and about itself ("Acme said it was in talks": the text reads
    "Acme was in talks"); else the record unchanged. A hedged or modal statement ("it may be
    prepared to bid"), a negated one, or one about another party confirms nothing. A subject
    that is a pronoun or a description ("it was in talks", "the company was in talks") is the
    source only when the claim names the source (``claim_words``: the claim's words)."""
    if (
        not relayed_claim
        or record.attitude != "assert"
        or not record.standing
        or record.negated
        or record.hedged
        or record.kind != "quote"
        or record.cue is None  # a headline's quote marks or a continuation: no statement seen
    ):
        return record
    words = re.findall(r"[\w'&-]+", record.text)
    if any(w.lower() in HEDGING_MODALS for w in words):
        return record
    if not _about_itself(words, record, bool(record.source_words & claim_words)):
        return record
    return replace(record, attitude="confirm")


def _about_itself(words: list[str], record: Record, named: bool) -> bool:
    """The statement's subject is its own source: the source's name among the text's first
    words, or (``named``: the claim names the source) a pronoun of the speaker ("it", "we";
    "he" or "she" for a person speaking for themselves) or, from someone speaking for the
    party, its description ("the company", "the firm")."""
    zone = words[:SUBJECT_WORDS]
    if name_words(" ".join(zone)) & record.source_words:
        return True
    if not named:
        return False
    lowered = [w.lower() for w in zone]
    source = {w.lower() for w in re.findall(r"[\w'-]+", record.source.name)}
    for i, word in enumerate(lowered):
        if word in OWN_PRONOUNS:
            rest = [w.lower() for w in words[i + 1 : i + 1 + DUMMY_IT_WORDS]]
            return not (word == "it" and "that" in rest)  # "it was clear that C": no subject
        if word in PERSON_PRONOUNS:
            return not source & (SPEAKING_FOR | SPOKES_NOUNS)
        if word == "the" and i + 1 < len(lowered) and lowered[i + 1] in SELF_DESCRIPTIONS:
            return bool(source & (SPEAKING_FOR | SPOKES_NOUNS))
    return False

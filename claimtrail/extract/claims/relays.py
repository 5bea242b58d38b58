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
from claimtrail.vocabulary.lexicon import EVIDENTIAL_VERBS
from claimtrail.vocabulary.press import HEDGING_MODALS

# Attitudes of a relay: what an outlet, an unnamed report or a rumour does with a claim.
RELAY_ATTITUDES = frozenset({"report", "speculate"})
# How many of the claim text's first words may name its subject.
SUBJECT_WORDS = 4


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


def own_confirmation(record: Record, relayed_claim: bool) -> Record:
    """The record as a confirmation when the claim is relayed by others and the record is its
    subject asserting it, plainly and about itself ("Acme said it was in talks": the text reads
    "Acme was in talks"); else the record unchanged. A hedged or modal statement ("it may be
    prepared to bid"), a negated one, or one about another party confirms nothing."""
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
    subject = name_words(" ".join(words[:SUBJECT_WORDS]))
    if not subject & record.source_words:
        return record
    return replace(record, attitude="confirm")

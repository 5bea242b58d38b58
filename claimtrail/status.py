"""The one rule that turns a claim's attributions into its status.

Used for one article (``claimtrail analyze``) and across articles (the store's lifecycle), so a
claim reads the same in the CLI, the store, the API and the dashboard. The statuses follow the
annotation guidelines (``../shared/gold/GUIDELINES.md``):

====================================================  ===========
what the attributions hold (first row that applies)    status
====================================================  ===========
a confirmation and a denial, the confirmation last     confirmed
a confirmation and a denial, the denial last           contested
a confirmation                                         confirmed
a denial, and a party with standing maintains it       contested
a denial (only reports, rumour or commentary for it)   denied
a contest (a dispute without a flat denial)            contested
an allegation (no response)                            alleged
an assertion by a party with standing                  asserted
an assertion, only commentators, and speculation       unresolved
an assertion                                           asserted
a report                                               reported
only speculation or questions                          unresolved
only echoes of another outlet                          reported
nothing                                                unresolved
====================================================  ===========

A party with standing is a named source that is not a reporter, an outlet, a commentator
(analysts, observers), an unnamed group ("people familiar with the matter") or an unattributed
rumour: litigants, insiders, official bodies, politicians; an official body or an insider named
by a description ("the government", "a spokesman for Acme") has it too. A party that denies a
claim does not also maintain it. Hedged confirmations and denials ("reportedly denied") count
as reports; echoes (an outlet repeating another) never decide a status on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import get_args

from claimtrail.models import Attitude, ClaimStatus
from claimtrail.vocabulary.grammar import UNNAMED_FIRST_WORDS
from claimtrail.vocabulary.referents import PUBLIC_BODY_NOUNS
from claimtrail.vocabulary.standing import SPEAKING_FOR

STATUSES: tuple[ClaimStatus, ...] = get_args(ClaimStatus)
ATTITUDES: tuple[Attitude, ...] = get_args(Attitude)

# The source name of an attribution nobody is named for ("amid speculation that", "reportedly").
UNATTRIBUTED = "unattributed"

# Attitudes with which a party keeps a claim alive against a denial.
SUPPORTING: frozenset[str] = frozenset({"assert", "allege"})


@dataclass(frozen=True)
class Stand:
    """One attribution as the status rule sees it. ``order`` sorts stands in time (publication
    order across articles, text order within one)."""

    attitude: str
    source: str
    standing: bool = True
    hedged: bool = False
    order: str = ""
    echo: bool = False


@dataclass(frozen=True)
class Verdict:
    status: ClaimStatus
    reason: str
    evidence: tuple[int, ...]  # indexes into the stands that decided it


def has_standing(source: str, attitude: str, commentator: bool = False) -> bool:
    """Whether a source can keep a claim alive against a denial (see the module's table): a
    named party, not a relay (an outlet, a report), a commentator or an unnamed group."""
    words = source.strip().split()
    if commentator or not words or attitude == "report" or source.strip().lower() == UNATTRIBUTED:
        return False
    if _official_or_insider(words):
        return True
    return words[0].lower() not in UNNAMED_FIRST_WORDS and words[0][:1].isupper()


def _official_or_insider(words: list[str]) -> bool:
    """A source named by a description that still says who it is (guidelines C: official
    bodies and insiders have standing): an official body by its common name ("the
    government", "the police", "the select committee"), or someone speaking for a named party
    ("a spokesman for Northwave", "a spokeswoman for the Home Office")."""
    lowered = [w.lower() for w in words]
    if lowered[0] == "the" and lowered[-1] in PUBLIC_BODY_NOUNS:
        return True
    for i, word in enumerate(lowered[:-1]):
        if word in SPEAKING_FOR and lowered[i + 1] == "for":
            rest = [w for w in words[i + 2 :] if w.lower() != "the"]
            return bool(rest) and rest[0][:1].isupper()
    return False


def effective_attitude(stand: Stand) -> str:
    if stand.hedged and stand.attitude in {"confirm", "deny"}:
        return "report"
    return stand.attitude


def decide(stands: Sequence[Stand]) -> Verdict:
    """The status the module's table gives, the reason in words, and the deciding stands."""
    ordered = sorted(range(len(stands)), key=lambda i: stands[i].order)
    live = [i for i in ordered if not stands[i].echo]

    def having(*attitudes: str) -> list[int]:
        return [i for i in live if effective_attitude(stands[i]) in attitudes]

    def verdict(
        status: ClaimStatus, groups: Sequence[tuple[str, list[int]]], deciding: int = 1
    ) -> Verdict:
        """The reason names every group; the evidence is the first ``deciding`` groups."""
        reason = "; ".join(f"{word} by {_names(stands, idx)}" for word, idx in groups if idx)
        return Verdict(status, reason, tuple(i for _, idx in groups[:deciding] for i in idx))

    confirms, denials = having("confirm"), having("deny")
    if confirms and denials:
        last_confirm = max(ordered.index(i) for i in confirms)
        last_denial = max(ordered.index(i) for i in denials)
        if last_confirm > last_denial:
            return verdict("confirmed", [("confirmed", confirms), ("after denials", denials)])
        return verdict("contested", [("confirmed", confirms), ("denied", denials)], 2)
    if confirms:
        return verdict("confirmed", [("confirmed", confirms)])
    if denials:
        deniers = {stands[i].source for i in denials}
        backers = [
            i for i in having(*SUPPORTING) if stands[i].standing and stands[i].source not in deniers
        ]
        if backers:
            return verdict("contested", [("maintained", backers), ("denied", denials)], 2)
        return verdict("denied", [("denied", denials), ("reported", having("report", "allege"))])
    contests = having("contest")
    if contests:
        return verdict(
            "contested", [("disputed", contests), ("held", having(*SUPPORTING, "report"))]
        )
    allegations = having("allege")
    if allegations:
        return verdict("alleged", [("alleged", allegations)])
    assertions = having("assert")
    if assertions:
        guesses = having("speculate", "question")
        if guesses and not any(stands[i].standing for i in assertions):
            return verdict("unresolved", [("argued", assertions), ("speculated", guesses)])
        return verdict("asserted", [("asserted", assertions)])
    reports = having("report")
    if reports:
        return verdict("reported", [("reported", reports)])
    guesses = having("speculate", "question")
    if guesses:
        return verdict("unresolved", [("only speculation", guesses)])
    echoes = [i for i in ordered if stands[i].echo]
    if echoes:
        return verdict("reported", [("only repeated", echoes)])
    return Verdict("unresolved", "no attribution found", ())


def _names(stands: Sequence[Stand], indexes: Sequence[int]) -> str:
    seen: list[str] = []
    for i in indexes:
        if stands[i].source not in seen:
            seen.append(stands[i].source)
    return ", ".join(seen[:4]) + (f" and {len(seen) - 4} more" if len(seen) > 4 else "")

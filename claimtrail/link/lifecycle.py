"""A claim's lifecycle across articles: each attribution's role, and its status by the one rule.

The status comes from ``claimtrail.status.decide`` (the same table ``claimtrail analyze`` uses),
with the attributions in publication order: a confirmation after the last denial confirms, a
denial after a confirmation leaves the claim contested. Echoes (an outlet repeating another)
never decide a status on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.models import Attitude
from claimtrail.status import Stand, Verdict
from claimtrail.status import decide as decide_status

ROLE_OF: dict[str, str] = {
    "deny": "denial",
    "confirm": "confirmation",
    "contest": "contest",
    "allege": "allegation",
    "speculate": "speculation",
    "question": "question",
    "assert": "assertion",
    "report": "report",
}
# An article's own claim status, used when it gives the claim no attribution at all.
ATTITUDE_OF_STATUS: dict[str, Attitude] = {
    "denied": "deny",
    "confirmed": "confirm",
    "contested": "contest",
    "alleged": "allege",
    "asserted": "assert",
    "reported": "report",
}


@dataclass(frozen=True)
class Event:
    """What the status rule needs of one stored attribution (``order`` = publication order)."""

    order: str
    source: str
    attitude: str
    hedged: bool
    echo: bool


def decide(events: list[Event]) -> Verdict:
    """The status of a claim across articles. Cross-article claim matching still joins side
    remarks (an analyst's view, an allegation nearby) to a story's central claim, so a party
    keeping a claim alive against a denial is only trusted within one article: across
    articles no source has standing and a denial stands unless confirmed (docs/evaluation.md)."""
    return decide_status(
        [
            Stand(
                attitude=e.attitude,
                source=e.source,
                hedged=e.hedged,
                order=e.order,
                echo=e.echo,
                standing=False,
            )
            for e in events
        ]
    )


def roles(events: list[Event]) -> list[str]:
    """The lifecycle role of each event (same order as ``events``)."""
    ordered = sorted(range(len(events)), key=lambda i: events[i].order)
    out = [""] * len(events)
    first_done = False
    for i in ordered:
        event = events[i]
        if event.echo:
            out[i] = "echo"
        elif not first_done and event.attitude in {"report", "assert", "allege", "speculate"}:
            out[i] = "first_report"
            first_done = True
        else:
            out[i] = ROLE_OF.get(event.attitude, "report")
    return out

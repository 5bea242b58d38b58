"""A claim's status and each attribution's role, from its attributions in publication order.

The rule, in order: a confirmation after the last denial → confirmed; a denial (and no later
confirmation) → denied, or contested when a confirmation came earlier; a contest → contested;
an allegation → alleged; an assertion → asserted; a report or speculation → reported; nothing
→ unresolved. Hedged confirmations/denials ("reportedly denied") count as reports. Echoes (an
outlet repeating another) never decide a status on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrail.models import Attitude, ClaimStatus

DECISIVE: dict[str, ClaimStatus] = {"confirm": "confirmed", "deny": "denied"}
# Weaker attitudes, strongest first: the first one present sets the status.
WEAKER: tuple[tuple[str, ClaimStatus], ...] = (
    ("contest", "contested"), ("allege", "alleged"), ("assert", "asserted"),
    ("report", "reported"), ("speculate", "reported"), ("question", "reported"),
)
ROLE_OF: dict[str, str] = {
    "deny": "denial", "confirm": "confirmation", "contest": "contest", "allege": "allegation",
    "speculate": "speculation", "question": "question", "assert": "assertion", "report": "report",
}
# An article's own claim status, used when it gives the claim no attribution at all.
ATTITUDE_OF_STATUS: dict[str, Attitude] = {
    "denied": "deny", "confirmed": "confirm", "contested": "contest", "alleged": "allege",
    "asserted": "assert", "reported": "report",
}


@dataclass(frozen=True)
class Event:
    """What the status rule needs of one attribution (``order`` = publication order)."""

    order: str
    source: str
    attitude: str
    hedged: bool
    echo: bool


@dataclass(frozen=True)
class Verdict:
    status: ClaimStatus
    reason: str
    evidence: tuple[int, ...]  # indexes into the events list


def decide(events: list[Event]) -> Verdict:
    ordered = sorted(range(len(events)), key=lambda i: events[i].order)
    decisive = [i for i in ordered if _effective(events[i]) in DECISIVE and not events[i].echo]
    if decisive:
        return _decisive_verdict(events, decisive)
    for attitude, status in WEAKER:
        hits = [i for i in ordered if _effective(events[i]) == attitude]
        if hits:
            sources = _names(events, hits)
            return Verdict(status, f"{attitude} by {sources}", tuple(hits))
    echoes = [i for i in ordered if events[i].echo]
    if echoes:
        return Verdict("reported", f"repeated from {_names(events, echoes)}", tuple(echoes))
    return Verdict("unresolved", "no attribution yet", ())


def _effective(event: Event) -> str:
    if event.hedged and event.attitude in DECISIVE:
        return "report"
    return event.attitude


def _decisive_verdict(events: list[Event], decisive: list[int]) -> Verdict:
    last = decisive[-1]
    status = DECISIVE[events[last].attitude]
    same = [i for i in decisive if events[i].attitude == events[last].attitude]
    other = [i for i in decisive if events[i].attitude != events[last].attitude]
    if status == "denied" and other:
        reason = (f"confirmed by {_names(events, other)}, later denied by "
                  f"{_names(events, same)}")
        return Verdict("contested", reason, tuple(decisive))
    verb = "confirmed" if status == "confirmed" else "denied"
    reason = f"{verb} by {_names(events, same)}"
    if other:
        reason += f" after denials by {_names(events, other)}"
    return Verdict(status, reason, tuple(same))


def _names(events: list[Event], indexes: list[int]) -> str:
    seen: list[str] = []
    for i in indexes:
        if events[i].source not in seen:
            seen.append(events[i].source)
    return ", ".join(seen[:4]) + (f" and {len(seen) - 4} more" if len(seen) > 4 else "")


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

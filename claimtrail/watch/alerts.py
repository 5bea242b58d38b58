"""Saved queries that pick the events worth an alert: ``entity:Xiaomi status:denied,confirmed``.

Terms (all must hold; commas mean "any of"):
  ``entity:NAME``   the claim (or the story's central claim) names this entity; quote names
                    with spaces: ``entity:"Jim Farley"``; matched like ``claims --entity``
  ``status:S,...``  the status the claim now has (reported, asserted, denied, confirmed,
                    contested, alleged, unresolved)
  ``kind:K,...``    status_change, new_claim, new_story (default: all three)
Without any ``--alert``, status changes and new stories are delivered, new claims are not.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

from claimtrail.errors import InputError
from claimtrail.link.names import entity_key
from claimtrail.models import ClaimStatus
from claimtrail.store.events import Event, EventKind

STATUSES = frozenset(get_args(ClaimStatus))
KINDS = frozenset(get_args(EventKind))
DEFAULT_KINDS = frozenset({"status_change", "new_story"})


@dataclass(frozen=True)
class AlertQuery:
    text: str
    entities: tuple[str, ...] = ()
    statuses: frozenset[str] = frozenset()
    kinds: frozenset[str] = KINDS

    @classmethod
    def parse(cls, text: str) -> AlertQuery:
        try:
            terms = shlex.split(text)
        except ValueError as exc:
            raise InputError(f"alert {text!r}: {exc}") from None
        if not terms:
            raise InputError("an empty --alert; write e.g. 'entity:Xiaomi status:denied'")
        entities: list[str] = []
        statuses: set[str] = set()
        kinds: set[str] = set()
        for term in terms:
            key, sep, value = term.partition(":")
            values = [v.strip() for v in value.split(",") if v.strip()]
            if not sep or not values:
                raise InputError(
                    f"alert {text!r}: {term!r} is not KEY:VALUE (entity:, status:, kind:)"
                )
            if key == "entity":
                entities.extend(values)
            elif key == "status":
                statuses |= _known(values, STATUSES, "status", text)
            elif key == "kind":
                kinds |= _known(values, KINDS, "kind", text)
            else:
                raise InputError(
                    f"alert {text!r}: unknown term {key!r}; use entity:, status: or kind:"
                )
        return cls(text, tuple(entities), frozenset(statuses), frozenset(kinds) or KINDS)

    def matches(self, event: Event) -> bool:
        if event.kind not in self.kinds:
            return False
        if self.statuses and event.new_status not in self.statuses:
            return False
        return not self.entities or any(_names_entity(event.entities, e) for e in self.entities)


def _known(values: list[str], allowed: frozenset[str], what: str, text: str) -> set[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise InputError(
            f"alert {text!r}: {', '.join(unknown)} is not a {what}; choose from "
            f"{', '.join(sorted(allowed))}"
        )
    return set(values)


def _names_entity(names: Iterable[str], wanted: str) -> bool:
    key = entity_key(wanted)
    lowered = wanted.lower()
    return any(entity_key(n) == key or lowered in n.lower() for n in names)


def wanted(event: Event, alerts: Iterable[AlertQuery]) -> bool:
    """Whether an event goes to the sinks: any alert matches, or the default kinds."""
    queries = list(alerts)
    if not queries:
        return event.kind in DEFAULT_KINDS
    return any(q.matches(event) for q in queries)

"""Events: claim-status changes, new claims and new stories, in the order they were recorded.

Events are recorded by ``claimtrail watch`` and ``claimtrail ingest`` (see docs/watch.md); a
client polls ``GET /api/events?since=<last id seen>`` to follow them without missing one.
"""

from __future__ import annotations

import re
import threading
import weakref
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BeforeValidator, Field

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import READ_STATUSES, documented
from claimtrail.api.params import MAX_ID, MAX_LIMIT
from claimtrail.store.events import Event, EventKind, EventLog
from claimtrail.store.views import Page

if TYPE_CHECKING:
    from claimtrail.store import Store

router = APIRouter(tags=["events"])
DEFAULT_EVENTS = 50
# A story page lists this many of its newest events.
STORY_CHANGES = 10
# ``since``: an event id, or an ISO-8601 date-time (a bare date means its midnight, UTC).
EventId = Annotated[int, Field(ge=0, le=MAX_ID)]
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_only(value: object) -> object:
    """No Unix timestamps: "-1" or "1700000000" is not a date here (an id is the integer)."""
    if isinstance(value, str) and not _ISO_START.match(value):
        raise ValueError("not an ISO-8601 date-time")
    return value


SinceTime = Annotated[datetime, BeforeValidator(_iso_only)]

# One event reader per open store, made on first use (by whichever request thread comes first)
# and dropped with the store; it reads through the store's own connection pool.
_logs: weakref.WeakKeyDictionary[Store, EventLog] = weakref.WeakKeyDictionary()
_logs_lock = threading.Lock()


def event_log(store: Store) -> EventLog:
    with _logs_lock:
        log = _logs.get(store)
        if log is None:
            log = _logs[store] = EventLog(store.url, engine=store.engine)
        return log


@router.get("/events", response_model=Page[Event], responses=documented(*READ_STATUSES))
def list_events(
    ctx: Annotated[AppContext, Depends(get_context)],
    since: Annotated[
        EventId | SinceTime | None,
        Query(
            description="After this event id (the last one you saw), or from this ISO date-time. "
            "Without it: the newest events."
        ),
    ] = None,
    story_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    kind: EventKind | None = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")
    ] = DEFAULT_EVENTS,
) -> Page[Event]:
    """Events oldest first: status changes (with their cause, ``article`` or ``revision``),
    new claims and new stories. ``total`` counts all events matching the filters."""
    with ctx.store() as store:
        return event_log(store).list_events(
            since=_since(since), story_id=story_id, kind=kind, limit=limit
        )


def _since(value: int | datetime | None) -> int | str | None:
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).replace(microsecond=0).isoformat()
    return value


def story_changes(ctx: AppContext, story_id: int, limit: int = STORY_CHANGES) -> list[Event]:
    """A story's newest events, newest first (for the dashboard's story page)."""
    with ctx.store() as store:
        page = event_log(store).list_events(story_id=story_id, limit=limit)
    return page.items[::-1]

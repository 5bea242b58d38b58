"""Events and their outbox: what changed in the store, recorded once, delivered once per sink.

``collect`` turns rows an ingest committed into events: each claim-status change (a
``status_changes`` row with an old status), each new claim (its first status), each new story.
It reads past two high-water marks and writes the events and the new marks in one transaction,
so a crash (kill -9 included) either keeps both or neither: an event is never lost or doubled,
whoever writes articles (``ingest``, ``watch``, the API) and whenever collection runs.

Delivery is per sink (a webhook, a JSON Lines file): ``pending(sink)`` lists the events after
the sink's acknowledged mark, ``acknowledge`` moves the mark after each successful delivery.
A sink first seen starts at the newest event, so adding a webhook does not replay history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from claimtrail.errors import InputError
from claimtrail.store.clock import normalise_time, now_iso
from claimtrail.store.db import StoreTables, translate_errors, write_transaction
from claimtrail.store.schema import articles, claim_entities, claims, status_changes, stories
from claimtrail.store.views import Page
from claimtrail.store.watch_schema import event_cursors, events

EventKind = Literal["status_change", "new_story", "new_claim"]
EVENT_SCHEMA = "claimtrail.event/1"
SCAN_STATUS = "scan:status_changes"
SCAN_STORIES = "scan:stories"
SINK_PREFIX = "sink:"
# Rows read per collection transaction: bounds one transaction on a large backlog.
COLLECT_BATCH = 500
CLAIM_TEXT_IN_LINE = 140
# Collections racing another process's give up (with the database's error) after this many.
MAX_CLASHES = 5


class Event(BaseModel):
    """One event as delivered (JSON Lines, webhook body) and served by ``GET /api/events``.

    ``text`` is a one-line summary, so a chat webhook (Slack, Mattermost) can post the body
    as it is. Field names are a public contract: add fields, never rename them."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    schema_: str = Field(default=EVENT_SCHEMA, alias="schema")
    id: int
    key: str
    kind: EventKind
    created_at: str
    story_id: int | None = None
    story_title: str | None = None
    claim_id: int | None = None
    claim_text: str | None = None
    old_status: str | None = None
    new_status: str | None = None
    cause: str | None = None  # "article" | "revision" for a status change
    reason: str | None = None
    article_id: int | None = None
    article_url: str | None = None
    article_headline: str | None = None
    source: str | None = None
    entities: list[str] = Field(default_factory=list)
    text: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True)


class EventLog(StoreTables):
    """The events of one store (by URL; the store's migrations must have run)."""

    # -- collection ------------------------------------------------------------------------
    def collect(self) -> int:
        """Record events for everything committed since the last collection; the count."""
        total = 0
        clashes = 0
        with translate_errors(self.url):
            while True:
                try:
                    with write_transaction(self._engine) as conn:
                        added, more = _collect_batch(conn)
                except IntegrityError:
                    # Another process collected the same rows first: read its marks again.
                    clashes += 1
                    if clashes > MAX_CLASHES:
                        raise
                    continue
                total += added
                if not more:
                    return total

    # -- delivery --------------------------------------------------------------------------
    def register_sink(self, sink: str) -> int:
        """The sink's mark; a new sink starts after the newest event (no replay)."""
        name = SINK_PREFIX + sink
        with self._tx() as conn:
            mark = _cursor(conn, name)
            if mark is not None:
                return mark
            newest = conn.execute(select(func.max(events.c.id))).scalar() or 0
            conn.execute(insert(event_cursors).values(name=name, last_id=newest))
            return int(newest)

    def pending(self, sink: str, limit: int = 100) -> list[Event]:
        with self._tx(write=False) as conn:
            mark = _cursor(conn, SINK_PREFIX + sink) or 0
            rows = conn.execute(
                select(events).where(events.c.id > mark).order_by(events.c.id).limit(limit)
            ).all()
        return [_event(row) for row in rows]

    def acknowledge(self, sink: str, event_id: int) -> None:
        with self._tx() as conn:
            conn.execute(
                update(event_cursors)
                .where(
                    event_cursors.c.name == SINK_PREFIX + sink, event_cursors.c.last_id < event_id
                )
                .values(last_id=event_id)
            )

    # -- reading ---------------------------------------------------------------------------
    def list_events(
        self,
        since: str | int | None = None,
        story_id: int | None = None,
        kind: str | None = None,
        limit: int = 50,
    ) -> Page[Event]:
        """Oldest first after ``since`` (an event id, or an ISO date/time); without ``since``,
        the newest ``limit`` events (still oldest first)."""
        query = select(events)
        if story_id is not None:
            query = query.where(events.c.story_id == story_id)
        if kind is not None:
            query = query.where(events.c.kind == kind)
        since_id, since_time = _since(since)
        if since_id is not None:
            query = query.where(events.c.id > since_id)
        if since_time is not None:
            query = query.where(events.c.created_at >= since_time)
        with self._tx(write=False) as conn:
            total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            if since is None:
                rows = conn.execute(query.order_by(events.c.id.desc()).limit(limit)).all()[::-1]
            else:
                rows = conn.execute(query.order_by(events.c.id).limit(limit)).all()
        return Page[Event](items=[_event(r) for r in rows], total=total, limit=limit, offset=0)


def _since(since: str | int | None) -> tuple[int | None, str | None]:
    if since is None or since == "":
        return None, None
    if isinstance(since, int) or str(since).isdigit():
        return int(since), None
    parsed = normalise_time(str(since))
    if parsed is None:
        raise InputError(
            f"since: not an event id or a date: {since!r} (use e.g. 42 or 2025-06-10T08:00:00Z)"
        )
    return None, parsed


def _cursor(conn: Connection, name: str) -> int | None:
    value = conn.execute(
        select(event_cursors.c.last_id).where(event_cursors.c.name == name)
    ).scalar()
    return None if value is None else int(value)


def _advance(conn: Connection, name: str, last_id: int) -> None:
    if _cursor(conn, name) is None:
        conn.execute(insert(event_cursors).values(name=name, last_id=last_id))
    else:
        conn.execute(
            update(event_cursors).where(event_cursors.c.name == name).values(last_id=last_id)
        )


def _collect_batch(conn: Connection) -> tuple[int, bool]:
    """One transaction's worth: events for the next rows past both marks. The facts every
    event quotes (its claim, story, entities, article) are read a few statements for the whole
    batch, and the events written in one INSERT and one UPDATE (their payloads name their
    ids), so a batch's statements do not grow with its events."""
    more = False
    status_mark = _cursor(conn, SCAN_STATUS) or 0
    rows = conn.execute(
        select(status_changes)
        .where(status_changes.c.id > status_mark)
        .order_by(status_changes.c.id)
        .limit(COLLECT_BATCH)
    ).all()
    story_mark = _cursor(conn, SCAN_STORIES) or 0
    story_rows = conn.execute(
        select(stories.c.id, stories.c.title, stories.c.central_claim_id)
        .where(stories.c.id > story_mark)
        .order_by(stories.c.id)
        .limit(COLLECT_BATCH)
    ).all()
    first_articles = _first_articles(conn, [s.id for s in story_rows])
    claim_ids = [r.claim_id for r in rows] + [
        s.central_claim_id for s in story_rows if s.central_claim_id is not None
    ]
    facts = _Facts(
        _claim_facts(conn, claim_ids),
        _article_facts(conn, [r.article_id for r in rows] + list(first_articles.values())),
    )
    values = [_status_event(facts, row) for row in rows]
    values += [_story_event(facts, s, first_articles.get(s.id)) for s in story_rows]
    added = _insert(conn, values)
    if rows:
        _advance(conn, SCAN_STATUS, rows[-1].id)
        more = len(rows) == COLLECT_BATCH
    if story_rows:
        _advance(conn, SCAN_STORIES, story_rows[-1].id)
        more = more or len(story_rows) == COLLECT_BATCH
    return added, more


def _insert(conn: Connection, values: list[dict[str, Any]]) -> int:
    """Record the events whose key is not recorded yet (nor earlier in ``values``), in order;
    the count recorded."""
    keys = [v["key"] for v in values]
    recorded = set(conn.execute(select(events.c.key).where(events.c.key.in_(set(keys)))).scalars())
    fresh: list[dict[str, Any]] = []
    for value in values:
        if value["key"] not in recorded:
            recorded.add(value["key"])
            fresh.append(value)
    if not fresh:
        return 0
    payloads = [value.pop("payload") for value in fresh]
    ids = (
        conn.execute(
            insert(events).returning(events.c.id, sort_by_parameter_order=True),
            [dict(value, payload="{}") for value in fresh],
        )
        .scalars()
        .all()
    )
    conn.execute(
        update(events).where(events.c.id == bindparam("b_id")).values(payload=bindparam("b_p")),
        [
            {
                "b_id": event_id,
                "b_p": json.dumps(Event(id=event_id, **value, **payload).to_json_dict()),
            }
            for event_id, value, payload in zip(ids, fresh, payloads, strict=True)
        ],
    )
    return len(fresh)


@dataclass(frozen=True)
class _Facts:
    """What a batch's events quote, read once: by claim id and by article id."""

    claims: dict[int, dict[str, Any]]
    articles: dict[int, dict[str, Any]]

    def claim(self, claim_id: int) -> dict[str, Any]:
        return self.claims.get(
            claim_id, {"claim_text": None, "story_id": None, "story_title": None, "entities": []}
        )

    def article(self, article_id: int | None) -> dict[str, Any]:
        return {} if article_id is None else self.articles.get(article_id, {})


def _claim_facts(conn: Connection, claim_ids: list[int]) -> dict[int, dict[str, Any]]:
    wanted = sorted(set(claim_ids))
    if not wanted:
        return {}
    names: dict[int, list[str]] = {}
    for claim_id, name in conn.execute(
        select(claim_entities.c.claim_id, claim_entities.c.name)
        .where(claim_entities.c.claim_id.in_(wanted))
        .order_by(claim_entities.c.claim_id, claim_entities.c.name)
    ):
        names.setdefault(claim_id, []).append(name)
    return {
        row.id: {
            "claim_text": row.text,
            "story_id": row.story_id,
            "story_title": row.title,
            "status": row.status,
            "entities": names.get(row.id, []),
        }
        for row in conn.execute(
            select(claims.c.id, claims.c.text, claims.c.story_id, claims.c.status, stories.c.title)
            .join(stories, stories.c.id == claims.c.story_id, isouter=True)
            .where(claims.c.id.in_(wanted))
        )
    }


def _article_facts(conn: Connection, article_ids: list[int | None]) -> dict[int, dict[str, Any]]:
    wanted = sorted({i for i in article_ids if i is not None})
    if not wanted:
        return {}
    return {
        row.id: {
            "article_url": row.url or row.path,
            "article_headline": row.headline,
            "source": row.source,
        }
        for row in conn.execute(
            select(
                articles.c.id,
                articles.c.url,
                articles.c.path,
                articles.c.headline,
                articles.c.source,
            ).where(articles.c.id.in_(wanted))
        )
    }


def _first_articles(conn: Connection, story_ids: list[int]) -> dict[int, int]:
    """Each story's first article (the lowest id)."""
    if not story_ids:
        return {}
    return {
        int(story_id): int(first)
        for story_id, first in conn.execute(
            select(articles.c.story_id, func.min(articles.c.id))
            .where(articles.c.story_id.in_(story_ids))
            .group_by(articles.c.story_id)
        )
    }


def _status_event(facts: _Facts, row: Any) -> dict[str, Any]:
    claim = facts.claim(row.claim_id)
    facts_ = {k: claim[k] for k in ("claim_text", "story_title", "entities")}
    facts_ |= facts.article(row.article_id)
    story_id = claim["story_id"]
    quoted = _short(facts_["claim_text"])
    if row.old_status is None:
        kind, key = "new_claim", f"new_claim:{row.claim_id}"
        line = f"New claim ({row.new_status}): {quoted}"
    else:
        kind, key = "status_change", f"status_change:{row.id}"
        via = " after a silent edit" if row.cause == "revision" else ""
        line = f"Claim now {row.new_status} (was {row.old_status}){via}: {quoted}"
    where = facts_.get("article_url")
    payload = facts_ | {
        "old_status": row.old_status,
        "new_status": row.new_status,
        "cause": row.cause,
        "reason": row.reason,
        "text": line + (f" — {where}" if where else ""),
    }
    return {
        "key": key,
        "kind": kind,
        "story_id": story_id,
        "claim_id": row.claim_id,
        "article_id": row.article_id,
        "created_at": now_iso(),
        "payload": payload,
    }


def _story_event(facts: _Facts, story: Any, first: int | None) -> dict[str, Any]:
    found = dict(facts.article(first))  # a copy: other events quote the same article
    status = None
    claim_id = story.central_claim_id
    if claim_id is not None:
        claim = facts.claim(claim_id)
        found |= {"claim_text": claim["claim_text"], "entities": claim["entities"]}
        status = claim.get("status")
    where = found.get("article_url")
    payload = found | {
        "story_title": story.title,
        "new_status": status,
        "text": f"New story: {_short(story.title)}" + (f" — {where}" if where else ""),
    }
    return {
        "key": f"new_story:{story.id}",
        "kind": "new_story",
        "story_id": story.id,
        "claim_id": claim_id,
        "article_id": first,
        "created_at": now_iso(),
        "payload": payload,
    }


def _short(text: str | None) -> str:
    if not text:
        return ""
    return f'"{text}"' if len(text) <= CLAIM_TEXT_IN_LINE else f'"{text[:CLAIM_TEXT_IN_LINE]}…"'


def _event(row: Any) -> Event:
    return Event.model_validate(json.loads(row.payload))

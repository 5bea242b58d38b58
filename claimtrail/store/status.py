"""Recomputing claim statuses from stored attributions and recording each change."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, insert, select, update

from claimtrail.link.lifecycle import Event, decide
from claimtrail.store.clock import now_iso
from claimtrail.store.schema import articles, attributions, claims, mentions, status_changes
from claimtrail.store.views import StatusChange


def current_events(conn: Connection, claim_ids: list[int]) -> dict[int, list[Event]]:
    """Each claim's attributions in articles that still count (not superseded or copies), in
    publication order (one query for all of them)."""
    rows = conn.execute(
        select(
            attributions.c.claim_id,
            attributions.c.seen_at,
            attributions.c.article_id,
            attributions.c.source_name,
            attributions.c.attitude,
            attributions.c.hedged,
            attributions.c.echo_of,
        )
        .join(articles, articles.c.id == attributions.c.article_id)
        .where(attributions.c.claim_id.in_(claim_ids), articles.c.kind == "original")
        .order_by(attributions.c.seen_at, attributions.c.article_id, attributions.c.id)
    ).all()
    events: dict[int, list[Event]] = {claim_id: [] for claim_id in claim_ids}
    for r in rows:
        events[r.claim_id].append(
            Event(
                order=f"{r.seen_at}#{r.article_id:010d}",
                source=r.source_name,
                attitude=r.attitude,
                hedged=bool(r.hedged),
                echo=r.echo_of is not None,
            )
        )
    return events


def recompute_statuses(
    conn: Connection, claim_ids: list[int], article_id: int, cause: str
) -> list[StatusChange]:
    """Decide each claim's status again from its attributions; record each change. Reads
    and writes a fixed number of statements whatever the number of claims."""
    if not claim_ids:
        return []
    events = current_events(conn, claim_ids)
    old = {
        r.id: r
        for r in conn.execute(
            select(claims.c.id, claims.c.status, claims.c.last_change).where(
                claims.c.id.in_(claim_ids)
            )
        ).all()
    }
    seen = {
        r.claim_id: (r.first, r.last)
        for r in conn.execute(
            select(
                mentions.c.claim_id,
                func.min(articles.c.seen_at).label("first"),
                func.max(articles.c.seen_at).label("last"),
            )
            .join(articles, mentions.c.article_id == articles.c.id)
            .where(mentions.c.claim_id.in_(claim_ids), articles.c.kind == "original")
            .group_by(mentions.c.claim_id)
        ).all()
    }
    changes: list[StatusChange] = []
    updates: list[dict[str, object]] = []
    for claim_id in claim_ids:
        verdict = decide(events[claim_id])
        before = old[claim_id]
        first, last = seen.get(claim_id, (None, None))
        values: dict[str, object] = {
            "b_id": claim_id,
            "status": verdict.status,
            "status_reason": verdict.reason,
            "first_seen": first,
            "last_seen": last,
            "last_change": before.last_change,
        }
        is_new = before.last_change is None  # set with the claim's first recorded status
        if verdict.status != before.status or is_new:
            when = now_iso()
            values["last_change"] = when
            changes.append(
                StatusChange(
                    claim_id=claim_id,
                    old_status=None if is_new else before.status,
                    new_status=verdict.status,
                    article_id=article_id,
                    cause=cause,  # type: ignore[arg-type]
                    reason=verdict.reason,
                    changed_at=when,
                )
            )
        updates.append(values)
    if changes:
        conn.execute(
            insert(status_changes),
            [
                {
                    "claim_id": c.claim_id,
                    "article_id": c.article_id,
                    "old_status": c.old_status,
                    "new_status": c.new_status,
                    "cause": c.cause,
                    "reason": c.reason,
                    "changed_at": c.changed_at,
                }
                for c in changes
            ],
        )
    conn.execute(
        update(claims)
        .where(claims.c.id == bindparam("b_id"))
        .values(
            status=bindparam("status"),
            status_reason=bindparam("status_reason"),
            first_seen=bindparam("first_seen"),
            last_seen=bindparam("last_seen"),
            last_change=bindparam("last_change"),
        ),
        updates,
    )
    return changes

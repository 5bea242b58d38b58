"""Recomputing claim statuses from stored attributions and recording each change."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from claimtrail.link.lifecycle import Event, decide
from claimtrail.store.clock import now_iso
from claimtrail.store.schema import articles, attributions, claims, mentions, status_changes
from claimtrail.store.views import StatusChange


def current_events(conn: Connection, claim_id: int) -> list[Event]:
    """The claim's attributions in articles that still count (not superseded or copies)."""
    rows = conn.execute(
        select(
            attributions.c.seen_at,
            attributions.c.article_id,
            attributions.c.source_name,
            attributions.c.attitude,
            attributions.c.hedged,
            attributions.c.echo_of,
        )
        .join(articles, articles.c.id == attributions.c.article_id)
        .where(attributions.c.claim_id == claim_id, articles.c.kind == "original")
        .order_by(attributions.c.seen_at, attributions.c.article_id, attributions.c.id)
    ).all()
    return [
        Event(
            order=f"{r.seen_at}#{r.article_id:010d}",
            source=r.source_name,
            attitude=r.attitude,
            hedged=bool(r.hedged),
            echo=r.echo_of is not None,
        )
        for r in rows
    ]


def recompute_statuses(
    conn: Connection, claim_ids: list[int], article_id: int, cause: str
) -> list[StatusChange]:
    changes = []
    for claim_id in claim_ids:
        verdict = decide(current_events(conn, claim_id))
        old = conn.execute(
            select(claims.c.status, claims.c.last_change).where(claims.c.id == claim_id)
        ).one()
        seen = conn.execute(
            select(func.min(articles.c.seen_at), func.max(articles.c.seen_at))
            .join(mentions, mentions.c.article_id == articles.c.id)
            .where(mentions.c.claim_id == claim_id, articles.c.kind == "original")
        ).one()
        values = {
            "status": verdict.status,
            "status_reason": verdict.reason,
            "first_seen": seen[0],
            "last_seen": seen[1],
        }
        is_new = old.last_change is None  # set with the claim's first recorded status
        if verdict.status != old.status or is_new:
            when = now_iso()
            values["last_change"] = when
            conn.execute(
                insert(status_changes).values(
                    claim_id=claim_id,
                    article_id=article_id,
                    old_status=None if is_new else old.status,
                    new_status=verdict.status,
                    cause=cause,
                    reason=verdict.reason,
                    changed_at=when,
                )
            )
            changes.append(
                StatusChange(
                    claim_id=claim_id,
                    old_status=None if is_new else old.status,
                    new_status=verdict.status,
                    article_id=article_id,
                    cause=cause,  # type: ignore[arg-type]
                    reason=verdict.reason,
                    changed_at=when,
                )
            )
        conn.execute(update(claims).where(claims.c.id == claim_id).values(**values))
    return changes

"""What the watcher polls and when, kept in the store so a restart (or a cron run) picks up
where the last one stopped: each URL's HTTP validators, last body hash, schedule and errors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from claimtrail.store.clock import now_iso
from claimtrail.store.db import StoreTables, translate_errors, write_transaction
from claimtrail.store.watch_schema import watch_urls

Role = Literal["source", "page"]


@dataclass(frozen=True)
class WatchedUrl:
    url: str
    role: Role
    listed_by: str | None
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    first_seen: str
    last_fetched: str | None
    next_fetch: str | None
    article_id: int | None
    last_error: str | None
    failures: int


def later(seconds: float, start: str | None = None) -> str:
    """An ISO time ``seconds`` after ``start`` (default now), as the store writes times."""
    base = datetime.fromisoformat(start) if start else datetime.now(UTC)
    return (base + timedelta(seconds=seconds)).replace(microsecond=0).isoformat()


def age_seconds(since: str, now: str | None = None) -> float:
    end = datetime.fromisoformat(now or now_iso())
    return (end - datetime.fromisoformat(since)).total_seconds()


class WatchState(StoreTables):
    def add(self, urls: Iterable[str], role: Role, listed_by: str | None = None) -> list[str]:
        """Start watching ``urls`` (due at once); the ones not watched before."""
        added = []
        now = now_iso()
        with translate_errors(self.url):
            for url in urls:
                try:
                    with write_transaction(self._engine) as conn:
                        if self._add_one(conn, url, role, listed_by, now):
                            added.append(url)
                except IntegrityError:
                    continue  # another watcher added it first
        return added

    @staticmethod
    def _add_one(conn: Connection, url: str, role: Role, listed_by: str | None, now: str) -> bool:
        known = conn.execute(select(watch_urls.c.role).where(watch_urls.c.url == url)).first()
        if known is None:
            conn.execute(
                insert(watch_urls).values(
                    url=url,
                    role=role,
                    listed_by=listed_by,
                    first_seen=now,
                    next_fetch=now,
                    failures=0,
                )
            )
            return True
        if role == "source" and known.role != "source":
            # Named as a source now: polled as one from here on.
            conn.execute(
                update(watch_urls)
                .where(watch_urls.c.url == url)
                .values(role="source", next_fetch=now)
            )
        return False

    def get(self, url: str) -> WatchedUrl | None:
        with self._tx(write=False) as conn:
            row = conn.execute(select(watch_urls).where(watch_urls.c.url == url)).first()
        return None if row is None else _watched(row)

    def due(
        self,
        role: Role,
        now: str | None = None,
        limit: int = 1000,
        among: Iterable[str] | None = None,
        listed_by: Iterable[str] | None = None,
    ) -> list[WatchedUrl]:
        """URLs of ``role`` whose next fetch is due, the longest waiting first; only those in
        ``among``, or listed by one of ``listed_by``, when given."""
        query = select(watch_urls).where(
            watch_urls.c.role == role,
            watch_urls.c.next_fetch.is_not(None),
            watch_urls.c.next_fetch <= (now or now_iso()),
        )
        if among is not None:
            query = query.where(watch_urls.c.url.in_(list(among)))
        if listed_by is not None:
            query = query.where(watch_urls.c.listed_by.in_(list(listed_by)))
        with self._tx(write=False) as conn:
            rows = conn.execute(
                query.order_by(watch_urls.c.next_fetch, watch_urls.c.id).limit(limit)
            ).all()
        return [_watched(r) for r in rows]

    def fetched(
        self,
        url: str,
        *,
        next_fetch: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        article_id: int | None = None,
        keep_validators: bool = False,
    ) -> None:
        """A successful fetch (a 304 included): validators, schedule, error cleared."""
        values: dict[str, Any] = {
            "last_fetched": now_iso(),
            "next_fetch": next_fetch,
            "last_error": None,
            "failures": 0,
        }
        if not keep_validators:
            values |= {"etag": etag, "last_modified": last_modified, "body_hash": body_hash}
        if article_id is not None:
            values["article_id"] = article_id
        with self._tx() as conn:
            conn.execute(update(watch_urls).where(watch_urls.c.url == url).values(**values))

    def failed(self, url: str, message: str, next_fetch: str | None) -> None:
        with self._tx() as conn:
            conn.execute(
                update(watch_urls)
                .where(watch_urls.c.url == url)
                .values(
                    last_fetched=now_iso(),
                    next_fetch=next_fetch,
                    last_error=message,
                    failures=watch_urls.c.failures + 1,
                )
            )

    def next_due(self, among: Iterable[str]) -> str | None:
        """The earliest next fetch among these URLs and the pages they listed."""
        urls = list(among)
        with self._tx(write=False) as conn:
            value = conn.execute(
                select(func.min(watch_urls.c.next_fetch)).where(
                    watch_urls.c.url.in_(urls) | watch_urls.c.listed_by.in_(urls)
                )
            ).scalar()
        return None if value is None else str(value)

    def counts(self) -> dict[str, int]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                select(watch_urls.c.role, func.count()).group_by(watch_urls.c.role)
            ).all()
        return {str(role): int(n) for role, n in rows}


def _watched(row: Any) -> WatchedUrl:
    return WatchedUrl(
        url=row.url,
        role=row.role,
        listed_by=row.listed_by,
        etag=row.etag,
        last_modified=row.last_modified,
        body_hash=row.body_hash,
        first_seen=row.first_seen,
        last_fetched=row.last_fetched,
        next_fetch=row.next_fetch,
        article_id=row.article_id,
        last_error=row.last_error,
        failures=int(row.failures or 0),
    )

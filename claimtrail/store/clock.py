"""Times as sortable UTC ISO-8601 strings, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from claimtrail.ingest.dates import parse_published

# One rule for reading a date: where dates enter (claimtrail.ingest.dates).
normalise_time = parse_published


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()

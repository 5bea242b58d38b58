"""Times as sortable UTC ISO-8601 strings, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def normalise_time(value: str | None) -> str | None:
    """An article's date as a sortable UTC ISO string; None when it cannot be read."""
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)  # RSS dates: "Tue, 10 Jun 2025 09:00:00 GMT"
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(microsecond=0).isoformat()

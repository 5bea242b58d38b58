"""Publication dates as sortable UTC ISO-8601 strings: ISO 8601 or RSS (RFC 2822) dates."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def parse_published(value: str | None) -> str | None:
    """An article's date as a sortable UTC ISO string; None when it cannot be read (an
    impossible date such as 2025-13-45 included)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)  # RSS dates: "Tue, 10 Jun 2025 09:00:00 GMT"
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC).replace(microsecond=0).isoformat()
    except (OverflowError, ValueError):  # year 1 or 9999 pushed out of range by its offset
        return None

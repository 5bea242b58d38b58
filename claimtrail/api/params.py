"""Query and path parameters shared by the endpoints, with the bounds the store can honour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Path, Query

from claimtrail.api.errors import ApiError

MAX_LIMIT = 200
DEFAULT_LIMIT = 20
# Bounds keep fuzzed numbers inside what SQLite and PostgreSQL integer columns accept.
MAX_ID = 2_147_483_647
MAX_OFFSET = 1_000_000_000
MAX_QUERY_CHARS = 300

# No NUL characters: PostgreSQL refuses them in text, and no name or search needs one.
NO_NUL = r"^[^\x00]*$"

ItemId = Annotated[int, Path(ge=1, le=MAX_ID, description="The stored id.")]
TextFilter = Annotated[str | None, Query(min_length=1, max_length=MAX_QUERY_CHARS, pattern=NO_NUL)]
# A string checked here rather than pydantic's ``date``, which also takes "0" (a Unix time).
DateFilter = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        json_schema_extra={"format": "date"},
        description="An ISO-8601 date, e.g. 2026-11-20.",
    ),
]
SpeakerRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        pattern=NO_NUL,
        description="A speaker id, or any name variant.",
    ),
]


def day_start(value: str | None, name: str) -> str | None:
    return None if value is None else f"{_day(value, name).isoformat()}T00:00:00+00:00"


def day_end(value: str | None, name: str) -> str | None:
    """The last second of the day, so a date range includes its final day."""
    return None if value is None else f"{_day(value, name).isoformat()}T23:59:59+00:00"


def _day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not a date", "validation_failed") from None


def speaker_key(ref: str) -> str | int:
    """A path segment naming a speaker: digits within the id range are an id, else a name."""
    if ref.isascii() and ref.isdigit() and 1 <= int(ref) <= MAX_ID:
        return int(ref)
    return ref


@dataclass(frozen=True)
class Pagination:
    limit: int
    offset: int


def pagination(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)

"""Query and path parameters shared by the endpoints, with the bounds the store can honour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Path, Query

MAX_LIMIT = 200
DEFAULT_LIMIT = 20
# Bounds keep fuzzed numbers inside what SQLite and PostgreSQL integer columns accept.
MAX_ID = 2_147_483_647
MAX_OFFSET = 1_000_000_000
MAX_QUERY_CHARS = 300

# ISO-8601 date or date-time, passed to the store as written. Pydantic's datetime parsing would
# also take "0.5" (a Unix timestamp) and refuse "2026-02-30", which compares fine as a bound.
ISO_DATE = (r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
            r"(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$")

ItemId = Annotated[int, Path(ge=1, le=MAX_ID, description="The stored id.")]
TextFilter = Annotated[str | None, Query(min_length=1, max_length=MAX_QUERY_CHARS)]
DateFilter = Annotated[str | None, Query(pattern=ISO_DATE, max_length=40,
                                         description="ISO-8601 date or date-time.")]
SpeakerRef = Annotated[str, Path(min_length=1, max_length=MAX_QUERY_CHARS,
                                 description="A speaker id, or any name variant.")]


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

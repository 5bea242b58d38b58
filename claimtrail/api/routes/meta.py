"""Search across everything, corpus statistics, and a liveness probe."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import COMMON_STATUSES, READ_STATUSES, documented
from claimtrail.api.params import MAX_QUERY_CHARS, NO_NUL, Pagination, pagination
from claimtrail.store.views import Page, SearchHit, Stats

router = APIRouter(tags=["search and stats"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"


@router.get("/search", response_model=Page[SearchHit], responses=documented(*READ_STATUSES))
def search(
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            pattern=NO_NUL,
            description="Words to find in articles, claims and quotes.",
        ),
    ],
    ctx: Annotated[AppContext, Depends(get_context)],
    page: Annotated[Pagination, Depends(pagination)],
) -> Page[SearchHit]:
    """Full-text search over articles, claims and quotes, best match first."""
    with ctx.store() as store:
        return store.search(q, limit=page.limit, offset=page.offset)


@router.get("/stats", response_model=Stats, responses=documented(*COMMON_STATUSES))
def stats(ctx: Annotated[AppContext, Depends(get_context)]) -> Stats:
    """Counts of articles, duplicates, revisions, stories, claims by status, quotes, speakers."""
    with ctx.store() as store:
        return store.stats()


@router.get("/health", response_model=Health, responses=documented(*COMMON_STATUSES))
async def health() -> Health:
    """Answers as soon as the server is up; touches nothing (and, being async, never waits for
    a worker thread)."""
    return Health()

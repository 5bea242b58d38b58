"""Claims across articles, each with its lifecycle (reported, denied, confirmed ... by whom)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import READ_STATUSES, documented
from claimtrail.api.params import (
    MAX_ID,
    DateFilter,
    ItemId,
    Pagination,
    TextFilter,
    day_end,
    day_start,
    pagination,
)
from claimtrail.models import ClaimStatus
from claimtrail.store.views import ClaimDetail, ClaimSummary, Page

router = APIRouter(tags=["claims"])


@router.get("/claims", response_model=Page[ClaimSummary], responses=documented(*READ_STATUSES))
def list_claims(
    ctx: Annotated[AppContext, Depends(get_context)],
    page: Annotated[Pagination, Depends(pagination)],
    status: ClaimStatus | None = None,
    entity: Annotated[TextFilter, Query(description="An entity the claim is about.")] = None,
    since: Annotated[DateFilter, Query(description="Seen on or after this date.")] = None,
    until: Annotated[DateFilter, Query(description="Seen on or before this date.")] = None,
    story_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> Page[ClaimSummary]:
    """Claims filtered by current status, entity, story and date range."""
    with ctx.store() as store:
        return store.list_claims(
            status=status,
            entity=entity,
            since=day_start(since, "since"),
            until=day_end(until, "until"),
            story_id=story_id,
            limit=page.limit,
            offset=page.offset,
        )


@router.get(
    "/claims/{claim_id}", response_model=ClaimDetail, responses=documented(404, *READ_STATUSES)
)
def get_claim(claim_id: ItemId, ctx: Annotated[AppContext, Depends(get_context)]) -> ClaimDetail:
    """One claim: its lifecycle in publication order, the evidence for its status, its echoes."""
    with ctx.store() as store:
        return store.get_claim(claim_id)

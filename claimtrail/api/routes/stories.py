"""Stories: articles grouped around a central claim."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import READ_STATUSES, documented
from claimtrail.api.params import ItemId, Pagination, pagination
from claimtrail.store.views import Page, StoryDetail, StorySummary

router = APIRouter(tags=["stories"])


@router.get("/stories", response_model=Page[StorySummary], responses=documented(*READ_STATUSES))
def list_stories(
    ctx: Annotated[AppContext, Depends(get_context)],
    page: Annotated[Pagination, Depends(pagination)],
) -> Page[StorySummary]:
    """Stories, most recently changed first, each with its central claim's status."""
    with ctx.store() as store:
        return store.list_stories(limit=page.limit, offset=page.offset)


@router.get(
    "/stories/{story_id}", response_model=StoryDetail, responses=documented(404, *READ_STATUSES)
)
def get_story(story_id: ItemId, ctx: Annotated[AppContext, Depends(get_context)]) -> StoryDetail:
    """One story: its articles, its claims with their lifecycles, and the voices heard."""
    with ctx.store() as store:
        return store.get_story(story_id)

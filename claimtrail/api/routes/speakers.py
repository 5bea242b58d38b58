"""Speakers merged across articles, with their quotes over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import READ_STATUSES, documented
from claimtrail.api.params import Pagination, SpeakerRef, TextFilter, pagination, speaker_key
from claimtrail.store.views import Page, SpeakerDetail, SpeakerSummary

router = APIRouter(tags=["speakers"])


@router.get("/speakers", response_model=Page[SpeakerSummary], responses=documented(*READ_STATUSES))
def list_speakers(
    ctx: Annotated[AppContext, Depends(get_context)],
    page: Annotated[Pagination, Depends(pagination)],
    q: TextFilter = None,
) -> Page[SpeakerSummary]:
    """Speakers, optionally those whose name matches ``q``."""
    with ctx.store() as store:
        return store.list_speakers(q=q, limit=page.limit, offset=page.offset)


@router.get(
    "/speakers/{speaker:path}",
    response_model=SpeakerDetail,
    responses=documented(404, *READ_STATUSES),
)
def get_speaker(
    speaker: SpeakerRef, ctx: Annotated[AppContext, Depends(get_context)]
) -> SpeakerDetail:
    """One speaker's profile and quotes, by id or by a name variant ("Farley", "Jim Farley")."""
    with ctx.store() as store:
        return store.get_speaker(speaker_key(speaker))

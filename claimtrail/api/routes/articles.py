"""Articles: analyse-and-store one (POST), read one with its analysis, list them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, Security
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.errors import READ_STATUSES, WRITE_STATUSES, ApiError, documented
from claimtrail.api.guards import bearer_scheme, check_token
from claimtrail.api.params import NO_NUL, ItemId, Pagination, TextFilter, pagination
from claimtrail.store.views import ArticleDetail, ArticleSummary, IngestOutcome, Page

router = APIRouter(tags=["articles"])
META_CHARS = 2_000


# Either name of the article's text: optional to the model, which checks that exactly one is
# sent, but a string (never null) in the spec.
TextField = Annotated[
    str | None, WithJsonSchema({"type": "string", "minLength": 1, "pattern": NO_NUL})
]


class ArticleIn(BaseModel):
    """One article to analyse. Without ``headline`` the text's first line is the headline.

    The text comes as ``text`` or, as in the CLI's JSON input, ``body``: exactly one of the two.
    No field may hold a NUL character: it marks binary input, and PostgreSQL refuses it."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        # The spec says what the validator checks: the text under exactly one of its names.
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["body"]}]},
    )

    text: TextField = Field(
        default=None,
        min_length=1,
        pattern=NO_NUL,
        description="The article body (or headline + body). Required unless `body` is sent.",
    )
    body: TextField = Field(
        default=None,
        min_length=1,
        pattern=NO_NUL,
        description="Another name for `text` (the CLI's JSON input calls it `body`); "
        "send one of the two, not both.",
    )
    headline: str | None = Field(default=None, max_length=META_CHARS, pattern=NO_NUL)
    url: str | None = Field(default=None, max_length=META_CHARS, pattern=NO_NUL)
    published: str | None = Field(
        default=None,
        max_length=64,
        pattern=NO_NUL,
        description="ISO-8601 publication date or time.",
    )
    source: str | None = Field(
        default=None, max_length=META_CHARS, pattern=NO_NUL, description="The outlet."
    )
    author: str | None = Field(default=None, max_length=META_CHARS, pattern=NO_NUL)

    @model_validator(mode="after")
    def _one_text(self) -> ArticleIn:
        given = [name for name in ("text", "body") if name in self.model_fields_set]
        if len(given) != 1 or getattr(self, given[0]) is None:
            raise PydanticCustomError(  # its message as is, with no "Value error, " before it
                "text_or_body", "send the article as `text` or `body`: exactly one of the two"
            )
        return self

    @property
    def article_text(self) -> str:
        """The article's text, whichever of its two names it came under."""
        return self.text if self.text is not None else self.body or ""


def require_token(
    ctx: Annotated[AppContext, Depends(get_context)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
) -> None:
    check_token(ctx.settings.token, credentials)


def require_json(request: Request) -> None:
    """A body sent as anything but JSON is refused as such, not as a confusing 422."""
    declared = request.headers.get("content-type", "application/json").split(";")[0].strip()
    if declared != "application/json" and not declared.endswith("+json"):
        raise ApiError(
            415, f"send the article as application/json, not {declared!r}", "unsupported_media_type"
        )


@router.post(
    "/articles",
    status_code=201,
    response_model=IngestOutcome,
    dependencies=[Depends(require_token), Depends(require_json)],
    responses={
        200: {
            "model": IngestOutcome,
            "description": "The same text was already stored: nothing was added.",
        },
        **documented(*WRITE_STATUSES),
    },
)
async def add_article(
    body: ArticleIn, response: Response, ctx: Annotated[AppContext, Depends(get_context)]
) -> IngestOutcome:
    """Analyse one article and store it (idempotent: a known text is not stored twice).

    Articles wait on a bounded queue: when it is full the answer is 503 with Retry-After."""
    from claimtrail.ingest.readers import article_from_parts

    raw = article_from_parts(
        body.headline,
        body.article_text,
        url=body.url,
        published=body.published,
        source=body.source,
        author=body.author,
    )
    outcome = await ctx.write(raw)
    if outcome.status == "unchanged":
        response.status_code = 200
    return outcome


@router.get("/articles", response_model=Page[ArticleSummary], responses=documented(*READ_STATUSES))
def list_articles(
    ctx: Annotated[AppContext, Depends(get_context)],
    page: Annotated[Pagination, Depends(pagination)],
    story_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
    source: TextFilter = None,
    include_duplicates: bool = False,
) -> Page[ArticleSummary]:
    """Stored articles, filtered by story or outlet; duplicates only when asked for."""
    with ctx.store() as store:
        return store.list_articles(
            story_id=story_id,
            source=source,
            include_duplicates=include_duplicates,
            limit=page.limit,
            offset=page.offset,
        )


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetail,
    responses=documented(404, *READ_STATUSES),
)
def get_article(
    article_id: ItemId, ctx: Annotated[AppContext, Depends(get_context)]
) -> ArticleDetail:
    """One article with its full analysis (quotes, claims, entities with offsets)."""
    with ctx.store() as store:
        return store.get_article(article_id)

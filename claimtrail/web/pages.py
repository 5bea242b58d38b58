"""The dashboard: server-rendered pages over the same store as the API (no build step).

Templates autoescape everything; article text reaches the page only as escaped segments. A
Content-Security-Policy allowing nothing but this server's own scripts and styles backs that up.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from claimtrail.api.context import AppContext, get_context
from claimtrail.api.params import MAX_ID, MAX_QUERY_CHARS, NO_NUL, SpeakerRef, speaker_key
from claimtrail.api.routes.events import story_changes
from claimtrail.version import __version__
from claimtrail.web.article_view import article_page
from claimtrail.web.links import LINK_HELPERS
from claimtrail.web.page_cache import PageCache
from claimtrail.web.story_view import story_page
from claimtrail.wording import article_count, plural

HERE = FilePath(__file__).parent
STORIES_PER_PAGE = 25
SEARCH_PER_PAGE = 25
# An article page looks up at most this many store claims to link its highlights to them.
MAX_LINKED_CLAIMS = 50
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "script-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Ctx = Annotated[AppContext, Depends(get_context)]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]


def install(app: FastAPI) -> None:
    """Mount the static files and the pages, with a template environment of this app's own."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.globals["version"] = __version__
    env.globals.update(LINK_HELPERS)
    env.filters["snippet_parts"] = snippet_parts
    # Counts are said as in the terminal: "1 article", "9 articles (+1 copy)".
    env.filters["plural"] = plural
    env.globals["article_count"] = article_count
    # Paths, not absolute URLs: the pages keep working behind a proxy or under another host.
    env.globals["path_for"] = app.url_path_for
    app.state.templates = Jinja2Templates(env=env)
    settings = app.state.ctx.settings
    app.state.page_cache = PageCache(settings.page_cache_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)


SNIPPET_HIT = re.compile(r"\[([^\[\]]+)\]")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, is_match) parts: the store marks matches as ``[word]``.

    The template escapes every part; the brackets become bold text, never markup."""
    parts: list[tuple[str, bool]] = []
    last = 0
    for match in SNIPPET_HIT.finditer(snippet):
        parts += [(snippet[last : match.start()], False), (match.group(1), True)]
        last = match.end()
    return [p for p in [*parts, (snippet[last:], False)] if p[0]]


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def cached_page(request: Request, key: tuple[object, ...], version: int) -> Response | None:
    """The page stored under ``key`` at this data version, if any (see ``page_cache``)."""
    cache: PageCache = request.app.state.page_cache
    body = cache.get(key, version)
    if body is None:
        return None
    return HTMLResponse(body, headers=SECURITY_HEADERS)


def keep_page(request: Request, key: tuple[object, ...], version: int, page: Response) -> Response:
    if page.status_code == 200:
        cache: PageCache = request.app.state.page_cache
        cache.put(key, version, bytes(page.body))
    return page


def error_page(request: Request, status: int, message: str) -> Response:
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return render(
        request, "error.html", {"status": status, "phrase": phrase, "message": message}, status
    )


@router.get("/", name="stories_page")
def stories(
    request: Request, ctx: Ctx, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> Response:
    key = ("stories", offset)
    with ctx.store() as store:
        version = store.data_version()  # first: see page_cache
        if cached := cached_page(request, key, version):
            return cached
        page = store.list_stories(limit=STORIES_PER_PAGE, offset=offset)
        stats = store.stats()
    return keep_page(
        request, key, version, render(request, "stories.html", {"page": page, "stats": stats})
    )


@router.get("/stories/{story_id}", name="story_page")
def story(request: Request, story_id: PathId, ctx: Ctx, full: bool = False) -> Response:
    key = ("story", story_id, full)
    with ctx.store() as store:
        version = store.data_version()  # first: see page_cache
        if cached := cached_page(request, key, version):
            return cached
        detail = store.get_story(story_id)
    changes = story_changes(ctx, story_id)
    page = render(request, "story.html", {"view": story_page(detail, full), "changes": changes})
    return keep_page(request, key, version, page)


@router.get("/articles/{article_id}", name="article_page")
def article(request: Request, article_id: PathId, ctx: Ctx) -> Response:
    with ctx.store() as store:
        detail = store.get_article(article_id)
        claims = [store.get_claim(cid) for cid in detail.claim_ids[:MAX_LINKED_CLAIMS]]
    return render(request, "article.html", {"view": article_page(detail, claims)})


@router.get("/claims/{claim_id}", name="claim_page")
def claim(request: Request, claim_id: PathId, ctx: Ctx) -> Response:
    with ctx.store() as store:
        detail = store.get_claim(claim_id)
    return render(request, "claim.html", {"claim": detail})


@router.get("/speakers/{speaker:path}", name="speaker_page")
def speaker(request: Request, speaker: SpeakerRef, ctx: Ctx) -> Response:
    with ctx.store() as store:
        detail = store.get_speaker(speaker_key(speaker))
    return render(request, "speaker.html", {"speaker": detail})


@router.get("/search", name="search_page")
def search(
    request: Request,
    ctx: Ctx,
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, pattern=NO_NUL)] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    page = None
    if q.strip():
        with ctx.store() as store:
            page = store.search(q, limit=SEARCH_PER_PAGE, offset=offset)
    return render(request, "search.html", {"q": q, "page": page})

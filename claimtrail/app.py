"""``create_app(settings)``: the REST API under /api (``claimtrail.api``) and the dashboard pages
(``claimtrail.web``), assembled over one store.

Nothing here runs at import time and nothing is global: each call builds a fresh app holding
its own store and (lazily) its own analyser in ``app.state.ctx``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI

from claimtrail.api import docs as api_docs
from claimtrail.api.context import AnalyzerFactory, AppContext, default_analyzer
from claimtrail.api.errors import install_error_handlers
from claimtrail.api.guards import BodySizeLimit, HostGuard
from claimtrail.api.routes import ROUTERS
from claimtrail.api.settings import Settings
from claimtrail.version import __version__
from claimtrail.web import pages

if TYPE_CHECKING:
    from claimtrail.store import Store

API_PREFIX = "/api"
OPENAPI_URL = f"{API_PREFIX}/openapi.json"


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    analyzer_factory: AnalyzerFactory = default_analyzer,
) -> FastAPI:
    """Build the app. ``store`` defaults to ``open_store(settings.db_url)``; the app closes a
    store it opened itself when it shuts down, and leaves a passed-in one to its owner."""
    owns_store = store is None
    if store is None:
        from claimtrail.store import open_store

        store = open_store(settings.db_url)
    ctx = AppContext(settings=settings, _store=store, analyzer_factory=analyzer_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            store.close()

    app = FastAPI(
        title="claimtrail API",
        version=__version__,
        description=(
            "Articles analysed into quotes, speakers and claims; stories across articles and "
            "each claim's lifecycle. Every error is the same JSON envelope: "
            '`{"error": {"status", "code", "message", "details"}}`.'
        ),
        openapi_url=OPENAPI_URL,
        # FastAPI's own Swagger/ReDoc pages load from a CDN: claimtrail.api.docs serves
        # /docs and /redoc from packaged copies instead.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    pages.install(app)
    api_docs.install(app, OPENAPI_URL)
    install_error_handlers(app, pages.error_page, API_PREFIX)
    app.add_middleware(
        BodySizeLimit, max_bytes=settings.max_body_bytes, timeout_s=settings.body_timeout_s
    )
    app.add_middleware(HostGuard, settings=settings)  # outermost: runs first
    return app

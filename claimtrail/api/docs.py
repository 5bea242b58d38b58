"""The API's interactive documentation, served from this server only: Swagger UI at /docs and
ReDoc at /redoc, over /api/openapi.json.

FastAPI's own pages load their scripts from a CDN; these use the copies packaged in
``fastapi-offline`` (Swagger UI, Apache-2.0; ReDoc, MIT), so the docs work offline and the
browser fetches nothing from elsewhere (the Content-Security-Policy says so).
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
ASSETS = "/docs-assets"
# The pages' small inline start-up scripts need 'unsafe-inline'; nothing may come from elsewhere.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def install(app: FastAPI, openapi_url: str) -> None:
    """Mount the packaged assets and the two pages (neither is part of the API's schema)."""
    assets = resources.files("fastapi_offline") / "static"
    app.mount(ASSETS, StaticFiles(directory=str(assets)), name="api-docs-assets")
    router = APIRouter(include_in_schema=False)
    title = f"{app.title} {app.version}"

    @router.get(DOCS_URL, response_class=HTMLResponse, name="api_docs")
    def swagger() -> HTMLResponse:
        return _secured(
            get_swagger_ui_html(
                openapi_url=openapi_url,
                title=title,
                swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                swagger_css_url=f"{ASSETS}/swagger-ui.css",
                swagger_favicon_url=f"{ASSETS}/favicon.png",
            )
        )

    @router.get(REDOC_URL, response_class=HTMLResponse, name="api_redoc")
    def redoc() -> HTMLResponse:
        return _secured(
            get_redoc_html(
                openapi_url=openapi_url,
                title=title,
                redoc_js_url=f"{ASSETS}/redoc.standalone.js",
                redoc_favicon_url=f"{ASSETS}/favicon.png",
                with_google_fonts=False,
            )
        )

    app.include_router(router)


def _secured(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = DOCS_CSP
    page.headers["X-Content-Type-Options"] = "nosniff"
    return page

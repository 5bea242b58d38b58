"""One JSON error envelope for every API error, and the handlers that produce it.

Every failure — unknown path, wrong method, oversized or malformed body, failed validation,
missing token, a typed ``ClaimtrailError`` or an unexpected exception — leaves the API as::

    {"error": {"status": 404, "code": "not_found", "message": "...", "details": []}}

``documented(...)`` puts the same shape into the OpenAPI description of each endpoint, so a
client (and schemathesis) knows every status code an endpoint can answer with.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Mount

from claimtrail.errors import ClaimtrailError, InputError, ModelError, NotFoundError, StoreError

log = logging.getLogger(__name__)

# The status codes any endpoint can answer with, whatever it does.
COMMON_STATUSES = (500, 503)
READ_STATUSES = (422, *COMMON_STATUSES)
WRITE_STATUSES = (400, 401, 403, 408, 413, 415, 422, *COMMON_STATUSES)


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="forbid")

    loc: list[str | int] = []
    msg: str
    type: str


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: int
    code: str
    message: str
    details: list[ErrorDetail] = []


class ErrorEnvelope(BaseModel):
    """The only shape an API error ever has."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorBody


class ApiError(Exception):
    """An error raised inside the API layer with its HTTP status and a machine-readable code."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or status_code_name(status)
        self.message = message
        self.headers = headers


def status_code_name(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the given error statuses, all with the envelope schema."""
    return {
        status: {"model": ErrorEnvelope, "description": HTTPStatus(status).phrase}
        for status in statuses
    }


def envelope(
    status: int,
    message: str,
    code: str | None = None,
    details: list[ErrorDetail] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorEnvelope(
        error=ErrorBody(
            status=status,
            code=code or status_code_name(status),
            message=message,
            details=details or [],
        )
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


HtmlRenderer = Callable[[Request, int, str], Response]


def install_error_handlers(app: FastAPI, html_error: HtmlRenderer, api_prefix: str) -> None:
    """API paths get the JSON envelope; dashboard pages get ``html_error``'s page."""

    def respond(
        request: Request,
        status: int,
        message: str,
        code: str | None = None,
        details: list[ErrorDetail] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        if request.url.path.startswith(api_prefix):
            return envelope(status, message, code, details, headers)
        response = html_error(request, status, message)
        response.headers.update(headers or {})
        return response

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return respond(request, exc.status, exc.message, exc.code, headers=exc.headers)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request))
        return respond(request, exc.status_code, message, headers=headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, *validation_failure(exc))

    async def on_claimtrail(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ClaimtrailError)
        status = exc.http_status if exc.http_status in (404, 422, 503) else 500
        return respond(request, status, public_message(exc, status), _error_code(exc))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(request, 500, "internal server error; the incident was logged")

    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: on_api_error,
        StarletteHTTPException: on_http,
        RequestValidationError: on_validation,
        ClaimtrailError: on_claimtrail,
        Exception: on_unexpected,
    }
    for exc_type, handler in handlers.items():
        app.add_exception_handler(exc_type, handler)


def public_message(exc: ClaimtrailError, status: int) -> str:
    """What a client may read. Store and server errors can name the database URL (user, host,
    maybe a password), so those stay in the server log and the client gets a generic line."""
    if status in (404, 422):
        return str(exc)
    log.error("%s: %s", type(exc).__name__, exc)
    if isinstance(exc, StoreError):
        return "the store is unavailable; the details are in the server log"
    if isinstance(exc, ModelError):
        return "a model the analysis needs is missing; the details are in the server log"
    return "internal server error; the incident was logged"


PROBED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
# A mount (the static files) serves reading methods only.
MOUNT_METHODS = ("GET", "HEAD")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path: each method is tried against the app's
    routes (Starlette's own matching, so routers included in any way are covered)."""
    methods: set[str] = set()
    for method in PROBED_METHODS:
        # From the app's root: inside a mount the request's root_path is the mount's.
        scope = {
            **request.scope,
            "method": method,
            "root_path": request.scope.get("app_root_path", ""),
        }
        for route in request.app.routes:
            match, _ = route.matches(scope)
            if match is Match.FULL:
                methods |= set(MOUNT_METHODS) if isinstance(route, Mount) else {method}
                break
    return sorted(methods)


def validation_failure(exc: RequestValidationError) -> tuple[int, str, str, list[ErrorDetail]]:
    """Malformed JSON is a 400 (the body is not JSON at all); anything else is a 422."""
    errors = list(exc.errors())
    details = [
        ErrorDetail(
            loc=[p for p in err.get("loc", ()) if isinstance(p, str | int)],
            msg=str(err.get("msg", "")),
            type=str(err.get("type", "")),
        )
        for err in errors
    ]
    if any(err.get("type") == "json_invalid" for err in errors):
        return 400, "the request body is not valid JSON", "malformed_json", details
    return 422, "the request did not validate", "validation_failed", details


def _error_code(exc: ClaimtrailError) -> str:
    codes = (
        (NotFoundError, "not_found"),
        (InputError, "invalid_input"),
        (StoreError, "store_unavailable"),
        (ModelError, "model_unavailable"),
    )
    return next((code for kind, code in codes if isinstance(exc, kind)), "internal_error")

"""Request guards: the Host check and security headers, a body-size limit (ASGI middleware),
and the write token (a dependency)."""

from __future__ import annotations

import hmac

import anyio
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrail.api.errors import ApiError, envelope
from claimtrail.api.settings import Settings

# Declared in the OpenAPI description of writing endpoints; auto_error=False so a missing
# token reaches our own handler (401 in the envelope) instead of FastAPI's default.
bearer_scheme = HTTPBearer(auto_error=False, description="The server's API token (--token).")


# On every response, JSON and static files included (the pages add their own CSP).
RESPONSE_HEADERS = ((b"x-content-type-options", b"nosniff"),)


class HostGuard:
    """Refuses a request whose Host header is not a name this server answers to (400), and
    adds ``X-Content-Type-Options: nosniff`` to every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
        if not self.settings.host_allowed(host):
            response = envelope(
                400, f"this server does not answer to the host name {host!r}", "host_not_allowed"
            )
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in RESPONSE_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return wrapped


class BodySizeLimit:
    """Refuses bodies over ``max_bytes`` with a 413 before the app sees them.

    A declared Content-Length is checked up front; otherwise (chunked upload) the body is read
    here, counting, and replayed to the app only when it fits. Counting inside the app's own
    ``receive`` would not work: FastAPI turns any error while reading a body into a 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, timeout_s: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        try:
            with anyio.fail_after(self.timeout_s):
                body = await self._read_within_limit(receive)
        except TimeoutError:
            response = envelope(
                408,
                f"the request body did not arrive within {self.timeout_s:g} s",
                "body_timeout",
                headers={"Connection": "close"},
            )
            await response(scope, receive, send)
            return
        if body is None:
            await self._refuse(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _read_within_limit(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = envelope(
            413, f"the request body is over the limit of {self.max_bytes:,} bytes", "body_too_large"
        )
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def check_token(expected: str | None, credentials: HTTPAuthorizationCredentials | None) -> None:
    """401 without a token, 403 with a wrong one. A server always has a token (given, or
    generated at start), so no configuration lets a write through without one."""
    if expected is None:
        raise ApiError(403, "this server accepts no writes (it has no API token)", "token_rejected")
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(
            401,
            "writing needs the API token: send 'Authorization: Bearer <token>'",
            "token_required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiError(403, "the API token is wrong", "token_rejected")

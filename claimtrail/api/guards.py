"""Request guards: a body-size limit (ASGI middleware) and the write token (a dependency)."""

from __future__ import annotations

import hmac

from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrail.api.errors import ApiError, envelope

# Declared in the OpenAPI description of writing endpoints; auto_error=False so a missing
# token reaches our own handler (401 in the envelope) instead of FastAPI's default.
bearer_scheme = HTTPBearer(auto_error=False, description="The server's API token (--token).")


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """Refuses bodies over ``max_bytes`` with a 413 before the app reads them into memory.

    A declared Content-Length is checked up front; a chunked body is counted as it streams.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        started = False
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = envelope(413, f"the request body is over the limit of {self.max_bytes:,} bytes",
                            "body_too_large")
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
    """401 without a token, 403 with a wrong one; nothing to check when none is configured."""
    if expected is None:
        return
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "writing needs the API token: send 'Authorization: Bearer <token>'",
                       "token_required", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiError(403, "the API token is wrong", "token_rejected")

"""Request guards: a body-size limit (ASGI middleware) and the write token (a dependency)."""

from __future__ import annotations

import hmac

from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimtrail.api.errors import ApiError, envelope

# Declared in the OpenAPI description of writing endpoints; auto_error=False so a missing
# token reaches our own handler (401 in the envelope) instead of FastAPI's default.
bearer_scheme = HTTPBearer(auto_error=False, description="The server's API token (--token).")


class BodySizeLimit:
    """Refuses bodies over ``max_bytes`` with a 413 before the app sees them.

    A declared Content-Length is checked up front; otherwise (chunked upload) the body is read
    here, counting, and replayed to the app only when it fits. Counting inside the app's own
    ``receive`` would not work: FastAPI turns any error while reading a body into a 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        body = await self._read_within_limit(receive)
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

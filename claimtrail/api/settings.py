"""How one API/dashboard instance is configured: passed to ``create_app``, never global."""

from __future__ import annotations

import ipaddress
import secrets
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimtrail.errors import ClaimtrailError

# One article of a few thousand words is ~30 KB; 1 MiB leaves room for long reports while
# keeping a single request from tying up memory or the analyser for minutes.
DEFAULT_MAX_BODY_BYTES = 1_048_576
# One article takes the analyser ~1-40 s (30 KB to 400 KB of text); eight waiting is minutes of
# work, enough for a burst, and a client told to retry later loses nothing.
DEFAULT_PENDING_WRITES = 8
DEFAULT_RETRY_AFTER_S = 10
DEFAULT_BODY_TIMEOUT_S = 30.0
# Rendered story and list pages kept while the store is unchanged (claimtrail.web.page_cache).
DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
# The names a browser on this machine uses for a loopback server (Host header, port dropped).
LOOPBACK_HOSTS = frozenset({"localhost", "localhost.localdomain", "127.0.0.1", "::1"})
WILDCARD_BINDS = frozenset({"0.0.0.0", "::", ""})
GENERATED_TOKEN_BYTES = 24


class ConfigError(ClaimtrailError):
    """The server settings are unsafe or inconsistent."""

    exit_code = 2
    http_status = 500


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db_url: str | None = None  # None: $CLAIMTRAIL_DB, else ./claimtrail.db (see open_store)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    # Writing always needs a token: without one, a random token is generated (and ``serve``
    # prints it, as Jupyter does), so no other local process or web page can write.
    token: str | None = Field(default=None, min_length=8)
    token_generated: bool = False
    # Host header values accepted (port ignored); empty: the bound address, plus the loopback
    # names when bound to loopback, or any name when bound to every interface (0.0.0.0).
    allowed_hosts: tuple[str, ...] = ()
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=1024)
    # Articles accepted for analysis at once (one analysed, the rest waiting); more get a 503.
    max_pending_writes: int = Field(default=DEFAULT_PENDING_WRITES, ge=1)
    retry_after_s: int = Field(default=DEFAULT_RETRY_AFTER_S, ge=1)
    # A request body that has not fully arrived after this long is refused (408).
    body_timeout_s: float = Field(default=DEFAULT_BODY_TIMEOUT_S, gt=0)
    # Memory for rendered pages kept until the store changes; 0 renders every page afresh.
    page_cache_bytes: int = Field(default=DEFAULT_PAGE_CACHE_BYTES, ge=0)

    @model_validator(mode="before")
    @classmethod
    def _generate_token(cls, data: Any) -> Any:
        if (
            isinstance(data, dict)
            and not data.get("token")
            and is_loopback(str(data.get("host", "127.0.0.1")))
        ):
            data = {
                **data,
                "token": secrets.token_urlsafe(GENERATED_TOKEN_BYTES),
                "token_generated": True,
            }
        return data

    @model_validator(mode="after")
    def _token_beyond_localhost(self) -> Settings:
        if not is_loopback(self.host) and not self.token:
            raise ValueError(
                f"listening on {self.host!r} (beyond localhost) needs an API token: pass --token "
                "or set CLAIMTRAIL_API_TOKEN"
            )
        return self

    @property
    def writes_need_token(self) -> bool:
        """Always: a token is given, or generated on loopback; beyond localhost it must be given."""
        return self.token is not None

    def host_allowed(self, host_header: str) -> bool:
        """Is ``host_header`` (``name[:port]``) a name this server answers to? Refusing other
        names stops DNS rebinding: a page at attacker.example whose name now resolves to
        127.0.0.1 still sends ``Host: attacker.example``."""
        name = _host_name(host_header)
        allowed = {_host_name(h) for h in self.allowed_hosts}
        if not allowed:
            if self.host.strip("[]") in WILDCARD_BINDS:
                return True
            allowed = {self.host.lower().strip("[]")}
            if is_loopback(self.host):
                allowed |= LOOPBACK_HOSTS
        return name in allowed or "*" in allowed


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False

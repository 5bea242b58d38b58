"""How one API/dashboard instance is configured: passed to ``create_app``, never global."""

from __future__ import annotations

import ipaddress

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimtrail.errors import ClaimtrailError

# One article of a few thousand words is ~30 KB; 1 MiB leaves room for long reports while
# keeping a single request from tying up memory or the analyser for minutes.
DEFAULT_MAX_BODY_BYTES = 1_048_576
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


class ConfigError(ClaimtrailError):
    """The server settings are unsafe or inconsistent."""

    exit_code = 2
    http_status = 500


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db_url: str | None = None  # None: $CLAIMTRAIL_DB, else ./claimtrail.db (see open_store)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    token: str | None = Field(default=None, min_length=8)
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=1024)

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
        """A configured token is always enforced; beyond localhost one is mandatory."""
        return self.token is not None


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False

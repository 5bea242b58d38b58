"""The REST API (and, mounted beside it, the dashboard): ``create_app(Settings(...))``."""

from claimtrail.api.app import create_app
from claimtrail.api.settings import Settings

__all__ = ["Settings", "create_app"]

"""The REST API under /api. ``claimtrail.app.create_app`` assembles it with the dashboard."""

from claimtrail.api.settings import Settings

__all__ = ["Settings"]

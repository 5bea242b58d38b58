"""The REST endpoints, one module per resource; ``ROUTERS`` is what ``create_app`` mounts."""

from __future__ import annotations

from claimtrail.api.routes import articles, claims, events, meta, speakers, stories

ROUTERS = (
    articles.router,
    stories.router,
    claims.router,
    speakers.router,
    events.router,
    meta.router,
)

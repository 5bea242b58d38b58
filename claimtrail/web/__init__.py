"""The dashboard: server-rendered pages (``pages``) mounted by ``claimtrail.api.create_app``."""

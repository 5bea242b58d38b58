"""The dashboard: server-rendered pages (``pages``), mounted beside the API by
``claimtrail.app.create_app``."""

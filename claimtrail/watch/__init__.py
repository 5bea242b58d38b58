"""Following the news as it happens: ``watch`` polls feeds, sitemaps and pages (through the
polite fetcher in ``claimtrail.ingest.fetch``), stores what is new or edited, and delivers the
store's events (``claimtrail.store.events``) to JSON Lines and webhooks, filtered by alerts."""

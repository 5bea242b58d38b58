"""The store's backend fixture (SQLite always, PostgreSQL with CLAIMTRAIL_TEST_PG), for the
bad-input corpus that ingests into both."""

from tests.store.conftest import store_url  # noqa: F401

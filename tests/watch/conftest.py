"""The store fixtures (SQLite always, PostgreSQL with CLAIMTRAIL_TEST_PG) for the watch tests."""

from tests.store.conftest import store, store_url  # noqa: F401

"""The store fixtures (SQLite always, PostgreSQL with CLAIMTRAIL_TEST_PG) for the CLI tests."""

from tests.store.conftest import store_url  # noqa: F401

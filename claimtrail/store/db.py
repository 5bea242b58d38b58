"""Engine creation, SQLite settings, and the migrations run when a store is opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from claimtrail.errors import StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# A writer holds SQLite's lock for one article's transaction (well under a second); readers
# such as the web app wait this long for it rather than failing at once.
SQLITE_BUSY_TIMEOUT_MS = 30_000
# PostgreSQL: fail fast on a wrong host/port instead of the driver's long default.
PG_CONNECT_TIMEOUT_S = 10


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True,
                             connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(f"not a database URL we can open: {url!r} ({exc})") from None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets readers (the dashboard) work while an ingest writes; foreign keys are off by
    # default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _alembic_config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, url: str) -> str:
    """Bring the schema to our head revision; refuse a schema from a newer claimtrail."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    with translate_errors(url):
        current = current_revision(engine)
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise StoreError(
                f"the database at {redact(url)} has schema revision {current!r}, written by a "
                f"newer claimtrail (this one knows up to {head_revision()!r}); upgrade "
                f"claimtrail or use another database"
            )
        if current != script.get_current_head():
            with engine.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
    return head_revision()


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"


@contextmanager
def translate_errors(url: str) -> Iterator[None]:
    """Database failures become a StoreError that says what to check."""
    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        raise StoreError(_dbapi_message(exc, url)) from None
    except SQLAlchemyError as exc:
        raise StoreError(f"database error at {redact(url)}: {exc}") from None


def _dbapi_message(exc: DBAPIError, url: str) -> str:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    lowered = detail.lower()
    if "disk" in lowered and ("full" in lowered or "space" in lowered):
        return (f"the disk holding {redact(url)} is full: {detail}; "
                "nothing from this article was stored")
    if exc.connection_invalidated or "connect" in lowered or "unable to open" in lowered:
        return f"cannot reach the database at {redact(url)}: {detail}"
    return f"database error at {redact(url)}: {detail}"


def inserted_id(result: Any) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise StoreError("the database returned no id for a new row")
    return int(key[0])

"""Engine creation, SQLite settings, and the migrations run when a store is opened."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeVar
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from claimtrail.errors import StoreError

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# A writer holds SQLite's lock for one article's transaction (well under a second); readers
# such as the web app wait this long for it rather than failing at once.
SQLITE_BUSY_TIMEOUT_MS = 30_000
# PostgreSQL: fail fast on a wrong host/port instead of the driver's long default.
PG_CONNECT_TIMEOUT_S = 10
# Connections kept open for concurrent readers. Reads share no lock: each thread (a web
# request on the server's thread pool, 40 threads by default) checks out a connection of its
# own, runs its queries in one read transaction (a WAL snapshot on SQLite) and returns it.
# SQLite connections cost a file handle and a page cache, so the pool covers every thread;
# PostgreSQL's cost a server process each: 10 are kept and a burst opens up to 30 per process,
# so three `serve --workers` processes stay under the server's default max_connections (100);
# beyond 30 reads at once in one process, a thread waits for a free connection.
SQLITE_POOL_SIZE = 16
SQLITE_POOL_OVERFLOW = 48
PG_POOL_SIZE = 10
PG_POOL_OVERFLOW = 20
# A thread that finds every connection in use waits this long for one before failing.
POOL_TIMEOUT_S = 30


SUPPORTED_BACKENDS = "SQLite (a file path or sqlite:///file.db) and PostgreSQL (postgresql://…)"
# Every writer (process, API thread, batch worker) takes this PostgreSQL advisory lock for its
# transaction, so "is this text stored?" and the insert that follows are one atomic step; SQLite
# gets the same from BEGIN IMMEDIATE. The number is arbitrary but fixed ("claimtrail" in ASCII).
PG_WRITE_LOCK = 0x636C61696D747261
WRITE_OPTION = "claimtrail_write"


def make_engine(url: str) -> Engine:
    dialect = url.split("://", 1)[0].split("+", 1)[0]
    if dialect not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database URL {redact(url)!r}: claimtrail stores in {SUPPORTED_BACKENDS}"
        )
    try:
        if dialect == "sqlite":
            archived = _read_only_file(url)
            if archived is not None:
                # An archived (read-only) file: opened immutable, so SQLite neither writes
                # the journal mode nor needs the -wal/-shm files beside it.
                url = f"sqlite:///file:{quote(str(archived))}?mode=ro&immutable=1&uri=true"
            engine = create_engine(
                url,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                **_pool_args(url, SQLITE_POOL_SIZE, SQLITE_POOL_OVERFLOW),
            )
            event.listen(engine, "connect", _sqlite_read_only if archived else _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S},
            **_pool_args(url, PG_POOL_SIZE, PG_POOL_OVERFLOW),
        )
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"cannot open the database URL {redact(url)!r} ({exc}); claimtrail "
            f"stores in {SUPPORTED_BACKENDS}"
        ) from None


def _pool_args(url: str, size: int, overflow: int) -> dict[str, Any]:
    """Pool sizes for a file or server database; an in-memory SQLite database keeps
    SQLAlchemy's own pool (one connection per thread, since each holds its own database)."""
    if url.rstrip("/").endswith(("sqlite:", ":memory:")) or "mode=memory" in url:
        return {}
    return {"pool_size": size, "max_overflow": overflow, "pool_timeout": POOL_TIMEOUT_S}


def is_read_only(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.query.get("mode") == "ro"


def _read_only_file(url: str) -> Path | None:
    """The SQLite file of ``url`` if it exists and this process may not write it."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path.startswith((":memory:", "file:")) or "?" in path:
        return None
    file = Path(path)
    if not file.is_file():
        return None
    if os.access(file, os.W_OK) and os.access(file.parent, os.W_OK):
        return None
    return file.resolve()


def _sqlite_read_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling opens a transaction only at the first INSERT, so
    # a "SELECT … is it stored?" and the INSERT that follows would not be atomic. Take control:
    # no implicit transactions; _sqlite_begin issues BEGIN (reads) or BEGIN IMMEDIATE (writes).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    # WAL lets readers (the dashboard) work while an ingest writes; foreign keys are off by
    # default in SQLite.
    _set_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _until_unlocked(action: Callable[[], T], locked: type[Exception]) -> T:
    """``action()``, retried while it fails at once with "database is locked" (an error of type
    ``locked``) until SQLite's busy timeout has passed: SQLite answers some lock upgrades and a
    new file's journal-mode change that way without calling its busy handler (two processes
    opening one new store together)."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            return action()
        except locked as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


def _set_wal(cursor: Any) -> None:
    """Switch the file to WAL (retried while a new file is locked by another opener)."""
    _until_unlocked(lambda: cursor.execute("PRAGMA journal_mode=WAL"), sqlite3.OperationalError)


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction that holds the store's write lock from its first statement, so
    concurrent writers (processes or threads) take turns: SQLite's BEGIN IMMEDIATE (waiting up
    to the busy timeout), PostgreSQL's transaction-scoped advisory lock."""
    if is_read_only(engine):
        raise StoreError(
            f"the store at {engine.url.database} is read-only (an archived file?): "
            "it can be queried but not written"
        )
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield conn


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
    """Bring the schema to our head revision; refuse a schema from a newer claimtrail. On
    SQLite an immediate "database is locked" is retried until the busy timeout has passed."""
    if engine.dialect.name != "sqlite":
        return _migrate(engine, url)
    return _until_unlocked(lambda: _migrate(engine, url), StoreError)


def _migrate(engine: Engine, url: str) -> str:
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
        if current != script.get_current_head() and is_read_only(engine):
            raise StoreError(
                f"the read-only store at {redact(url)} has schema revision "
                f"{current!r} and needs upgrading to {head_revision()!r}: open it "
                "once where it can be written"
            )
        if current != script.get_current_head():
            # Under the write lock, so two processes opening a new store at once do not both
            # create its tables: the second finds the first one's work done.
            with write_transaction(engine) as conn:
                if MigrationContext.configure(conn).get_current_revision() != head_revision():
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
        return (
            f"the disk holding {redact(url)} is full: {detail}; "
            "nothing from this article was stored"
        )
    if exc.connection_invalidated or "connect" in lowered or "unable to open" in lowered:
        return f"cannot reach the database at {redact(url)}: {detail}"
    return f"database error at {redact(url)}: {detail}"


def inserted_id(result: Any) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise StoreError("the database returned no id for a new row")
    return int(key[0])


class StoreTables:
    """A helper that reads and writes a few tables of one store by URL (the watch state, the
    event log), beside the Store itself: it owns its engine unless given one, and its writes
    hold the store's write lock like every other writer's."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self._own = engine is None
        self._engine = engine or make_engine(url)

    def close(self) -> None:
        if self._own:
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Connection]:
        """A transaction; a writing one holds the store's write lock from its first statement
        (SQLite's BEGIN IMMEDIATE, so it waits its turn instead of failing 'database is
        locked' when another writer got there first)."""
        begin = write_transaction(self._engine) if write else self._engine.begin()
        with translate_errors(self.url), begin as conn:
            yield conn

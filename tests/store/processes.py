"""`claimtrail ingest --analyses` in a child process (for tests that kill it or race two), and
the store's article count read from beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from claimtrail.store import open_store
from claimtrail.store.schema import articles


def ingest_analyses(
    url: str,
    path: Path,
    *extra: str,
    stdout: int = subprocess.DEVNULL,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``claimtrail ingest --analyses PATH --db URL --matcher lexical --format json``."""
    args = ["ingest", "--analyses", str(path), "--db", url, "--matcher", "lexical", *extra]
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from claimtrail.cli import main; main()",
            *args,
            "--format",
            "json",
        ],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80", **(env or {})},
    )


def stored_articles(url: str) -> int:
    """Articles committed in the store at ``url``, creating its schema if it has none. The
    first call per URL opens the store (migrations); later ones, which poll a running child
    every few milliseconds, only count rows, so the polling does not take the child's CPU."""
    if url not in _migrated:
        with open_store(url, matcher="lexical") as store:
            _migrated.add(url)
            return store.stats().articles
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())
    finally:
        engine.dispose()


_migrated: set[str] = set()


def kill_9_after(url: str, proc: subprocess.Popen[bytes], count: int, timeout_s: float) -> int:
    """Wait until the store at ``url`` holds ``count`` articles, SIGKILL ``proc`` (a child
    started by ``ingest_analyses``) and return how many articles it left committed. Fails if
    the child finished first: the corpus is too small to be killed mid-way."""
    deadline = time.monotonic() + timeout_s
    while stored_articles(url) < count and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(POLL_S)
    assert proc.poll() is None, "the ingest finished before it could be killed; enlarge the corpus"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return stored_articles(url)


POLL_S = 0.02

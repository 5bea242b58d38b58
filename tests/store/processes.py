"""`claimtrail ingest --analyses` in a child process (for tests that kill it or race two), and
the store's article count read from beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from claimtrail.store import open_store


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
    with open_store(url, matcher="lexical") as store:
        return store.stats().articles

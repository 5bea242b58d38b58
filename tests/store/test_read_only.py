"""A read-only store (issue 12 item 13): an archived file can be queried, not written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimtrail.errors import StoreError
from claimtrail.store import db as store_db
from claimtrail.store import open_store
from tests.store.factory import ford_xiaomi_corpus


def _archive(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the file and its folder read-only; root ignores permissions, so for root the
    permission check itself answers "not writable" (what it answers a normal user)."""
    path.chmod(0o444)
    path.parent.chmod(0o555)
    if os.geteuid() == 0:
        real = os.access
        monkeypatch.setattr(
            store_db.os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode)
        )


def test_an_archived_store_can_be_queried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "store.db"
    with open_store(str(path), matcher="lexical") as store:
        for analysis in ford_xiaomi_corpus():
            store.add_analysis(analysis)
        before = store.stats()
    _archive(path, monkeypatch)
    try:
        with open_store(str(path), matcher="lexical") as store:
            assert store.stats() == before
            assert store.search("Xiaomi").total > 0
            assert store.get_speaker("Jim Farley").quote_count >= 1
            with pytest.raises(StoreError, match="read-only"):
                store.add_analysis(ford_xiaomi_corpus()[0])
        assert sorted(p.name for p in folder.iterdir()) == ["store.db"]
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)

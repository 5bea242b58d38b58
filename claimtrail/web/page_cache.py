"""Rendered dashboard pages kept for as long as the store's data has not changed.

A page is stored with the store's data version (``Store.data_version``) read *before* the
page's data: a request finding the same version gets the stored page; any write since, by any
process, has moved the version, so the page is rendered afresh. A write landing between the
version read and the data read can only make a stored page newer than its version says, which
the next request re-renders; a page never outlives the data it shows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

# A story page is ~15-60 KB, the biggest stories' a few hundred KB: the budget keeps the few
# thousand most recently used pages a busy dashboard serves.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# Pages bigger than this are rendered each time rather than crowding out the rest.
MAX_PAGE_BYTES = 4 * 1024 * 1024


@dataclass
class PageCache:
    max_bytes: int = DEFAULT_MAX_BYTES
    _pages: OrderedDict[Hashable, tuple[int, bytes]] = field(default_factory=OrderedDict)
    _bytes: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    hits: int = 0
    misses: int = 0

    def get(self, key: Hashable, version: int) -> bytes | None:
        """The page stored under ``key`` if it was rendered at data version ``version``."""
        with self._lock:
            found = self._pages.get(key)
            if found is None or found[0] != version:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return found[1]

    def put(self, key: Hashable, version: int, body: bytes) -> None:
        if len(body) > min(MAX_PAGE_BYTES, self.max_bytes):
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            self._pages[key] = (version, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._pages.popitem(last=False)
                self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._pages)

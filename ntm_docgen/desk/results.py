"""Files a job made for the clerk to download (a copy, a fixed letter), kept in memory a while."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass

#: The downloads kept for all clerks: how many, and their bytes in all
#: (``NTM_DOCGEN_DESK_KEEP_DOWNLOAD_MB``; docs/limits.md); past either, the oldest go first.
KEEP = 64
KEEP_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Result:
    """One file to download: whose it is, its name, kind and bytes."""

    owner: str
    name: str
    media: str
    data: bytes


class Results:
    """The latest results of every clerk, by a key that cannot be guessed: at most ``keep``
    of them and ``keep_bytes`` in all, the oldest forgotten first (the newest always kept)."""

    def __init__(self, keep: int = KEEP, keep_bytes: int = KEEP_BYTES) -> None:
        self.keep, self.keep_bytes = keep, keep_bytes
        self._items: OrderedDict[str, Result] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def add(self, result: Result) -> str:
        key = uuid.uuid4().hex
        with self._lock:
            self._items[key] = result
            self._bytes += len(result.data)
            while len(self._items) > 1 and (len(self._items) > self.keep
                                            or self._bytes > self.keep_bytes):
                _key, old = self._items.popitem(last=False)
                self._bytes -= len(old.data)
        return key

    def get(self, key: str, owner: str) -> Result | None:
        with self._lock:
            found = self._items.get(key)
        return found if found is not None and found.owner == owner else None

"""Files a job made for the clerk to download (a copy, a fixed letter), kept in memory a while."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass

KEEP = 64


@dataclass(frozen=True)
class Result:
    """One file to download: whose it is, its name, kind and bytes."""

    owner: str
    name: str
    media: str
    data: bytes


class Results:
    """The latest results of every clerk, by a key that cannot be guessed."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._items: OrderedDict[str, Result] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, result: Result) -> str:
        key = uuid.uuid4().hex
        with self._lock:
            self._items[key] = result
            while len(self._items) > self.keep:
                self._items.popitem(last=False)
        return key

    def get(self, key: str, owner: str) -> Result | None:
        with self._lock:
            found = self._items.get(key)
        return found if found is not None and found.owner == owner else None

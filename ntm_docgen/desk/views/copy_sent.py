"""A numbered copy's form sent again (the browser's reload of the page that showed it, which
posts the form once more): the copy made the first time is shown again, and the register gives
no second number.

The copy form carries a key of its own, made when the form is shown (``lan_gui``); an answer to
the question asked before a number carries its question's key (``giu``). Once a copy is
numbered, what its page showed is kept under those keys for its clerk, the newest ``KEEP``
of the desk's; the copy's bytes stay in the desk's results, and a copy whose download is gone
is named by its number.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData

#: The numbered copies kept to be shown again, the desk's newest.
KEEP = 256


@dataclass(frozen=True)
class Sent:
    """What a numbered copy's page showed: whose it is, the copy made, its download's key, the
    original's name and the form as she filled it."""

    owner: str
    made: Any
    download: str
    source: str
    shown: dict[str, Any]


class SentCopies:
    """The numbered copies by the keys of the forms that made them."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, Sent] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, keys: list[str], sent: Sent) -> None:
        with self._lock:
            for key in filter(None, keys):
                self._items[key] = sent
                self._items.move_to_end(key)
            while len(self._items) > KEEP:
                self._items.popitem(last=False)

    def get(self, keys: list[str], owner: str) -> Sent | None:
        with self._lock:
            found = next((self._items[k] for k in filter(None, keys) if k in self._items), None)
        return found if found is not None and found.owner == owner else None


SENT = SentCopies()


def new_key() -> str:
    """The key a copy form is shown with."""
    return uuid.uuid4().hex


def keys_of(form: FormData) -> list[str]:
    """The keys a sent copy form is known by: its own, and its question's when it answers one."""
    own = str(form.get("lan_gui") or "")
    asked = str(form.get("giu") or "")
    return [f"form:{own}" if own else "", f"giu:{asked}" if asked else ""]

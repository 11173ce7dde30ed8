"""What a reading notes for a caller that asks: a list kept for the length of a ``with`` block
(in this thread), which the steps of the reading add to; nothing is noted when no caller asks.

A caller opens the block and reads the list when it closes; a step deep in the reading adds to
it only when a list is open, so that the reading costs nothing more when nobody asks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Generic, TypeVar

T = TypeVar("T")


class Noted(Generic[T]):
    """One kind of thing noted inside a block (the Lưu lines whose pen was cut off, the words
    OCR was unsure of, the ruled tables read...), by the name of its context variable.

    >>> pens: Noted[str] = Noted("example_pens")
    >>> pens.now() is None
    True
    >>> with pens.kept() as found:
    ...     pens.note_once("VT, NN")
    ...     pens.note_once("VT, NN")
    >>> found
    ['VT, NN']
    >>> pens.now() is None
    True
    """

    def __init__(self, name: str) -> None:
        self._var: ContextVar[list[T] | None] = ContextVar(name, default=None)

    @contextlib.contextmanager
    def kept(self) -> Iterator[list[T]]:
        """The list noted inside this block (in this thread), in the order it was noted."""
        found: list[T] = []
        token = self._var.set(found)
        try:
            yield found
        finally:
            self._var.reset(token)

    def now(self) -> list[T] | None:
        """The list of the block open now, or None when no caller asks."""
        return self._var.get()

    def note_once(self, item: T) -> None:
        """Note ``item`` when a caller asks, unless it was noted already."""
        found = self._var.get()
        if found is not None and item not in found:
            found.append(item)

"""Who follows a reading by OCR (the desk's page of progress): told how many scanned pages are
to be read before any is read, then as each begins; and asked between two runs of Tesseract
whether to go on. Nobody is told anything unless a caller watches (``watching``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Protocol


class Watcher(Protocol):
    """What the reader tells; a method may raise (a reading cancelled) to stop it there."""

    def planned(self, pages: int) -> None:
        """``pages`` scanned pages are to be read by OCR (more than none), before any is."""

    def page(self, number: int) -> None:
        """The ``number``-th of them (from 1) is being read."""

    def tick(self) -> None:
        """Between two runs of Tesseract (a page, a column of it, its words read again)."""


_WATCHER: ContextVar[Watcher | None] = ContextVar("ocr_watcher", default=None)


@contextlib.contextmanager
def watching(watcher: Watcher) -> Iterator[None]:
    """Tell ``watcher`` of the OCR done inside this block (in this thread)."""
    token = _WATCHER.set(watcher)
    try:
        yield
    finally:
        _WATCHER.reset(token)


def planned(pages: int) -> None:
    watcher = _WATCHER.get()
    if watcher is not None and pages:
        watcher.planned(pages)


def page(number: int) -> None:
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher.page(number)


def tick() -> None:
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher.tick()

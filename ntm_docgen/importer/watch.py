"""Who follows a reading by OCR (the desk's page of progress): told how many scanned pages are
to be read before any is read, then as each begins, and of each run of Tesseract as it starts
(to stop it, a reading cancelled); and asked between two runs whether to go on. Nobody is told
anything unless a caller watches (``watching``)."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any, Protocol


class Watcher(Protocol):
    """What the reader tells; a method may raise (a reading cancelled) to stop it there."""

    def planned(self, pages: int) -> None:
        """``pages`` scanned pages are to be read by OCR (more than none), before any is."""

    def page(self, number: int) -> None:
        """The ``number``-th of them (from 1) is being read."""

    def tick(self) -> None:
        """Between two runs of Tesseract (a page, a column of it, its words read again)."""

    def started(self, process: subprocess.Popen[bytes]) -> None:
        """A run of Tesseract began as ``process``: the watcher may kill it (the run then
        fails, and ``tick`` says why)."""


_WATCHER: ContextVar[Watcher | None] = ContextVar("ocr_watcher", default=None)


@contextlib.contextmanager
def watching(watcher: Watcher) -> Iterator[None]:
    """Tell ``watcher`` of the OCR done inside this block (in this thread)."""
    _tell_runs()
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


class _Runs:
    """pytesseract's ``subprocess``: the same, but for a process it starts, told to the watcher
    of the thread that starts it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:  # noqa: N802 - its name
        process: subprocess.Popen[bytes] = subprocess.Popen(*args, **kwargs)
        watcher = _WATCHER.get()
        if watcher is not None:
            watcher.started(process)
        return process


def _tell_runs() -> None:
    """Have pytesseract tell the watcher of each run of Tesseract it starts (it starts them
    with ``subprocess.Popen``, and offers no other way in)."""
    try:
        from pytesseract import pytesseract as runner
    except ImportError:  # no OCR: no run to tell of
        return
    if not isinstance(runner.subprocess, _Runs):
        runner.subprocess = _Runs()  # type: ignore[assignment]

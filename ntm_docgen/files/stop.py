"""The stop of one piece of work, asked from another thread: a clerk's bulk run stopped on the
desk ends the LibreOffices converting for that run at once, and only those, while another
clerk's preview goes on in the office beside them.

The work registers what may be ended while it runs (``ending``: kill its office, its
LibreOffice); ``stop()`` ends each of them, under the same lock the work takes to let go of
one, so that an office given back to the pool and taken by another caller is never ended
by a stop that came too late for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator


class Stopped(Exception):
    """Raised in the work once its stop was asked (unless the stop names another error)."""


class Stop:
    """One piece of work's stop: asked once, from any thread; ``error`` is what the work
    raises where it meets it."""

    def __init__(self, error: Callable[[], BaseException] = Stopped) -> None:
        self.error = error
        self._asked = False
        self._ends: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    @property
    def asked(self) -> bool:
        return self._asked

    def stop(self) -> None:
        """End what the work runs now that may be ended; nothing it starts later runs."""
        with self._lock:
            self._asked = True
            for end in self._ends:
                end()

    def check(self) -> None:
        """Raise the stop's error when it was asked."""
        if self._asked:
            raise self.error()

    @contextlib.contextmanager
    def ending(self, end: Callable[[], None]) -> Iterator[None]:
        """While the block runs, a stop calls ``end`` (quick: a process killed); asked
        already, the block does not run and the stop's error is raised."""
        with self._lock:
            if self._asked:
                raise self.error()
            self._ends.append(end)
        try:
            yield
        finally:
            with self._lock:
                self._ends.remove(end)


def ending(stop: Stop | None, end: Callable[[], None]) -> contextlib.AbstractContextManager:
    """``stop.ending(end)``, or nothing to end when there is no stop."""
    return stop.ending(end) if stop is not None else contextlib.nullcontext()

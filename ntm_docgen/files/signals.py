"""SIGINT and SIGTERM as an exception, so every ``finally`` runs: workers and LibreOffice are
stopped, temporary folders removed, and a number the register gave is recorded or cancelled.

The command line installs ``stop_on_signals`` around each command; code whose steps must not
be parted (a letter written and its number recorded) runs them in ``critical()``, which holds a
signal back until the steps are done.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from ntm_docgen.errors import Interrupted

#: The signals that stop a run: Ctrl+C, ``kill``, and a closed terminal where there is one.
STOPPING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                 if hasattr(signal, name))
#: Seconds between two looks at a signal held back (``held_back``): how soon a stop is acted on.
LOOK = 0.2


class _State:
    deferring = 0
    holding = False  # within the main thread's held_back()
    pending: int | None = None
    stopping = False
    signum: int | None = None


def _raise(signum: int) -> None:
    _State.stopping, _State.signum = True, signum
    raise Interrupted(signum, signal.Signals(signum).name)


def stopped() -> Interrupted | None:
    """The stop a signal asked for within ``stop_on_signals``, where code that swallows a
    ``KeyboardInterrupt`` (uvicorn's ``run``) lost the ``Interrupted`` it raised; else None."""
    if not _State.stopping or _State.signum is None:
        return None
    return Interrupted(_State.signum, signal.Signals(_State.signum).name)


def _handler(signum: int, frame: FrameType | None) -> None:
    if _State.stopping:
        return  # already stopping: let the clean-up finish
    if _State.deferring or _State.holding:
        _State.pending = signum
        return
    _raise(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise ``Interrupted`` in the main thread
    (once; a second signal during the clean-up is ignored). Elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _handler) for s in STOPPING}
    _State.stopping, _State.pending, _State.signum = False, None, None
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _State.stopping = False


@contextlib.contextmanager
def critical() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back while the block runs; raise ``Interrupted`` after it if one
    came."""
    _State.deferring += 1
    try:
        yield
    finally:
        _State.deferring -= 1
        if not _State.deferring and not _State.holding and _State.pending is not None:
            signum, _State.pending = _State.pending, None
            _raise(signum)


@contextlib.contextmanager
def held_back() -> Iterator[None]:
    """In the main thread (where a signal's handler runs): hold SIGINT/SIGTERM back while the
    block runs, which says with ``raise_held()`` where it may stop (raised after the block if
    one came). Elsewhere (a desk's job) a no-op."""
    if threading.current_thread() is not threading.main_thread() or _State.holding:
        yield
        return
    _State.holding = True
    try:
        yield
    finally:
        _State.holding = False
        if not _State.deferring and _State.pending is not None:
            signum, _State.pending = _State.pending, None
            _raise(signum)


def raise_held() -> None:
    """Within ``held_back()``, at a point where the block may stop: raise ``Interrupted`` now if
    a signal was held back."""
    if _State.pending is not None and threading.current_thread() is threading.main_thread():
        signum, _State.pending = _State.pending, None
        _raise(signum)


def in_worker() -> None:
    """In a worker process: leave SIGINT to the main process (which stops the workers) and let
    SIGTERM end the worker at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    held, _State.pending = _State.pending, None
    _State.deferring, _State.holding, _State.stopping = 0, False, False
    if held == signal.SIGTERM:  # sent before the worker could take it (forked in held_back())
        signal.raise_signal(signal.SIGTERM)

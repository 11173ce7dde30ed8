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


class _State:
    deferring = 0
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
    if _State.deferring:
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
        if not _State.deferring and _State.pending is not None:
            signum, _State.pending = _State.pending, None
            _raise(signum)


def in_worker() -> None:
    """In a worker process: leave SIGINT to the main process (which stops the workers) and let
    SIGTERM end the worker at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _State.deferring, _State.pending, _State.stopping = 0, None, False

"""One background job of the desk: whose it is, its state and progress, its clerk's cancel
and how it ended; ``desk/queue.py`` runs it. A bulk run (``desk/jobs.py``) and a scan read by
OCR (``desk/scanjob.py``) are such jobs."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ntm_docgen.desk.retold import told_error
from ntm_docgen.errors import DocgenError, failure_message

#: Finished jobs are forgotten (their folders removed) after this many seconds (a day).
KEEP_SECONDS = 24 * 3600


class Cancelled(Exception):
    """Raised inside a job its clerk cancelled, where it looks: waiting for its turn, or
    between two steps of its work."""


@dataclass(eq=False)
class Job:
    """One job: whose, its stage and count, whether its clerk cancelled it, how it ended."""

    id: str
    owner: str
    label: str = ""
    total: int = 0
    done: int = 0
    #: when it was queued, first given its turn, and ended (0: not yet)
    queued: float = 0.0
    began: float = 0.0
    ended: float = 0.0
    finished: bool = False
    cancelled: bool = False
    error: str = ""
    result: Any = None
    exception: BaseException | None = None
    started: float = field(default_factory=time.time)
    #: its place among the jobs queued (first come, first served within one clerk's)
    order: int = 0

    @property
    def percent(self) -> int:
        return 100 if self.finished else int(100 * self.done / self.total) if self.total else 0

    @property
    def state(self) -> str:
        """``waiting`` for its turn, ``running``, then ``done``, ``failed`` or ``cancelled``."""
        if self.cancelled and (self.finished or not self.began):
            return "cancelled"
        if self.finished:
            return "failed" if self.error else "done"
        return "running" if self.began else "waiting"

    def progress(self, label: str, total: int) -> contextlib.AbstractContextManager:
        """``run_bulk``'s progress factory: each stage sets its label and total; once its
        clerk has cancelled the job, the next step (between letters) raises ``stopped()``,
        the bulk engine's own stop (its workers ended, no half-written file left)."""

        @contextlib.contextmanager
        def stage() -> Iterator[Callable[[int], None]]:
            self.label, self.total, self.done = label, total, 0

            def step(n: int) -> None:
                self.done = min(self.total, self.done + n)
                if self.cancelled:
                    raise self.stopped()

            yield step

        return stage()

    def stopped(self) -> Cancelled:
        """What is raised inside the job once its clerk has cancelled it."""
        return Cancelled()

    def failed(self, error: Exception) -> str:
        """The job's error as its page says it: a failure the tool foresaw in its own words,
        any other as the command line says it (what happened and what to do), never the bare
        text of a Python error."""
        return told_error(error) if isinstance(error, DocgenError) else failure_message(error)

    def closed(self) -> None:
        """The last thing its thread does, once it has finished."""

    def forget(self) -> None:
        """Remove what it keeps on disk: it is swept."""

    def size(self) -> int:
        """The bytes it keeps (in memory or on disk) once finished."""
        return 0

"""The desk's bulk runs: jobs of ``desk/queue.py`` each writing its letters into a folder of
its own, cancelled at the next letter (their PDFs' LibreOffices killed at once), and their
folders swept once a day has passed.
"""

from __future__ import annotations

import contextlib
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen import api
from ntm_docgen.desk.queue import KEEP_SECONDS, Cancelled, Job, Queue
from ntm_docgen.i18n import set_language

__all__ = ["KEEP_SECONDS", "STOP_SECONDS", "Cancelled", "Job", "Jobs", "Queue", "Run",
           "last_change"]

#: How long a stopping desk waits for its bulk runs to stop at their next letter and clean up.
STOP_SECONDS = 20.0


@dataclass(eq=False)
class Run(Job):
    """A bulk run: a job writing its letters into the run's folder."""

    folder: Path = Path()
    #: cancelled because the desk stopped, not by its clerk
    by_desk: bool = False
    #: what a cancel asks of the run's work: the LibreOffices making its PDFs killed at
    #: once, no other clerk's (``api.run_bulk``'s stop)
    halt: Any = field(default_factory=lambda: api.bulk_stop(Cancelled))

    def forget(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class Jobs(Queue[Run]):
    """The desk's bulk runs, each writing into a folder under ``root``; a folder no run of
    this desk works in, left unchanged ``keep_seconds`` (a run finished and not downloaded,
    one prepared and never run, one a restarted desk left), is removed as the desk starts
    and as runs start."""

    def __init__(self, root: Path, slots: int = 1, keep_seconds: float = KEEP_SECONDS,
                 lang: str | None = None) -> None:
        super().__init__(slots, name="desk-job", keep_seconds=keep_seconds)
        self.root = root
        self.lang = lang

    def work(self, job: Run, work: Callable[[Run], Any]) -> Any:
        """The run in its thread, which speaks the desk's language as its pages do: a run that
        fails is told so on its page (``job.failed``, in this thread)."""
        set_language(self.lang)
        return super().work(job, work)

    def start_run(self, owner: str, folder: Path, work: Callable[[Run], Any],
                  job_id: str | None = None) -> Run:
        """Run ``work(run)`` in ``folder`` once its turn comes."""
        return self.start(Run(job_id or uuid.uuid4().hex, owner, folder=folder), work)

    def cancel(self, job: Run) -> None:
        """Stop the run: taken out of the queue at once, stopped at its next letter, or,
        while it makes its PDFs, at once, the LibreOffices making them killed (another
        clerk's preview or PDF goes on)."""
        super().cancel(job)
        if job.cancelled:
            job.halt.stop()

    def stop(self, wait: float = STOP_SECONDS) -> list[Run]:
        """The desk stops: every run not finished is cancelled as by its clerk, and given
        ``wait`` seconds to stop and clean up (a run that takes longer is left as the restart
        finds it)."""
        with self._turn:
            for job in self._all.values():
                if not job.finished:
                    job.by_desk = True
        left = super().stop()
        for job in left:
            job.halt.stop()
        self.wait_finished(left, wait)
        return left

    def sweep(self) -> None:
        super().sweep()
        if not self.root.is_dir():
            return
        now = time.time()
        with self._turn:
            busy = {j.folder.resolve() for j in self._all.values()}
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.resolve() not in busy \
                    and now - last_change(folder) > self.keep_seconds:
                shutil.rmtree(folder, ignore_errors=True)


def last_change(folder: Path) -> float:
    """When anything in ``folder`` last changed (its newest file or folder); a folder gone
    meanwhile (another sweep removed it) counts as changed now."""
    try:
        newest = folder.stat().st_mtime
    except OSError:
        return time.time()
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            newest = max(newest, path.stat().st_mtime)
    return newest

"""The desk's queue of background jobs (``desk/job.py``): each run in a thread of its own, a
few at once, clerks taking turns. A bulk run (``desk/jobs.py``) and a scan read by OCR
(``desk/reading.py``) are such jobs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ntm_docgen.desk.job import KEEP_SECONDS, Cancelled, Job

__all__ = ["KEEP_SECONDS", "Cancelled", "Job", "Queue"]

J = TypeVar("J", bound=Job)


class Queue(Generic[J]):
    """Jobs run each in a thread, at most ``slots`` at once: a job waits for its turn before
    it runs (``wait_turn``), and may give it up between its steps while another clerk waits
    (``take_turns``). Clerks take turns: the next to go is the waiting job of the clerk
    served longest ago, each clerk's own jobs in the order she gave them. Finished jobs are
    kept ``keep_seconds``, at most ``keep_count`` of them and ``keep_bytes`` in all, the
    oldest forgotten first."""

    def __init__(self, slots: int, *, name: str = "desk-job", keep_seconds: float = KEEP_SECONDS,
                 keep_count: int = 0, keep_bytes: int = 0) -> None:
        self.slots = max(1, slots)
        self.name = name
        self.keep_seconds, self.keep_count, self.keep_bytes = keep_seconds, keep_count, keep_bytes
        self._all: dict[str, J] = {}
        self._waiting: list[J] = []
        self._running: list[J] = []
        #: when each clerk was last given a turn (a count of turns given)
        self._served: dict[str, int] = {}
        self._turns = 0
        self._ordered = 0
        self._turn = threading.Condition()

    def start(self, job: J, work: Callable[[J], Any], *, queued: bool = True) -> J:
        """Run ``work(job)`` in a thread of its own, after its turn in the queue (``queued``),
        or at once, the work taking its turn itself; its return value becomes ``job.result``.
        """
        with self._turn:
            self._all[job.id] = job
        self.sweep()  # once the job is kept: never its own folder

        def run() -> None:
            try:
                if queued:
                    self.wait_turn(job)
                job.result = self.work(job, work)
            except Cancelled:
                pass
            except Exception as e:  # noqa: BLE001 - shown to the clerk on the job's page
                job.exception = e
                job.error = job.failed(e)
            finally:
                job.ended = time.time()
                self.ended(job)
                # finished and written down at once: a desk that stops meanwhile (``stop``
                # takes the lock) finds it either not finished or kept as finished
                with self._turn:
                    job.finished = True
                    job.closed()
                    self.on_finished(job)
                    self._turn.notify_all()  # for those waiting until it has finished
                self.sweep()  # the caps hold with it among the finished

        threading.Thread(target=run, name=f"{self.name}-{job.id[:8]}", daemon=True).start()
        return job

    def work(self, job: J, work: Callable[[J], Any]) -> Any:
        """Run ``work(job)`` in the job's thread (a queue of one kind may wrap it)."""
        return work(job)

    def on_finished(self, job: J) -> None:
        """The job has finished and closed: a queue that keeps its jobs on disk writes it."""

    def ended(self, job: J) -> None:
        """The job's work is over: its place is free for the next."""
        with self._turn:
            if job in self._running:
                self._running.remove(job)
            if job in self._waiting:
                self._waiting.remove(job)
            self._turn.notify_all()

    def wait_turn(self, job: J) -> None:
        """Wait until it is ``job``'s turn and a place is free (``job.stopped()`` raised when
        its clerk cancels it meanwhile)."""
        with self._turn:
            if not job.queued:
                job.queued = time.time()
                self._ordered += 1
                job.order = self._ordered
            self._waiting.append(job)
            while not (len(self._running) < self.slots and self._next() is job):
                if job.cancelled:
                    self._waiting.remove(job)
                    self._turn.notify_all()
                    raise job.stopped()
                self._turn.wait(timeout=1)
            self._waiting.remove(job)
            self._running.append(job)
            self._turns += 1
            self._served[job.owner] = self._turns
            if not job.began:
                job.began = time.time()
            self._turn.notify_all()

    def take_turns(self, job: J) -> None:
        """Between two steps of ``job``: while another clerk's job waits, give up the place
        and wait for the next turn."""
        with self._turn:
            if job not in self._running or not any(w.owner != job.owner
                                                   for w in self._waiting):
                return
            self._running.remove(job)
            self._turn.notify_all()
        self.wait_turn(job)

    def _next(self) -> J | None:
        """The waiting job to go next (under the lock)."""
        order = self._order()
        return order[0] if order else None

    def _order(self) -> list[J]:
        """The waiting jobs in the order they would go, one turn each (under the lock)."""
        mine: dict[str, list[J]] = {}
        for job in sorted(self._waiting, key=lambda j: j.order):
            mine.setdefault(job.owner, []).append(job)
        served = dict(self._served)
        out: list[J] = []
        while mine:
            owner = min(mine, key=lambda o: (served.get(o, 0), mine[o][0].order))
            out.append(mine[owner].pop(0))
            if not mine[owner]:
                del mine[owner]
            served[owner] = max(served.values(), default=0) + 1
        return out

    def ahead(self, job: J) -> int:
        """The jobs running or going before ``job`` while it waits."""
        with self._turn:
            if job not in self._waiting:
                return 0
            return len(self._running) + self._order().index(job)

    def before(self, job: J) -> list[J]:
        """The jobs running, and those going before ``job`` while it waits."""
        with self._turn:
            if job not in self._waiting:
                return []
            order = self._order()
            return [*self._running, *order[:order.index(job)]]

    def get(self, job_id: str, owner: str | None = None) -> J | None:
        """The job ``job_id`` (if it is ``owner``'s, when given)."""
        with self._turn:
            found = self._all.get(job_id)
        return found if found is not None and owner in (None, found.owner) else None

    def jobs(self) -> list[J]:
        """Every job kept, oldest first."""
        with self._turn:
            return sorted(self._all.values(), key=lambda j: j.started)

    def cancel(self, job: J) -> None:
        """Stop ``job``: taken out of the queue at once, or stopped where it next looks."""
        with self._turn:
            if not job.finished:
                job.cancelled = True
            self._turn.notify_all()

    def stop(self) -> list[J]:
        """The desk stops: every job not finished is cancelled (its thread, a daemon, may end
        with the process before it cleans up); those jobs."""
        with self._turn:
            left = [j for j in self._all.values() if not j.finished]
            for job in left:
                job.cancelled = True
            self._turn.notify_all()
        return left

    def wait_finished(self, jobs: list[J], seconds: float) -> None:
        """Wait until every job of ``jobs`` has finished and closed, ``seconds`` at most."""
        deadline = time.monotonic() + seconds
        with self._turn:
            while any(not j.finished for j in jobs) and (left := deadline - time.monotonic()) > 0:
                self._turn.wait(timeout=left)

    def drop(self, job: J) -> None:
        """Forget ``job`` at once, leaving its files (another part has them)."""
        with self._turn:
            self._all.pop(job.id, None)

    def sweep(self) -> None:
        """Forget the finished jobs past their keeping time, then the oldest finished ones
        past the caps of number and bytes, and remove their files."""
        now = time.time()
        with self._turn:
            done = sorted((j for j in self._all.values() if j.finished),
                          key=lambda j: j.ended or j.started)
            old = [j for j in done if now - (j.ended or j.started) > self.keep_seconds]
            kept = [j for j in done if j not in old]
            sizes = [j.size() for j in kept] if self.keep_bytes else []
            while kept and ((self.keep_count and len(kept) > self.keep_count)
                            or (self.keep_bytes and sum(sizes) > self.keep_bytes)):
                old.append(kept.pop(0))
                if sizes:
                    sizes.pop(0)
            for job in old:
                del self._all[job.id]
        for job in old:
            job.forget()

"""Long jobs (a bulk run) in a thread of their own, with the progress the page polls."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Finished jobs' folders are removed after this many seconds (a day).
KEEP_SECONDS = 24 * 3600


@dataclass
class Job:
    """One run: its folder, who started it, the stage and count, and how it ended."""

    id: str
    owner: str
    folder: Path
    label: str = ""
    total: int = 0
    done: int = 0
    finished: bool = False
    error: str | None = None
    result: Any = None
    started: float = field(default_factory=time.time)

    @property
    def percent(self) -> int:
        return 100 if self.finished else int(100 * self.done / self.total) if self.total else 0

    def progress(self, label: str, total: int) -> contextlib.AbstractContextManager:
        """``run_bulk``'s progress factory: each stage sets its label and total."""

        @contextlib.contextmanager
        def stage() -> Iterator[Callable[[int], None]]:
            self.label, self.total, self.done = label, total, 0

            def step(n: int) -> None:
                self.done = min(self.total, self.done + n)

            yield step

        return stage()


class Jobs:
    """The desk's running and finished jobs, each in a folder under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def start(self, owner: str, work: Callable[[Job], Any]) -> Job:
        """Run ``work(job)`` in a thread; its return value becomes ``job.result``."""
        self._sweep()
        job = Job(uuid.uuid4().hex, owner, self.root / uuid.uuid4().hex)
        job.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._jobs[job.id] = job

        def run() -> None:
            try:
                job.result = work(job)
            except Exception as e:  # noqa: BLE001 - shown to the clerk on the job's page
                job.error = str(e) or type(e).__name__
            finally:
                job.finished = True

        threading.Thread(target=run, name=f"desk-job-{job.id[:8]}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _sweep(self) -> None:
        now = time.time()
        with self._lock:
            old = [j for j in self._jobs.values()
                   if j.finished and now - j.started > KEEP_SECONDS]
            for job in old:
                del self._jobs[job.id]
        for job in old:
            shutil.rmtree(job.folder, ignore_errors=True)

    def stop(self) -> None:
        """Nothing to stop: threads are daemons; finished folders are swept on the next run."""

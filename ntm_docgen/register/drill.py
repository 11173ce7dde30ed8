"""Several processes taking numbers at once: the drill behind the concurrency test and benchmark."""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from dataclasses import dataclass

from ntm_docgen.register.model import RegisterEntry
from ntm_docgen.register.store import Register


@dataclass(frozen=True)
class DrillResult:
    """What the writers got: every number, per writer, and the wall time of the busy part."""

    numbers: tuple[tuple[int, ...], ...]
    seconds: float

    @property
    def total(self) -> int:
        return sum(len(n) for n in self.numbers)

    @property
    def per_second(self) -> float:
        return self.total / self.seconds if self.seconds > 0 else float("inf")


def _writer(db: str, co_quan: str, loai: str, count: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """One clerk: wait for the others, then take ``count`` numbers one transaction each."""
    got = []
    try:
        with Register(db) as reg:
            barrier.wait()
            start = time.perf_counter()
            for i in range(count):
                entry = RegisterEntry(trich_yeu=f"Drill {os.getpid()} #{i}")
                got.append(reg.allocate(co_quan, loai, entry=entry).so)
            end = time.perf_counter()
        results.put((tuple(got), start, end, None))
    except BaseException as e:  # reported to the parent, which raises it
        results.put((tuple(got), 0.0, 0.0, f"{type(e).__name__}: {e}"))


def run_drill(db: str, writers: int = 4, per_writer: int = 25, co_quan: str = "DRILL",
              loai: str = "KH", timeout: float = 120.0) -> DrillResult:
    """Start ``writers`` processes that each take ``per_writer`` numbers at the same moment.

    Raises RuntimeError when a writer fails or does not finish within ``timeout`` seconds.
    """
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(writers)
    results = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db, co_quan, loai, per_writer, barrier, results))
             for _ in range(writers)]
    for proc in procs:
        proc.start()
    reports: list = []
    deadline = time.monotonic() + timeout
    try:
        while len(reports) < writers and time.monotonic() < deadline:
            try:
                reports.append(results.get(timeout=0.2))
            except queue.Empty:
                if not any(p.is_alive() for p in procs) and results.empty():
                    break
    finally:
        for proc in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
                proc.join()
        results.close()
        results.join_thread()
    if len(reports) < writers:
        raise RuntimeError(f"only {len(reports)} of {writers} writers reported back "
                           f"(exit codes {[p.exitcode for p in procs]})")
    errors = [err for *_, err in reports if err]
    if errors:
        raise RuntimeError("a writer failed: " + "; ".join(errors))
    start = min(r[1] for r in reports)
    end = max(r[2] for r in reports)
    return DrillResult(tuple(r[0] for r in reports), end - start)

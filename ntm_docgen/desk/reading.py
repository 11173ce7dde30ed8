"""Letters the desk reads from an upload: a Word file or a text PDF at once, in the request, as
always; a scan, which Tesseract reads page by page, as a job of its own, queued so that one or
two run at a time for the whole desk, with the page of progress its clerk may leave and cancel.

The reader says how many scanned pages it will read before it reads any (``api.watching_ocr``):
that is where a reading becomes a job. Until then the request waits; from then on it answers
with the job's page, and the reading waits for its turn in the queue.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from ntm_docgen import api
from ntm_docgen.desk.uploads import named_as_uploaded
from ntm_docgen.errors import DocgenError, failure_message
from ntm_docgen.i18n import _, set_language

#: Seconds a scanned page takes to read, until the desk has timed one (docs: about ten).
SECONDS_A_PAGE = 10.0
#: Finished readings are forgotten after this many seconds (a day).
KEEP_SECONDS = 24 * 3600


def ocr_slots() -> int:
    """How many scans the desk reads at once: ``NTM_DOCGEN_DESK_OCR_JOBS``, else one on a
    computer of two cores or fewer (Tesseract keeps a core busy; the other serves the clerks)
    and two on a larger one.

    >>> 1 <= ocr_slots() <= 2 or "NTM_DOCGEN_DESK_OCR_JOBS" in os.environ
    True
    """
    try:
        return max(1, int(os.environ["NTM_DOCGEN_DESK_OCR_JOBS"]))
    except (KeyError, ValueError):
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
        return 1 if cores <= 2 else 2


class Cancelled(Exception):
    """Raised inside a reading its clerk cancelled, at the next page or run of Tesseract; its
    message is what a number taken meanwhile is cancelled for in the register."""

    def __init__(self) -> None:
        super().__init__(_("reading the scan was cancelled on the desk"))


@dataclass(eq=False)
class Reading:
    """One upload read: whose, from which job's page, the file's name as she knows it, and,
    once the reader has said it reads by OCR, the pages to read and the one being read."""

    id: str
    owner: str
    #: the job it came from (``soan``, ``thuc_hien``, ``sao``): where to go back to
    job: str
    name: str
    folder: Path
    pages: int = 0
    page: int = 0
    queued: float = 0.0
    began: float = 0.0
    page_began: float = 0.0
    ended: float = 0.0
    finished: bool = False
    cancelled: bool = False
    #: the reading's work is done (the draft's data read, the copy written and numbered): a
    #: cancel no longer stops it
    made: bool = False
    #: the clerk has been taken to where it landed (or seen its failure)
    seen: bool = False
    error: str = ""
    #: the address a finished job leads to (the draft, the copy)
    landing: str = ""
    result: Any = None
    exception: BaseException | None = None
    #: what the page it lands on needs besides the result (the form as the clerk filled it)
    keep: dict[str, Any] = field(default_factory=dict)
    #: the error in the words of the job's page (a field by its label, not an option)
    said: Callable[[DocgenError], str] = str
    decided: threading.Event = field(default_factory=threading.Event)
    #: pages planned before the reader's latest plan (a copy's original read twice)
    _before: int = 0

    @property
    def is_job(self) -> bool:
        """The reader reads scanned pages: the clerk follows it on its page."""
        return self.pages > 0

    @property
    def state(self) -> str:
        """``cancelled`` once a cancel has stopped it (a waiting file at once); until then a
        reading being read is ``reading``, and lands if its work was done before it stopped."""
        if self.cancelled and (self.finished or not self.began):
            return "cancelled"
        if self.finished:
            return "failed" if self.error else "done"
        return "reading" if self.began else "waiting"

    def value(self) -> Any:
        """What the reading gave, or the error it raised (the request's own, at once)."""
        if self.exception is not None:
            raise self.exception
        return self.result


class _Watcher:
    """What the reader tells one reading (``api.watching_ocr``)."""

    def __init__(self, readings: Readings, reading: Reading) -> None:
        self.readings, self.reading = readings, reading

    def planned(self, pages: int) -> None:
        r = self.reading
        first = not r.is_job
        r._before = r.pages
        r.pages += pages
        if first:
            r.queued = time.time()
            r.decided.set()  # the request answers now, with the job's page
            self.readings._wait_turn(r)

    def page(self, number: int) -> None:
        self.tick()
        self.reading.page = self.reading._before + number
        self.reading.page_began = time.time()

    def tick(self) -> None:
        if self.reading.cancelled:
            raise Cancelled


class Readings:
    """The desk's readings: those that run in the request, and the queue of scans."""

    def __init__(self, slots: int, lang: str | None = None) -> None:
        self.slots = max(1, slots)
        self.lang = lang
        #: seconds a page took in the latest reading that finished
        self.seconds_a_page = SECONDS_A_PAGE
        self._all: dict[str, Reading] = {}
        self._waiting: list[Reading] = []
        self._running: list[Reading] = []
        self._turn = threading.Condition()

    async def read(self, owner: str, job: str, name: str, folder: Path,
                   work: Callable[[Path], Any], finish: Callable[[Reading], str], *,
                   keep: dict[str, Any] | None = None,
                   said: Callable[[DocgenError], str] = str) -> Reading:
        """Run ``work(kept)`` (a reading of the files of ``folder``, moved into a private
        folder ``kept`` of the reading's own, removed after it) and wait until it is done, or
        until the reader says it reads scanned pages: then it goes on as a job, and
        ``finish(reading)`` (in the job's thread) makes what the clerk lands on and gives its
        address. ``keep``: what that page needs besides; ``said``: the job's error in the words
        of the page it came from."""
        kept = Path(tempfile.mkdtemp(prefix="ntm-desk-doc-"))
        os.chmod(kept, 0o700)
        for item in folder.iterdir():
            shutil.move(item, kept / item.name)
        reading = Reading(uuid.uuid4().hex, owner, job, name, kept, keep=keep or {},
                          said=said)
        self._sweep()
        with self._turn:
            self._all[reading.id] = reading
        threading.Thread(target=self._run, args=(reading, work, finish), daemon=True,
                         name=f"desk-reading-{reading.id[:8]}").start()
        await run_in_threadpool(reading.decided.wait)
        return reading

    def _run(self, reading: Reading, work: Callable[[Path], Any],
             finish: Callable[[Reading], str]) -> None:
        set_language(self.lang)
        try:
            with api.watching_ocr(_Watcher(self, reading)), named_as_uploaded(reading.folder):
                result = work(reading.folder)
            with self._turn:  # made: a cancel that came after its last page is too late
                reading.result, reading.made, reading.cancelled = result, True, False
            if reading.is_job:
                reading.landing = finish(reading)
        except Cancelled:
            pass
        except Exception as e:  # noqa: BLE001 - the request raises it, or the job's page says it
            reading.exception = e
            reading.error = reading.said(e) if isinstance(e, DocgenError) \
                else failure_message(e)
        finally:
            reading.ended = time.time()
            self._done(reading)
            shutil.rmtree(reading.folder, ignore_errors=True)
            reading.finished = True
            reading.decided.set()

    def _wait_turn(self, reading: Reading) -> None:
        """Wait until the reading is first in the queue and a place is free (Cancelled when
        its clerk cancels it meanwhile)."""
        with self._turn:
            self._waiting.append(reading)
            while not (self._waiting[0] is reading and len(self._running) < self.slots):
                if reading.cancelled:
                    self._waiting.remove(reading)
                    self._turn.notify_all()
                    raise Cancelled
                self._turn.wait(timeout=1)
            self._waiting.pop(0)
            self._running.append(reading)
            reading.began = reading.page_began = time.time()
            self._turn.notify_all()

    def _done(self, reading: Reading) -> None:
        with self._turn:
            if reading in self._running:
                self._running.remove(reading)
                if not reading.exception and not reading.cancelled and reading.pages:
                    self.seconds_a_page = max(1.0, (reading.ended - reading.began)
                                              / reading.pages)
            if reading in self._waiting:
                self._waiting.remove(reading)
            if not reading.is_job:  # the request has it: nothing to come back to
                self._all.pop(reading.id, None)
            self._turn.notify_all()

    def get(self, reading_id: str, owner: str) -> Reading | None:
        """The job ``reading_id`` if it is ``owner``'s."""
        with self._turn:
            found = self._all.get(reading_id)
        return found if found is not None and found.owner == owner and found.is_job else None

    def of(self, owner: str) -> list[Reading]:
        """``owner``'s jobs she has not yet been taken from (reading, waiting, or finished
        while she was away), oldest first."""
        with self._turn:
            return [r for r in self._all.values() if r.owner == owner and r.is_job
                    and not r.seen and not r.cancelled]

    def cancel(self, reading: Reading) -> None:
        """Stop the reading: taken out of the queue at once, or stopped at its next run of
        Tesseract; its file is removed. Once its work is done (the last page read, the copy
        written) it is too late: the reading lands on what it made."""
        with self._turn:
            if not reading.finished and not reading.made:  # nothing made yet
                reading.cancelled = True
            self._turn.notify_all()

    def stop(self) -> None:
        """The desk stops: every reading not finished is cancelled and its file removed now,
        as its thread (a daemon) may end with the process before it removes it itself."""
        with self._turn:
            left = [r for r in self._all.values() if not r.finished]
            for reading in left:
                reading.cancelled = True
            self._turn.notify_all()
        for reading in left:
            shutil.rmtree(reading.folder, ignore_errors=True)

    def ahead(self, reading: Reading) -> int:
        """The files read or waiting before this one."""
        with self._turn:
            if reading not in self._waiting:
                return 0
            return len(self._running) + self._waiting.index(reading)

    def seconds_left(self, reading: Reading) -> float:
        """About how long until the reading is done: its own pages left, and while it waits
        the pages left of every file before it, shared by the places of the queue."""
        with self._turn:
            before = self._running + self._waiting[:self._waiting.index(reading)] \
                if reading in self._waiting else []
        own = self._left(reading)
        if not before:
            return own
        return sum(self._left(r) for r in before) / self.slots + own

    def _left(self, reading: Reading) -> float:
        each = self.seconds_a_page
        if reading.page > 1:
            each = max(1.0, (reading.page_began - reading.began) / (reading.page - 1))
        if not reading.began:
            return reading.pages * each
        spent = time.time() - reading.page_began
        return max(each / 4, (reading.pages - reading.page + 1) * each - spent)

    def _sweep(self) -> None:
        now = time.time()
        with self._turn:
            for key in [k for k, r in self._all.items()
                        if r.finished and now - r.ended > KEEP_SECONDS]:
                del self._all[key]

"""Letters the desk reads from an upload: a Word file or a text PDF at once, in the request, as
always; a scan, which Tesseract reads page by page, as a job of its own, queued so that one or
two run at a time for the whole desk, clerks taking turns page by page, with the page of
progress its clerk may leave and cancel (``desk/queue.py`` runs it; each reading is a
``desk/scanjob.py``).

The reader says how many scanned pages it will read before it reads any (``api.watching_ocr``):
that is where a reading becomes a job. Until then the request waits; from then on it answers
with the job's page, and the reading waits for its turn in the queue.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from ntm_docgen import api
from ntm_docgen.desk import kept
from ntm_docgen.desk.config import slots
from ntm_docgen.desk.queue import Queue
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.scanjob import Cancelled, KeptCopy, Reading
from ntm_docgen.desk.uploads import PREFIX, named_as_uploaded, private_folder, upload_turn
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import set_language

__all__ = ["Cancelled", "KeptCopy", "Reading", "Readings", "ocr_slots"]

#: Seconds a scanned page takes to read, until the desk has timed one (docs: about ten).
SECONDS_A_PAGE = 10.0
#: Finished readings kept for their clerks (a day at most): how many, and the bytes of the
#: copies they made (``NTM_DOCGEN_DESK_KEEP_READINGS``, ``_KEEP_READING_MB``; docs/limits.md).
KEEP_COUNT = 200
KEEP_BYTES = 256 * 1024 * 1024
#: Seconds a stopping desk waits for the readings whose run of Tesseract it killed to end.
STOP_SECONDS = 5.0


def ocr_slots() -> int:
    """How many scans the desk reads at once: ``NTM_DOCGEN_DESK_OCR_JOBS``, else one on a
    computer of two cores or fewer (Tesseract keeps a core busy; the other serves the clerks)
    and two on a larger one.

    >>> 1 <= ocr_slots() <= 2 or "NTM_DOCGEN_DESK_OCR_JOBS" in os.environ
    True
    """
    return slots("NTM_DOCGEN_DESK_OCR_JOBS")


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
            r.decided.set()  # the request answers now, with the job's page
            self.readings.keep(r)  # a restart now leaves its clerk told why it stopped
            self.readings.wait_turn(r)
            r.page_began = time.time()

    def page(self, number: int) -> None:
        self.tick()
        r = self.reading
        if r.page:  # the page before is read: another clerk's file may have its turn now
            r.read_seconds += time.time() - r.page_began
            self.readings.take_turns(r)
        r.page = r._before + number
        r.page_began = time.time()

    def tick(self) -> None:
        if self.reading.cancelled:
            raise Cancelled

    def started(self, process: subprocess.Popen[bytes]) -> None:
        with self.readings._turn:
            self.reading.process = process
            if self.reading.cancelled:  # cancelled as it started
                self.reading.kill()


class Readings(Queue[Reading]):
    """The desk's readings: those that run in the request, and the queue of scans, which
    clerks take page by page in turns."""

    def __init__(self, slots: int, lang: str | None = None, *, home: Path | None = None,
                 store: kept.Store | None = None, keep_count: int = KEEP_COUNT,
                 keep_bytes: int = KEEP_BYTES) -> None:
        super().__init__(slots, name="desk-reading", keep_count=keep_count,
                         keep_bytes=keep_bytes)
        self.lang = lang
        #: seconds a page took in the latest reading that finished
        self.seconds_a_page = SECONDS_A_PAGE
        #: where readings are kept across a restart: ``home`` on disk (one computer), or
        #: ``store`` (an office: its database); neither: in memory only
        self.home = home
        self.store = store if store is not None else kept.OnDisk(home) if home else None
        self._stopping = False
        if self.store is not None:
            for record, made in self.store.read_all():
                if not record.get("finished") and record.get("folder") \
                        and api.private_folder_in_use(str(record["folder"])):
                    continue  # another desk on this computer, started on the same folder, reads it
                restored = Reading.from_kept(self.store, record, made)
                restored.record = home / restored.id if home is not None else None
                self._all[restored.id] = restored
                if restored.restarted and not record.get("restarted"):
                    self.keep(restored)
            self.sweep()

    def keep(self, reading: Reading) -> None:
        """Write down where ``reading`` stands, so that a restart of the desk finds it."""
        if self.store is None or not reading.is_job:
            return
        if self._stopping and not (reading.finished and not reading.cancelled):
            return  # kept as it stood: the next start says the restart stopped it
        reading.store = self.store
        if self.home is not None:
            reading.record = self.home / reading.id
        self.store.write(reading.id, reading.as_kept(),
                         reading.made_file() if reading.finished else None)

    def saw(self, reading: Reading) -> None:
        """Its clerk has been taken to where it landed, or seen why it did not."""
        if not reading.seen:
            reading.seen = True
            self.keep(reading)

    def on_finished(self, job: Reading) -> None:
        self.keep(job)

    async def read(self, owner: str, job: str, name: str, folder: Path,
                   work: Callable[[Path], Any], finish: Callable[[Reading], str], *,
                   keep: dict[str, Any] | None = None,
                   said: Callable[[DocgenError], str] = told_error) -> Reading:
        """Run ``work(kept)`` (a reading of the files of ``folder``, moved into a private
        folder ``kept`` of the reading's own, removed after it) and wait until it is done, or
        until the reader says it reads scanned pages: then it goes on as a job, and
        ``finish(reading)`` (in the job's thread) makes what the clerk lands on and gives its
        address. ``keep``: what that page needs besides; ``said``: the job's error in the words
        of the page it came from."""
        with contextlib.ExitStack() as making:  # removed at once if the move fails
            kept = making.enter_context(private_folder(f"{PREFIX}doc-"))
            for item in folder.iterdir():
                shutil.move(item, kept / item.name)
            held = making.pop_all()  # the reading's folder, held until it has closed
        reading = Reading(uuid.uuid4().hex, owner, job=job, name=name, folder=kept,
                          keep=keep or {}, said=said, held=held)

        def run(reading: Reading) -> Any:
            set_language(self.lang)
            with api.watching_ocr(_Watcher(self, reading)), named_as_uploaded(reading.folder):
                result = work(reading.folder)
            with self._turn:  # made: a cancel that came after its last page is too late
                reading.result, reading.made, reading.cancelled = result, True, False
            if reading.is_job:
                reading.landing = finish(reading)
            return result

        async with upload_turn():  # the scans' queue takes it once it reads scanned pages
            self.start(reading, run, queued=False)
            await run_in_threadpool(reading.decided.wait)
        return reading

    def ended(self, job: Reading) -> None:
        if job in self._running and not job.exception and not job.cancelled and job.pages:
            job.read_seconds += job.ended - job.page_began
            self.seconds_a_page = max(1.0, job.read_seconds / job.pages)
        super().ended(job)
        if not job.is_job:  # the request has it: nothing to come back to
            self.drop(job)

    def get(self, job_id: str, owner: str | None = None) -> Reading | None:
        """The job ``reading_id`` if it is ``owner``'s."""
        found = super().get(job_id, owner)
        return found if found is not None and owner is not None and found.is_job else None

    def of(self, owner: str) -> list[Reading]:
        """``owner``'s jobs she has not yet been taken from (reading, waiting, or finished
        while she was away), oldest first."""
        return [r for r in self.jobs() if r.owner == owner and r.is_job
                and not r.seen and not r.cancelled]

    def cancel(self, job: Reading) -> None:
        """Stop the reading: taken out of the queue at once, or stopped now, its run of
        Tesseract killed; its file is removed. Once its work is done (the last page read, the copy
        written) it is too late: the reading lands on what it made."""
        with self._turn:
            if not job.made:  # nothing made yet
                super().cancel(job)
                job.kill()

    def stop(self, wait: float = STOP_SECONDS) -> list[Reading]:
        """The desk stops: every reading not finished is cancelled and its file removed now,
        as its thread (a daemon) may end with the process before it removes it itself; those
        whose run of Tesseract was killed are given ``wait`` seconds to end, as pytesseract
        removes the page image and output of the run (``tess_*`` in the temporary folder)
        only as its thread leaves the run."""
        self._stopping = True  # kept as they stand: the next start says they were stopped
        with self._turn:  # a reading made (its copy written, its draft saved) lands, as a
            # cancel after its last page does: it is given ``wait`` seconds to be kept so
            landing = [r for r in self._all.values() if r.made and not r.finished]
            left = [r for r in super().stop() if r not in landing]
            for reading in landing:
                reading.cancelled = False
        for reading in left:
            reading.kill()
            reading.held.close()  # its folder removed and let go
        self.wait_finished([*landing, *(r for r in left if r.process is not None)], wait)
        return left

    def seconds_left(self, reading: Reading) -> float:
        """About how long until the reading is done: its own pages left; before them, its
        clerk's files ahead of it, whole, and, as clerks take turns page by page, of each other
        clerk's files (read or waiting) as many pages as it has left at most; those shared by
        the places of the queue."""
        with self._turn:
            mine = [r for r in self._running if r.owner == reading.owner and r is not reading]
            if reading in self._waiting:
                mine += [r for r in self._waiting if r.owner == reading.owner
                         and r.order < reading.order]
            others: dict[str, list[Reading]] = {}
            for r in (*self._running, *self._waiting):
                if r.owner != reading.owner:
                    others.setdefault(r.owner, []).append(r)
        own = self._left(reading)
        turns = (reading.pages - reading.page + 1 if reading.began else reading.pages) \
            * self.seconds_a_page
        before = sum(self._left(r) for r in mine) + sum(
            min(turns, sum(self._left(r) for r in theirs)) for theirs in others.values())
        return before / self.slots + own

    def _left(self, reading: Reading) -> float:
        each = self.seconds_a_page
        if reading.page > 1 and reading.read_seconds:
            each = max(1.0, reading.read_seconds / (reading.page - 1))
        if not reading.began:
            return reading.pages * each
        spent = time.time() - reading.page_began
        return max(each / 4, (reading.pages - reading.page + 1) * each - spent)

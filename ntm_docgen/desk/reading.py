"""Letters the desk reads from an upload: a Word file or a text PDF at once, in the request, as
always; a scan, which Tesseract reads page by page, as a job of its own, queued so that one or
two run at a time for the whole desk, clerks taking turns page by page, with the page of
progress its clerk may leave and cancel (``desk/jobs.py`` runs it).

The reader says how many scanned pages it will read before it reads any (``api.watching_ocr``):
that is where a reading becomes a job. Until then the request waits; from then on it answers
with the job's page, and the reading waits for its turn in the queue.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from ntm_docgen import api
from ntm_docgen.desk import jobs, kept
from ntm_docgen.desk.config import slots
from ntm_docgen.desk.jobs import Job, Queue
from ntm_docgen.desk.uploads import PREFIX, named_as_uploaded, private_folder
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _, set_language

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


class Cancelled(jobs.Cancelled):
    """Raised inside a reading its clerk cancelled, at the next page or run of Tesseract; its
    message is what a number taken meanwhile is cancelled for in the register."""

    def __init__(self) -> None:
        super().__init__(_("reading the scan was cancelled on the desk"))


@dataclass(eq=False)
class Reading(Job):
    """One upload read: whose, from which job's page, the file's name as she knows it, and,
    once the reader has said it reads by OCR, the pages to read and the one being read."""

    #: the job it came from (``soan``, ``thuc_hien``, ``sao``): where to go back to
    job: str = ""
    name: str = ""
    folder: Path = Path()
    pages: int = 0
    page: int = 0
    page_began: float = 0.0
    #: seconds spent reading its pages (not waiting for its turns)
    read_seconds: float = 0.0
    #: the reading's work is done (the draft's data read, the copy written and numbered): a
    #: cancel no longer stops it
    made: bool = False
    #: the clerk has been taken to where it landed (or seen its failure)
    seen: bool = False
    #: the address a finished job leads to (the draft, the copy)
    landing: str = ""
    #: what the page it lands on needs besides the result (the form as the clerk filled it)
    keep: dict[str, Any] = field(default_factory=dict)
    #: the error in the words of the job's page (a field by its label, not an option)
    said: Callable[[DocgenError], str] = str
    decided: threading.Event = field(default_factory=threading.Event)
    #: pages planned before the reader's latest plan (a copy's original read twice)
    _before: int = 0
    #: its latest run of Tesseract, killed when the reading is cancelled
    process: subprocess.Popen[bytes] | None = None
    #: stopped by a restart of the desk, before it ended (kept on disk since)
    restarted: bool = False
    #: the folder it is kept in across a restart (``desk/kept.py``), if it is
    record: Path | None = None
    #: its private folder (``folder``), held by the desk until the reading has closed, so
    #: that no other desk starting removes it, and a desk killed leaves it to the next
    held: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def kill(self) -> None:
        """Stop its run of Tesseract, if one runs (a page can take 20 s): the reader removes
        the run's files and stops at the failed run, as cancelled."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.process.kill()

    @property
    def is_job(self) -> bool:
        """The reader reads scanned pages: the clerk follows it on its page."""
        return self.pages > 0

    @property
    def state(self) -> str:
        """``cancelled`` once a cancel has stopped it (a waiting file at once); until then a
        reading being read is ``reading``, and lands if its work was done before it stopped."""
        if self.restarted:
            return "restarted"
        state = super().state
        return "reading" if state == "running" else state

    def value(self) -> Any:
        """What the reading gave, or the error it raised (the request's own, at once)."""
        if self.exception is not None:
            raise self.exception
        return self.result

    def stopped(self) -> Cancelled:
        return Cancelled()

    def failed(self, error: Exception) -> str:
        return self.said(error) if isinstance(error, DocgenError) else super().failed(error)

    def closed(self) -> None:
        self.held.close()  # its folder removed
        self.decided.set()

    def size(self) -> int:
        """The bytes of what it made, kept for its clerk (a copy's file)."""
        made = self.made_file()
        return len(made) if made is not None else 0

    def made_file(self) -> bytes | None:
        """The file it made (a copy: the result's last part), if any."""
        if isinstance(self.result, tuple) and self.result and isinstance(self.result[-1], bytes):
            return self.result[-1]
        return None

    def forget(self) -> None:
        kept.remove(self.record)

    def as_kept(self) -> dict[str, Any]:
        """What is kept of it on disk (``desk/kept.py``); once it is made, the copy's number
        and warnings besides its file."""
        record = {"id": self.id, "owner": self.owner, "job": self.job, "name": self.name,
                  "pages": self.pages, "page": self.page, "started": self.started,
                  "ended": self.ended, "finished": self.finished, "cancelled": self.cancelled,
                  "made": self.made, "seen": self.seen, "error": self.error,
                  "landing": self.landing, "restarted": self.restarted,
                  "folder": str(self.folder),
                  "keep": {k: v for k, v in self.keep.items() if k != "download"}}
        if self.made_file() is not None:
            copy = self.result[0]
            record["copy"] = {"so_hieu": getattr(copy, "so_hieu", None), "warnings": list(
                getattr(getattr(copy, "result", None), "warnings", ()))}
        return record

    @classmethod
    def from_kept(cls, folder: Path, record: dict[str, Any], made: bytes | None) -> Reading:
        """A reading as it was kept: finished, or stopped by the restart if it was not."""
        reading = cls(record["id"], str(record.get("owner", "")), job=str(record.get("job", "")),
                      name=str(record.get("name", "")), pages=int(record.get("pages") or 1),
                      page=int(record.get("page") or 0), started=float(record.get("started") or 0),
                      ended=float(record.get("ended") or 0), began=1.0,
                      cancelled=bool(record.get("cancelled")), made=bool(record.get("made")),
                      seen=bool(record.get("seen")), error=str(record.get("error") or ""),
                      landing=str(record.get("landing") or ""),
                      keep=dict(record.get("keep") or {}), record=folder,
                      restarted=bool(record.get("restarted")) or not record.get("finished"))
        reading.finished = True
        reading.decided.set()
        copy = record.get("copy")
        if made is not None and isinstance(copy, dict):
            reading.result = (KeptCopy(copy.get("so_hieu"), tuple(copy.get("warnings") or ())),
                              made)
        return reading


@dataclass(frozen=True)
class KeptCopy:
    """What the copy's page needs of a copy a reading made before the desk restarted (its
    number and the reader's warnings), as ``NumberedCopy`` gives them."""

    so_hieu: str | None
    warnings: tuple[str, ...]

    @property
    def result(self) -> KeptCopy:
        return self


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
                 keep_count: int = KEEP_COUNT, keep_bytes: int = KEEP_BYTES) -> None:
        super().__init__(slots, name="desk-reading", keep_count=keep_count,
                         keep_bytes=keep_bytes)
        self.lang = lang
        #: seconds a page took in the latest reading that finished
        self.seconds_a_page = SECONDS_A_PAGE
        #: where readings are kept across a restart (None: in memory only)
        self.home = home
        self._stopping = False
        if home is not None:
            for folder, record, made in kept.read_all(home):
                if not record.get("finished") and record.get("folder") \
                        and api.private_folder_in_use(str(record["folder"])):
                    continue  # another desk on this computer, started on the same folder, reads it
                restored = Reading.from_kept(folder, record, made)
                self._all[restored.id] = restored
                if restored.restarted and not record.get("restarted"):
                    self.keep(restored)
            self.sweep()

    def keep(self, reading: Reading) -> None:
        """Write down where ``reading`` stands, so that a restart of the desk finds it."""
        if self.home is None or self._stopping or not reading.is_job:
            return
        reading.record = self.home / reading.id
        kept.write(reading.record, reading.as_kept(),
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
                   said: Callable[[DocgenError], str] = str) -> Reading:
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

        self.start(reading, run, queued=False)  # its turn is taken once it reads scanned pages
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
        left = super().stop()
        for reading in left:
            reading.kill()
            reading.held.close()  # its folder removed and let go
        self.wait_finished([r for r in left if r.process is not None], wait)
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

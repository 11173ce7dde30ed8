"""One letter the desk reads from an upload: its state, its pages read, its cancel and its
record kept across a restart (``desk/kept.py``); ``desk/reading.py`` queues them."""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.desk import kept, queue
from ntm_docgen.desk.queue import Job
from ntm_docgen.desk.retold import told_error
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _, said_as_json, said_from_json


class Cancelled(queue.Cancelled):
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
    said: Callable[[DocgenError], str] = told_error
    decided: threading.Event = field(default_factory=threading.Event)
    #: pages planned before the reader's latest plan (a copy's original read twice)
    _before: int = 0
    #: its latest run of Tesseract, killed when the reading is cancelled
    process: subprocess.Popen[bytes] | None = None
    #: stopped by a restart of the desk, before it ended (kept so since)
    restarted: bool = False
    #: where it is kept across a restart (``desk/kept.py``), if it is; on disk, its folder
    store: kept.Store | None = None
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
        if self.store is not None:
            self.store.remove(self.id)

    def as_kept(self) -> dict[str, Any]:
        """What is kept of it across a restart (``desk/kept.py``); once it is made, the copy's
        number and warnings besides its file."""
        record = {"id": self.id, "owner": self.owner, "job": self.job, "name": self.name,
                  "pages": self.pages, "page": self.page, "started": self.started,
                  "ended": self.ended, "finished": self.finished, "cancelled": self.cancelled,
                  "made": self.made, "seen": self.seen, "error": self.error,
                  "landing": self.landing, "restarted": self.restarted,
                  "folder": str(self.folder),
                  "keep": {k: v for k, v in self.keep.items() if k != "download"}}
        if self.made_file() is not None:
            copy = self.result[0]
            record["copy"] = {"so_hieu": getattr(copy, "so_hieu", None), "warnings": [
                said_as_json(w) for w in getattr(getattr(copy, "result", None), "warnings", ())]}
        return record

    @classmethod
    def from_kept(cls, store: kept.Store, record: dict[str, Any],
                  made: bytes | None) -> Reading:
        """A reading as it was kept: finished, or stopped by the restart if it was not."""
        reading = cls(record["id"], str(record.get("owner", "")), job=str(record.get("job", "")),
                      name=str(record.get("name", "")), pages=int(record.get("pages") or 1),
                      page=int(record.get("page") or 0), started=float(record.get("started") or 0),
                      ended=float(record.get("ended") or 0), began=1.0,
                      cancelled=bool(record.get("cancelled")), made=bool(record.get("made")),
                      seen=bool(record.get("seen")), error=str(record.get("error") or ""),
                      landing=str(record.get("landing") or ""),
                      keep=dict(record.get("keep") or {}), store=store,
                      restarted=bool(record.get("restarted")) or not record.get("finished"))
        reading.finished = True
        reading.decided.set()
        copy = record.get("copy")
        if made is not None and isinstance(copy, dict):
            warnings = tuple(said_from_json(w) for w in copy.get("warnings") or ())
            reading.result = (KeptCopy(copy.get("so_hieu"), warnings), made)
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

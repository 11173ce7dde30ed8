"""A small pool of warm LibreOffice processes: started once, reused for every conversion.

Starting LibreOffice costs 1-3 s; converting a one-page letter in a running one about 0.1 s. Each
``Office`` is one ``soffice`` with its own profile folder, listening on a named pipe and driven
through UNO by ``unoworker.py``, run by a Python that has LibreOffice's ``uno`` module (the
system's, as Debian's ``python3-uno`` installs it, or this one). An office that dies or hangs is
stopped and replaced, and the document it had is tried once more on a fresh one.

``shared_pool()`` is the process's pool (the desk and every command use it); it is None when no
Python with ``uno`` is found, and callers then start LibreOffice once per batch as before.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path
from typing import IO, Any

from ntm_docgen.errors import ConversionError
from ntm_docgen.files.limits import OFFICE_MEMORY
from ntm_docgen.files.officemem import worker_bound
from ntm_docgen.files.soffice import uno_python
from ntm_docgen.files.stop import Stop, ending
from ntm_docgen.i18n import _

#: Seconds to wait for a LibreOffice to start, and for one document to convert.
START_TIMEOUT = 90.0
CONVERT_TIMEOUT = 300.0
_WORKER = Path(__file__).resolve().with_name("unoworker.py")


class OfficeDied(ConversionError):
    """Raised when the LibreOffice doing a conversion stopped or hung (it is replaced)."""

    hung = False  # it stopped answering (the time bound), rather than stopping


def not_started(answer: dict[str, Any]) -> str:
    """The message for a worker's reply that LibreOffice could not be reached.

    >>> not_started({"error": "not started", "exited": 127})[:56]
    'LibreOffice stopped (exit status 127) before it could be'
    """
    if "exited" in answer:
        return _("LibreOffice stopped (exit status {status}) before it could be reached: open "
                 "LibreOffice once by hand to see what it says, or install it again").format(
                     status=answer["exited"])
    if "timeout" in answer:
        return _("LibreOffice did not answer within {seconds} s: close the LibreOffice windows "
                 "that are open and try again").format(seconds=round(answer["timeout"]))
    return _("LibreOffice could not be started: {reason}").format(
        reason=answer.get("error", "-"))


class Office:
    """One LibreOffice with its own profile, converting one document at a time."""

    def __init__(self, soffice: str, python: tuple[str, dict[str, str]]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ntm-office-"))  # its profile, removed by it
        self.killed = False
        pipe = f"ntm_docgen_{os.getpid()}_{uuid.uuid4().hex}"
        self.process = subprocess.Popen(
            [python[0], str(_WORKER), soffice, str(self.folder), pipe, *worker_bound()],
            env=python[1], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8", start_new_session=True)
        answer = self._answer(START_TIMEOUT)
        if not answer.get("ready"):
            self.close()
            raise ConversionError(not_started(answer))

    @property
    def alive(self) -> bool:
        return not self.killed and self.process.poll() is None

    def kill(self) -> None:
        """End the worker and its LibreOffice at once (the conversion it does fails with
        OfficeDied); it is not used again."""
        self.killed = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def _answer(self, timeout: float) -> dict[str, Any]:
        out = self.process.stdout
        assert out is not None
        ready = select.select([out], [], [], timeout)[0]
        line = out.readline() if ready else ""
        if not line:
            self.close()
            died = OfficeDied(_("LibreOffice stopped answering") if not ready
                              else _("LibreOffice stopped"))
            died.hung = not ready
            raise died
        answer = json.loads(line)
        assert isinstance(answer, dict)
        return answer

    def convert(self, source: Path, target: Path, filter_name: str,
                data: dict[str, Any] | None = None) -> None:
        """Write ``target`` from ``source`` with the export filter; ConversionError otherwise
        (OfficeDied when this office is gone)."""
        request = {"in": str(source), "out": str(target), "filter": filter_name,
                   "data": data or {}}
        stream: IO[str] | None = self.process.stdin
        try:
            assert stream is not None
            stream.write(json.dumps(request) + "\n")
            stream.flush()
        except (BrokenPipeError, OSError) as e:
            self.close()
            raise OfficeDied(_("LibreOffice stopped")) from e
        answer = self._answer(CONVERT_TIMEOUT)
        if answer.get("memory"):  # its LibreOffice met its bound: a fresh one for the next
            self.kill()
            self.close()
            raise OFFICE_MEMORY.exceeded(source)
        if "error" in answer:
            raise ConversionError(_("LibreOffice could not convert {name}: {reason}").format(
                name=source.name, reason=answer["error"]))

    def close(self, wait: bool = True) -> None:
        """Stop the worker and its LibreOffice: asked to stop (it then stops LibreOffice and
        removes the profile by itself, so ``wait=False`` returns at once), and with ``wait``
        killed if it has not within 15 s."""
        with contextlib.suppress(OSError, ValueError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        if not wait:
            if self.process.stdout is not None:
                self.process.stdout.close()
            return
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=15)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)  # the worker's own group: soffice too
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class OfficePool:
    """Up to ``size`` warm offices shared by threads; each started when first needed."""

    def __init__(self, size: int, soffice: str, python: tuple[str, dict[str, str]]) -> None:
        self.size = max(1, size)
        self.owner = os.getpid()  # a forked child neither uses nor stops its parent's offices
        self.soffice = soffice
        self.python = python
        self._free: queue.Queue[Office | None] = queue.Queue()
        self._all: list[Office] = []
        self._lock = threading.Lock()
        for _slot in range(self.size):
            self._free.put(None)  # a place for an office not started yet

    def grow(self, size: int) -> None:
        """Allow up to ``size`` offices (started when needed)."""
        with self._lock:
            for _slot in range(size - self.size):
                self._free.put(None)
            self.size = max(self.size, size)

    def warm(self) -> None:
        """Start every office not started yet, so that no conversion waits for one to start
        (an office that cannot start leaves its place for a later try)."""
        taken = []
        try:
            for _slot in range(self.size):
                taken.append(self._take())
        except ConversionError:
            pass
        finally:
            for office in taken:
                self._give_back(office)

    def _take(self) -> Office:
        office = self._free.get()
        if office is not None and office.alive:
            return office
        try:
            office = Office(self.soffice, self.python)
        except BaseException:
            self._free.put(None)
            raise
        with self._lock:
            self._all.append(office)
        return office

    def _give_back(self, office: Office) -> None:
        self._free.put(office if office.alive else None)

    def convert(self, source: Path, target: Path, filter_name: str,
                data: dict[str, Any] | None = None, stop: Stop | None = None) -> None:
        """Convert one document on a free office; an office that dies is replaced and the
        document tried once more. ``stop``: the caller's, which kills the office converting
        for it (replaced for the next caller) and raises its error, every other office left
        converting."""
        for attempt in (1, 2):
            office = self._take()
            try:
                with ending(stop, office.kill):
                    office.convert(source, target, filter_name, data)
                return
            except OfficeDied:
                if stop is not None:
                    stop.check()
                if attempt == 2:
                    raise
            finally:
                self._give_back(office)

    def close(self, wait: bool = True) -> None:
        """Stop every office (see ``Office.close``)."""
        if os.getpid() != self.owner:
            return
        with self._lock:
            offices, self._all = self._all, []
        for office in offices:
            office.close(wait)


_shared: OfficePool | None = None
_shared_lock = threading.Lock()


def default_size() -> int:
    """Offices in the shared pool: ``NTM_DOCGEN_OFFICES``, else one (README, Speed)."""
    try:
        return max(1, int(os.environ.get("NTM_DOCGEN_OFFICES", "1")))
    except ValueError:
        return 1


def shared_pool(size: int | None = None) -> OfficePool | None:
    """The process's pool of warm offices (made on first use, grown to ``size`` when asked),
    or None when LibreOffice or a Python with ``uno`` is missing."""
    global _shared
    from ntm_docgen.files.pdf import find_soffice

    with _shared_lock:
        wanted = size or default_size()
        if _shared is None or _shared.owner != os.getpid():
            python = uno_python()
            if python is None:
                return None
            _shared = OfficePool(wanted, find_soffice(), python)
        _shared.grow(wanted)
        return _shared


def close_shared_pool(wait: bool = True) -> None:
    """Stop the shared pool's offices (a caller done with PDFs; at exit without waiting: each
    office then stops its LibreOffice on its own)."""
    global _shared
    with _shared_lock:
        pool, _shared = _shared, None
    if pool is not None:
        pool.close(wait)


atexit.register(close_shared_pool, wait=False)

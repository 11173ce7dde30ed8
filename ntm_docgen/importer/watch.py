"""Who follows a reading by OCR (the desk's page of progress): told how many scanned pages are
to be read before any is read, then as each begins, and of each run of Tesseract as it starts
(to stop it, a reading cancelled); and asked between two runs whether to go on. Nobody is told
anything unless a caller watches (``watching``). Each run of Tesseract is held to OCR_MEMORY
as it starts, and a file's reading to OCR_FILE_SECONDS from its plan on, watched or not."""

from __future__ import annotations

import atexit
import contextlib
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import IO, Any, Protocol

from ntm_docgen.files.folderlock import OCR_PREFIX, private_folder, sweep_folders
from ntm_docgen.files.limits import OCR_FILE_SECONDS, OCR_MEMORY


class Watcher(Protocol):
    """What the reader tells; a method may raise (a reading cancelled) to stop it there."""

    def planned(self, pages: int) -> None:
        """``pages`` scanned pages are to be read by OCR (more than none), before any is."""

    def page(self, number: int) -> None:
        """The ``number``-th of them (from 1) is being read."""

    def tick(self) -> None:
        """Between two runs of Tesseract (a page, a column of it, its words read again)."""

    def started(self, process: subprocess.Popen[bytes]) -> None:
        """A run of Tesseract began as ``process``: the watcher may kill it (the run then
        fails, and ``tick`` says why)."""


_WATCHER: ContextVar[Watcher | None] = ContextVar("ocr_watcher", default=None)


@contextlib.contextmanager
def watching(watcher: Watcher) -> Iterator[None]:
    """Tell ``watcher`` of the OCR done inside this block (in this thread)."""
    tell_runs()
    token = _WATCHER.set(watcher)
    try:
        yield
    finally:
        _WATCHER.reset(token)


#: The file being read by OCR in this thread and when its reading must end (``planned``).
_DEADLINE: ContextVar[tuple[Path | str, float] | None] = ContextVar("ocr_deadline",
                                                                    default=None)


def _now() -> float:
    return time.monotonic()


def planned(pages: int, path: Path | str | None = None) -> None:
    """``pages`` scanned pages of the file at ``path`` are to be read: its reading must end
    within OCR_FILE_SECONDS from now (``tick`` says when it did not)."""
    if path is not None:
        _DEADLINE.set((path, _now() + OCR_FILE_SECONDS.value()))
    watcher = _WATCHER.get()
    if watcher is not None and pages:
        watcher.planned(pages)


def page(number: int) -> None:
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher.page(number)


def tick() -> None:
    """Between two runs of Tesseract: LimitError when the file's reading is past its time."""
    deadline = _DEADLINE.get()
    if deadline is not None and _now() > deadline[1]:
        _DEADLINE.set(None)
        raise OCR_FILE_SECONDS.exceeded(deadline[0])
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher.tick()


class _Runs:
    """pytesseract's ``subprocess``: the same, but for a process it starts, told to the watcher
    of the thread that starts it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:  # noqa: N802 - its name
        process: subprocess.Popen[bytes] = subprocess.Popen(*args, **kwargs)
        held(process.pid)
        watcher = _WATCHER.get()
        if watcher is not None:
            watcher.started(process)
        return process


def held(pid: int) -> None:
    """Lower the address space limit (``RLIMIT_AS``) of the process ``pid`` to OCR_MEMORY, as
    it starts (Linux's ``prlimit``; elsewhere it runs unbounded): a run that needs more fails
    its allocation (``out_of_memory``) rather than taking the machine's memory."""
    import resource

    try:
        hard = resource.prlimit(pid, resource.RLIMIT_AS)[1]
        bound = OCR_MEMORY.value()
        bound = bound if hard == resource.RLIM_INFINITY else min(bound, hard)
        resource.prlimit(pid, resource.RLIMIT_AS, (bound, bound))
    except (AttributeError, ProcessLookupError, PermissionError):  # no prlimit; ended at once
        return


#: What Tesseract says when an allocation failed under its bound (C++'s ``std::bad_alloc``,
#: Leptonica's ``pix_malloc fail``, its threads not started, its libraries not loaded).
_NO_MEMORY = ("bad_alloc", "malloc fail", "alloc fail", "thread creation failed",
              "failed to map segment",
              "cannot allocate memory", "out of memory")


def out_of_memory(status: int, said: str) -> bool:
    """Whether a run of Tesseract that ended with ``status`` saying ``said`` ran out of the
    memory it is held to (``held``): C++ aborts (SIGABRT) when an allocation fails.

    >>> out_of_memory(-6, ""), out_of_memory(1, "Error in pixCreate: pix_malloc fail for data")
    (True, True)
    >>> out_of_memory(1, "Error opening data file vie.traineddata")
    False
    """
    return status in (-6, 134) or any(word in said.lower() for word in _NO_MEMORY)


#: The folder of this process's Tesseract files (its image in, its words out), made when first
#: needed and held while the process lives: a process killed (SIGKILL) leaves it, not tess_*
#: files in the temporary folder, and the next process that makes its own removes it, as does
#: the next desk that starts (folderlock's sweep).
_FILES: list[Path] = []
_FILES_MADE = threading.Lock()


def ocr_folder() -> Path:
    """The folder this process's runs of Tesseract keep their files in."""
    with _FILES_MADE:
        if not _FILES:
            sweep_folders(OCR_PREFIX)  # those of a killed import: none is held by its process
            held = private_folder(OCR_PREFIX)
            _FILES.append(held.__enter__())
            atexit.register(held.__exit__, None, None, None)
        return _FILES[0]


def _temporary_file(*args: Any, **kwargs: Any) -> IO[Any]:
    """pytesseract's NamedTemporaryFile, in this process's folder (``ocr_folder``)."""
    kwargs.setdefault("dir", ocr_folder())
    return tempfile.NamedTemporaryFile(*args, **kwargs)  # noqa: SIM115 - pytesseract closes it


def tell_runs() -> None:
    """Have pytesseract keep its files in ``ocr_folder`` and tell the watcher of each run of
    Tesseract it starts (it starts them with ``subprocess.Popen``, and offers no other way in)."""
    try:
        from pytesseract import pytesseract as runner
    except ImportError:  # no OCR: no run to tell of
        return
    if not isinstance(runner.subprocess, _Runs):
        runner.subprocess = _Runs()  # type: ignore[assignment]
    runner.NamedTemporaryFile = _temporary_file  # type: ignore[assignment]

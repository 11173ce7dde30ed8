"""A lock on an output folder, so two runs never write into it at once; and private folders
in the temporary folder, each held by the process working in it, so that a process starting
removes those a killed one left (``sweep_folders``) and none another one works in.

The lock is the operating system's on an open file (``flock``; ``msvcrt.locking`` on
Windows): it ends with the process that holds it, even a killed one, so a lock left behind by
a dead run never blocks the next. The file is removed when the run ends; a run that opened it
just before is told by its inode that it holds a removed file, and takes a new one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class FolderLocked(Exception):
    """Raised when another process holds the folder; ``pid`` is its number, when known."""

    def __init__(self, path: Path, pid: int | None) -> None:
        super().__init__(str(path))
        self.path = path
        self.pid = pid


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _holder(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() and len(text) < 10 else None


@contextlib.contextmanager
def folder_lock(path: Path) -> Iterator[None]:
    """Hold the lock file ``path`` for the block; FolderLocked when another process holds it."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise FolderLocked(path, _holder(path))
        try:
            current = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            break
        _unlock(fd)  # the file of a run that has just ended: take a new one
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        _unlock(fd)
        os.close(fd)


def held(path: Path) -> bool:
    """Whether a living process holds the lock file ``path`` (this one too, through another
    open of it); a lock file that cannot be opened (another user's) counts as held."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


#: A private folder's lock file is beside it, named after it with this ending (inside, it
#: would be among the files the work reads and moves).
LOCK_ENDING = ".lock"
#: A private folder with no lock file yet is being made for this long at most.
MAKING_SECONDS = 60.0
#: The private folders the tool makes in the temporary folder, by the start of their names:
#: a desk's uploads and scans, a bulk run's PDFs and their second pass, its merged file, and
#: a letter's PDF (a preview on the desk).
#: The folder of a process's Tesseract files (importer/watch.ocr_folder).
OCR_PREFIX = "ntm-ocr-"
PREFIXES = ("ntm-desk-", "ntm-bulk-pdf-", "ntm-bulk-pages-", "ntm-merge-", "ntm-pdf-", OCR_PREFIX)


@contextlib.contextmanager
def private_folder(prefix: str, root: Path | None = None) -> Iterator[Path]:
    """A new folder only this user can read, in ``root`` (the temporary folder), held by this
    process while the block runs and removed with everything in it afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    os.chmod(folder, 0o700)
    try:
        with folder_lock(folder.with_name(folder.name + LOCK_ENDING)):
            try:
                yield folder
            finally:
                shutil.rmtree(folder, ignore_errors=True)  # while held: no sweep meanwhile
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # also when the lock could not be taken


def in_use(folder: Path) -> bool:
    """Whether a living process holds the private folder ``folder`` (``private_folder``)."""
    return held(folder.with_name(folder.name + LOCK_ENDING))


def sweep_folders(prefix: str, root: Path | None = None) -> list[Path]:
    """Remove the private folders of ``prefix`` in ``root`` (the temporary folder) that no
    living process holds, left by one killed (SIGKILL, a power cut), and their lock files;
    those removed. A folder another process works in is held, and stays; one whose lock file
    is not there yet stays while it may still be being made."""
    base = Path(root or tempfile.gettempdir())
    removed = []
    for path in sorted(base.glob(f"{prefix}*")):
        lock = path.with_name(path.name + LOCK_ENDING)
        if path.name.endswith(LOCK_ENDING) or path.is_symlink() or not path.is_dir() \
                or held(lock):
            continue
        if not lock.exists():
            try:
                if time.time() - path.stat().st_mtime < MAKING_SECONDS:
                    continue
            except OSError:
                continue
        shutil.rmtree(path, ignore_errors=True)
        with contextlib.suppress(OSError):
            lock.unlink()
        removed.append(path)
    for lock in base.glob(f"{prefix}*{LOCK_ENDING}"):  # its folder removed, not the lock
        folder = lock.with_name(lock.name[:-len(LOCK_ENDING)])
        if not folder.exists() and not held(lock):
            with contextlib.suppress(OSError):
                lock.unlink()
    return removed

"""Safe output: refuse to overwrite without force, and never leave a half-written file.

A missing output folder is made when the file is written (every command does the same), and
removed again if the writing fails.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from ntm_docgen.errors import InputFileError, OutputExistsError, os_reason
from ntm_docgen.files.signals import critical
from ntm_docgen.i18n import _


def check_output(path: Path | str, force: bool) -> Path:
    """Return the output path if it may be written: absent, or present and ``force`` given; its
    folder may be missing (it is made on writing) but not be, or lie under, a file."""
    path = Path(path)
    if path.is_dir():  # said first: --force would not write over a folder either
        raise InputFileError(path, _("is a folder; give a file name for the output"))
    if os.path.lexists(path) and not force:  # a link to nowhere is there too
        raise OutputExistsError(path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise InputFileError(folder, _("is a file, so the output folder cannot be made there"))
    return path


def make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return those made, deepest first."""
    made = []
    missing = folder
    while not missing.exists():
        made.append(missing)
        missing = missing.parent
    folder.mkdir(parents=True, exist_ok=True)
    return made


def check_writable(path: Path | str, force: bool) -> Path:
    """``check_output``, and a file made and removed where the output goes (its folders too, if
    made), so that a folder the user may not write to is refused before anything is done that
    cannot be undone (a number taken from the register)."""
    target = check_output(path, force)
    made: list[Path] = []
    try:
        made = make_folders(target.parent)
        fd, name = _open_new(target)
        os.close(fd)
        os.unlink(name)
    except OSError as e:
        raise InputFileError(target.parent, _(
            "cannot write {name} in this folder ({reason}); choose a folder you may write "
            "to").format(name=target.name, reason=os_reason(e))) from e
    finally:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
    return target


@contextlib.contextmanager
def atomic_path(path: Path | str, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it into place only if the block succeeds
    (folders made for it are removed when it fails)."""
    target = check_output(path, force)
    made = make_folders(target.parent)
    try:
        fd, tmp_name = _open_new(target)
    except OSError as e:  # name the folder, not the hidden temporary file
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise InputFileError(target.parent, _(
            "cannot write {name} in this folder ({reason}); choose a folder you may write "
            "to").format(name=target.name, reason=os_reason(e))) from e
    os.close(fd)
    tmp = Path(tmp_name)
    done = False
    try:
        yield tmp
        if os.path.lexists(target) and not force:
            raise OutputExistsError(target)
        os.replace(tmp, target)
        done = True
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if not done:
            for folder in made:
                with contextlib.suppress(OSError):
                    folder.rmdir()


_serial = itertools.count()
_NEW_FILE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_BINARY", 0))


def _open_new(target: Path) -> tuple[int, str]:
    """A new empty file beside ``target`` under a hidden name of this process (as
    ``tempfile.mkstemp`` makes one, without importing it), with the usual permissions."""
    for _attempt in range(100):
        name = os.path.join(target.parent, f".{target.name}.{os.getpid()}-{next(_serial)}.part")
        try:
            return os.open(name, _NEW_FILE, 0o666), name
        except FileExistsError:  # left by a killed process of the same number
            continue
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), name)


def write_bytes(path: Path | str, data: bytes, force: bool = False, *,
                durable: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; ``durable``: on the disk when this returns (for
    a file a register records): the data flushed once before the rename, the folder once
    after it."""
    with atomic_path(path, force) as tmp:
        if durable:
            _write_flushed(tmp, data)
        else:
            tmp.write_bytes(data)
    if durable:
        _flush_folder(Path(path).parent)
    return Path(path)


def write_files(files: list[tuple[Path, bytes]], force: bool = False, *,
                durable: bool = False) -> list[Path]:
    """Write each ``(path, data)`` of ``files`` whole, or none of them (a letter and its PDF):
    every file's data is written under its temporary name before any is renamed into place,
    so a full disk or a stop while writing leaves none of them, and no file of before
    replaced. ``durable`` as for :func:`write_bytes`."""
    with contextlib.ExitStack() as stack:
        for path, data in files:
            tmp = stack.enter_context(atomic_path(path, force))
            if durable:
                _write_flushed(tmp, data)
            else:
                tmp.write_bytes(data)
        if not force:  # one that appeared while the others were written: none is put in place
            for path, _data in files:
                if os.path.lexists(path):
                    raise OutputExistsError(Path(path))
        with critical():  # a stop waits until every file is in place
            stack.close()
    if durable:
        for folder in dict.fromkeys(Path(path).parent for path, _data in files):
            _flush_folder(folder)
    return [Path(path) for path, _data in files]


def _write_flushed(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        getattr(os, "fdatasync", os.fsync)(handle.fileno())  # the data and the file's size


#: What a file system that cannot flush a folder answers (a share mounted from another machine,
#: a virtual machine's shared folder): the file is written all the same, as PostgreSQL takes it
#: for its own folders (``fsync_fname_ext``).
_FOLDER_UNFLUSHABLE = {errno.EBADF, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EACCES,
                       errno.EPERM, errno.EISDIR}


def _flush_folder(folder: Path) -> None:
    """Flush the folder's entries (the rename) to the disk; Windows opens no folder for this,
    and its file system journals the rename itself."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        if e.errno not in _FOLDER_UNFLUSHABLE:
            raise


def write_with(path: Path | str, writer: Callable[[Path], object], force: bool = False) -> Path:
    """Let ``writer`` fill a temporary file, then move it to ``path``."""
    with atomic_path(path, force) as tmp:
        writer(tmp)
    return Path(path)


def write_into(folder: Path | str, name: str, data: bytes) -> None:
    """Write ``data`` as ``folder/name``, replacing it, whole or not at all: for many files into
    one folder that is known to exist (bulk letters). A temporary name of this process, opened
    once (its permissions follow the umask), written with plain ``os.write`` (a file object
    would look at the descriptor three times more), closed, then renamed into place: four
    calls to the system a letter, and no other look at the disk.
    """
    target = os.path.join(folder, name)
    temporary = os.path.join(folder, f".{name}.{_pid()}-{next(_serial)}.part")
    fd = os.open(temporary, _NEW_FILE, 0o666)
    try:
        try:
            view, written = memoryview(data), 0
            while written < len(view):  # a short write (a full disk, a signal) goes on
                written += os.write(fd, view[written:])
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_process_id: list[int] = []


def _pid() -> int:
    """This process's id, asked once (a forked worker asks again)."""
    if not _process_id:
        _process_id.append(os.getpid())
    return _process_id[0]


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_process_id.clear)

"""Safe output: refuse to overwrite without force, and never leave a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ntm_docgen.errors import InputFileError, OutputExistsError


def check_output(path: Path | str, force: bool) -> Path:
    """Return the output path if it may be written: absent, or present and ``force`` given."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputExistsError(path)
    if path.is_dir():
        raise InputFileError(path, "is a folder; give a file name for the output")
    parent = path.parent
    if not parent.is_dir():
        raise InputFileError(parent, "the output folder does not exist; create it first")
    return path


@contextlib.contextmanager
def atomic_path(path: Path | str, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it into place only if the block succeeds."""
    target = check_output(path, force)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if target.exists() and not force:
            raise OutputExistsError(target)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it


def write_bytes(path: Path | str, data: bytes, force: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path, force) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_with(path: Path | str, writer: Callable[[Path], object], force: bool = False) -> Path:
    """Let ``writer`` fill a temporary file, then move it to ``path``."""
    with atomic_path(path, force) as tmp:
        writer(tmp)
    return Path(path)

"""Work kept between runs in the user's cache folder (compiled templates), never required.

The folder is ``NTM_DOCGEN_CACHE`` when set (an empty value turns the cache off), else the
platform's cache folder for ntm-docgen (``~/.cache/ntm-docgen`` on Linux). An entry is named
by everything it depends on, so a changed input is a new name, never a stale entry; an entry
that cannot be read or written is simply made again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENVIRONMENT = "NTM_DOCGEN_CACHE"


def cache_dir() -> Path | None:
    """The cache folder (not created yet), or None when the cache is turned off."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    import platformdirs

    return platformdirs.user_cache_path("ntm-docgen", appauthor=False)


def read(kind: str, name: str) -> bytes | None:
    """The bytes stored as ``kind/name``, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / kind / name).read_bytes()
    except OSError:
        return None


def write(kind: str, name: str, data: bytes) -> None:
    """Store ``data`` as ``kind/name`` whole or not at all; a folder that cannot be written
    is left alone (the work is done again next time)."""
    folder = cache_dir()
    if folder is None:
        return
    target = folder / kind / name
    temporary = target.with_name(f".{name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()

"""Readings kept on disk, one folder each, so that a clerk who comes back after the desk
restarted finds what hers made (a draft's address, a copy's file) or why it stopped: written
whole (a new file put in place of the old), read back as the desk starts."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

#: The reading's record, and the file it made (a copy), in its folder.
RECORD = "doc.json"
MADE = "ket-qua.bin"


def write(folder: Path, record: dict[str, Any], made: bytes | None = None) -> None:
    """Keep ``record`` (and ``made``, once) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if made is not None and not (folder / MADE).exists():
        _whole(folder / MADE, made)
    _whole(folder / RECORD, json.dumps(record, ensure_ascii=False, default=str).encode())


def _whole(path: Path, data: bytes) -> None:
    part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    part.write_bytes(data)
    os.replace(part, path)


def read_all(root: Path) -> list[tuple[Path, dict[str, Any], bytes | None]]:
    """Every reading kept under ``root``: its folder, record and the file it made; a folder
    whose record cannot be read (written by no desk, or damaged) is removed."""
    found: list[tuple[Path, dict[str, Any], bytes | None]] = []
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        try:
            record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
            made = (folder / MADE).read_bytes() if (folder / MADE).is_file() else None
        except (OSError, ValueError):
            shutil.rmtree(folder, ignore_errors=True)
            continue
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            found.append((folder, record, made))
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return found


def remove(folder: Path | None) -> None:
    """Forget a reading kept in ``folder``."""
    if folder is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)

"""Readings kept across a restart, so that a clerk who comes back after the desk restarted
finds what hers made (a draft's address, a copy's file) or why it stopped: on one computer on
disk, one folder each, written whole (a new file put in place of the old); in an office in
its database (table ``desk_reading``), the server's disk holding none. Read back as the desk
starts."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, delete, exc, insert, select, update

from ntm_docgen.desk.records import READINGS

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


class Store(Protocol):
    """Where readings are kept: each by its id, its record and, once, the file it made."""

    def write(self, id: str, record: dict[str, Any], made: bytes | None = None) -> None: ...

    def read_all(self) -> list[tuple[dict[str, Any], bytes | None]]: ...

    def remove(self, id: str) -> None: ...


class OnDisk:
    """Readings kept in a folder of the data folder, one folder each (one computer)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, id: str, record: dict[str, Any], made: bytes | None = None) -> None:
        write(self.root / id, record, made)

    def read_all(self) -> list[tuple[dict[str, Any], bytes | None]]:
        return [(record, made) for _folder, record, made in read_all(self.root)]

    def remove(self, id: str) -> None:
        remove(self.root / id)


class InDatabase:
    """Readings kept in the office desk's database: each a row, written in one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def write(self, id: str, record: dict[str, Any], made: bytes | None = None) -> None:
        values = {"record": json.dumps(record, ensure_ascii=False, default=str),
                  "updated": datetime.now(timezone.utc)}
        for _attempt in range(2):  # a row another thread inserted meanwhile: updated then
            try:
                with self.engine.begin() as conn:
                    changed = conn.execute(update(READINGS).where(READINGS.c.id == id)
                                           .values(**values))
                    if not changed.rowcount:
                        conn.execute(insert(READINGS).values(id=id, made=made, **values))
                    elif made is not None:  # the file it made, once
                        conn.execute(update(READINGS).where(
                            READINGS.c.id == id, READINGS.c.made.is_(None)).values(made=made))
                return
            except exc.IntegrityError:
                continue

    def read_all(self) -> list[tuple[dict[str, Any], bytes | None]]:
        """Every reading kept; a row whose record cannot be read is removed."""
        found: list[tuple[dict[str, Any], bytes | None]] = []
        with self.engine.connect() as conn:
            rows = conn.execute(select(READINGS).order_by(READINGS.c.id)).all()
        for row in rows:
            try:
                record = json.loads(row.record)
            except ValueError:
                record = None
            if isinstance(record, dict) and record.get("id") == row.id:
                found.append((record, bytes(row.made) if row.made is not None else None))
            else:
                self.remove(row.id)
        return found

    def remove(self, id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(READINGS).where(READINGS.c.id == id))

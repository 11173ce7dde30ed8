"""Where the desk keeps what it numbers (an issued letter, a numbered copy) and its bulk runs:
a folder by year on one computer, the register's database in an office."""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from ntm_docgen import register
from ntm_docgen.desk.config import DeskConfig
from ntm_docgen.desk.uploads import private_folder

#: The folder of issued letters in the desk's data folder (one computer), by year.
FOLDER = "van-ban-di"
#: What a kept file is sent as, by its suffix.
MEDIA = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".pdf": "application/pdf"}


def folder(config: DeskConfig) -> Path:
    """The folder the desk on one computer keeps its issued letters in (a year's under it)."""
    return config.home / FOLDER


@contextlib.contextmanager
def keeping(config: DeskConfig, year: int) -> Iterator[Path]:
    """The folder to write a letter the register numbers into, for the block (run it in the
    thread that writes): on one computer the desk's folder of issued letters of ``year``,
    the year of the letter's own date, where the file stays; in an office a private
    temporary folder, the register keeping the letter's bytes in its database as it records
    it, and the file removed after."""
    if config.office:
        with private_folder() as made, register.kept_in_database():
            yield made
        return
    kept = folder(config) / str(year)
    kept.mkdir(parents=True, exist_ok=True)
    yield kept


def bulk_root(config: DeskConfig) -> Path:
    """Where bulk runs write their letters: ``hang-loat/`` of the data folder on one computer;
    in an office, a folder of this account in the temporary folder, one per office database,
    outside the data folder's permanent tree (a run's letters are working files, swept a day
    after its end; the register and the issued letters are in the database)."""
    if not config.office:
        return config.home / "hang-loat"
    office = hashlib.sha256((config.db or "").encode()).hexdigest()[:12]
    root = Path(tempfile.gettempdir()) / f"ntm-hang-loat-{_account()}-{office}"
    if root.exists() and hasattr(os, "getuid") and root.stat().st_uid != os.getuid():
        return Path(tempfile.mkdtemp(prefix="ntm-hang-loat-"))  # another account's: not it
    return root  # made by the first run prepared (``runs_folder``), not by every desk


def runs_folder(root: Path) -> Path:
    """A new folder for a bulk run under ``root``, which is made first if need be, readable
    by this account only (the recipients' list of a run is no one else's to read)."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = root / uuid.uuid4().hex
    folder.mkdir(mode=0o700)
    return folder


def _account() -> str:
    """This process's account as a folder name may hold it."""
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return "".join(c for c in getpass.getuser() if c.isalnum()) or "u"

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
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from ntm_docgen import api, register
from ntm_docgen.desk.config import DeskConfig
from ntm_docgen.desk.uploads import private_folder
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

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


def letter_name(stem: str, draft_id: str) -> str:
    """The name an issued draft's letter is written under: its type and summary, then the
    draft's id's first 8 characters, by which its register line is found again.

    >>> letter_name("KH-To-chuc-hoi-nghi", "58c324f6-0d6e-4b57-9a43-4f1a0a3e6a10")
    'KH-To-chuc-hoi-nghi-58c324f6.docx'
    """
    return f"{stem}-{draft_id[:8]}.docx"


def line_of(config: DeskConfig, draft_id: str, so: int, nam: int | None) -> Any:
    """The register line (not cancelled) the desk issued the draft ``draft_id`` with, number
    ``so`` of year ``nam`` (None: any year), found by the file it wrote (``letter_name``); the
    letter's own line where its copy block took a line of the copies' series too; or None."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(config.register_db) as reg:
            rows = reg.entries(nam=nam)
    except NoRegisterYet:
        return None
    tail = letter_name("", draft_id)
    found = [r for r in rows if r.so == so and r.trang_thai != "huy" and r.tep
             and PurePath(r.tep).name.endswith(tail)]
    return min(found, key=lambda r: r.id, default=None)  # the letter's number is taken first


def line(config: DeskConfig, nam: int, dong: int | None) -> Any:
    """The register line ``dong`` of year ``nam``, or None."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(config.register_db) as reg:
            return next((r for r in reg.entries(nam=nam) if r.id == dong), None)
    except NoRegisterYet:
        return None


def entry(row: Any) -> str:
    """A register line as the clerk knows it: số/ký hiệu, ngày and trích yếu."""
    said = row.so_hieu
    if row.ngay:
        said = _("{number} of {day}").format(number=said, day=row.ngay.strftime("%d/%m/%Y"))
    if row.trich_yeu:
        said = _("{entry} (“{summary}”)").format(entry=said, summary=row.trich_yeu)
    return said


def cancelled_lines(config: DeskConfig) -> set[int]:
    """The ids of the register's lines whose number was cancelled, of every year."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(config.register_db) as reg:
            return {r.id for r in reg.entries() if r.trang_thai == "huy"}
    except NoRegisterYet:
        return set()


def sent_number(config: DeskConfig, data: dict[str, Any], nam: int | None,
                dong: int | None) -> tuple[str, bool] | None:
    """What the register says of the number a letter of ``data`` would print in its Số, when
    it is not that letter's own (``dong`` of ``nam``: the line its draft was issued with):
    (words, True) when the number was cancelled, no letter to carry it; (words, False) when
    the register gave it to another letter. None when the letter prints no number, or its own.
    A bulk run prints the number in each of its letters: a văn thư sent every commune a letter
    numbered 02 the sổ had cancelled, and another numbered 03 it had given to a Giấy mời."""
    own = line(config, nam, dong) if dong is not None and nam is not None else None
    if own is not None:  # read once: cancelled, or the letter as issued with its own number
        if own.trang_thai == "huy":
            return _("Number {number} of this letter was cancelled in the outgoing register "
                     "(its note there says why): every letter of this run would carry a number "
                     "no longer valid. Open the letter, start a new draft from it (“Start a new "
                     "draft from this letter”), issue that one for a new number, then send it "
                     "here.").format(number=own.so_hieu), True
        return None
    try:
        spec = api.parse_spec(data)
    except DocgenError:
        return None  # its problems are told by the check
    if spec.so is None:
        return None
    from ntm_docgen.register.model import NoRegisterYet

    year = spec.ngay.year if spec.ngay else (spec.nam or date.today().year)
    try:
        with api.open_register(config.register_db) as reg:
            rows = [r for r in reg.entries(nam=year) if r.so == spec.so
                    and r.ky_hieu == spec.ky_hieu]
    except NoRegisterYet:
        return None
    if live := [r for r in rows if r.trang_thai != "huy"]:
        return _("The Số this letter carries, {number}, is the number the outgoing register "
                 "gave another letter, {entry}: every letter of this run would carry that "
                 "letter's number. If this is that letter, send it from its page; if not, clear "
                 "its Số (the văn thư gives it a number when it is issued).").format(
            number=live[0].so_hieu, entry=entry(live[0])), False
    if rows:
        return _("The Số this letter carries, {number}, was cancelled in the outgoing register: "
                 "every letter of this run would carry a number no longer valid. Clear its Số "
                 "(the văn thư gives it a number when it is issued), then send it here.").format(
            number=rows[0].so_hieu), True
    return None


def kept_letter(config: DeskConfig, row: Any) -> tuple[str, bytes] | None:
    """The name and bytes of the letter kept for register line ``row``, as it was issued:
    from the register's database (an office), or from the desk's folder of issued letters
    (one computer); None if it is in neither."""
    if row.sha256:
        kept = register.kept_file(config.register_db, row.sha256)
        if kept is not None:
            return kept
    if not row.tep:
        return None
    path = Path(row.tep).resolve()
    if folder(config).resolve() not in path.parents or not path.is_file():
        return None
    return path.name, path.read_bytes()


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

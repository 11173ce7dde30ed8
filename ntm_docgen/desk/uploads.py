"""Uploads: the kinds each job accepts, their size limit, and a private folder removed after use.

The limits live here in one place (and in ``DeskConfig.max_upload``). A certificate (.p12) is
read into memory only: it is never written to disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import re
import unicodedata
import weakref
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, UploadFile

from ntm_docgen import api
from ntm_docgen.desk.filekinds import goes_to, is_what, kinds_said, posing_as
from ntm_docgen.errors import DocgenError, Problem
from ntm_docgen.i18n import Said, _

#: What each kind of file starts with (a DOCX and an XLSX are ZIP packages; a TIFF's first
#: bytes say the order of its numbers). A .doc, .rtf or .odt is not here: the reading of it
#: judges its first bytes as the command line does, and says what the file is instead (a PDF
#: under a .doc name: rename it to .pdf) or that it is locked by a password.
MAGIC: dict[str, bytes | tuple[bytes, ...]] = {
    ".docx": b"PK\x03\x04", ".xlsx": b"PK\x03\x04", ".pdf": b"%PDF-", ".png": b"\x89PNG\r\n\x1a\n",
    ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff", ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*")}
#: A letter in Word 97, RTF or OpenDocument: read as the .docx LibreOffice makes of it (a .doc
#: saved by some programs is RTF inside).
WORD_FILES = (".doc", ".rtf", ".odt")
TEXT = {".txt", ".csv", ".yaml", ".yml", ".json"}
#: A certificate is small; keeping it under this size keeps it in memory.
P12_LIMIT = 64 * 1024


#: Uploads worked on at once (checked, opened, copied, derived) for all clerks, per event loop
_TURNS: weakref.WeakKeyDictionary[Any, asyncio.Semaphore] = weakref.WeakKeyDictionary()


@contextlib.asynccontextmanager
async def upload_turn() -> AsyncIterator[None]:
    """A turn to work on an upload already saved: NTM_DOCGEN_DESK_UPLOAD_JOBS (2) at once for
    the whole desk, the others waiting with their files on disk, so that a burst of large
    uploads neither takes the server's memory (32 at once held 1 GB) nor its clerks' pages."""
    from ntm_docgen.desk.config import setting

    loop = asyncio.get_running_loop()
    turns = _TURNS.get(loop)
    if turns is None:
        turns = _TURNS[loop] = asyncio.Semaphore(setting("NTM_DOCGEN_DESK_UPLOAD_JOBS", 2))
    async with turns:
        yield


class UploadError(DocgenError):
    """Raised when an uploaded file is missing, of a kind the job does not take, or too big."""


def _safe_name(name: str, suffix: str) -> str:
    r"""The name a file is kept under: the clerk's own, composed (NFC), so that a message names
    it as she knows it; without a folder (some browsers send the whole path), and without the
    marks no file name may hold on Windows or Linux.

    >>> _safe_name("Danh sa\u0301ch xa\u0303 (1).csv", ".csv")
    'Danh sách xã (1).csv'
    >>> _safe_name("C:\\Tai lieu\\ds.csv", ".csv"), _safe_name("../../KH: 12?.docx", ".docx")
    ('ds.csv', 'KH- 12.docx')
    >>> _safe_name("CON.csv", ".csv"), _safe_name(".csv", ".csv")
    ('tep-CON.csv', 'tep.csv')
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name))[-1]
    stem = base[:-len(suffix)] if suffix and base.lower().endswith(suffix) else Path(base).stem
    stem = _UNSAFE.sub("-", stem).strip(" .-")[:80].rstrip(" .")
    if stem.split(".")[0].upper() in _DEVICES:
        stem = f"tep-{stem}"
    return (stem or "tep") + suffix


#: Marks no file name may hold (Windows' list, and the control characters).
_UNSAFE = re.compile(r'[\x00-\x1f<>:"|?*]+')
#: Names Windows keeps for its devices.
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}


def upload(form: FormData, field: str, kinds: tuple[str, ...], *,
           required: bool = True) -> UploadFile | None:
    """The file sent in ``field`` if its name ends in one of ``kinds`` (None when optional and
    absent); UploadError otherwise, naming the field and the kinds."""
    item = form.get(field)
    if not isinstance(item, UploadFile) or not item.filename:
        if required:
            raise UploadError(_("Choose a file: {kinds}.").format(kinds=kinds_said(kinds)))
        return None
    suffix = Path(item.filename).suffix.lower()
    if not suffix:
        raise UploadError(_("{name}: the file's name has no ending such as .docx, so the desk "
                            "cannot tell its kind; this job takes {kinds}. Choose the file "
                            "again, or rename it with its ending.").format(
            name=item.filename, kinds=kinds_said(kinds)))
    real = _real_kind(item.file.read(16), suffix)  # its first bytes; then back to its start
    item.file.seek(0)
    if real is not None and real not in kinds:  # a picture named .docx: not what it says
        raise UploadError(posing_as(item.filename, suffix, real, kinds))
    if suffix not in kinds:
        what = is_what(suffix)
        if what is None:
            raise UploadError(_("{name}: this job takes {kinds}, not a {suffix} file.").format(
                name=item.filename, kinds=kinds_said(kinds), suffix=suffix))
        raise UploadError(_("{name} is {what}; this job takes {kinds}. {where}").format(
            name=item.filename, what=what, kinds=kinds_said(kinds),
            where=goes_to(suffix, kinds)).strip())
    return item


async def read(item: UploadFile, limit: int) -> bytes:
    """The upload's bytes, checked against its kind's first bytes and the size limit."""
    data = await item.read(limit + 1)
    if len(data) > limit:
        raise _too_large(item, limit)
    wrong = _head_wrong(item, data)
    if wrong is not None:
        if wrong.unknown:  # told as the command line tells it, from the whole file
            with private_folder() as folder:
                path = folder / _safe_name(item.filename or "tep",
                                           Path(item.filename or "").suffix.lower())
                path.write_bytes(data)
                _told_by_the_library(item, path)
        raise wrong
    return data


def _too_large(item: UploadFile, limit: int) -> UploadError:
    return UploadError(_("{name}: the file is too large; the desk accepts up to {size} MB.")
                       .format(name=item.filename, size=max(1, limit // (1024 * 1024))))


class _WrongHead(UploadError):
    """Raised when an upload's first bytes are not of the kind its name says; ``unknown``: of
    no kind the desk tells by them (empty, a Word file locked by a password, a zip named .pdf),
    which the library tells from the whole file."""

    def __init__(self, message: str, unknown: bool = False) -> None:
        super().__init__(message)
        self.unknown = unknown


def _head_wrong(item: UploadFile, data: bytes) -> _WrongHead | None:
    """The refusal of an upload whose first bytes ``data`` are not of the kind its name says."""
    suffix = Path(item.filename or "").suffix.lower()
    magic = MAGIC.get(suffix)
    if magic and not data.startswith(magic) and not (suffix == ".pdf" and pdf_start(data) > 0):
        real = _real_kind(data, suffix)
        if real is not None:  # a PDF named .docx: the kind it is, as the command line says
            return _WrongHead(_("{name}: the file is a {real} file under another name, not a "
                                "{suffix} file: rename it to {real} and choose it again.").format(
                                    name=item.filename, real=real, suffix=suffix))
        return _WrongHead(_("{name}: the file is not a real {suffix} file (its content is of "
                            "another kind); save it again as {suffix}.").format(
                                name=item.filename, suffix=suffix), unknown=True)
    # a list's or a letter's NUL is the library's to tell, by its line, as on the command line
    if suffix in TEXT - {".csv", ".txt"} and b"\x00" in data[:4096] and \
            not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _WrongHead(_("{name}: the file is not text; save it again as UTF-8 text.")
                          .format(name=item.filename))
    return None


def _real_kind(data: bytes, suffix: str) -> str | None:
    """The ending of the kind ``data`` begins as, when it is not ``suffix``'s kind (a zip is
    told by its name alone: a .docx or an .xlsx); None when it is, or of no kind told here."""
    magic = MAGIC.get(suffix)
    if magic is None or data.startswith(magic) or (suffix == ".pdf" and pdf_start(data) > 0):
        return None
    return next((kind for kind, first in MAGIC.items()
                 if first != MAGIC[".docx"] and data.startswith(first)), None)


def pdf_start(head: bytes) -> int:
    """Where a PDF's header (``%PDF-``) begins in its first bytes ``head``: 0 as written, or
    further on in a PDF a portal or a signing service delivered with bytes before it (a real
    signed Kế hoạch of Quảng Bình has 21), which every PDF reader opens, as the header may
    stand anywhere in the first 1024 bytes; -1 when it does not.

    >>> pdf_start(b"%PDF-1.6"), pdf_start(bytes(21) + b"%PDF-1.6"), pdf_start(b"PK" + bytes(9))
    (0, 21, -1)
    """
    return head.find(b"%PDF-", 0, 1024)


async def certificate(item: UploadFile) -> bytes:
    """A .p12/.pfx certificate's bytes, in memory only."""
    return await read(item, P12_LIMIT)


#: The desk's folders in the temporary folder: an upload's, and a reading's (``doc-``).
PREFIX = "ntm-desk-"


@contextlib.contextmanager
def private_folder(prefix: str = PREFIX) -> Iterator[Path]:
    """A folder only this process's user can read, held by the desk while the block runs and
    removed with everything in it afterwards (or, the desk killed, by the next desk that
    starts: ``sweep``). A DocgenError raised inside names an upload as the clerk knows it
    (``goc.docx``), not by the server's temporary folder."""
    with api.private_folder(prefix) as folder, named_as_uploaded(folder):
        yield folder


def sweep() -> list[Path]:
    """Remove the folders in the temporary folder that no living desk (or command) holds:
    those of a desk killed (SIGKILL, a power cut) while it read a scan or an upload, made a
    bulk run's PDFs or a preview; another desk's on this computer stay."""
    return api.sweep_private_folders()


@contextlib.contextmanager
def named_as_uploaded(folder: Path) -> Iterator[None]:
    """A DocgenError raised inside names the uploads kept in ``folder`` as the clerk knows
    them (``ds.csv``), not by the server's folder."""
    try:
        yield
    except DocgenError as e:
        _named(e, folder)
        raise


def _named(value: object, folder: Path) -> Any:
    """``value`` (a text, a problem, a list or mapping of them) naming the uploads kept in
    ``folder`` as the clerk knows them; anything else as it is."""
    if isinstance(value, str):
        return as_uploaded(value, folder)
    if isinstance(value, DocgenError):
        # its fields too, the desk tells it again from them (``told_by``, FieldError.told),
        # and a list's problems of several kinds (``parts``) each
        value.args = tuple(_named(a, folder) for a in value.args)
        value.__dict__.update({k: _named(v, folder) for k, v in vars(value).items()})
        return value
    if isinstance(value, Problem):
        return dataclasses.replace(value, expected=_named(value.expected, folder),
                                   found=_named(value.found, folder))  # its label, its close
    if isinstance(value, list):
        return [_named(v, folder) for v in value]
    if isinstance(value, dict):
        return {k: _named(v, folder) for k, v in value.items()}
    return value


def as_uploaded(text: str, folder: Path) -> str:
    """``text`` naming the uploads kept in ``folder`` as the clerk knows them (``ds.csv``),
    not by the server's folder; a message of the library (:class:`Said`) stays one, its values
    named so too, for the desk to tell in its own words."""
    if isinstance(text, Said):
        return Said(as_uploaded(str(text), folder), text.msgid,
                    {k: as_uploaded(v, folder) if isinstance(v, str) else v
                     for k, v in text.values.items()})
    return text.replace(f"{folder}{os.sep}", "")


async def save(item: UploadFile, folder: Path, limit: int) -> Path:
    """Write the upload into ``folder`` (a private folder) under a safe name, a megabyte at a
    time: the desk never holds a whole upload in memory (32 clerks' uploads of 19 MB at once
    held 1 GB), and one past ``limit`` is refused as it is written (its part left in the
    folder, removed with it)."""
    head = await item.read(64 * 1024)
    if len(head) > limit:
        raise _too_large(item, limit)
    wrong = _head_wrong(item, head)
    if wrong is not None and not wrong.unknown:
        raise wrong
    suffix = Path(item.filename or "").suffix.lower()
    path = folder / _safe_name(item.filename or "tep", suffix)
    size = len(head)
    with path.open("wb") as out:  # a PDF from its header on, as its readers take it
        out.write(head[max(0, pdf_start(head)):] if suffix == ".pdf" and not wrong else head)
        while chunk := await item.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise _too_large(item, limit)
            out.write(chunk)
    if wrong is not None:  # told as the command line tells it, from the whole file
        _told_by_the_library(item, path)
        raise wrong
    return path


def _told_by_the_library(item: UploadFile, path: Path) -> None:
    """Raise the library's refusal of the upload kept at ``path`` (empty, locked by a
    password, another kind under its name: ``api.file_refused``, the command line's words)
    as an UploadError naming it as the clerk does; nothing when the library has none."""
    refusal = api.file_refused(path)
    if refusal is not None:
        raise UploadError(f"{item.filename}: {refusal.reason}")

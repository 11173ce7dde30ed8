"""Read a zip package from outside (DOCX, XLSX) with every part's real inflated size bounded.

A part's header may claim any size: each part is inflated through a bounded stream and
counted, so a 2 MB file that inflates to 2 GB is refused after the limit, never held whole.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.imagehead import check_picture
from ntm_docgen.files.limits import (
    FILE_BYTES,
    RATIO_FLOOR,
    ZIP_ENTRIES,
    ZIP_MEMBER,
    ZIP_RATIO,
    ZIP_TOTAL,
)
from ntm_docgen.files.prolog import LONG, PLAIN, prolog
from ntm_docgen.i18n import _

CHUNK = 1 << 20
#: What zipfile raises for a file that is not a zip, is cut off, or is damaged inside.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError,
              NotImplementedError, KeyError, OverflowError)


class UnreadablePackageError(InputFileError):
    """Raised when a zip package cannot be read: not a zip, cut off, damaged, or encrypted
    (``encrypted``); callers may say it again in their own words."""

    def __init__(self, path: Path | str, reason: str, encrypted: bool = False,
                 detail: str = "") -> None:
        self.encrypted = encrypted
        #: what is wrong, in the user's words where it is a common case (``zip_problem``)
        self.detail = detail or reason
        super().__init__(path, reason)


def zip_problem(error: BaseException) -> str:
    """What zipfile's ``error`` means, in the user's language for the cases a clerk meets (a
    file of another kind, a download cut off, a damaged part); any other in zipfile's words.

    >>> zip_problem(zipfile.BadZipFile("File is not a zip file"))
    'damaged, or a file of another kind given this name'
    >>> zip_problem(EOFError())
    'the file is cut off'
    """
    return known_zip_problem(error) or str(error)


def known_zip_problem(error: BaseException) -> str | None:
    """``zip_problem`` for the cases it says in the user's language; None for any other.

    >>> known_zip_problem(KeyError("There is no item named '[Content_Types].xml' in the archive"))
    'it has no part [Content_Types].xml'
    >>> known_zip_problem(KeyError("no relationship of type 'officeDocument' in collection"))
    """
    text = str(error)
    missing = re.search(r"no item named '([^']+)'", text)
    if isinstance(error, KeyError) and missing:
        return _("it has no part {part}").format(part=missing.group(1))
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in text:
        return _("damaged, or a file of another kind given this name")
    if isinstance(error, EOFError) or "runcated" in text:
        return _("the file is cut off")
    if isinstance(error, zlib.error) or "Bad CRC" in text or "Bad magic" in text:
        return _("a part of it is damaged")
    return None


def read_package(path: Path | str, keep: bool = True) -> tuple[list[zipfile.ZipInfo],
                                                                dict[str, bytes]]:
    """The parts of the zip at ``path`` in their order, and their bytes (none when not
    ``keep``: the package is then only checked). Raises LimitError past a limit of
    ``files.limits`` and UnreadablePackageError for a damaged or encrypted package."""
    path = Path(path)
    try:
        FILE_BYTES.check(path.stat().st_size, path)
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            ZIP_ENTRIES.check(len(infos), path)
            _refuse_twice(path, infos)
            data: dict[str, bytes] = {}
            total = 0
            for info in infos:
                content, size = _inflate(archive, info, path, total, keep)
                total += size
                if content is not None:
                    data[info.filename] = content
    except RuntimeError as e:  # zipfile: "File ... is encrypted, password required"
        raise UnreadablePackageError(path, _(
            "is password-protected (encrypted); open it, remove the password and save it "
            "again"), encrypted=True) from e
    except ZIP_ERRORS as e:
        detail = zip_problem(e)
        raise UnreadablePackageError(path, _(
            "is damaged or not a zip package ({detail})").format(detail=detail),
            detail=detail) from e
    except OSError as e:
        raise InputFileError(path, _("cannot be read ({reason})").format(
            reason=e.strerror or e)) from e
    return infos, data


def _refuse_twice(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a package holding a part twice, by its name or by a name differing only in
    capitals (one part to Open Packaging Conventions): a reader here takes the last, another
    program may show the first, so what is checked or copied would not be what is seen."""
    seen: set[str] = set()
    for info in infos:
        name = info.filename.casefold()
        if name in seen:
            detail = _("its part {part} is in it twice, which no file saved by Word, Excel or "
                       "LibreOffice holds").format(part=info.filename)
            raise UnreadablePackageError(path, _("is damaged or not a zip package ({detail})")
                                         .format(detail=detail), detail=detail)
        seen.add(name)


def check_package(path: Path | str) -> None:
    """Inflate every part of the zip at ``path`` once, keeping nothing: raise as
    ``read_package`` does, so a reader that opens the file itself meets only a sound one."""
    read_package(path, keep=False)


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, before: int,
             keep: bool) -> tuple[bytes | None, int]:
    """One part's bytes (None when not ``keep``) and its inflated size."""
    cap, total_cap, ratio = ZIP_MEMBER.value(), ZIP_TOTAL.value(), ZIP_RATIO.value()
    where = f"{path} ({info.filename})"
    ZIP_MEMBER.check(info.file_size, where)
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise ZIP_MEMBER.exceeded(where)
            if before + size > total_cap:
                raise ZIP_TOTAL.exceeded(path)
            if size > RATIO_FLOOR and size > ratio * max(info.compress_size, 1):
                raise ZIP_RATIO.exceeded(where)
            if size == len(chunk):
                check_picture(chunk, where, whole=size == info.file_size)
            if size == len(chunk) and (refused := _prolog_refused(
                    path, info, chunk, size == info.file_size)) is not None:
                raise refused
            if keep:
                chunks.append(chunk)
    return (b"".join(chunks) if keep else None), size


def _prolog_refused(path: Path, info: zipfile.ZipInfo, head: bytes, whole: bool
                    ) -> UnreadablePackageError | None:
    """The refusal of the part ``info`` whose first bytes are ``head`` when its prolog declares
    a DTD or goes on past them (``files.prolog``): the packages of Word and Excel may hold
    none (ECMA-376 Part 2, M1.17; Word refuses such a file); its entities would be expanded
    past every limit here, or name a file of the computer reading it, and python-docx writes
    them back unexpanded into a broken file. A picture drawn as SVG is refused too: a copy
    would carry it on to the recipient's computer."""
    found = prolog(info.filename, head, whole)
    if found == PLAIN:
        return None
    if found == LONG:
        detail = _("its part {part} holds more than a megabyte before its first element, "
                   "which no file saved by Word, Excel or LibreOffice holds").format(
                       part=info.filename)
    elif info.filename.lower().endswith(".svg"):
        detail = _("its picture {part} declares a DTD (<!DOCTYPE>), whose entities may expand "
                   "without end or read the files of the computer that opens it; insert the "
                   "picture again as .png or .jpg").format(part=info.filename)
    else:
        detail = _("its part {part} declares a DTD (<!DOCTYPE>), which no file saved by Word, "
                   "Excel or LibreOffice holds").format(part=info.filename)
    return UnreadablePackageError(path, _("is damaged or not a zip package ({detail})").format(
        detail=detail), detail=detail)

"""Word 97 (.doc), RTF and OpenDocument (.odt) letters read as Word files: each is checked by
its first bytes, then converted to a .docx on the warm offices (``files.office``), bounded in
time as a PDF is, and the .docx is read as any other.

A file LibreOffice cannot open, a password-protected one, one over ``NTM_DOCGEN_MAX_OFFICE_BYTES``
or a ``.doc`` that is something else is refused with one message naming it and what to do.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ntm_docgen.errors import ConversionError, DocgenError, FieldError, InputFileError
from ntm_docgen.files.limits import OFFICE_BYTES, read_bounded
from ntm_docgen.files.officebound import bound_before_office
from ntm_docgen.i18n import _

#: The kinds read through LibreOffice, by the name's ending.
SUFFIXES = (".doc", ".rtf", ".odt")
#: The kinds of content each ending may hold (a .doc saved by some programs is RTF inside).
ACCEPTED = {".doc": ("doc", "rtf"), ".rtf": ("rtf",), ".odt": ("odt",)}
#: LibreOffice's export filter for Word 2007-365 (.docx).
DOCX_FILTER = "docx:MS Word 2007 XML"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
#: What other content a misnamed file holds, and the ending it should have.
_OTHERS = (("docx", ".docx"), ("pdf", ".pdf"), ("odt", ".odt"), ("rtf", ".rtf"),
           ("doc", ".doc"))


def content_kind(head: bytes) -> str | None:
    """What the first bytes of a file say it is: ``doc`` (an OLE compound file), ``rtf``,
    ``odt``, ``docx`` (another zip package), ``pdf``, ``html``, or None.

    >>> content_kind(b"{\\\\rtf1\\\\ansi"), content_kind(OLE_MAGIC + bytes(8))
    ('rtf', 'doc')
    >>> content_kind(b"PK\\x03\\x04" + bytes(26) + _ODT_MIMETYPE), content_kind(b"%PDF-1.7")
    ('odt', 'pdf')
    >>> content_kind(b"\\xef\\xbb\\xbf<html>"), content_kind(b"hello")
    ('html', None)
    """
    if head.startswith(OLE_MAGIC):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return "odt" if head[30:30 + len(_ODT_MIMETYPE)] == _ODT_MIMETYPE else "docx"
    if head.startswith(b"%PDF-"):
        return "pdf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype html", b"<?xml", b"mime-version")):
        return "html"
    return None


def check(path: Path) -> str:
    """The kind of content at ``path`` (see ``content_kind``) when it is one its ending may
    hold and it is within the size limit and not locked by a password; InputFileError
    otherwise, saying what to do."""
    data = read_bounded(path, OFFICE_BYTES)
    suffix = path.suffix.lower()
    kind = content_kind(data[:4096])
    if kind not in ACCEPTED[suffix]:
        ending = dict(_OTHERS).get(kind or "")
        if ending is not None and ending != suffix:
            raise InputFileError(path, _("is not a {suffix} file but a {ending} file under "
                                         "another name: rename it to {ending} and give it "
                                         "again").format(suffix=suffix, ending=ending))
        raise InputFileError(path, _("is not a real {suffix} file (its first bytes are of "
                                     "another kind): open it in Word or LibreOffice and save "
                                     "it again as .docx").format(suffix=suffix))
    if _locked(path, kind, data):
        raise InputFileError(path, _("is password-protected; open it in Word or LibreOffice, "
                                     "remove the password and save it again"))
    bound_before_office(path, kind, data)
    return kind


def _locked(path: Path, kind: str, data: bytes) -> bool:
    """Whether the file is encrypted: an ODF package with encrypted parts, a Word 97 file
    whose FIB says so, or an encrypted Word 2007+ file (kept in an OLE compound file);
    InputFileError for a compound file that holds no Word document (a spreadsheet, junk)."""
    if kind == "odt":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                manifest = archive.read("META-INF/manifest.xml")
        except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
            return False  # LibreOffice says what is wrong with it
        return b"encryption-data" in manifest
    if kind != "doc":
        return False
    if "EncryptedPackage".encode("utf-16-le") in data:
        return True
    fib = _word_fib(data)
    if fib is None and data[0x48:0x4C] != bytes(4):
        return False  # a FAT too long for the header's list: LibreOffice reads it
    if fib is None:
        raise InputFileError(path, _("is not a Word document though it is named .doc (it may "
                                     "be a spreadsheet, or damaged): open it in Word or "
                                     "LibreOffice and save it again as .docx"))
    ident, flags = struct.unpack_from("<HxxxxxxxxH", data, fib)
    return ident == 0xA5EC and bool(flags & 0x8100)  # fEncrypted, fObfuscated


def _word_fib(data: bytes) -> int | None:
    """Where the FIB (the ``WordDocument`` stream's start) is in a compound file's bytes, read
    through its FAT and directory; None when there is no such stream or the file is damaged."""
    try:
        size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        fat: list[int] = []
        for sector in struct.unpack_from("<109I", data, 0x4C):
            if sector < _LAST:
                fat.extend(struct.unpack_from(f"<{size // 4}I", data, (sector + 1) * size))
        sector, seen = struct.unpack_from("<I", data, 0x30)[0], set()
        while sector < _LAST and sector not in seen:
            seen.add(sector)
            start = (sector + 1) * size
            for entry in range(start, start + size, 128):
                length = struct.unpack_from("<H", data, entry + 64)[0]
                name = data[entry:entry + max(0, min(length, 64) - 2)]
                if name == "WordDocument".encode("utf-16-le"):
                    first = struct.unpack_from("<I", data, entry + 116)[0]
                    fib = (first + 1) * size
                    return fib if fib + 12 <= len(data) else None
            sector = fat[sector] if sector < len(fat) else _LAST
    except (struct.error, ValueError, OverflowError):
        return None
    return None


#: Sector numbers from here on mark an end or a free sector, not a sector of the file.
_LAST = 0xFFFFFFFA


@contextlib.contextmanager
def as_docx(path: Path) -> Iterator[Path]:
    """The letter at ``path`` (.doc, .rtf, .odt) converted to a .docx in a temporary folder,
    removed afterwards. The .docx keeps the fonts the file named (``.VnTime``, ``VNI-Times``),
    so legacy text is read as in any Word file. An error raised inside names ``path``, the file
    the clerk gave, where it named the temporary .docx."""
    check(path)
    from ntm_docgen.files.soffice import find_soffice

    try:
        find_soffice()
    except ConversionError as e:
        raise InputFileError(path, _("LibreOffice is needed to read {suffix} files but was not "
                                     "found: install it (Debian/Ubuntu: apt-get install "
                                     "libreoffice-writer; Windows and macOS: the installer "
                                     "from libreoffice.org), or open the file in Word and save "
                                     "it as .docx").format(suffix=path.suffix.lower())) from e
    folder = Path(tempfile.mkdtemp(prefix="ntm-officein-"))
    try:
        source = folder / f"letter{path.suffix.lower()}"
        shutil.copyfile(path, source)  # a name LibreOffice reads whatever the clerk's was
        _convert(source, path)
        converted = folder / "letter.docx"
        try:
            yield converted
        except DocgenError as e:
            _renamed(e, str(converted), str(path))
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _renamed(error: DocgenError, old: str, new: str) -> None:
    """``error`` saying ``new`` wherever it said ``old``: its message, its file, its values."""
    error.args = tuple(a.replace(old, new) if isinstance(a, str) else a for a in error.args)
    if isinstance(error, InputFileError):
        error.path, error.reason = error.path.replace(old, new), error.reason.replace(old, new)
    if isinstance(error, FieldError):
        error.values = {k: v.replace(old, new) if isinstance(v, str) else v
                        for k, v in error.values.items()}


def _convert(source: Path, path: Path) -> None:
    """``source`` (a copy of ``path``) to ``letter.docx`` beside it: on the warm offices when
    there are, else with one LibreOffice start; InputFileError naming ``path`` otherwise."""
    from ntm_docgen.errors import LimitError
    from ntm_docgen.files.limits import OFFICE_MEMORY
    from ntm_docgen.files.office import OfficeDied, shared_pool
    from ntm_docgen.files.pdf import convert, export_filter

    target = source.with_suffix(".docx")
    pool = shared_pool()
    try:
        if pool is None:
            convert([source], source.parent, export=DOCX_FILTER)
        else:
            _ext, name, data = export_filter(DOCX_FILTER)
            pool.convert(source, target, name, data)
    except LimitError as e:  # its LibreOffice met its memory bound: the clerk's file named
        raise OFFICE_MEMORY.exceeded(path) from e
    except OfficeDied as e:
        raise InputFileError(path, _("{reason} while reading it: try again; if it happens "
                                     "again, open it in Word or LibreOffice and save it as "
                                     ".docx").format(reason=e)) from e
    except ConversionError as e:
        raise _unopened(path) from e
    if not zipfile.is_zipfile(target):
        raise _unopened(path)


def _unopened(path: Path) -> InputFileError:
    return InputFileError(path, _("LibreOffice could not open it (damaged, or not a letter "
                                  "file): open it in Word or LibreOffice and save it again as "
                                  ".docx"))

"""A file given under another kind's name (a PDF named .docx, a Word file named .xlsx), told as
the file it is: by its first bytes (``officein.content_kind``) and, for a zip package, by the
document its ``[Content_Types].xml`` or OpenDocument ``mimetype`` says it holds."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.officein import OLE_MAGIC, content_kind
from ntm_docgen.i18n import _

#: The ending of each kind ``content_kind`` tells by the first bytes but a zip's.
_ENDINGS = {"pdf": ".pdf", "rtf": ".rtf", "html": ".html"}
#: A main part's content type (or an OpenDocument's mimetype) -> the ending its file has.
_PACKAGES = (("wordprocessingml.document.main", ".docx"), ("spreadsheetml.sheet.main", ".xlsx"),
             ("presentationml.presentation.main", ".pptx"),
             ("opendocument.text", ".odt"), ("opendocument.spreadsheet", ".ods"))
#: The stream of an Office 97 compound file that holds an Office 2007+ file locked by a password.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
#: A package part read to tell its kind is read no further than this (a real one is ~2 KB).
_HEAD = 64 * 1024


def ending_of(path: Path) -> str | None:
    """The ending the content of the file at ``path`` has: ``.pdf``, ``.rtf``, ``.html``,
    ``.ole`` (an Office 97-2003 file: a .doc or an .xls, or an Office file locked with a
    password), or for a zip package ``.docx``, ``.xlsx``, ``.pptx``, ``.odt``, ``.ods``; None
    when it cannot be read or its kind is none of these."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if head.startswith(OLE_MAGIC):
        return ".ole"
    kind = content_kind(head)
    if kind in ("docx", "odt"):  # a zip package: of which document
        return _package_ending(path)
    return _ENDINGS.get(kind or "")


def _package_ending(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for name in ("mimetype", "[Content_Types].xml"):
                if name in names:
                    with archive.open(name) as part:
                        text = part.read(_HEAD).decode("utf-8", errors="replace")
                    return next((ending for kind, ending in _PACKAGES if kind in text), None)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error):  # a part damaged: the reader says so, naming the file
        return None
    return None


def workbook_refused(path: Path) -> InputFileError | None:
    """The refusal of a list named .xlsx that holds another kind of file, saying what it is
    and what to do; None when it is a workbook, or its kind is unknown (the reader then says
    what is wrong with it)."""
    ending = ending_of(path)
    if ending == ".ole":
        if _locked(path):
            return InputFileError(path, _("is password-protected (encrypted); open it, remove "
                                          "the password and save it again"))
        return InputFileError(path, _("is an old Excel 97-2003 (.xls) or Word 97-2003 (.doc) "
                                      "file, not an .xlsx workbook: open it in Excel or "
                                      "LibreOffice Calc and save it as .xlsx"))
    text = _text_list(path) if ending is None else None
    if text is not None:
        return InputFileError(path, _("is a list saved as text ({ending}) under another name, "
                                      "not an .xlsx workbook: rename it to {ending} and give it "
                                      "again").format(ending=text))
    if ending is None or ending == ".xlsx":
        return None
    return InputFileError(path, _("is not an .xlsx workbook but a {ending} file under another "
                                  "name: give the list of recipients as an .xlsx or .csv file "
                                  "(in Excel or LibreOffice Calc, save it as .xlsx)").format(
                                      ending=ending))


def word_refused(path: Path) -> InputFileError | None:
    """The refusal of a file named .docx that holds a PDF, an RTF or an OpenDocument text,
    which the readers of letters also take under their own name; None for any other."""
    ending = ending_of(path)
    if ending not in (".pdf", ".rtf", ".odt"):
        return None
    return InputFileError(path, _("is not a {suffix} file but a {ending} file under another "
                                  "name: rename it to {ending} and give it again").format(
                                      suffix=path.suffix.lower() or ".docx", ending=ending))


def _text_list(path: Path) -> str | None:
    """The ending of a list saved as text that the file starts as: ``.txt`` for cells parted
    by tabs (Excel's "Unicode Text"), ``.csv`` by commas or semicolons; None for no such list."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))  # Excel's "Unicode Text"
    text = head.decode("utf-16" if utf16 else "utf-8", errors="ignore")  # or Windows-1258
    first = text.split("\n", 1)[0]
    if "\x00" in text or "\n" not in text or not any(c in first for c in ",;\t"):
        return None
    return ".csv" if "," in first or ";" in first else ".txt"


def _locked(path: Path) -> bool:
    """Whether an Office 97 compound file holds a package locked with a password."""
    try:
        with path.open("rb") as handle:
            return _ENCRYPTED in handle.read(1 << 20)
    except OSError:
        return False

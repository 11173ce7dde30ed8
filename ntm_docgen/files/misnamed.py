"""A file given under another kind's name (a PDF named .docx, a Word file named .xlsx, a photo
named .pdf), told as the file it is: by its first bytes (``officein.content_kind``, a picture's
signature) and, for a zip package, by the document its ``[Content_Types].xml`` or OpenDocument
``mimetype`` says it holds. ``refused`` is the one rule every input of every command is held to
(and the desk's uploads): an empty file, one locked by a password, one of another kind, each told
with what to do."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.officein import OLE_MAGIC, content_kind
from ntm_docgen.i18n import N_, _

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
#: A picture's first bytes, and its ending.
_PICTURES = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"II*\x00", ".tif"),
             (b"MM\x00*", ".tif"))
#: What a letter's reader takes as a scan, read by OCR.
SCANS = (".png", ".jpg", ".tif")
#: Endings that name one kind twice, and the kinds an ending may hold besides its own (a .doc
#: some programs save is RTF inside).
_SAME = {".jpeg": ".jpg", ".tiff": ".tif", ".yml": ".yaml"}
_ALSO = {".doc": (".ole", ".rtf")}
#: Office packages the Word reader names in words under a .docx name ("an Excel workbook").
_OFFICE = (".xlsx", ".pptx", ".ods")
#: Endings of files that are not text: an empty one is told as empty.
_BINARY = {".docx", ".xlsx", ".pdf", ".odt", ".doc", ".rtf", ".png", ".jpg", ".tif"}
LOCKED = N_("is password-protected (encrypted); open it in Word or LibreOffice, remove the "
            "password and save it as .docx")


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
    picture = next((ending for first, ending in _PICTURES if head.startswith(first)), None)
    if picture is not None:
        return picture
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


def refused(path: Path, takes: Sequence[str] | None = None) -> InputFileError | None:
    """The refusal of the file at ``path`` whose content is not what its name says: empty (0
    bytes), locked by a password, or a file of another kind under this name, told as the kind
    it is, with the fix: renamed to its ending when the reader ``takes`` that ending (None: any),
    what the reader takes otherwise. None when the content may be what the name says, or its
    kind is unknown (the reader then says what is wrong with it).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "a.pdf").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(8))
    16
    >>> print(refused(folder / "a.pdf", (".pdf", ".png")).reason)  # doctest: +ELLIPSIS
    is not a .pdf file but a picture (.png) under another name: rename it to .png ...
    >>> refused(folder / "a.pdf", None) is None, refused(folder / "a.png") is None
    (False, True)
    """
    suffix = path.suffix.lower()
    suffix = _SAME.get(suffix, suffix)
    try:
        empty = path.stat().st_size == 0
    except OSError:
        return None  # the reader says it cannot be read
    if empty:
        if suffix not in _BINARY:
            return None  # a text's reader says what an empty text lacks
        return InputFileError(path, _("is empty (0 bytes): nothing was saved in it; save the "
                                      "file again, or ask the sender to send it again"))
    ending = ending_of(path)
    if ending is None or ending == suffix or ending in _ALSO.get(suffix, ()):
        return None
    if ending == ".ole":
        if _locked(path):
            return InputFileError(path, _(LOCKED))
        if suffix in (".docx", ".xlsx"):
            return None  # its reader names it: a Word 97-2003 .doc, an Excel 97-2003 .xls
        ending = ".doc"
    if ending == ".html" or suffix == ".docx" and ending in _OFFICE:
        return None  # text: its reader tells what it holds; the Word reader names a workbook
    if takes is not None and ending not in {_SAME.get(t, t) for t in takes}:
        if ending in SCANS:
            return InputFileError(path, _(
                "is not a {suffix} file but a picture ({ending}) under another name; only "
                "{kinds} files are read here (a picture is read as a scan, by OCR, when a "
                "letter is imported)").format(suffix=suffix, ending=ending, kinds=", ".join(takes)))
        return InputFileError(path, _("is not a {suffix} file but a {ending} file under "
                                      "another name; only {kinds} files are read here").format(
            suffix=suffix, ending=ending, kinds=", ".join(takes)))
    if ending in SCANS and takes is not None:
        return InputFileError(path, _("is not a {suffix} file but a picture ({ending}) under "
                                      "another name: rename it to {ending} and give it again; "
                                      "a picture is read as a scan, by OCR").format(
            suffix=suffix, ending=ending))
    return InputFileError(path, _("is not a {suffix} file but a {ending} file under another "
                                  "name: rename it to {ending} and give it again").format(
        suffix=suffix, ending=ending))


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

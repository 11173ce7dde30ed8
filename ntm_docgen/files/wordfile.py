"""A Word file from outside checked as python-docx reads it, then opened; one message a damage.

python-docx trusts a package's structure: a ``[Content_Types].xml``, a ``.rels`` or a document part
with the wrong root, a missing main-document relationship or a workbook under a .docx name end in
its own English words or in an ``AttributeError``. Here the same walk is done first (the content
types, the relationships from ``_rels/.rels`` on, each part they name, the XML parts python-docx
parses and their roots), and each failure is :class:`DamagedWordError`, said in the user's words
with what to do. ``copies`` checks the parts it has read with :func:`word_main_part`; every other
reader opens the file with :func:`open_word`.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import FILE_BYTES, LINE_CHARS, read_bounded
from ntm_docgen.files.misnamed import word_refused
from ntm_docgen.files.package import UnreadablePackageError, read_package
from ntm_docgen.i18n import N_, _

if TYPE_CHECKING:
    from docx.document import Document

_PACKAGE = "http://schemas.openxmlformats.org/package/2006/"
_CT = _PACKAGE + "content-types"
TYPES = f"{{{_CT}}}Types"
RELATIONSHIPS = f"{{{_PACKAGE}relationships}}Relationships"
RELATIONSHIP = f"{{{_PACKAGE}relationships}}Relationship"
OFFICE_DOCUMENT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "officeDocument")
STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
WORD_MAIN = _WML + "document.main+xml"
#: The parts python-docx parses as it opens a file, by content type, and the root each must have.
ROOTS = {WORD_MAIN: f"{{{W}}}document", _WML + "styles+xml": f"{{{W}}}styles",
         _WML + "numbering+xml": f"{{{W}}}numbering", _WML + "settings+xml": f"{{{W}}}settings",
         _WML + "header+xml": f"{{{W}}}hdr", _WML + "footer+xml": f"{{{W}}}ftr",
         _WML + "comments+xml": f"{{{W}}}comments"}
#: An OLE compound file's first bytes (a Word 97 .doc, or a .docx locked with a password) and
#: the stream that holds the locked package.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_LOCKED = N_("is password-protected (encrypted); open it in Word or LibreOffice, remove the "
             "password and save it as .docx")
STRICT_SAVED = N_('it is saved as Strict Open XML, not as "Word Document (*.docx)"')
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


class DamagedWordError(InputFileError):
    """Raised when a Word file cannot be opened; ``problem`` says what is wrong, in the user's
    words (never python-docx's or lxml's)."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.problem = problem
        super().__init__(path, _("is not a Word document (.docx) that can be opened ({detail}); "
                                 "open it in Word and save it again as .docx").format(
                                     detail=problem))


def open_word(path: Path | str) -> Document:
    """The python-docx document of the Word file at ``path``, its structure checked first;
    raises DamagedWordError (or InputFileError: encrypted, over a limit, unreadable)."""
    path = Path(path)
    data = read_word_package(path)[1]
    main = word_main_part(path, data, parse_main=False)
    import docx  # python-docx, only for the readers that need it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except etree.LxmlError as e:  # python-docx's parser is stricter than the walk's
        raise broken_part(*_failing_part(path, data, main, e)) from e
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            AttributeError) as e:  # the file changed since it was read, or a case not foreseen
        raise DamagedWordError(path, _("a part of it is damaged")) from e
    check_document_root(path, main, document.element)
    return document


def read_word_package(path: Path) -> tuple[list[zipfile.ZipInfo], dict[str, bytes]]:
    """The parts of the zip at ``path`` in their order, and their bytes; a damaged, encrypted
    or oversized zip told as such."""
    try:
        with path.open("rb") as handle:
            ole = handle.read(len(OLE_MAGIC)) == OLE_MAGIC
        if ole:  # a Word 97 .doc, or a .docx locked with a password (its package inside)
            raise _ole(path)
        return read_package(path)
    except UnreadablePackageError as e:
        if e.encrypted:
            raise InputFileError(path, _(_LOCKED)) from e
        raise word_refused(path) or DamagedWordError(path, e.detail) from e
    except OSError as e:
        raise InputFileError(path, _("cannot be read ({reason})").format(
            reason=e.strerror or e)) from e


def _ole(path: Path) -> InputFileError:
    """The refusal of an OLE compound file given as a .docx: locked with a password, or a .doc."""
    if ENCRYPTED in read_bounded(path, FILE_BYTES):
        return InputFileError(path, _(_LOCKED))
    return InputFileError(path, _("is an old Word 97-2003 .doc file; save it as .docx first"))


def word_main_part(path: Path, data: Mapping[str, bytes], parse_main: bool = True) -> str:
    """The name of the main document part of the package whose parts are ``data``, once every
    part python-docx reads is there, typed and (for XML parts but the main one unless
    ``parse_main``) parsed with the right root; raises DamagedWordError."""
    types = _ContentTypes(path, data)
    package = _relationships(path, data, "_rels/.rels", "/")
    mains = [target for kind, target in package if kind == OFFICE_DOCUMENT]
    if not mains:
        if any(kind == STRICT_DOCUMENT for kind, _target in package):
            raise DamagedWordError(path, _(STRICT_SAVED))
        raise DamagedWordError(path, _("it names no main document part"))
    main = mains[0]
    if len(mains) > 1:
        raise DamagedWordError(path, _("it names more than one main document part"))
    kind = types.of(main)
    if kind != WORD_MAIN:
        raise DamagedWordError(path, _other_kind(kind))
    for name, part in data.items():  # every XML part a reader may parse, headers too
        if name.lower().endswith((".xml", ".rels")):
            check_text_length(path, name, part)
    seen: set[str] = set()
    todo = [main] + [target for _kind, target in package]
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.add(name)
        kind = types.of(name)
        folder, base = posixpath.split(name)
        todo += [target for _kind, target in _relationships(
            path, data, posixpath.join(folder, "_rels", base + ".rels"), "/" + folder)]
        if kind in ROOTS and (parse_main or name != main):
            root = _parse(path, data, name)
            if name == main:
                check_document_root(path, main, root)
            elif root.tag != ROOTS[kind]:
                raise DamagedWordError(path, _("its part {part} is damaged").format(part=name))
    return main


def check_text_length(path: Path, name: str, xml: bytes) -> None:
    """Refuse with LimitError a part holding more than LINE_CHARS characters between two tags:
    python-docx's parser calls a text of more than 10 MB damaged, and a copy of a letter of one
    50 MB paragraph held a gigabyte of memory."""
    cap = LINE_CHARS.value()
    if len(xml) <= cap:
        return
    # a text, after a tag's ">": never an attribute (Word keeps a shape's picture in its
    # o:gfxdata attribute, 666,443 characters in a real letter of check's set)
    longest = max((piece.rpartition(b">")[2] for piece in xml.split(b"<")), key=len)
    if len(longest) > cap:  # bytes: a character is one to four of them
        LINE_CHARS.check(len(longest.decode("utf-8", "replace")), f"{path} ({name.lstrip('/')})")


def _failing_part(path: Path, data: Mapping[str, bytes], main: str,
                  error: etree.LxmlError) -> tuple[Path, str, etree.LxmlError]:
    """The part python-docx's parser fails on, and its error (the main part's ``error``
    when none is found again)."""
    from docx.oxml.parser import oxml_parser

    for name, part in data.items():
        if name.lower().endswith((".xml", ".rels")):
            try:
                etree.fromstring(part, oxml_parser)
            except etree.LxmlError as e:
                return path, name, e
    return path, main, error


def check_document_root(path: Path, main: str, root: etree._Element) -> None:
    """Raise DamagedWordError unless ``root`` is a WordprocessingML document with a body."""
    if root.tag == f"{{{STRICT_W}}}document":
        raise DamagedWordError(path, _(STRICT_SAVED))
    if root.tag != f"{{{W}}}document" or root.find(f"{{{W}}}body") is None:
        raise DamagedWordError(path, _("its part {part} holds no document body").format(
            part=main))


def _other_kind(kind: str) -> str:
    """What a package whose main part is of content type ``kind`` is, in the user's words."""
    if "spreadsheetml" in kind or "ms-excel" in kind:
        return _("it is an Excel workbook, not a Word document")
    if "presentationml" in kind or "ms-powerpoint" in kind:
        return _("it is a PowerPoint presentation, not a Word document")
    if "macroEnabled" in kind:
        return _("it is a Word file with macros (.docm or .dotm)")
    if "template" in kind:
        return _("it is a Word template (.dotx)")
    return _("its main part is not a Word document")


class _ContentTypes:
    """``[Content_Types].xml`` as python-docx looks a part's type up: by its name, then by its
    extension, both without regard to case."""

    def __init__(self, path: Path, data: Mapping[str, bytes]) -> None:
        self.path = path
        name = "[Content_Types].xml"
        root = _parse(path, data, name)
        if root.tag != TYPES:
            raise DamagedWordError(path, _("its part {part} is damaged").format(part=name))
        self.overrides: dict[str, str] = {}
        self.defaults: dict[str, str] = {}
        for item in root.iterchildren(f"{{{_CT}}}Override", f"{{{_CT}}}Default"):
            override = item.tag == f"{{{_CT}}}Override"
            key = item.get("PartName" if override else "Extension")
            value = item.get("ContentType")
            if key is None or value is None:
                raise DamagedWordError(path, _("its part {part} is damaged").format(part=name))
            (self.overrides if override else self.defaults)[key.lower()] = value

    def of(self, name: str) -> str:
        """The content type of part ``name`` (a zip member name)."""
        found = self.overrides.get("/" + name.lower())
        if found is None:
            extension = posixpath.splitext(name)[1][1:].lower()
            found = self.defaults.get(extension)
        if found is None:
            raise DamagedWordError(self.path, _("[Content_Types].xml gives no type for its part "
                                                "{part}").format(part=name))
        return found


def part_relationships(path: Path, data: Mapping[str, bytes],
                       part: str) -> list[tuple[str, str]]:
    """The internal relationships of part ``part`` (its type and the member it points to)."""
    folder, base = posixpath.split(part)
    return _relationships(path, data, posixpath.join(folder, "_rels", base + ".rels"),
                          "/" + folder)


def _relationships(path: Path, data: Mapping[str, bytes], name: str,
                   folder: str) -> list[tuple[str, str]]:
    """The internal relationships of the ``.rels`` part ``name`` (none when it is absent):
    their type and the zip member they point to, each of which must be in the package."""
    if name not in data:
        return []
    root = _parse(path, data, name)
    if root.tag != RELATIONSHIPS:
        raise DamagedWordError(path, _("its part {part} is damaged").format(part=name))
    found = []
    for item in root.iterchildren(RELATIONSHIP):
        if item.get("TargetMode") == "External":
            continue
        target = item.get("Target")
        if target is None:
            raise DamagedWordError(path, _("its part {part} is damaged").format(part=name))
        member = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
        if member not in data:
            raise DamagedWordError(path, _("it has no part {part}").format(part=member))
        found.append((item.get("Type") or "", member))
    return found


def _parse(path: Path, data: Mapping[str, bytes], name: str) -> etree._Element:
    """Part ``name`` parsed; missing or not XML: DamagedWordError."""
    if name not in data:
        raise DamagedWordError(path, _("it has no part {part}").format(part=name))
    try:
        return etree.fromstring(data[name], _PARSER)
    except etree.LxmlError as e:
        raise broken_part(path, name, e) from e


def broken_part(path: Path, part: str, error: etree.LxmlError) -> DamagedWordError:
    """The refusal of a file whose XML part ``part`` does not parse: where, as a text editor
    counts (from 1), never the parser's English (``Excessive depth in document``)."""
    line, column = getattr(error, "position", None) or (0, 0)
    if not line:
        return DamagedWordError(path, _("its part {part} is damaged").format(part=part))
    return DamagedWordError(path, _("its part {part} is damaged from line {line}, column "
                                    "{column} on").format(part=part, line=line, column=column))

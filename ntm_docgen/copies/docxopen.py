"""A DOCX from outside opened and checked: each way it cannot be read told with what to do."""

from __future__ import annotations

import posixpath
from pathlib import Path

from lxml import etree

from ntm_docgen.copies.package import ENCRYPTED, OLE_MAGIC, DocxPackage, w
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import FILE_BYTES, read_bounded
from ntm_docgen.files.package import UnreadablePackageError, read_package
from ntm_docgen.files.syntax import WORD, xml_reason
from ntm_docgen.i18n import _

REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "officeDocument")
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def _reject_ole(path: Path, head: bytes) -> None:
    if not head.startswith(OLE_MAGIC):
        return
    if ENCRYPTED in read_bounded(path, FILE_BYTES):
        raise InputFileError(path, _("is password-protected (encrypted); open it in Word or "
                                     "LibreOffice, remove the password and save it as .docx"))
    raise InputFileError(path, _("is an old Word 97-2003 .doc file; save it as .docx first"))


def main_part_name(path: Path, data: dict[str, bytes]) -> str:
    """The main document part named by the package relationships (usually word/document.xml)."""
    rels = data.get("_rels/.rels")
    if rels is not None:
        try:
            for rel in etree.fromstring(rels).iter(f"{{{REL}}}Relationship"):
                if rel.get("Type") == OFFICE_DOCUMENT:
                    return posixpath.normpath(rel.get("Target", "").lstrip("/"))
        except etree.XMLSyntaxError as e:
            raise InputFileError(path, _("is damaged: {part} is not XML ({problem})")
                                 .format(part="_rels/.rels", problem=e)) from e
    if "word/document.xml" in data:
        return "word/document.xml"
    raise InputFileError(path, _("is not a Word document: it has no word/document.xml"))


def open_docx(path: Path | str) -> DocxPackage:
    """Read and check a DOCX; every failure is one InputFileError saying what to do."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    with path.open("rb") as handle:
        head = handle.read(8)
    _reject_ole(path, head)
    try:
        infos, data = read_package(path)
    except UnreadablePackageError as e:
        if e.encrypted:
            raise InputFileError(path, _("is password-protected (encrypted); open it in Word or "
                                         "LibreOffice, remove the password and save it as .docx")
                                 ) from e
        raise InputFileError(path, _("is not a readable DOCX ({problem}); give a .docx saved by "
                                     "Word or LibreOffice").format(problem=e.detail)) from e
    main = main_part_name(path, data)
    if main not in data:
        raise InputFileError(path, _("is damaged: its main part {part} is missing")
                             .format(part=main))
    if not main.endswith(".xml"):
        raise InputFileError(path, _("is not a Word document (main part {part})")
                             .format(part=main))
    try:
        root = etree.fromstring(data[main], etree.XMLParser(huge_tree=True))
    except etree.XMLSyntaxError as e:
        raise InputFileError(path, xml_reason(e, main, WORD)) from e
    if root.tag == f"{{{STRICT}}}document":
        raise InputFileError(path, _('is saved as Strict Open XML, which copies do not read; '
                                     'open it in Word and save it as "Word Document (*.docx)"'))
    if root.tag != w("document"):
        raise InputFileError(path, _("is not a Word text document (it may be a spreadsheet or "
                                     "a presentation)"))
    package = DocxPackage(path, infos, data, main, root)
    package.body  # noqa: B018 - raises when there is no body
    return package



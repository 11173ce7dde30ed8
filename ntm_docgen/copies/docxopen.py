"""A DOCX from outside opened and checked: each way it cannot be read told with what to do."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ntm_docgen.copies.package import DocxPackage
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.wordfile import (
    broken_part,
    check_document_root,
    read_word_package,
    word_main_part,
)
from ntm_docgen.i18n import _


def open_docx(path: Path | str) -> DocxPackage:
    """Read and check a DOCX; every failure is one InputFileError saying what to do."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    infos, data = read_word_package(path)
    main = word_main_part(path, data, parse_main=False)
    try:
        root = etree.fromstring(data[main], etree.XMLParser(huge_tree=True))
    except etree.XMLSyntaxError as e:
        raise broken_part(path, main, e) from e
    check_document_root(path, main, root)
    return DocxPackage(path, infos, data, main, root)

"""A .odt or .rtf letter bounded before LibreOffice converts it: LibreOffice holds a whole
document in memory as it reads it, some 18 KB a paragraph (11 GB, and more than ten minutes,
for a .odt of 1.2 MB holding 600 MB of empty paragraphs), and reads a DTD no office program
writes.

A .odt is a zip package, read as a Word file is (``files.package``: each part's inflated size
and ratio, a DTD refused); its paragraphs and headings (``<text:p>``, ``<text:h>`` of
``content.xml``) and an RTF's (``\\par``) are counted against PARAGRAPHS before it is converted.
"""

from __future__ import annotations

import re
from pathlib import Path

from ntm_docgen.files.limits import PARAGRAPHS
from ntm_docgen.files.package import check_package
from ntm_docgen.files.tagcount import UNREAD, count_tags

#: An OpenDocument paragraph's or heading's start tag, under whatever prefix the file binds
#: its text namespace to (LibreOffice writes ``text:``; a file may say ``t:``).
_ODT_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,15}:)?[ph][\s/>]")
#: An RTF paragraph's end (``\par``, not ``\pard`` or ``\pararsid``).
_RTF_PARAGRAPH = re.compile(rb"\\par(?![a-z])")


def bound_before_office(path: Path, kind: str, data: bytes) -> None:
    """Refuse the letter at ``path`` of content ``kind`` (``odt``, ``rtf``), its bytes
    ``data``, past a limit of its package or PARAGRAPHS; LimitError or InputFileError naming
    the file.

    >>> bound_before_office(Path("a.rtf"), "rtf", rb"{\\rtf1 \\pard A\\par B\\par}")
    """
    cap = PARAGRAPHS.value()
    if kind == "odt":
        check_package(path)
        try:
            PARAGRAPHS.check(count_tags(path, "content.xml", _ODT_PARAGRAPH, cap), path)
        except UNREAD:
            return  # LibreOffice says what is wrong with it
    elif kind == "rtf":
        PARAGRAPHS.check(len(_RTF_PARAGRAPH.findall(data)), path)

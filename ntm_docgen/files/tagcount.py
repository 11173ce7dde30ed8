"""Elements of a part of a zip package counted from its bytes, before any program reads it: the
rows of a workbook's sheet before openpyxl, the paragraphs of an OpenDocument letter before
LibreOffice.

openpyxl reads some 30,000 rows a second, with each cell made an object: a list of a million
rows held a worker 8 seconds before the hundred-thousandth and first row was refused; and
LibreOffice took 11 GB, and more than ten minutes, over a .odt of 1.2 MB whose paragraphs
inflate to 600 MB. The start tags are counted as the part inflates (a megabyte at a time,
stopped at the limit), so such a file is refused in the time it takes to inflate it. Each row
a sheet holds is one ``<row>`` element (a row left out between two is read as an empty row, so
the count is never more than openpyxl reads); its ``<dimension>`` is a claim, and not read.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import BinaryIO

from ntm_docgen.files.limits import ROWS

#: A row's start tag, with or without a namespace prefix (``<row r="2">``, ``<x:row>``).
ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,15}:)?row[\s/>]")
#: The longest start tag counted: what a megabyte's end may cut in two.
_LONGEST = 24
#: What a part that cannot be read raises: left to the program that reads it, which says so.
UNREAD = (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError)


def count_tags(path: Path | BinaryIO, part: str, tag: re.Pattern[bytes], cap: int) -> int:
    """The start tags ``tag`` (a pattern starting with ``<``, matching no other ``<``) in the
    part ``part`` of the zip at ``path``, counted a megabyte at a time until they pass ``cap``.

    >>> import io
    >>> book = io.BytesIO()
    >>> with zipfile.ZipFile(book, "w") as archive:
    ...     archive.writestr("s.xml", b'<sheetData><row r="1"/><x:row r="2"><c/></x:row>'
    ...                      b"<rows/></sheetData>")
    >>> count_tags(book, "s.xml", ROW, 10)
    2
    """
    found, carried = 0, b""
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as member:
        while chunk := member.read(1 << 20):
            text = carried + chunk
            cut = text.rfind(b"<")
            if cut < 0 or len(text) - cut > _LONGEST:
                cut = len(text)
            found += len(tag.findall(text, 0, cut))
            if found > cap:
                return found
            carried = text[cut:]
    return found + len(tag.findall(carried))


def check_sheet_rows(path: Path, part: str) -> None:
    """Refuse with ROWS's LimitError the sheet ``part`` holding more rows than ROWS and its
    header; a part that cannot be read is left to openpyxl, which says so."""
    cap = ROWS.value() + 1
    try:
        counted = count_tags(path, part, ROW, cap)
    except UNREAD:
        return
    if counted > cap:
        raise ROWS.exceeded(path)

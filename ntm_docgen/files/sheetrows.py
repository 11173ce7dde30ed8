"""The rows of a workbook's sheet counted from its part, before openpyxl reads any.

openpyxl reads some 30,000 rows a second, with each cell made an object: a list of a million
rows held a worker 8 seconds before the hundred-thousandth and first row was refused. The
sheet's ``<row>`` elements are counted as the part inflates (a megabyte at a time, stopped at
the limit), so such a list is refused in the time it takes to inflate it. Each row a sheet
holds is one ``<row>`` element (a row left out between two is read as an empty row, so the
count is never more than openpyxl reads); its ``<dimension>`` is a claim, and not read.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import BinaryIO

from ntm_docgen.files.limits import ROWS

#: A row's start tag, with or without a namespace prefix (``<row r="2">``, ``<x:row>``).
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,15}:)?row[\s/>]")
#: The longest start of a row's tag: what a megabyte's end may cut in two.
_LONGEST = 24


def count_rows(path: Path | BinaryIO, part: str, cap: int) -> int:
    """The ``<row>`` elements of the sheet ``part`` of the workbook at ``path``, counted a
    megabyte at a time until they pass ``cap``.

    >>> import io
    >>> book = io.BytesIO()
    >>> with zipfile.ZipFile(book, "w") as archive:
    ...     archive.writestr("s.xml", b'<sheetData><row r="1"/><x:row r="2"><c/></x:row>'
    ...                      b"<rows/></sheetData>")
    >>> count_rows(book, "s.xml", 10)
    2
    """
    found, carried = 0, b""
    with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as member:
        while chunk := member.read(1 << 20):
            text = carried + chunk
            cut = text.rfind(b"<")
            if cut < 0 or len(text) - cut > _LONGEST:
                cut = len(text)
            found += len(_ROW.findall(text, 0, cut))
            if found > cap:
                return found
            carried = text[cut:]
    return found + len(_ROW.findall(carried))


def check_sheet_rows(path: Path, part: str) -> None:
    """Refuse with ROWS's LimitError the sheet ``part`` holding more rows than ROWS and its
    header; a part that cannot be read is left to openpyxl, which says so."""
    cap = ROWS.value() + 1
    try:
        counted = count_rows(path, part, cap)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return
    if counted > cap:
        raise ROWS.exceeded(path)

"""A spreadsheet's column named by its letters (``A``, ``Z``, ``AA``), as messages about a list
name it, CSV or workbook alike: written here so that a CSV list's run loads no spreadsheet
library (openpyxl costs a CLI call some 0.3 s to import)."""

from __future__ import annotations

#: The last column a name of three letters gives (``ZZZ``), as far as openpyxl names them.
LAST = 18278


def column_letter(index: int) -> str:
    """The letters of column ``index``, 1 being ``A``; a ``ValueError`` outside 1 to ``LAST``.

    >>> column_letter(1), column_letter(26), column_letter(27), column_letter(702)
    ('A', 'Z', 'AA', 'ZZ')
    >>> column_letter(703), column_letter(16384), column_letter(LAST)
    ('AAA', 'XFD', 'ZZZ')
    """
    if not 1 <= index <= LAST:
        raise ValueError(f"Invalid column index {index}")
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters

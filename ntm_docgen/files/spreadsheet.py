"""Cells of the spreadsheets the tool writes: text from outside is never read as a formula.

OWASP's rule for CSV injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is turned into a formula by Excel and LibreOffice when the file is opened
(``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). In a CSV such a cell is written after a ``'``,
which spreadsheets read as "text follows"; in an XLSX it is written as a text cell (never an
``<f>`` element) with the quote prefix set, so editing it keeps it text. A negative number
(``-5``, ``-1,5``) stays as it is.
"""

from __future__ import annotations

import re
from typing import Any

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-\d+(?:[.,]\d+)*")


def is_formula_like(value: Any) -> bool:
    """Whether ``value`` is text a spreadsheet would read as a formula.

    >>> [is_formula_like(v) for v in ["=1+2", "@SUM(A1)", "-5", "-x", "Như trên", 5]]
    [True, True, False, True, False, False]
    """
    return (isinstance(value, str) and value.startswith(FORMULA_START)
            and _NUMBER.fullmatch(value) is None)


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: formula-like text after a ``'``.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")"), csv_cell("UBND xã A"), csv_cell(12)
    ('\\'=HYPERLINK("http://x")', 'UBND xã A', 12)
    """
    return "'" + value if is_formula_like(value) else value


def text_cells(cells: Any) -> None:
    """Mark the openpyxl cells that hold text as text (``t="s"``/inline string, never a
    formula); formula-like ones also get the quote prefix."""
    for cell in cells:
        if isinstance(cell.value, str):
            formula_like = is_formula_like(cell.value) or cell.value.startswith("=")
            cell.data_type = "s"
            if formula_like:
                cell.quotePrefix = True

"""What a workbook's cells hold that no spreadsheet shows, read before their formats are
(``bulk.shown``): a number past the largest a spreadsheet holds (``1E999``, read as infinity),
a date cell past 31/12/9999, a cell naming a style the workbook lacks."""

from __future__ import annotations

import math
import re
import warnings
from typing import Any

from ntm_docgen.i18n import _

#: Python's words for a number cell's text that is no number (openpyxl reads ``<v>NaN</v>``).
_NO_NUMBER = re.compile(r"(?:invalid literal for int\(\) with base 10|could not convert "
                        r"string to float): '([^'\n]{0,40})'")


class NoNumber(Exception):
    """Raised when a number cell holds what no spreadsheet holds as a number: infinity (a
    file saying ``1E999``), or a whole number past the largest (``1E308``) of 400 digits; or,
    ``date``, a date cell's number past the last date (31/12/9999)."""

    def __init__(self, cell: str, value: Any, date: bool = False) -> None:
        self.cell = cell
        self.value = value
        self.date = date
        super().__init__(cell)


#: openpyxl's warning, in English, for a date cell whose number is no date (it reads the cell
#: as the error ``#VALUE!``, told by :func:`held`): kept from the clerk's screen. A filter set
#: once for the process; a ``catch_warnings`` around the reading would not be safe in the desk's
#: threads, each reading its own list.
warnings.filterwarnings("ignore", message=r"Cell \S+ is marked as a date but the serial value")


def held(cell: Any, value: Any) -> Any:
    """``value`` of ``cell``, a number a spreadsheet holds; raise ``NoNumber`` for infinity
    (``1E999``, which printed "∞" or failed) or a whole number past ``1E308``.

    >>> held(None, 1250000), held(None, "1E999")
    (1250000, '1E999')
    """
    if value == "#VALUE!" and getattr(cell, "data_type", None) == "e":
        from openpyxl.styles.numbers import is_date_format  # a workbook's cell: loaded

        if is_date_format(str(getattr(cell, "number_format", "") or "")):
            raise NoNumber(getattr(cell, "coordinate", "?"), value, date=True)  # past 9999
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    try:
        finite = math.isfinite(float(value))
    except OverflowError:  # a whole number of 400 digits
        finite = False
    if not finite:
        raise NoNumber(getattr(cell, "coordinate", "?"), value)
    return value


def refusal(e: Exception, sheet: str) -> str:
    """Why a workbook's sheet ``sheet`` cannot be read, for ``e`` raised in reading its cells:
    a number no spreadsheet holds (``NoNumber``), a number cell holding text (``NaN``, which a
    program, not a spreadsheet, wrote), or what openpyxl refused that no spreadsheet writes."""
    if isinstance(e, NoNumber):
        return (_("cell {cell} of sheet “{sheet}” is a date cell that shows #VALUE!: its formula "
                  "failed, or its number is no date (after 31/12/9999); correct the cell in the "
                  "spreadsheet and save the list") if e.date else _(
            "cell {cell} of sheet “{sheet}” holds a number too large for a spreadsheet; type its "
            "number again and save the list")).format(cell=e.cell, sheet=sheet)
    text = _NO_NUMBER.search(str(e))
    if text is not None:
        return _("sheet “{sheet}” has a number cell holding “{text}”, which is no number (a "
                 "program wrote the file, not a spreadsheet); open it in a spreadsheet, type the "
                 "number in that cell and save the list").format(sheet=sheet, text=text[1])
    return _("is not a readable .xlsx workbook ({problem}); open it in a spreadsheet and save "
             "it again").format(problem=f"{type(e).__name__}: {e}")


def lenient_styles(book: Any) -> None:
    """Read a cell of ``book`` (an openpyxl workbook) that names a style, a font or a number
    format its styles part lacks as the spreadsheets open it: in the default style and font,
    its number in General (openpyxl failed on it)."""
    from openpyxl.utils.indexed_list import IndexedList

    class Lenient(IndexedList):  # type: ignore[type-arg]
        def __init__(self, items: Any, missing: Any) -> None:
            super().__init__(items)
            self.missing = missing

        def __getitem__(self, index: Any) -> Any:
            try:
                return super().__getitem__(index)
            except IndexError:
                if not isinstance(index, int) or (self.missing is None and not len(self)):
                    raise
                return super().__getitem__(0) if self.missing is None else self.missing

    for name, missing in (("_cell_styles", None), ("_fonts", None),
                          ("_number_formats", "General")):
        setattr(book, name, Lenient(getattr(book, name), missing))

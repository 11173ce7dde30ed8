"""An XLSX list's sheet as the clerk laid it out: which sheet of the workbook holds the list,
and its cells merged ("Merge & Center"), the rows and columns she hid, a filter left on, as
openpyxl's own sheet parser reads them (its read-only sheets keep none of it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ntm_docgen.bulk.sheets import KINH_GUI, cell_text, column_name

#: The title rows a clerk types above the column names (``DANH SÁCH ỦY BAN NHÂN DÂN CÁC XÃ``).
TITLE_ROWS = 3
#: The rows looked at for the column names: titles, blank rows between, the names.
LOOKED_AT = 20


def title_window(rows: Iterable[Sequence[Any]]) -> int:
    """How many of the first rows may hold the column names: ``TITLE_ROWS`` titles above them,
    blank rows not counted (a blank row under the titles is no title).

    >>> title_window([["UBND"], ["SỞ"], ["DANH SÁCH"], [None, ""], ["kinh_gui"], ["UBND xã A"]])
    5
    >>> title_window([["kinh_gui"], ["UBND xã A"], ["UBND xã B"], ["UBND xã C"], ["UBND xã D"]])
    4
    """
    count = written = 0
    for count, row in enumerate(rows, start=1):
        written += any(cell_text(c).strip() for c in row)
        if written > TITLE_ROWS or count >= LOOKED_AT:
            break
    return count


@dataclass(frozen=True)
class Layout:
    """What a sheet shows besides its values; rows and columns numbered from 1, as Excel does."""

    #: the merged ranges: (first row, first column, last row, last column)
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()
    #: a filter is on (Data > Filter): the rows it hides are among ``hidden_rows``
    filtered: bool = False
    #: the formula cells whose value was never saved: (row, column)
    unsaved: tuple[tuple[int, int], ...] = ()
    #: the formula cells whose value was saved, which the list takes: (row, column, formula)
    formulas: tuple[tuple[int, int, str], ...] = ()


class _NoStrings(dict):  # type: ignore[type-arg]
    """The shared strings the layout needs none of: every one is read as empty text."""

    def __getitem__(self, key: Any) -> str:
        return ""


def _hidden(attrs: dict[str, str]) -> bool:
    return attrs.get("hidden", "").lower() in ("1", "true")


def read_layout(sheet: Any, rows: list[list[Any]]) -> Layout:
    """The merged cells, hidden rows and columns, filter and formulas never computed of a
    read-only ``sheet`` whose values are ``rows``, read by one more pass of openpyxl's parser
    over its XML, its formulas as written (the rows it yields are let go)."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet._reader import WorkSheetParser

    unsaved, formulas = [], []
    with sheet._get_source() as source:
        parser = WorkSheetParser(source, _NoStrings(), data_only=False)
        for number, cells in parser.parse():
            if number > len(rows):
                continue
            values = rows[number - 1]
            for cell in cells:
                formula, column = cell["value"], cell["column"]
                if not (isinstance(formula, str) and formula.startswith("=")):
                    continue
                if column > len(values) or values[column - 1] is None:
                    unsaved.append((number, column))
                else:  # its value as the spreadsheet saved it is read, not the formula
                    formulas.append((number, column, formula))
    merged = []
    for cell in getattr(parser.merged_cells, "mergeCell", None) or ():
        try:
            first_col, first_row, last_col, last_row = range_boundaries(cell.ref)
        except (TypeError, ValueError):  # a range no spreadsheet wrote: no merge to read
            continue
        merged.append((first_row, first_col, last_row, last_col))
    hidden = frozenset(int(r) for r, attrs in parser.row_dimensions.items() if _hidden(attrs))
    columns: set[int] = set()
    for attrs in parser.column_dimensions.values():
        if _hidden(attrs):
            first = int(attrs.get("min", 0))
            columns.update(range(first, min(int(attrs.get("max", first)), 16384) + 1))
    auto = getattr(parser, "auto_filter", None)
    return Layout(tuple(sorted(merged)), hidden, frozenset(columns),
                  bool(auto is not None and auto.ref), tuple(unsaved), tuple(formulas))


def names_list(sheet: Any) -> bool:
    """Whether a sheet's first rows (its column names under at most ``TITLE_ROWS`` titles)
    name ``kinh_gui``."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # the rows there are, not the <dimension> claimed
    written = 0  # rows read one by one, no further than the names may be (a list's rows
    for row in sheet.iter_rows(max_row=LOOKED_AT, values_only=True):  # are counted later)
        if KINH_GUI in (column_name(c) for c in row):
            return True
        written += any(cell_text(c).strip() for c in row)
        if written > TITLE_ROWS:
            return False
    return False


def list_sheet(book: Any) -> tuple[int, list[str]]:
    """The sheet that holds the list: the first shown whose column names name ``kinh_gui`` (a
    sheet of notes before it is passed over; a hidden sheet, an old copy, is none), else the
    first; and the other shown sheets that name it too (two lists in one workbook, of which one
    would be read without a word)."""
    shown = [i for i, sheet in enumerate(book.worksheets)
             if getattr(sheet, "sheet_state", "visible") == "visible"]
    lists = [i for i in shown if names_list(book.worksheets[i])]  # a hidden sheet: no list
    chosen = lists[0] if lists else 0
    return chosen, [book.worksheets[i].title for i in lists[1:]]

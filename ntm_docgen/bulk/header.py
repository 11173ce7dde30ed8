"""Where a list's column names are, as the clerk laid them out: row 1, or under at most three
title rows, in one row or in two joined by merged cells ("Người nhận" merged over "Họ tên" |
"Chức vụ", "STT" merged down over both rows); and what to say of them by their row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ntm_docgen.bulk.columns import column_letter
from ntm_docgen.bulk.sheets import KINH_GUI, cell_text, column_name
from ntm_docgen.bulk.workbook import title_window

Merged = tuple[int, int, int, int]  # first row, first column, last row, last column (from 1)


@dataclass(frozen=True)
class Header:
    """The rows of the column names (indexes in the rows read, from 0) and the names by column
    ("" for a column without one); the groups of a two-row header: (cells, text, names under)."""

    top: int
    bottom: int
    names: list[str]
    groups: list[tuple[str, str, list[str]]] = field(default_factory=list)

    @property
    def row(self) -> int:
        """The sheet's row (from 1) of the names, the lower one of two."""
        return self.bottom + 1


def cells_of(merged: Merged) -> str:
    """A merged range as Excel names it: ``C1:D1``."""
    first_row, first_col, last_row, last_col = merged
    return f"{column_letter(first_col)}{first_row}:{column_letter(last_col)}{last_row}"


def cell_at(rows: list[list[Any]], row: int, column: int) -> Any:
    """The value at ``row``, ``column`` (from 0), None past the cells read."""
    return rows[row][column] if row < len(rows) and column < len(rows[row]) else None


def _texts(row: list[Any]) -> list[int]:
    return [i for i, c in enumerate(row) if cell_text(c).strip()]


def _across(merged: list[Merged], index: int) -> list[Merged]:
    """The merges of one row (index from 0) over two columns or more."""
    return [m for m in merged if m[0] == m[2] == index + 1 and m[3] > m[1]]


def _down(merged: list[Merged], index: int) -> list[Merged]:
    """The merges that start in row ``index`` and go down to the next row."""
    return [m for m in merged if m[0] == index + 1 and m[2] >= index + 2]


def _under(merges: list[Merged], column: int) -> Merged | None:
    return next((m for m in merges if m[1] <= column + 1 <= m[3]), None)


def _joined(rows: list[list[Any]], merged: list[Merged], upper: int, names_above: bool) -> bool:
    """Whether rows ``upper`` and ``upper + 1`` hold the column names together: cells of the
    upper merged down over both, or merged across over names in the lower. ``names_above``:
    the upper row names ``kinh_gui`` (else the lower does, and a merge across all the lower's
    names is the list's title, no group)."""
    if upper + 1 >= len(rows):
        return False
    across, lower = _across(merged, upper), _texts(rows[upper + 1])
    groups = [m for m in across if any(_under([m], c) for c in lower)]
    if not names_above and lower:
        groups = [m for m in groups if not (m[1] <= lower[0] + 1 and m[3] >= lower[-1] + 1)]
    if names_above and any(not _under(across, c) for c in lower):
        return False  # a text in the lower row outside the groups: a recipient's row
    if not names_above and len(_texts(rows[upper])) == 1 and not _down(merged, upper):
        return False  # one text alone above the names, merged or not: the list's title
    return bool(groups or _down(merged, upper))


def find_header(rows: list[list[Any]], merged: list[Merged]) -> Header:
    """The column names: the first of the first rows (at most ``TITLE_ROWS`` titles above,
    blank rows between not counted)
    to name ``kinh_gui``, with the row above or below it when merged cells join the two; with
    no ``kinh_gui``, the first row of two names or more (else the first row)."""
    first = rows[:title_window(rows)]
    at = next((i for i, row in enumerate(first) if KINH_GUI in map(column_name, row)), None)
    if at is None:  # the first row of names, else the first row not blank
        at = next((i for i, row in enumerate(first) if len(_texts(row)) >= 2),
                  next((i for i, row in enumerate(first) if _texts(row)), 0))
    top = bottom = at
    if _joined(rows, merged, at, True):
        bottom = at + 1
    elif at > 0 and _joined(rows, merged, at - 1, False):
        top = at - 1
    if top == bottom:
        return Header(top, bottom, [column_name(c) for c in rows[top]] if rows else [])
    width = max(len(rows[top]), len(rows[bottom]))
    across, down = _across(merged, top), _down(merged, top)
    names: list[str] = []
    groups: dict[Merged, list[str]] = {}
    for column in range(width):
        upper, lower = cell_at(rows, top, column), cell_at(rows, bottom, column)
        group = _under(across, column)
        if cell_text(lower).strip():
            names.append(column_name(lower))
            if group is not None:
                groups.setdefault(group, []).append(names[-1])
        elif group is None and (_under(down, column) or cell_text(upper).strip()):
            names.append(column_name(upper))
        else:
            names.append("")
    return Header(top, bottom, names, [
        (cells_of(m), cell_text(cell_at(rows, top, m[1] - 1)).strip(), under)
        for m, under in groups.items()])


def header_merge(rows: list[list[Any]], merged: list[Merged], header: Header,
                 column: int) -> tuple[str, str, int] | None:
    """The merged cells of the column names over ``column`` (from 0), their text and their
    first column (from 0), when the column has no name of its own: "Địa chỉ" merged over two
    columns of text."""
    for m in merged:
        if header.top + 1 <= m[0] <= header.bottom + 1 and m[1] < column + 1 <= m[3]:
            return cells_of(m), cell_text(cell_at(rows, m[0] - 1, m[1] - 1)).strip(), m[1] - 1
    return None


def deeper(rows: list[list[Any]], limit: int = 20) -> tuple[int, int] | None:
    """The row (from 1) naming ``kinh_gui`` below the title rows allowed, if one does, and
    the rows of text above it (blank rows not counted)."""
    start = title_window(rows)
    row = next((i + 1 for i, row in enumerate(rows[start:limit], start=start)
                if KINH_GUI in map(column_name, row)), None)
    return None if row is None else (row, sum(1 for above in rows[:row - 1] if _texts(above)))

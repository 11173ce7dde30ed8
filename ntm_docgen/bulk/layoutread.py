"""A list read as the clerk laid it out in her spreadsheet: a second list on another sheet and
rows she hid or filtered away refused (letters would go where she may not mean them to); cells
merged down a column read in each row; phone numbers that lost their first 0 given it back;
each assumption said."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.bulk.columns import column_letter
from ntm_docgen.bulk.fill import field_alias
from ntm_docgen.bulk.header import Header, cell_at, cells_of
from ntm_docgen.bulk.sheets import KINH_GUI, Sheet, cell_text
from ntm_docgen.errors import InputFileError, row_ranges
from ntm_docgen.i18n import N_, Said, _, ngettext, said, said_n, shortened


def refuse_other_lists(where: str, sheet: Sheet) -> None:
    """Two sheets naming kinh_gui: only one is read, the other's rows would get no letter."""
    if sheet.others:
        raise InputFileError(where, ngettext(
            "sheet {others} has a kinh_gui column too, but only one sheet is read (“{sheet}”): "
            "its rows would get no letter. Put every recipient on one sheet, or delete the "
            "sheet whose rows get no letter",
            "sheets {others} have a kinh_gui column too, but only one sheet is read "
            "(“{sheet}”): their rows would get no letter. Put every recipient on one sheet, or "
            "delete the sheets whose rows get no letter", len(sheet.others)).format(
            others=", ".join(f"“{name}”" for name in sheet.others), sheet=sheet.name))


def passed_note(where: str, sheet: Sheet) -> list[Said]:
    if not sheet.passed:
        return []
    return [said_n("{path}: the list is read from sheet “{sheet}”; sheet {passed} before it has "
                   "no kinh_gui column and is not read",
                   "{path}: the list is read from sheet “{sheet}”; sheets {passed} before it "
                   "have no kinh_gui column and are not read", len(sheet.passed), path=where,
                   sheet=sheet.name, passed=", ".join(f"“{n}”" for n in sheet.passed))]


def nul_note(where: str, sheet: Sheet) -> list[Said]:
    """The lines of a CSV holding a NUL character (byte 0, which no spreadsheet shows and no
    letter prints), read as a space: the clerk looks at their letters."""
    lines = sheet.nul_lines
    if not lines:
        return []
    return [said_n("{path}: line {lines} holds a NUL character (byte 0, which a spreadsheet "
                   "does not show); it is read as a space: check the letter of that line",
                   "{path}: lines {lines} hold NUL characters (byte 0, which a spreadsheet "
                   "does not show); they are read as spaces: check the letters of those lines",
                   len(lines), path=where, lines=row_ranges(list(lines)))]


#: The addressees' column as a list heads it (``kinh_gui`` is read the same): so it is told.
HEADED = "Kính gửi"


def header_note(where: str, header: Header) -> list[Said]:
    """The two rows of column names, told with the names the columns under a group take (the
    addressees' as :data:`HEADED`, its placeholder ``{{ kinh_gui }}``)."""
    return [said(N_("{path}: the column names are in rows {top} and {bottom}: cells {cells} "
                    "(“{group}”) are merged over {names}, which name those columns "
                    "({placeholders})"), path=where, top=header.top + 1, bottom=header.row,
                 cells=cells, group=shortened(group),
                 names=", ".join(f"“{HEADED if n == KINH_GUI else n}”" for n in names),
                 placeholders=", ".join(f"{{{{ {field_alias(n)} }}}}" for n in names))
            for cells, group, names in header.groups]


def fill_down(where: str, rows: list[list[Any]], merged: list[tuple[int, int, int, int]],
              bottom: int) -> list[tuple[int, Said]]:
    """Cells of the data merged down a column (a district merged over its communes' rows):
    each row is read with the merged cell's text, as the clerk reads it; said by column (its
    index from 0, with what is said of it)."""
    filled: dict[int, list[str]] = {}
    for first_row, column, last_row, last_col in merged:
        if first_row <= bottom + 1 or first_row > len(rows) or column != last_col \
                or last_row == first_row:
            continue
        value = cell_at(rows, first_row - 1, column - 1)
        for index in range(first_row, min(last_row, len(rows))):
            row = rows[index]
            row.extend([None] * (column - len(row)))
            row[column - 1] = value
        filled.setdefault(column, []).append(cells_of((first_row, column, last_row, column)))
    return [(column - 1, said_n(
        "{path}: column {column} has cells merged over several rows ({cells}): each row is "
        "read with the merged cell's text",
        "{path}: column {column} has cells merged over several rows ({cells}): each row is "
        "read with the merged cell's text", len(cells), path=where,
        column=column_letter(column), cells=", ".join(cells)))
        for column, cells in sorted(filled.items())]


def formula_notes(where: str, rows: list[list[Any]], layout: Any,
                  bottom: int) -> list[tuple[int, Said]]:
    """Cells of the recipients holding a formula (``=1+1``): the list takes the value the
    spreadsheet saved with it (``2``), as the sheet shows it, and a letter prints that, never
    the formula; said by column (its index from 0), each cell with its formula and value."""
    found: dict[int, list[str]] = {}
    for row, column, formula in layout.formulas:
        if bottom + 1 < row <= len(rows):
            value = cell_text(cell_at(rows, row - 1, column - 1))
            found.setdefault(column, []).append(_("cell {cell}: {formula} gives “{value}”").format(
                cell=f"{column_letter(column)}{row}", formula=shortened(formula),
                value=value))
    return [(column - 1, said_n(
        "{path}: a cell holding a formula is read as the value the spreadsheet saved with "
        "it, and the letter prints that value, not the formula: {cells}; check it, or type "
        "the text itself in the cell",
        "{path}: cells holding formulas are read as the values the spreadsheet saved with "
        "them, and the letters print those values, not the formulas: {cells}; check them, or "
        "type the text itself in the cells", len(cells), path=where,
        cells="; ".join(cells[:5]) + ("; …" if len(cells) > 5 else "")))
        for column, cells in sorted(found.items())]


def refuse_hidden(where: str, rows: list[list[Any]], layout: Any, bottom: int) -> None:
    """Rows of recipients hidden in the sheet, by a filter or by hand: would they get a
    letter? Only the clerk knows, so she is asked to show them or delete them."""
    hidden = sorted(r for r in layout.hidden_rows if bottom + 1 < r <= len(rows)
                    and any(cell_text(c).strip() for c in rows[r - 1]))
    if not hidden:
        return
    if layout.filtered:
        raise InputFileError(where, ngettext(
            "a filter is on in the sheet and hides row {rows}, which holds a recipient: a "
            "letter would go to it too. Clear the filter (Data > Filter) to send every row a "
            "letter, or delete the hidden row to send only the rows shown",
            "a filter is on in the sheet and hides rows {rows}, which hold recipients: letters "
            "would go to them too. Clear the filter (Data > Filter) to send every row a letter, "
            "or delete the hidden rows to send only the rows shown", len(hidden)).format(
            rows=row_ranges(hidden)))
    raise InputFileError(where, ngettext(
        "row {rows} is hidden in the sheet and holds a recipient: a letter would go to it too. "
        "Unhide it to send it a letter, or delete it",
        "rows {rows} are hidden in the sheet and hold recipients: letters would go to them too. "
        "Unhide them to send them letters, or delete the rows that get none", len(hidden))
        .format(rows=row_ranges(hidden)))


def hidden_columns(layout: Any, named: list[tuple[int, str]]) -> dict[str, str]:
    """The named columns hidden in the sheet: name → column letter."""
    if layout is None:
        return {}
    return {name: column_letter(i + 1) for i, name in named if i + 1 in layout.hidden_columns}


#: A column of phone numbers, by its name's words (``Số điện thoại``, ``SĐT``, ``Di động``).
_PHONE = ("dien thoai", "sdt", "so dt", "dtdd", "di dong", "phone", "mobile")


def phone_columns(named: list[tuple[int, str]]) -> list[int]:
    """The columns whose names say they hold phone numbers.

    >>> phone_columns([(0, "kinh_gui"), (1, "Số điện thoại"), (2, "SĐT"), (3, "Ghi chú")])
    [1, 2]
    """
    return [i for i, name in named
            if any(f" {w} " in f" {field_alias(name).replace('_', ' ')} " for w in _PHONE)]


def phone_zero(value: Any) -> str | None:
    """A phone number typed as a number, which lost its first 0: the 9 digits of a mobile
    number (912345678), the 10 of a landline's (2053812345); with its 0, or None. The same
    digits as text (a CSV saved from the sheet writes them as it showed them) too.

    >>> phone_zero(912345678), phone_zero(2053812345), phone_zero(115), phone_zero("0912345678")
    ('0912345678', '02053812345', None, None)
    >>> phone_zero(" 912345678 "), phone_zero("912 345 678"), phone_zero(9.5)
    ('0912345678', None, None)
    """
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        value = int(value.strip()) if value.strip()[0] != "0" else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        return None
    digits = str(int(value))
    if len(digits) == 9 and digits[0] in "35789" or len(digits) == 10 and digits[0] == "2":
        return "0" + digits
    return None


def phone_note(where: str, column: str, fixed: list[tuple[int, str]]) -> Said:
    row, value = fixed[0]
    return said_n("{path}: column {column} holds a phone number typed as a number, which lost "
                  "its first 0 (row {rows}: {value}); the letter prints it with the 0; type it "
                  "with a ' before the 0 to keep it in the list",
                  "{path}: column {column} holds phone numbers typed as numbers, which lost "
                  "their first 0 (rows {rows}; row {row}: {value}); the letters print them "
                  "with the 0; type them with a ' before the 0 to keep it in the list",
                  len(fixed), path=where, column=column, row=row, value=value,
                  rows=row_ranges([r for r, _v in fixed]))


#: A list mark before an addressee copied from a Nơi nhận (``- UBND xã A;``), and the signs
#: after it: the Kính gửi line and the body's ``{{ kinh_gui }}`` print the name alone.
_MARK = re.compile(r"^[-–—+•*]\s*")
_END = ";,."


def addressee_bare(text: str) -> str | None:
    """An addressee's cell without the list mark before it and the signs after it, as a
    Nơi nhận line typed on the desk is read; None when it has none.

    >>> addressee_bare("- UBND xã Đoàn Kết;"), addressee_bare("UBND xã Quốc Khánh.")
    ('UBND xã Đoàn Kết', 'UBND xã Quốc Khánh')
    >>> addressee_bare("Ủy ban nhân dân xã Tân Tiến"), addressee_bare("-")
    (None, None)
    >>> addressee_bare("-UBND xã Quốc Khánh;")
    'UBND xã Quốc Khánh'
    """
    bare = addressee_name(text)
    return bare if bare and bare != text.strip() else None


def addressee_name(text: str) -> str:
    """An addressee as the letter prints it: a Nơi nhận line's list mark and closing sign
    dropped ("" when nothing else is left), the one rule for a list's cell and a line typed.

    >>> addressee_name("— Trưởng thôn An Hòa;"), addressee_name("- ;")
    ('Trưởng thôn An Hòa', '')
    """
    return _MARK.sub("", text.strip()).rstrip(_END + " ").strip()


def addressee_note(where: str, column: str, bared: list[tuple[int, str]]) -> Said:
    row, value = bared[0]
    return said_n("{path}: the addressee in column {column} (row {rows}: “{value}”) is written "
                  "with the mark or sign of a Nơi nhận line; the letter prints the name alone",
                  "{path}: the addressees in column {column} (rows {rows}; row {row}: "
                  "“{value}”) are written with the marks or signs of Nơi nhận lines; the "
                  "letters print the names alone",
                  len(bared), path=where, column=column, row=row, value=value,
                  rows=row_ranges([r for r, _v in bared]))


def sheet_label(path: Any, sheet: Sheet) -> str:
    """Where the list is, as a message names it: the file, and its sheet in a workbook of
    several sheets."""
    if sheet.name is None:
        return str(path)
    return _("{path}, sheet “{sheet}”").format(path=path, sheet=sheet.name)

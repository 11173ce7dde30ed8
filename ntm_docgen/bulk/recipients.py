"""The recipients of bulk letters (contract §4): a list's rows (``sheets``) as a table of
named columns, each data row a recipient; or the communes of the 2025 list."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ntm_docgen.bulk.fill import clean_value, field_alias
from ntm_docgen.bulk.sheets import KINH_GUI, cell_text, column_name, sheet_rows
from ntm_docgen.errors import InputFileError, row_ranges
from ntm_docgen.i18n import N_, _, ngettext, said, said_n, shortened

__all__ = ["KINH_GUI", "Recipient", "RecipientList", "cell_text", "column_name", "from_units",
           "legacy_note", "list_notes", "read_recipients"]


@dataclass(frozen=True)
class Recipient:
    """One data row: its row number in the file (the header is row 1) and its cells by column.

    A column the row has no cell for (a short CSV line) maps to None, an empty cell to "".
    """

    row: int
    fields: dict[str, str | None] = field(hash=False)

    @property
    def kinh_gui(self) -> str:
        return clean_value(self.fields.get(KINH_GUI) or "")


@dataclass(frozen=True)
class RecipientList:
    """The recipients in file order, the column names, and the file they came from."""

    columns: tuple[str, ...]
    recipients: tuple[Recipient, ...]
    source: str
    #: every name a placeholder may use: the columns, and ``ho_ten`` for a column "Họ tên"
    fields: frozenset[str] = frozenset()
    #: the legacy font encoding (``tcvn3``, ``vni``) the list's text was converted from
    legacy: str | None = None
    #: the rows that total the list (``Tổng cộng | 65 đơn vị``), left out: (row, first cell)
    totals: tuple[tuple[int, str], ...] = ()
    #: the title rows above the column names, left out: (row, text)
    titles: tuple[tuple[int, str], ...] = ()


def read_recipients(path: Path | str) -> RecipientList:
    """Read a recipients file; the first row holds the column names, ``kinh_gui`` among them."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        raise InputFileError(path, _("recipients must be a .csv, .txt (Unicode Text) or .xlsx "
                                     "file; save the sheet in one of those formats"))
    rows, legacy = sheet_rows(path)
    return dataclasses.replace(_table(path, rows), legacy=legacy)


def legacy_note(people: RecipientList) -> list[str]:
    """A warning when the list was typed in a legacy font and read in Unicode: the clerk
    looks at the names once more in the letters."""
    from ntm_docgen.vietnamese.legacy import NAMES

    if people.legacy is None:
        return []
    return [said(N_("{path}: the list is typed in the old {encoding} fonts; its text was "
                    "converted to Unicode for the letters: check the names in the first "
                    "letters against the list"), path=people.source,
                 encoding=NAMES[people.legacy])]


#: The title rows a clerk types above the column names (``DANH SÁCH ỦY BAN NHÂN DÂN CÁC XÃ``).
_TITLE_ROWS = 3


def _header_at(rows: list[list[Any]]) -> int:
    """Where the column names are: row 1, or the first row naming ``kinh_gui`` under at most
    three title rows (a list's title merged across the columns, a date beside it)."""
    for index, row in enumerate(rows[:_TITLE_ROWS + 1]):
        if KINH_GUI in (column_name(c) for c in row):
            return index
    return 0


def _table(path: Path, rows: list[list[Any]]) -> RecipientList:
    top = _header_at(rows)
    titles = tuple((number, " ".join(cell_text(c).strip() for c in row if cell_text(c).strip()))
                   for number, row in enumerate(rows[:top], start=1))
    rows = rows[top:]
    if not rows or all(cell_text(c).strip() == "" for c in rows[0]):
        raise InputFileError(path, _("the first row must hold the column names (kinh_gui, ...); "
                                     "it is empty"))
    header = [column_name(c) for c in rows[0]]
    named = [(index, name) for index, name in enumerate(header) if name]
    names = [name for _, name in named]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputFileError(path, ngettext(
            "column {columns} appears twice in the first row; give each column its own name",
            "columns {columns} appear twice in the first row; give each column its own name",
            len(duplicates)).format(columns=", ".join(map(repr, duplicates))))
    title = cell_text(rows[0][named[0][0]]).strip() if len(named) == 1 else ""
    if KINH_GUI not in names and len(title.split()) >= 3:  # a title alone on the first row
        raise InputFileError(path, _("has no {column} column (the addressee line): the first "
                                     "row holds only “{title}”, a title; put the column names "
                                     "({column}, then one per field) in the row under the "
                                     "title, or in row 1").format(
            column=KINH_GUI, title=shortened(title)))
    if KINH_GUI not in names:
        raise InputFileError(path, _("has no {column} column (the addressee line); the first row "
                                     "has: {names}").format(column=KINH_GUI,
                                                            names=", ".join(names) or _("nothing")))
    aliases = [(index, field_alias(name)) for index, name in named]
    named += [(index, alias) for index, alias in aliases if alias and alias not in names]
    recipients = []
    csv_like = path.suffix.lower() in (".csv", ".txt")
    width = max(index for index, _name in named) + 1  # past the last named column: no field
    overlong: list[tuple[int, list[str]]] = []
    totals: list[tuple[int, str]] = []
    unnamed: dict[int, list[tuple[int, str]]] = {i: [] for i in range(width) if not header[i]}
    for number, row in enumerate(rows[1:], start=top + 2):
        cells = [cell_text(c) for c in row]
        if all(c.strip() == "" for c in cells):
            continue
        if any(c.strip() for c in cells[width:]):
            overlong.append((number, cells))
        first = next(c.strip() for c in cells if c.strip())
        if _TOTAL.fullmatch(first):
            totals.append((number, first))
            continue
        for index, found in unnamed.items():
            if index < len(cells) and cells[index].strip():
                found.append((number, cells[index]))
        fields: dict[str, str | None] = {}
        for index, name in named:
            if index < len(cells):
                fields[name] = cells[index]
            else:
                fields[name] = None if csv_like else ""
        recipients.append(Recipient(number, fields))
    said = [_unnamed(index, found) for index, found in unnamed.items()
            if found and not _numbering(found)]
    if overlong:
        said.append(_overlong(overlong, width))
    if said:
        raise InputFileError(path, "\n".join(said))
    return RecipientList(tuple(names), tuple(recipients), str(path),
                         frozenset(name for _, name in named), totals=tuple(totals),
                         titles=tuple(t for t in titles if t[1]))


#: A row's first cell that totals the list above it, not a recipient (``Tổng cộng``, ``Cộng:``,
#: ``Tổng số``, ``Tổng cộng: 65 đơn vị``); "Tổng công ty ...", "Tổng cục Thuế" are recipients.
_TOTAL = re.compile(r"(tổng\s+cộng|tổng\s+số|tổng|cộng)\s*(\.|:.*)?", re.IGNORECASE)


def list_notes(people: RecipientList, data: Any) -> list[str]:
    """What the clerk is told of the list before the letters: the legacy fonts converted, the
    total rows left out, and the rows whose cell a placeholder prints is empty."""
    from ntm_docgen.bulk.fill import field_of, placeholders

    notes = legacy_note(people)
    notes += [said(N_("{path}: row {row} (“{text}”) stands above the column names: it is taken "
                      "as the list's title, no recipient"), path=people.source, row=row,
                   text=shortened(text)) for row, text in people.titles]
    notes += [said(N_("{path}: row {row} (“{text}”) totals the list, it is no recipient: no "
                      "letter is made for it"), path=people.source, row=row, text=text)
              for row, text in people.totals]
    from ntm_docgen.vietnamese.donvi import HAI_CAP

    day = letter_day(data)
    if day is None or day >= HAI_CAP:  # before: a letter to the communes of then
        notes += _misspelt_units(people)
    for name in placeholders(data):
        column = field_of(name, people.fields)
        empty = [p.row for p in people.recipients
                 if column is not None and p.fields.get(column) == ""]
        if empty:
            notes.append(said_n("{path}: {placeholder} is filled from column {column}, whose "
                                "cell is empty in row {rows}: that letter prints nothing "
                                "there; fill the cell, or check the letter",
                                "{path}: {placeholder} is filled from column {column}, whose "
                                "cell is empty in rows {rows}: those letters print nothing "
                                "there; fill the cells, or check those letters",
                                len(empty), path=people.source,
                                placeholder=f"{{{{ {name} }}}}", column=column,
                                rows=row_ranges(empty)))
    return notes


#: A commune-level unit named in an addressee: its kind, then its name up to a comma or the end
#: ("Bảo hiểm xã hội tỉnh" names none).
_UNIT = re.compile(r"\b(xã|phường|đặc khu)\s+(?!hội\b)([^\W\d_][^,;()]*?)\s*(?=$|[,;(])",
                   re.IGNORECASE)


def letter_day(data: Any) -> date | None:
    """The bulk spec's ``ngay`` as a date (written as clerks or ISO write it), None when it has
    none or none that reads (the spec's check says what is wrong with it)."""
    from ntm_docgen.vietnamese.text import parse_date

    day = data.get("ngay") if isinstance(data, dict) else None
    if isinstance(day, str):
        try:
            return parse_date(day)
        except ValueError:
            return None
    return day if isinstance(day, date) else None


def _misspelt_units(people: RecipientList) -> list[str]:
    """A warning for each addressee naming a commune, ward or special zone the 2025 list does
    not have, when one or a few of it have its letters with other marks (``xã Hữu Lủng``) or
    are a letter or two away (``xã Bắc Sơnn``)."""
    from ntm_docgen.vietnamese.donvi import misspelt_unit

    notes: list[str] = []
    for person in people.recipients:
        for kind, name in _UNIT.findall(person.kinh_gui):
            if not name[0].isupper():  # a unit's name is a proper name: "xã hội" is none
                continue
            meant = "” / “".join(misspelt_unit(kind.lower(), name))
            if meant:
                notes.append(said(N_("{path}: row {row}: {kind} “{name}” is not in the 2025 "
                                     "list; is it {kind} “{meant}”? Check the name in the list"),
                                  path=people.source, row=person.row, kind=kind.lower(),
                                  name=name, meant=meant))
    return notes


_ROW_NUMBER = re.compile(r"\d{1,6}\.?")


def _numbering(cells: list[tuple[int, str]]) -> bool:
    """True when an unnamed column holds only the rows' numbers (``1``, ``2.``): the STT a
    clerk keeps in column A without a heading, which no letter prints."""
    return all(_ROW_NUMBER.fullmatch(value.strip()) for _number, value in cells)


#: Rows named one by one in a message before "…".
ROWS_NAMED = 10


def _overlong(rows: list[tuple[int, list[str]]], width: int) -> str:
    """What to say of rows with text past the last named column: a letter would leave it out
    without a word (a comma too many in the row, or a column whose name was not typed)."""
    said = []
    for number, cells in rows[:ROWS_NAMED]:
        count = max(i for i, c in enumerate(cells) if c.strip()) + 1
        column, value = next((i + 1, c) for i, c in enumerate(cells) if i >= width and c.strip())
        said.append(_("row {row} has {count} cells (cell {column}: “{value}”)").format(
            row=number, count=count, column=column, value=value))
    if len(rows) > ROWS_NAMED:
        said.append("…")
    return ngettext(
        "{rows}, but the first row names only {width} column: the text past it would be left "
        "out of the letters without a word. Give each column of text a name in the first row, "
        "or delete the cells past column {width}",
        "{rows}, but the first row names only {width} columns: the text past them would be "
        "left out of the letters without a word. Give each column of text a name in the first "
        "row, or delete the cells past column {width}", width).format(rows="; ".join(said),
                                                                      width=width)


def _unnamed(index: int, found: list[tuple[int, str]]) -> str:
    """What to say of text in a column between named ones whose name in the first row is
    empty (a name not typed, or deleted): a letter would leave it out without a word."""
    from openpyxl.utils import get_column_letter

    row, value = found[0]
    return ngettext(
        "column {column} has no name in the first row, but row {rows} holds text in it "
        "(“{value}”): the letters would leave that text out without a word; type a name for "
        "column {column} in the first row, or delete its text",
        "column {column} has no name in the first row, but rows {rows} hold text in it (row "
        "{row}: “{value}”): the letters would leave that text out without a word; type a name "
        "for column {column} in the first row, or delete its text", len(found)).format(
        column=get_column_letter(index + 1), rows=row_ranges([r for r, _v in found]), row=row,
        value=shortened(value))


def from_units(units: list[dict[str, str]], source: str) -> RecipientList:
    """Recipients made from the 2025 unit list (``--xa-cua``), numbered from 1 in its order."""
    columns = tuple(units[0]) if units else (KINH_GUI,)
    return RecipientList(columns, tuple(Recipient(index, dict(unit))
                                        for index, unit in enumerate(units, start=1)), source,
                         frozenset(columns))

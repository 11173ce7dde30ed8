"""The recipients of bulk letters (contract §4): a list's rows (``sheets``) as a table of
named columns, each data row a recipient; or the communes of the 2025 list."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.bulk import headsaid, layoutread
from ntm_docgen.bulk.fill import clean_value, field_alias
from ntm_docgen.bulk.header import deeper, find_header, header_merge
from ntm_docgen.bulk.listnotes import legacy_note, letter_day, list_notes
from ntm_docgen.bulk.sheets import KINH_GUI, Sheet, cell_text, column_name, sheet_rows
from ntm_docgen.bulk.workbook import Layout, title_window
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.misnamed import refused
from ntm_docgen.i18n import Said, _
from ntm_docgen.vietnamese.text import nfc

__all__ = ["KINH_GUI", "Recipient", "RecipientList", "cell_text", "column_name", "from_units",
           "legacy_note", "letter_day", "list_notes", "read_recipients"]


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
    #: what reading the sheet assumed (a sheet passed over, merged cells, a phone's lost 0),
    #: each with the column it concerns ("": the list), told when a letter prints that column
    notes: tuple[tuple[str, Said], ...] = ()
    #: the named columns hidden in the sheet: name → column letter
    hidden: dict[str, str] = field(default_factory=dict, hash=False)
    #: the sheet's row (from 1) of the column names, the lower of two
    header_row: int = 1
    #: the tool's own 2025 list (``--xa-cua``), which no one edits: a placeholder it does not
    #: fill is the letter's to change
    built_in: bool = False


#: The kinds of file a list of recipients is read from.
LISTS = (".csv", ".txt", ".xlsx")


def read_recipients(path: Path | str) -> RecipientList:
    """Read a recipients file: its column names in row 1 or under a title, ``kinh_gui``
    among them; in a workbook, from the sheet that names it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    if suffix not in (".csv", ".txt", ".xlsx", ".xlsm"):
        raise InputFileError(path, _("recipients must be a .csv, .txt (Unicode Text) or .xlsx "
                                     "file; save the sheet in one of those formats"))
    if suffix in (".csv", ".txt") and (other := refused(path, LISTS)) is not None:
        raise other  # a Word file or a PDF under a list's name: told as what it is
    sheet = sheet_rows(path)
    try:
        table = _table(layoutread.sheet_label(path, sheet), sheet, suffix in (".csv", ".txt"))
    except UnreadCells as e:
        e.table = dataclasses.replace(e.table, legacy=sheet.legacy)
        raise
    return dataclasses.replace(table, legacy=sheet.legacy)


def _titles(rows: list[list[Any]], top: int) -> tuple[tuple[int, str], ...]:
    said = ((number, " ".join(cell_text(c).strip() for c in row if cell_text(c).strip()))
            for number, row in enumerate(rows[:top], start=1))
    return tuple(t for t in said if t[1])


def _columns(where: str, rows: list[list[Any]], names: list[str], row: int,
             titles: tuple[tuple[int, str], ...]) -> None:
    """Refuse column names that make no list: none, twice the same, no kinh_gui."""
    named = [name for name in names if name]
    if not named:
        blank = max(1, min(len(rows), title_window(rows))) if row == 1 else row
        raise InputFileError(where, headsaid.empty(blank))
    duplicates = sorted({n for n in named if named.count(n) > 1})
    if duplicates:
        raise InputFileError(where, headsaid.duplicates(duplicates, row))
    if KINH_GUI in named:
        return
    deep = deeper(rows)
    if deep is not None:
        raise InputFileError(where, headsaid.too_deep(*deep))
    title = cell_text(next(n for n in names if n)).strip() if len(named) == 1 else ""
    if len(title.split()) >= 3:  # a title alone on the row
        raise InputFileError(where, headsaid.title_only(KINH_GUI, title, row))
    if titles:  # the row under a title: its column names, or a recipient?
        raise InputFileError(where, headsaid.title_over(KINH_GUI, titles[0][1], titles[0][0],
                                                        named, row))
    raise InputFileError(where, headsaid.no_addressee(KINH_GUI, named, row))


def _table(where: str, sheet: Sheet, csv_like: bool) -> RecipientList:
    rows, layout = sheet.rows, sheet.layout or Layout()
    merged = list(layout.merged)
    layoutread.refuse_other_lists(where, sheet)
    header = find_header(rows, merged)
    _columns(where, rows, header.names, header.row, _titles(rows, header.top))
    notes = [("", n) for n in layoutread.passed_note(where, sheet)
             + layoutread.header_note(where, header) + layoutread.nul_note(where, sheet)]
    notes += [(header.names[i], n) for i, n in layoutread.fill_down(where, rows, merged,
                                                                     header.bottom)
              if i < len(header.names) and header.names[i]]
    notes += [(header.names[i] if i < len(header.names) else "", n) for i, n
              in layoutread.formula_notes(where, rows, layout, header.bottom)]
    layoutread.refuse_hidden(where, rows, layout, header.bottom)
    named = [(index, name) for index, name in enumerate(header.names) if name]
    names = [name for _, name in named]
    hidden = layoutread.hidden_columns(sheet.layout, named)
    phones: dict[int, list[tuple[int, str]]] = \
        {i: [] for i in layoutread.phone_columns(named)}
    aliases = [(index, field_alias(name)) for index, name in named]
    named += [(index, alias) for index, alias in aliases if alias and alias not in names]
    addressee = next(index for index, name in named if name == KINH_GUI)
    bared: list[tuple[int, str]] = []
    recipients = []
    width = max(index for index, _name in named) + 1  # past the last named column: no field
    overlong: list[tuple[int, list[str]]] = []
    totals: list[tuple[int, str]] = []
    unnamed: dict[int, list[tuple[int, str]]] = {i: [] for i in range(width)
                                                 if not header.names[i]}
    for number, row in enumerate(rows[header.bottom + 1:], start=header.row + 1):
        cells = [cell_text(c) for c in row]
        if all(c.strip() == "" for c in cells):
            continue
        if any(c.strip() for c in cells[width:]):
            overlong.append((number, cells))
        first = next(c.strip() for c in cells if c.strip())
        if _TOTAL.fullmatch(first) or block_line(first):
            totals.append((number, first))
            continue
        for index, found in unnamed.items():
            if index < len(cells) and cells[index].strip():
                found.append((number, cells[index]))
        for index, fixed in phones.items():
            zero = layoutread.phone_zero(row[index]) if index < len(row) else None
            if zero is not None:
                fixed.append((number, cells[index]))
                cells[index] = zero
        bare = layoutread.addressee_bare(cells[addressee]) if addressee < len(cells) else None
        if bare is not None:  # "- UBND xã A;" copied from a Nơi nhận
            bared.append((number, cells[addressee]))
            cells[addressee] = bare
        fields: dict[str, str | None] = {}
        for index, name in named:
            if index < len(cells):
                fields[name] = cells[index]
            else:
                fields[name] = None if csv_like else ""
        recipients.append(Recipient(number, fields))
    notes += [(header.names[i], layoutread.phone_note(where, header.names[i], fixed))
              for i, fixed in phones.items() if fixed]
    if bared:
        notes.append((KINH_GUI, layoutread.addressee_note(where, KINH_GUI, bared)))
    table = RecipientList(tuple(names), tuple(recipients), where,
                          frozenset(name for _, name in named), totals=tuple(totals),
                          titles=_titles(rows, header.top), notes=tuple(notes), hidden=hidden,
                          header_row=header.row)
    try:
        _refuse_unread(where, rows, merged, header, unnamed, overlong, width)
    except InputFileError as e:
        raise UnreadCells(where, e.reason, table) from None
    return table


class UnreadCells(InputFileError):
    """Raised when a list holds text no named column takes; carries the list as read
    (``table``), so that a run checks its rows too and tells every problem at once."""

    def __init__(self, path: Path | str, reason: str, table: RecipientList) -> None:
        super().__init__(path, reason)
        self.table = table


def _refuse_unread(where: str, rows: list[list[Any]], merged: list[tuple[int, int, int, int]],
                   header: Any, unnamed: dict[int, list[tuple[int, str]]],
                   overlong: list[tuple[int, list[str]]], width: int) -> None:
    """Text no named column takes, which the letters would leave out without a word: under a
    column name merged over it, in a column with no name, past the last named column."""
    for index in sorted(set(unnamed) | {i for _n, cells in overlong
                                        for i, c in enumerate(cells) if i >= width and c.strip()}):
        found = unnamed.get(index) or [(n, cells[index]) for n, cells in overlong
                                       if index < len(cells) and cells[index].strip()]
        over = header_merge(rows, merged, header, index) if found else None
        if over is not None:
            cells, name, first = over
            raise InputFileError(where, headsaid.merged_over(cells, name, index, first, found))
    said = [headsaid.unnamed(index, found, header.row) for index, found in unnamed.items()
            if found and not _numbering(found)]
    if overlong:
        said.append(headsaid.overlong(overlong, width, header.row))
    if said:
        raise InputFileError(where, "\n".join(said))


#: A row's first cell that totals the list above it, not a recipient (``Tổng cộng``, ``Cộng:``,
#: ``Tổng số``, ``Tổng cộng: 65 đơn vị``); "Tổng công ty ...", "Tổng cục Thuế" are recipients.
_TOTAL = re.compile(r"(tổng\s+cộng|tổng\s+số|tổng|cộng)\s*(\.|:.*)?", re.IGNORECASE)

def block_line(text: str) -> bool:
    """Whether ``text`` is a line of a letter's Nơi nhận block pasted with the list, naming no
    recipient: its head, "Như trên" (the Kính gửi above it), the Lưu line.

    >>> [block_line(t) for t in ("Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "Xã Như Xuân")]
    [True, True, True, False]
    """
    line = nfc(" ".join(text.split())).strip("-–+•;.,: ").casefold()
    return line in ("nơi nhận", "như trên") or line.startswith(("lưu:", "lưu :", "lưu vt"))


_ROW_NUMBER = re.compile(r"\d{1,6}\.?")


def _numbering(cells: list[tuple[int, str]]) -> bool:
    """True when an unnamed column holds only the rows' numbers (``1``, ``2.``): the STT a
    clerk keeps in column A without a heading, which no letter prints."""
    return all(_ROW_NUMBER.fullmatch(value.strip()) for _number, value in cells)


def from_units(units: list[dict[str, str]], source: str) -> RecipientList:
    """Recipients made from the 2025 unit list (``--xa-cua``), numbered from 1 in its order."""
    columns = tuple(units[0]) if units else (KINH_GUI,)
    return RecipientList(columns, tuple(Recipient(index, dict(unit))
                                        for index, unit in enumerate(units, start=1)), source,
                         frozenset(columns), built_in=True)

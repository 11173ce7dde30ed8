"""A recipients file's rows as read (contract §4): a CSV or Excel's "Unicode Text" (.txt,
tab-separated) in UTF-8 (BOM or not), UTF-16 by its BOM, or Windows-1258; an XLSX whose formulas
were saved with their values; every cell as the text a clerk sees, within the limits. A list
typed in a legacy font (TCVN3 ``.VnTime``, VNI), as the lists of the .VnTime years are, is read
in Unicode: an XLSX's cells by their font's name, then by their text, a CSV by its text."""

from __future__ import annotations

import contextlib
import csv
import io
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from ntm_docgen.bulk.cellread import NoNumber, held, lenient_styles, refusal
from ntm_docgen.bulk.shown import shown
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import CELLS, COLUMNS, ROWS, TEXT_BYTES, check_lines, read_bounded
from ntm_docgen.files.textcodec import lines_holding
from ntm_docgen.i18n import _, ngettext
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

KINH_GUI = "kinh_gui"


def column_name(header: Any) -> str:
    """A header cell as a column name; ``Kính gửi`` and ``KINH GUI`` are both ``kinh_gui``.

    >>> column_name(" Kính gửi "), column_name("ten"), column_name("Họ tên")
    ('kinh_gui', 'ten', 'Họ tên')
    >>> column_name("Kính gửi:"), column_name("KÍNH\\nGỬI")
    ('kinh_gui', 'kinh_gui')
    """
    text = nfc(str(header if header is not None else "")).strip()
    if "_".join(strip_diacritics(text).casefold().rstrip(":").split()) == KINH_GUI:
        return KINH_GUI
    return text


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a clerk sees: whole numbers without ``.0``, a decimal
    comma (the letter is Vietnamese prose), dates d/m/Y; thousands are not grouped (a year or a
    code is a number too) but where the cell's own format groups them (``bulk.shown``).

    >>> cell_text(12.0), cell_text(0.1 + 0.2), cell_text(date(2025, 7, 1)), cell_text(None)
    ('12', '0,3', '01/07/2025', '')
    >>> cell_text(time(8, 0)), cell_text(timedelta(days=1, hours=12)), cell_text(time(7, 30, 15))
    ('08:00', '36:00', '07:30:15')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # as a spreadsheet shows it (0.1 + 0.2 is 0,3; 1E+308)
        return f"{value:.15g}".replace(".", ",").replace("e", "E")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time() \
            else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):  # a meeting's hour: 08:00, its seconds only where it has any
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    if isinstance(value, timedelta):  # [h]:mm, hours past a day: 36:00, not "1 day, 12:00:00"
        minutes = round(value.total_seconds()) // 60
        return f"{'-' if minutes < 0 else ''}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return nfc(str(value))


@dataclass
class Sheet:
    """A list's rows as read, the header among the first; the legacy encoding (``tcvn3``,
    ``vni``) its text was converted from; for a workbook, the sheet read and how it is laid
    out (``workbook.Layout``)."""

    rows: list[list[Any]]
    legacy: str | None = None
    #: the sheet's name, when the workbook has more sheets than this one
    name: str | None = None
    #: the sheets before it passed over (no kinh_gui), and the later ones naming kinh_gui too
    passed: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    layout: Any = field(default=None)
    #: the lines (from 1) of a CSV holding a NUL character, read as a space
    nul_lines: tuple[int, ...] = ()


def sheet_rows(path: Path) -> Sheet:
    """The rows of a recipients file, by its suffix, the header among the first."""
    if path.suffix.lower() in (".csv", ".txt"):
        rows, legacy, nuls = _csv_rows(path)
        return Sheet(rows, legacy, nul_lines=nuls)
    return _xlsx_rows(path)


def _csv_rows(path: Path) -> tuple[list[list[Any]], str | None, tuple[int, ...]]:
    from ntm_docgen.files.csvcount import check_list_rows
    from ntm_docgen.vietnamese.legacy import decode_legacy

    check_list_rows(path, TEXT_BYTES.value())  # a million rows: refused before decoded
    text, legacy = decode_legacy(read_bounded(path, TEXT_BYTES), path, _(
        '"CSV UTF-8 (Comma delimited)" or "Excel Workbook" (.xlsx)'))
    # NUL never belongs in a cell (it is read as a space, as clean_value reads other
    # control characters, its lines told: layoutread.nul_note), and the csv module of
    # Python 3.10 stops at it
    nuls = text if "\x00" in text else ""
    text = text.replace("\x00", " ")
    first = text.split("\n", 1)[0]
    try:
        dialect: Any = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # strict: a quote left open is an error, not a cell that swallows the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter, strict=True)
    try:
        return _bounded_rows(reader, path), legacy, lines_holding(nuls, "\x00")
    except csv.Error as e:
        from ntm_docgen.files.syntax import csv_reason

        check_lines(text, path)  # a cell of megabytes: the limit's words, not "not a CSV"
        raise InputFileError(path, csv_reason(text, dialect.delimiter, reader.line_num)) from e


#: The programs a clerk saves a workbook again with.
SPREADSHEET = "Excel / LibreOffice Calc"


def _xlsx_rows(path: Path) -> Sheet:
    from openpyxl import load_workbook

    from ntm_docgen.bulk.workbook import list_sheet, read_layout
    from ntm_docgen.files.misnamed import workbook_refused
    from ntm_docgen.files.package import UnreadablePackageError, check_package, zip_problem
    from ntm_docgen.files.syntax import xml_errors, xml_reason
    from ntm_docgen.files.tagcount import check_sheet_rows

    refused = workbook_refused(path)
    if refused is not None:
        raise refused
    try:
        check_package(path)
    except UnreadablePackageError as e:
        if e.encrypted:
            raise
        raise InputFileError(path, _("is not a readable .xlsx workbook ({problem}); open it in a "
                                     "spreadsheet and save it again").format(problem=e.detail)) \
            from e
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it cannot read
            book = load_workbook(path, read_only=True, data_only=True)
    except xml_errors() as e:
        raise InputFileError(path, xml_reason(e, "xl/workbook.xml", SPREADSHEET)) from e
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise InputFileError(path, _("is not a readable .xlsx workbook ({problem}); open it in a "
                                     "spreadsheet and save it again").format(
            problem=zip_problem(e) if isinstance(e, KeyError) else _("it holds no workbook")
            if isinstance(e, OSError) else f"{type(e).__name__}: {e}")) from e
    sheet = None
    try:
        lenient_styles(book)  # a cell naming a style the workbook lacks: the default one
        if not book.worksheets:  # its sheets' parts missing: openpyxl reads none (a fuzz find)
            raise InputFileError(path, _("holds no sheet that can be read; open it in a "
                                         "spreadsheet and save it again"))
        chosen, others = list_sheet(book)
        sheet = book.worksheets[chosen]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # read the rows there are, not the <dimension> claimed
            check_sheet_rows(path, sheet._worksheet_path)  # a million: refused before read
        fonts = LegacyCells()
        # a date past 31/12/9999 refused naming it, not printed "#VALUE!" (``held``); the
        # sheet's part closed with its rows, read whole or not
        with contextlib.closing(sheet.iter_rows()) as cells:
            rows = _bounded_rows((tuple(fonts.read(shown(c, held(c, _saved_value(c))), c, (r, i))
                                        for i, c in enumerate(row))
                                  for r, row in enumerate(cells)), path)
        layout = read_layout(sheet, rows)
        several = len(book.worksheets) > 1
        read = Sheet(rows, None, sheet.title if several else None,
                     tuple(s.title for s in book.worksheets[:chosen]), tuple(others), layout)
    except xml_errors() as e:
        part = getattr(sheet, "_worksheet_path", "xl/worksheets/sheet1.xml")
        raise InputFileError(path, xml_reason(e, part, SPREADSHEET)) from e
    except (NoNumber, ValueError, TypeError) as e:  # infinity ("1E999"), a date past 9999,
        # "NaN" in a number cell; a merge's range "1C:?", a row number that is no number
        raise InputFileError(path, refusal(e, getattr(sheet, "title", ""))) from e
    finally:
        book.close()
    _refuse_unsaved_formulas(path, rows, layout.unsaved, sheet.title)
    read.legacy = fonts.by_text(rows)
    return read


class LegacyCells:
    """A workbook's text cells typed in a legacy font read in Unicode: first each cell by its
    font's name (``read``; a cell typed in Unicode under it is left as typed), then the other
    cells, when together they read as a legacy font's text (``by_text``)."""

    def __init__(self) -> None:
        self.found: set[str] = set()
        self._converted: set[tuple[int, int]] = set()

    def read(self, value: Any, cell: Any, place: tuple[int, int]) -> Any:
        """``value`` of ``cell`` (at ``place``: row, column), in Unicode when its font is a
        legacy font's."""
        from ntm_docgen.vietnamese.legacy import encoding_of_font, to_unicode, typed_in_unicode

        if not isinstance(value, str) or typed_in_unicode(value):
            return value
        font = getattr(getattr(cell, "font", None), "name", None)
        encoding = encoding_of_font(font)
        if encoding is None:
            return value
        self._converted.add(place)
        out = to_unicode(value, encoding, font or "")
        if out != value:  # a cell without a mark reads the same: no warning for it
            self.found.add(encoding)
        return out

    def by_text(self, rows: list[list[Any]]) -> str | None:
        """Convert in ``rows`` the text cells not read by their font when their text reads as
        a legacy font's; the encoding the workbook was typed in (the first by name), or None."""
        from ntm_docgen.vietnamese.legacy import converted, legacy_encoding

        others = [(row, i) for r, row in enumerate(rows) for i, v in enumerate(row)
                  if isinstance(v, str) and (r, i) not in self._converted]
        encoding = legacy_encoding("\n".join(row[i] for row, i in others))
        if encoding is not None:
            self.found.add(encoding)
            for row, i in others:
                row[i] = converted(row[i], encoding)
        return min(self.found) if self.found else None


def _saved_value(cell: Any) -> Any:
    """A cell's value as the spreadsheet saved it: a formula computed to empty text
    (``=IF(...;"";...)``), saved as text with an empty value (``t="str"``), is empty text, not
    None as openpyxl reads it, which would take it for a formula never computed."""
    if cell.value is None and getattr(cell, "data_type", None) == "str":
        return ""
    return cell.value


def _refuse_unsaved_formulas(path: Path, rows: list[list[Any]],
                             unsaved: Sequence[tuple[int, int]], title: str) -> None:
    """Refuse formula cells whose value was never computed and saved (a workbook written by a
    program, not by a spreadsheet): openpyxl reads them as empty, and the letter would print the
    field empty without a word."""
    from openpyxl.utils import get_column_letter

    names = next((r for r, row in enumerate(rows[:4]) if KINH_GUI in map(column_name, row)), 0)
    header = [cell_text(c).strip() for c in rows[names]] if rows else []  # as she heads it
    cells = []
    for row, column in unsaved:
        r, c = row - 1, column - 1
        name = header[c] if r > names and c < len(header) and header[c] else ""
        cell = f"{get_column_letter(column)}{row}"
        cells.append(_("cell {cell} (column {column})").format(cell=cell, column=name)
                     if name else _("cell {cell}").format(cell=cell))
    if cells:
        shown = ", ".join(cells[:10]) + (", …" if len(cells) > 10 else "")
        raise InputFileError(path, ngettext(
            "sheet “{sheet}”: {cells} holds a formula whose value was never saved, so the letter "
            "would print it empty; open the file in {program} and save it so the value is "
            "computed, or type the value in the cell",
            "sheet “{sheet}”: {count} cells hold formulas whose values were never saved ({cells}), "
            "so the letters would print them empty; open the file in {program} and save it so "
            "the values are computed, or type the values in the cells",
            len(cells)).format(sheet=title, cells=shown, count=len(cells),
                               program=SPREADSHEET))


def _bounded_rows(rows: Iterable[Sequence[Any]], path: Path) -> list[list[Any]]:
    """The rows read one by one, refused past ROWS (the header too), COLUMNS or CELLS;
    the empty cells a spreadsheet pads a row with (None) are dropped from its end."""
    row_cap, column_cap, cell_cap = ROWS.value() + 1, COLUMNS.value(), CELLS.value()
    out: list[list[Any]] = []
    cells = 0
    for row in rows:
        cut = list(row)
        while cut and cut[-1] is None:
            cut.pop()
        if len(cut) > column_cap:
            COLUMNS.check(len(cut), path)
        cells += len(cut)
        if cells > cell_cap:
            CELLS.check(cells, path)
        out.append(cut)
        if len(out) > row_cap:
            raise ROWS.exceeded(path)
    return out

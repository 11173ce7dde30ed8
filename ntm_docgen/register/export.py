"""The register printed: CSV or XLSX with the ten Phụ lục IV columns, one year at a time."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ntm_docgen.files.output import write_with
from ntm_docgen.files.spreadsheet import csv_cell, text_cells
from ntm_docgen.i18n import _, written_in
from ntm_docgen.register.model import STATE_NAMES, RegisterError, Row, so_di_data
from ntm_docgen.vietnamese.text import ngay_ngan, upper_vi

FORMATS = ("csv", "xlsx")
_FONT = "Times New Roman"


def columns() -> list[dict]:
    """The decree's ten columns, then the software's own (file, SHA-256, state)."""
    data = so_di_data()
    return [*data["cot"], *data["them"]]


def file_shown(tep: str | None, base: Path | str | None = None) -> str | None:
    """The letter's file as a clerk is shown it: its path under ``base`` (the folder the
    letters are kept in), else its name; never the server's absolute path.

    >>> file_shown("/srv/ntm/van-ban-di/2026/cv-01.docx", "/srv/ntm/van-ban-di")
    '2026/cv-01.docx'
    >>> file_shown("/home/an/Tai lieu/cv-01.docx"), file_shown(None)
    ('cv-01.docx', None)
    """
    if not tep:
        return tep
    path = Path(tep)
    if base is not None:
        try:
            return path.relative_to(Path(base).absolute()).as_posix()
        except ValueError:
            pass
    return path.name


def cell(row: Row, key: str, base: Path | str | None = None) -> str | int | date | None:
    """The value of one column for one line, as it is printed (the file: see ``file_shown``)."""
    if key == "tep":
        return file_shown(row.tep, base)
    if key == "noi_nhan":
        return "; ".join(row.noi_nhan)
    if key in ("so_hieu", "ten_loai_trich_yeu"):  # a line of numbers given by hand: its span
        with written_in("vi"):
            return row.text_in_so if key == "ten_loai_trich_yeu" else row.so_hieu_in_so
    if key == "trang_thai":
        with written_in("vi"):  # the sổ of Phụ lục IV is in Vietnamese, whoever exports it
            return _(STATE_NAMES[row.trang_thai])
    return getattr(row, key)


def one_book(rows: Sequence[Row], *, mat: bool) -> tuple[list[Row], list[Row]]:
    """The lines of one sổ and the rest: the secret documents' series (``mat``) or every other.
    Secret documents have a series of their own, so a printed sổ of both would hold the same
    number twice, and the summary of a secret document among the ordinary ones."""
    secret = so_di_data()["serie"]["mat"]
    book = [r for r in rows if (r.serie == secret) == mat]
    return book, [r for r in rows if (r.serie == secret) != mat]


def title_of(nam: int, co_quan: str | None = None, *, mat: bool = False) -> str:
    """``Sổ đăng ký văn bản đi năm 2026 - UBND``; the secret series' sổ says ``mật``."""
    kind = "văn bản mật đi" if mat else "văn bản đi"
    return f"Sổ đăng ký {kind} năm {nam}" + (f" - {co_quan}" if co_quan else "")


def export(rows: Sequence[Row], path: Path | str, nam: int, force: bool = False,
           title: str | None = None, base: Path | str | None = None) -> Path:
    """Write the register to ``path`` (``.csv`` or ``.xlsx``), atomically; each letter's file
    is named by its path under ``base`` when it is there, else by its name."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise RegisterError(_("{path}: the export must end in .csv or .xlsx; found {suffix}")
                            .format(path=path, suffix=path.suffix or _("no extension")))
    heading = title or f"SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM {nam}"
    if kind == "csv":
        return write_with(path, lambda tmp: _csv(rows, tmp, base), force)
    return write_with(path, lambda tmp: _xlsx(rows, tmp, heading, base), force)


def _csv(rows: Sequence[Row], tmp: Path, base: Path | str | None) -> None:
    # utf-8-sig: Excel on Windows, where clerks open it, reads the Vietnamese right.
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        cols = columns()
        out.writerow([c["ten"] for c in cols])
        for row in rows:
            values = [cell(row, c["khoa"], base) for c in cols]
            out.writerow([ngay_ngan(v) if isinstance(v, date) else csv_cell("" if v is None
                                                                           else v)
                          for v in values])


def _xlsx(rows: Sequence[Row], tmp: Path, heading: str, base: Path | str | None) -> None:
    cols = columns()
    book = Workbook()
    sheet = book.active
    sheet.title = "So di"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([upper_vi(heading)])
    ten = len(so_di_data()["cot"])  # the decree's columns: the printed, bound register
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ten)
    sheet["A1"].font = Font(name=_FONT, size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([c["ten"] for c in cols])
    sheet.append([f"({i})" for i in range(1, len(cols) + 1)])
    sheet.row_dimensions[2].height = 48
    for index, col in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = col.get("rong", 12)
        for r in (2, 3):
            head = sheet.cell(row=r, column=index)
            head.font = Font(name=_FONT, size=11, bold=r == 2, italic=r == 3)
            head.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            head.border = box
    for row in rows:
        sheet.append([cell(row, c["khoa"], base) for c in cols])
        text_cells(sheet[sheet.max_row])  # a value "=..." from a recipient is text, not a formula
        for index in range(1, len(cols) + 1):
            value = sheet.cell(row=sheet.max_row, column=index)
            value.font = Font(name=_FONT, size=11)
            value.alignment = wrap
            value.border = box
            if isinstance(value.value, date):
                value.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "2:3"
    # The file, SHA-256 and state columns stay in the file but off the printed page.
    sheet.print_area = f"A1:{get_column_letter(ten)}{sheet.max_row}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    book.save(tmp)

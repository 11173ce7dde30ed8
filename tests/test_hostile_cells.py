"""Workbook cells built to strain bulk's reading of their formats (docs/limits.md, "PDF text
layers and workbook cells built to strain their readers"): a number a spreadsheet cannot hold,
a date past 31/12/9999, a style, a number format or a font the workbook lacks.
Each list is built here, its rows the communes of the letter tests/data/bulk/cong_van.yaml."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.bulk.cellread import NoNumber, held
from ntm_docgen.bulk.sheets import cell_text, sheet_rows
from ntm_docgen.bulk.shown import shown
from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


class Cell:
    def __init__(self, number_format: str) -> None:
        self.number_format, self.coordinate = number_format, "B2"


def _book(path: Path, number_format: str, b2: str, b3: str = "7",
          style: str | None = None) -> Path:
    """A list of two communes whose ``ghi_chu`` cells hold ``b2`` and ``b3`` as the XML says
    them, in ``number_format`` (or naming the style ``style``, which may be missing)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ghi_chu"])
    for name in ("UBND xã Tân Thành", "UBND xã Hòa Bình"):
        sheet.append([name, 1])
        sheet.cell(sheet.max_row, 2).number_format = number_format
    book.save(path)
    with zipfile.ZipFile(path) as built:
        parts = {name: built.read(name) for name in built.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in (("B2", b2), ("B3", b3)):
        xml = re.sub(rf'(<c r="{cell}"[^>]*>)<v>[^<]*</v>', rf"\g<1><v>{value}</v>", xml)
    if style is not None:
        xml = re.sub(r'<c r="([A-Z]+\d+)"( s="\d+")?', rf'<c r="\1" s="{style}"', xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as built:
        for name, data in parts.items():
            built.writestr(name, data)
    return path


def test_a_number_past_the_largest_is_told_as_a_spreadsheet_shows_it() -> None:
    assert cell_text(1e308) == "1E+308" and cell_text(-1.5e-7) == "-1,5E-07"


@pytest.mark.parametrize("value", [math.inf, -math.inf, 10 ** 400],
                         ids=["inf", "-inf", "400-digits"])
@pytest.mark.parametrize("number_format", ["00", "#,##0", "General"])
def test_a_number_no_spreadsheet_holds_is_refused(value: float, number_format: str) -> None:
    with pytest.raises(NoNumber) as refused:
        shown(Cell(number_format), held(Cell(number_format), value))
    assert refused.value.cell == "B2"


@pytest.mark.parametrize(("number_format", "b2", "said"), [
    ("00", "1E999", "cell B2 of sheet “Sheet” holds a number too large for a spreadsheet"),
    ("#,##0.00", "-1E999", "cell B2 of sheet “Sheet” holds a number too large"),
    ("dd/mm/yyyy", "2958466", "cell B2 of sheet “Sheet” is a date cell that shows #VALUE!: its "
                              "formula failed, or its number is no date (after 31/12/9999)"),
], ids=["infinity-zeros", "infinity-grouped", "date-past-9999"])
def test_bulk_refuses_the_cell_naming_it(runner: CliRunner, tmp_path: Path, number_format: str,
                                         b2: str, said: str) -> None:
    """Infinity raised OverflowError ("a file could not be read") or printed "-∞"; a date past
    9999 printed "#VALUE!" under an English warning of openpyxl."""
    sheet = _book(tmp_path / "ds.xlsx", number_format, b2)
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(sheet), "-o",
                                  str(tmp_path / "b")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert f"{sheet}: {said}" in result.stderr, result.stderr
    assert "Traceback" not in result.output and "UserWarning" not in result.stderr
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_the_last_date_is_read(tmp_path: Path) -> None:
    rows = sheet_rows(_book(tmp_path / "ds.xlsx", "dd/mm/yyyy", "2958465")).rows
    assert cell_text(rows[1][1]) == "31/12/9999"


def test_cells_naming_a_style_the_workbook_lacks_read_in_the_default(tmp_path: Path) -> None:
    """Every cell naming style 999 of a workbook of two: openpyxl's IndexError, an internal
    error; the spreadsheets open them in the default style."""
    rows = sheet_rows(_book(tmp_path / "ds.xlsx", "00", "7", style="999")).rows
    assert [[cell_text(c) for c in row] for row in rows[1:]] == [
        ["UBND xã Tân Thành", "7"], ["UBND xã Hòa Bình", "7"]]


def test_a_style_naming_a_missing_format_and_font_reads_as_general(tmp_path: Path) -> None:
    sheet = _book(tmp_path / "ds.xlsx", "00", "7")
    with zipfile.ZipFile(sheet) as built:
        parts = {name: built.read(name) for name in built.namelist()}
    styles = parts["xl/styles.xml"].decode()
    start = styles.index("<cellXfs")
    parts["xl/styles.xml"] = (styles[:start] + re.sub(
        r'numFmtId="\d+" fontId="\d+"', 'numFmtId="300" fontId="99"', styles[start:])).encode()
    with zipfile.ZipFile(sheet, "w") as built:
        for name, data in parts.items():
            built.writestr(name, data)
    rows = sheet_rows(sheet).rows
    assert [cell_text(c) for c in rows[1]] == ["UBND xã Tân Thành", "7"]


def test_a_number_cell_holding_nan_is_refused_in_her_words(runner: CliRunner,
                                                            tmp_path: Path) -> None:
    """``<v>NaN</v>``, which a program writes: openpyxl's ValueError was told as "invalid
    literal for int() with base 10", program words."""
    sheet = _book(tmp_path / "ds.xlsx", "00", "NaN")
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(sheet), "-o",
                                  str(tmp_path / "b")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert f"{sheet}: sheet “Sheet” has a number cell holding “NaN”, which is no number" \
        in result.stderr, result.stderr
    assert "invalid literal" not in result.stderr and "ValueError" not in result.stderr
    assert not (tmp_path / "b").exists()


def test_a_cell_showing_a_failed_formula_refuses_its_row(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    """A cell whose formula failed (``#REF!`` after a column was deleted, ``#N/A`` of a lookup)
    was printed in the commune's letter as "ghi chú: #REF!" without a word; the other rows'
    letters are not written either, as for any row that makes no letter."""
    book = Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ghi_chu"])
    sheet.append(["UBND xã Tân Thành", "#REF!"])
    sheet.append(["UBND xã Hòa Bình", "đã nộp"])
    sheet.append(["#N/A", "đã nộp"])
    assert sheet["B2"].data_type == "e"
    book.save(tmp_path / "ds.xlsx")
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(tmp_path / "ds.xlsx"),
                                  "-o", str(tmp_path / "b")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert "row 2: {{ ghi_chu }} in noi_dung is filled from column ghi_chu, whose cell shows " \
           "the spreadsheet's error #REF! in this row" in result.stderr, result.stderr
    assert "row 4: kinh_gui shows the spreadsheet's error #N/A" in result.stderr
    assert "row 3" not in result.stderr
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_a_format_of_hashes_shows_no_zero(tmp_path: Path) -> None:
    """``#,###`` shows an empty cell for 0 and ``,5`` for a half (no digit is forced), as the
    spreadsheet shows it; the letter printed 0 and 0,5."""
    assert shown(Cell("#,###"), 0) == "" and shown(Cell("#,##0"), 0) == "0"
    assert shown(Cell("#.##"), 0.5) == ",5" and shown(Cell("#,###"), -1250) == "-1.250"

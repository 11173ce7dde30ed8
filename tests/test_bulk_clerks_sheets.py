"""A recipients list as a clerk makes it in Excel or LibreOffice Calc (found by a black-box
run): the column names under a title named by their row, cells merged over the column names,
rows hidden or filtered away, phone numbers and row numbers typed as numbers, a sheet of notes,
cells merged down a column, two units in one addressee. Each list is read as she means it, with
a warning where something was assumed, or refused with one message naming the sheet, the row or
cells and the fix."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from docx import Document
from openpyxl import Workbook

from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"
TITLE = "DANH SÁCH CÁC XÃ NHẬN VĂN BẢN"


def _spec(tmp_path: Path, *fields: str) -> Path:
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    data["noi_dung"] = "Kính đề nghị " + "; ".join(f"{{{{ {f} }}}}" for f in fields) + "."
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _book(tmp_path: Path, rows: list[list[Any]], setup: Any = None,
          before: list[list[Any]] | None = None, after: list[list[Any]] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    if before is not None:
        sheet.title = "Hướng dẫn"
        for row in before:
            sheet.append(row)
        sheet = book.create_sheet("DS")
    else:
        sheet.title = "DS"
    for row in rows:
        sheet.append(row)
    if setup is not None:
        setup(sheet)
    if after is not None:
        other = book.create_sheet("Phường")
        for row in after:
            other.append(row)
    path = tmp_path / "ds.xlsx"
    book.save(path)
    return path


def _bulk(tmp_path: Path, people: Path, *fields: str, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, "bulk", str(_spec(tmp_path, *fields)),
                                     "--recipients", str(people), "-o", str(tmp_path / "out")])


def _said(tmp_path: Path, result: Any) -> str:
    return " ".join(result.stderr.replace(str(tmp_path) + "/", "").split())


def _letters(tmp_path: Path) -> list[str]:
    return [next(p.text for p in Document(f).paragraphs if p.text.startswith("Kính đề nghị"))
            for f in sorted((tmp_path / "out").glob("*.docx"))]


@pytest.mark.parametrize(("rows", "told"), [
    ([[TITLE], ["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a", "thừa"]],
     "row 3 has 3 cells (cell 3: “thừa”), but row 2, where the column names are, names only 2 "
     "columns"),
    ([[TITLE], ["Kèm theo Kế hoạch 62"], ["kinh_gui", "ghi_chu", "ghi_chu"],
      ["UBND xã Tân Thành", "a", "b"]],
     "column 'ghi_chu' appears twice in row 3, where the column names are"),
    ([[TITLE], ["STT", "Người nhận", "Ghi chú"], [1, "UBND xã Tân Thành", "a"]],
     "if row 2 holds them (“STT, Người nhận, Ghi chú”), name the addressees' column kinh_gui"),
    ([[TITLE], ["kinh_gui", None, "ghi_chu"], ["UBND xã Tân Thành", "x", "a"]],
     "column B has no name in row 2, where the column names are, but row 3 holds text"),
    ([[TITLE], ["Kèm theo"], ["Kế hoạch 62"], ["ngày 10/3/2025"], ["kinh_gui", "ghi_chu"],
      ["UBND xã Tân Thành", "a"]],
     "the column names (kinh_gui, ...) are in row 5, under 4 rows: at most 3 rows"),
], ids=["past-the-names", "twice", "no-kinh-gui-under-title", "unnamed", "five-rows-down"])
def test_the_column_names_are_named_by_their_row(tmp_path, rows, told):
    result = _bulk(tmp_path, _book(tmp_path, rows), "ghi_chu")
    assert result.exit_code == 1, result.output
    said = _said(tmp_path, result)
    assert told in said, said
    assert "the first row names" not in said and "in the first row" not in said, said


def test_a_column_name_merged_over_two_columns_of_text_is_refused_by_its_cells(tmp_path):
    """"Địa chỉ" merged (Merge & Center) over C and D, each holding part of the address."""
    def merge(sheet):
        sheet.merge_cells("C2:D2")

    rows = [[TITLE], ["STT", "kinh_gui", "Địa chỉ", None],
            [1, "UBND xã Tân Thành", "thôn 1", "xã Tân Thành"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "dia_chi")
    assert result.exit_code == 1, result.output
    said = _said(tmp_path, result)
    assert "ds.xlsx: cells C2:D2 (“Địa chỉ”) are merged over several columns" in said, said
    assert "the text of column D (row 3: “xã Tân Thành”) would be left out" in said, said
    assert "Unmerge the cells (Merge & Center)" in said, said
    wide = [[TITLE], ["STT", "kinh_gui", "Địa chỉ", None], [1, "UBND xã Tân Thành", "thôn 1"]]
    result = _bulk(tmp_path, _book(tmp_path, wide, merge), "dia_chi")
    assert result.exit_code == 0, result.output  # a wide name over an empty column: no matter


def test_a_two_row_header_is_read_by_the_names_under_its_groups(tmp_path):
    """"STT" and "Kính gửi" merged down over rows 1-2, "Người nhận" merged over "Họ tên" |
    "Chức vụ": the columns are "Họ tên" and "Chức vụ", the clerk told so."""
    def merge(sheet):
        for cells in ("A1:A2", "B1:B2", "C1:D1"):
            sheet.merge_cells(cells)

    rows = [["STT", "Kính gửi", "Người nhận", None], [None, None, "Họ tên", "Chức vụ"],
            [1, "UBND xã Tân Thành", "Nguyễn Văn B", "Chủ tịch"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "ho_ten", "chuc_vu")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị Nguyễn Văn B; Chủ tịch./."]
    assert "ds.xlsx: the column names are in rows 1 and 2: cells C1:D1 (“Người nhận”) are " \
        "merged over “Họ tên”, “Chức vụ”, which name those columns ({{ ho_ten }}, " \
        "{{ chuc_vu }})" in _said(tmp_path, result)


def test_a_group_over_the_column_names_under_a_title(tmp_path):
    """The group row under the title, kinh_gui in the row under it: the title stays a title."""
    def merge(sheet):
        for cells in ("A1:D1", "A2:A3", "C2:D2"):
            sheet.merge_cells(cells)

    rows = [[TITLE], ["STT", None, "Người nhận", None], [None, "kinh_gui", "Họ tên", "Chức vụ"],
            [1, "UBND xã Tân Thành", "Nguyễn Văn B", "Chủ tịch"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "ho_ten", "chuc_vu")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị Nguyễn Văn B; Chủ tịch./."]
    said = _said(tmp_path, result)
    assert "row 1 (“DANH SÁCH CÁC XÃ NHẬN VĂN BẢN”) stands above the column names" in said
    assert "the column names are in rows 2 and 3" in said, said


@pytest.mark.parametrize(("filtered", "told"), [
    (False, "ds.xlsx: row 4 is hidden in the sheet and holds a recipient: a letter would go "
            "to it too. Unhide it to send it a letter, or delete it"),
    (True, "ds.xlsx: a filter is on in the sheet and hides row 4, which holds a recipient"),
], ids=["hidden", "filter"])
def test_rows_hidden_or_filtered_away_are_asked_about(tmp_path, filtered, told):
    def hide(sheet):
        sheet.row_dimensions[4].hidden = True
        sheet.row_dimensions[6].hidden = True  # blank: no matter
        if filtered:
            sheet.auto_filter.ref = "A1:B6"

    rows = [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"], ["UBND xã Hữu Lũng", "b"],
            ["UBND xã Bắc Sơn", "c"], ["UBND xã Vũ Lễ", "d"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, hide), "ghi_chu")
    assert result.exit_code == 1, result.output
    assert told in _said(tmp_path, result)
    assert not (tmp_path / "out").exists()
    result = _bulk(tmp_path, _book(tmp_path, rows, lambda s: setattr(s.auto_filter, "ref",
                                                                        "A1:B6")), "ghi_chu")
    assert result.exit_code == 0, result.output  # a filter hiding nothing: every row


def test_a_hidden_column_a_placeholder_prints_is_said(tmp_path):
    def hide(sheet):
        sheet.column_dimensions["B"].hidden = True

    rows = [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, hide), "ghi_chu")
    assert result.exit_code == 0, result.output
    assert "ds.xlsx: column B (“ghi_chu”) is hidden in the sheet, but {{ ghi_chu }} is filled " \
        "from it" in _said(tmp_path, result)


def test_numbers_read_as_the_sheet_shows_them_and_phones_keep_their_zero(tmp_path):
    """STT formatted ``00`` prints 01 as the sheet shows it; a mobile number typed as a number
    (912345678) and a landline's (2053812345) lost their 0 in Excel: the letter prints it;
    an Excel date prints d/m/Y."""
    def formats(sheet):
        for row in (2, 3):
            sheet.cell(row, 1).number_format = "00"

    rows = [["STT", "kinh_gui", "Số điện thoại", "Ngày họp"],
            [1, "UBND xã Tân Thành", 912345678, datetime(2025, 10, 20)],
            [2, "UBND xã Hữu Lũng", 2053812345, datetime(2025, 10, 21)]]
    result = _bulk(tmp_path, _book(tmp_path, rows, formats), "stt", "so_dien_thoai",
                   "ngay_hop")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị 01; 0912345678; 20/10/2025./.",
                                  "Kính đề nghị 02; 02053812345; 21/10/2025./."]
    assert "ds.xlsx: column Số điện thoại holds phone numbers typed as numbers, which lost " \
        "their first 0 (rows 2-3; row 2: 912345678)" in _said(tmp_path, result)


def test_a_sheet_of_notes_before_the_list_is_passed_over_and_the_sheet_named(tmp_path):
    before = [["Điền mỗi đơn vị một dòng"], ["Cột Kính gửi bắt buộc"]]
    rows = [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"], ["UBND xã Hữu Lũng", "b"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, before=before), "ghi_chu")
    assert result.exit_code == 0, result.output
    assert len(_letters(tmp_path)) == 2
    assert "ds.xlsx, sheet “DS”: the list is read from sheet “DS”; sheet “Hướng dẫn” before it " \
        "has no kinh_gui column and is not read" in _said(tmp_path, result)
    bad = tmp_path / "bad"
    bad.mkdir()
    result = _bulk(bad, _book(bad, [*rows, [None, "c"]], before=before), "ghi_chu")
    assert result.exit_code == 1, result.output  # row 4 has no addressee: named in its sheet
    said = _said(bad, result)
    assert "ds.xlsx, sheet “DS”: 1 row of the list makes no letter" in said, said
    assert "row 4: kinh_gui is empty" in said, said


def test_two_sheets_of_recipients_are_refused(tmp_path):
    rows = [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"]]
    after = [["kinh_gui", "ghi_chu"], ["UBND phường Lương Văn Tri", "b"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, after=after), "ghi_chu")
    assert result.exit_code == 1, result.output
    assert "ds.xlsx, sheet “DS”: sheet “Phường” has a kinh_gui column too, but only one sheet " \
        "is read (“DS”): its rows would get no letter. Put every recipient on one sheet" \
        in _said(tmp_path, result)
    notes = [["Danh sách lập ngày 01/10/2025"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, after=notes), "ghi_chu")
    assert result.exit_code == 0, result.output  # notes after the list: read without a word


def test_cells_merged_down_a_column_are_read_in_each_row(tmp_path):
    def merge(sheet):
        sheet.merge_cells("C2:C3")

    rows = [["kinh_gui", "ghi_chu", "Huyện"], ["UBND xã Tân Thành", "a", "Hữu Lũng"],
            ["UBND xã Hữu Lũng", "b", None]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "ghi_chu", "huyen")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị a; Hữu Lũng./.", "Kính đề nghị b; Hữu Lũng./."]
    said = _said(tmp_path, result)
    assert "ds.xlsx: column C has cells merged over several rows (C2:C3): each row is read " \
        "with the merged cell's text" in said and "is empty in row" not in said, said


def test_two_units_in_one_addressee_are_said_and_spaces_are_read_as_typed(tmp_path):
    rows = [["Kính gửi\u00a0 ", " ghi_chu "], ["Ủy ban nhân dân xã Tân Thành, xã Hữu Lũng", "a"],
            ["UBND xã Bắc Sơn\u00a0 ", "b\u00a0"]]
    result = _bulk(tmp_path, _book(tmp_path, rows), "ghi_chu")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị a./.", "Kính đề nghị b./."]
    said = _said(tmp_path, result)
    assert "ds.xlsx: row 2: the addressee names 2 units (“xã Tân Thành”, “xã Hữu Lũng”), and " \
        "one letter goes to them all" in said, said
    assert "row 3" not in said, said


def test_the_messages_read_in_vietnamese(tmp_path):
    def merge(sheet):
        sheet.merge_cells("C2:D2")

    rows = [[TITLE], ["STT", "kinh_gui", "Địa chỉ", None],
            [1, "UBND xã Tân Thành", "thôn 1", "xã Tân Thành"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "dia_chi", lang="vi")
    said = _said(tmp_path, result)
    assert "các ô C2:D2 (“Địa chỉ”) được gộp qua nhiều cột" in said, said
    assert said == unicodedata.normalize("NFC", said) and "merged" not in said


def test_a_hidden_sheet_and_a_title_merged_over_part_of_the_columns(tmp_path):
    """An old copy of the list on a hidden sheet is no second list; a title merged over three
    of four columns is still the title, no group over column names; a formula never computed
    under the title is named by its column, not by the title."""
    def setup(sheet):
        sheet.merge_cells("A1:C1")
        old = sheet.parent.create_sheet("DS cũ")
        old.append(["kinh_gui", "ghi_chu"])
        old.sheet_state = "hidden"

    rows = [[TITLE], ["STT", "kinh_gui", "ghi_chu", "Ngày"], [1, "UBND xã Tân Thành", "a", "x"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, setup), "ghi_chu")
    assert result.exit_code == 0, result.output
    said = _said(tmp_path, result)
    assert "ds.xlsx, sheet “DS”: row 1 (“DANH SÁCH CÁC XÃ NHẬN VĂN BẢN”) stands above" in said
    assert "the column names are in rows" not in said, said
    formula = [[TITLE], ["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "=1+1"]]
    again = tmp_path / "again"
    again.mkdir()
    result = _bulk(again, _book(again, formula), "ghi_chu")
    assert result.exit_code == 1, result.output
    assert "cell B3 (column ghi_chu) holds a formula whose value was never saved" \
        in _said(again, result)


def test_a_list_with_no_recipient_under_its_names_names_their_row(tmp_path):
    rows = [[TITLE], ["kinh_gui", "ghi_chu"], [None, None]]
    result = _bulk(tmp_path, _book(tmp_path, rows), "ghi_chu")
    assert result.exit_code == 1, result.output
    assert "ds.xlsx: has no recipient under the column names in row 2, so no letter would be " \
        "written" in _said(tmp_path, result)


def test_what_is_said_of_a_column_only_when_a_letter_prints_it(tmp_path):
    """A phone column or a column merged down that no placeholder prints is no matter to the
    letters: nothing is said of it; an addressee with its former units in brackets, or two
    bodies of one commune, names one unit."""
    def merge(sheet):
        sheet.merge_cells("C2:C3")

    rows = [["kinh_gui", "ghi_chu", "Huyện", "SĐT"],
            ["Ủy ban nhân dân xã Tân Thành (trước đây là xã A, xã B)", "a", "Hữu Lũng",
             912345678],
            ["Đảng ủy xã Hữu Lũng, Ủy ban nhân dân xã Hữu Lũng", "b", None, 987654321]]
    result = _bulk(tmp_path, _book(tmp_path, rows, merge), "ghi_chu")
    assert result.exit_code == 0, result.output
    said = _said(tmp_path, result)
    assert "merged" not in said and "phone" not in said and "units" not in said, said
    printed = tmp_path / "printed"
    printed.mkdir()
    result = _bulk(printed, _book(printed, rows, merge), "ghi_chu", "sdt")
    said = _said(printed, result)
    assert "column SĐT holds phone numbers typed as numbers" in said and "merged" not in said


def test_the_list_sheet_is_found_whatever_size_the_sheet_claims(tmp_path):
    """A program that writes ``<dimension ref="A1"/>`` for a bigger sheet: the sheet of the
    list is still found by its column names past column A."""
    import re
    import zipfile

    path = _book(tmp_path, [["STT", "kinh_gui", "ghi_chu"], [1, "UBND xã Tân Thành", "a"]],
                 before=[["Mỗi đơn vị một dòng"]])
    claimed = tmp_path / "claimed.xlsx"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(claimed, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            new.writestr(item, data)
    result = _bulk(tmp_path, claimed, "ghi_chu")
    assert result.exit_code == 0, result.output
    assert "sheet “Hướng dẫn” before it has no kinh_gui column" in _said(tmp_path, result)


@pytest.mark.parametrize("ref", ["E10:E12", "F1:H1", "A20:XFD20", "B5:B9000"],
                         ids=["below-the-list", "past-the-names", "a-whole-row", "far-down"])
def test_merged_cells_where_the_list_has_no_cell_are_no_matter(tmp_path, ref):
    """Cells merged below or beside the list, empty: read as nothing, never a traceback."""
    rows = [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"], ["UBND xã Hữu Lũng", "b"]]
    result = _bulk(tmp_path, _book(tmp_path, rows, lambda s: s.merge_cells(ref)), "ghi_chu")
    assert result.exit_code == 0, result.output
    assert len(_letters(tmp_path)) == 2


def test_a_merge_no_spreadsheet_writes_is_refused_as_a_damaged_workbook(tmp_path):
    """A merge's range no spreadsheet writes (``1C:?``): a damaged workbook, said so with the
    fix, where openpyxl's ValueError was an 'internal error'."""
    import zipfile

    path = _book(tmp_path, [["kinh_gui", "ghi_chu"], ["UBND xã Tân Thành", "a"]],
                 lambda s: s.merge_cells("C1:D1"))
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(broken, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'ref="C1:D1"', b'ref="1C:?"')
            new.writestr(item, data)
    result = _bulk(tmp_path, broken, "ghi_chu")
    assert result.exit_code == 1, result.output
    said = _said(tmp_path, result)
    assert "broken.xlsx: is not a readable .xlsx workbook (ValueError: 1C:? is not a valid " \
        "coordinate or range); open it in a spreadsheet and save it again" in said, said
    assert "internal error" not in said


@pytest.mark.parametrize("ref", ["E10:E12", "F1:H2"], ids=["below", "beside-the-names"])
def test_a_merge_over_cells_the_file_does_not_hold(tmp_path, ref):
    """A merge written over cells the sheet has no element for (a program's workbook): the
    rows end before it, and it is read as nothing."""
    import zipfile

    path = _book(tmp_path, [["kinh_gui", "ghi_chu"], [None, "x"], ["UBND xã Tân Thành", "a"]])
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(bare, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'</sheetData><mergeCells count="1">'
                                    b'<mergeCell ref="' + ref.encode() + b'"/></mergeCells>')
            new.writestr(item, data)
    result = _bulk(tmp_path, bare, "ghi_chu")
    assert result.exit_code == 1, result.output  # row 2 has no addressee: a message, no crash
    assert "row 2: kinh_gui is empty" in _said(tmp_path, result)


def test_a_csv_saved_from_the_sheet_gives_its_phones_their_zero_too(tmp_path):
    people = tmp_path / "ds.csv"
    people.write_text("kinh_gui,Số điện thoại\nUBND xã Tân Thành,912345678\n"
                      "UBND xã Hữu Lũng,0205381234\n", encoding="utf-8")
    result = _bulk(tmp_path, people, "so_dien_thoai")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị 0912345678./.", "Kính đề nghị 0205381234./."]
    assert "ds.csv: column Số điện thoại holds a phone number typed as a number, which lost " \
        "its first 0 (row 2: 912345678)" in _said(tmp_path, result)


def test_an_addressee_copied_from_a_nơi_nhận_is_printed_as_its_name(tmp_path):
    """``- UBND xã Đoàn Kết;`` and ``UBND xã Quốc Khánh.`` (a clerk pastes the addressees from an
    old letter's Nơi nhận): the Kính gửi line and the body's ``{{ kinh_gui }}`` print the name
    alone, and the rows are named; a name without them is read as typed."""
    rows = [["kinh_gui"], ["- UBND xã Đoàn Kết;"], ["UBND xã Quốc Khánh."],
            ["  Ủy ban nhân dân xã Tân Tiến  "]]
    result = _bulk(tmp_path, _book(tmp_path, rows), "kinh_gui")
    assert result.exit_code == 0, result.output
    assert _letters(tmp_path) == ["Kính đề nghị UBND xã Đoàn Kết./.",
                                  "Kính đề nghị UBND xã Quốc Khánh./.",
                                  "Kính đề nghị Ủy ban nhân dân xã Tân Tiến./."]
    addressed = [next(p.text for p in Document(f).paragraphs if p.text.startswith("Kính gửi"))
                 for f in sorted((tmp_path / "out").glob("*.docx"))]
    assert addressed[:2] == ["Kính gửi: UBND xã Đoàn Kết", "Kính gửi: UBND xã Quốc Khánh"]
    assert "the addressees in column kinh_gui (rows 2-3; row 2: “- UBND xã Đoàn Kết;”) are " \
        "written with the marks or signs of Nơi nhận lines" in _said(tmp_path, result)

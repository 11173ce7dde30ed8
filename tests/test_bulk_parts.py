"""Bulk letters, the parts: the 2025 unit list, placeholder filling, file names, recipients."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from vietnam_provinces import Province

from ntm_docgen.bulk.fill import Missing, clean_value, fill, fill_text, placeholders
from ntm_docgen.bulk.naming import letter_stem, slug
from ntm_docgen.bulk.recipients import read_recipients
from ntm_docgen.errors import DocgenError
from ntm_docgen.letter.markup import VALUE_END, VALUE_START
from ntm_docgen.vietnamese.donvi import commune_units, find_province, province_name


@pytest.mark.parametrize(("typed", "official"), [
    ("Lạng Sơn", "Lạng Sơn"),
    ("lang son", "Lạng Sơn"),
    ("TỈNH LẠNG SƠN", "Lạng Sơn"),
    ("Thanh pho Ha Noi", "Thành phố Hà Nội"),
    ("hà nội", "Thành phố Hà Nội"),
    ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("TP HCM", "Thành phố Hồ Chí Minh"),
    ("Thừa Thiên Huế", "Thành phố Huế"),
    ("Đắk Lắk", "Đắk Lắk"),
    ("dak lak", "Đắk Lắk"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("20", "Lạng Sơn"),
], ids=["exact", "no-diacritics", "caps-with-tinh", "thanh-pho-ascii", "lower", "tp-dot",
        "alias-hcm", "old-name-hue", "dak-lak", "dak-lak-ascii", "old-tone-placement", "code"])
def test_province_is_found_forgivingly(typed: str, official: str) -> None:
    assert province_name(find_province(typed)) == official


@pytest.mark.parametrize(("typed", "said"), [
    ("Lang Sonn", "did you mean Lạng Sơn"),
    ("Kon Tum", "part of Quảng Ngãi"),
    ("Bà Rịa - Vũng Tàu", "part of Thành phố Hồ Chí Minh"),
    ("Atlantis", "the 34 provinces of 2025 are"),
], ids=["typo", "merged-2025", "merged-with-dash", "unknown"])
def test_unknown_province_names_the_close_matches(typed: str, said: str) -> None:
    with pytest.raises(DocgenError, match=said):
        find_province(typed)


def test_every_commune_of_the_country_is_addressed_as_clerks_write_it() -> None:
    units = [u for p in Province.iter_all() for u in commune_units(p)]
    assert len(units) == 3321
    kinds = {u["loai_don_vi"] for u in units}
    assert kinds == {"xã", "phường", "đặc khu"}
    for unit in units:
        assert unit["kinh_gui"] == f"Ủy ban nhân dân {unit['loai_don_vi']} {unit['ten']}"
        assert re.fullmatch(r"\d{5}", unit["ma"])
        assert not unit["ten"].lower().startswith(("xã ", "phường ", "đặc khu "))


def test_units_come_in_official_code_order() -> None:
    units = commune_units(find_province("Lai Châu"))
    assert len(units) == 38
    codes = [int(u["ma"]) for u in units]
    assert codes == sorted(codes)
    assert all(u["tinh"] == "Lai Châu" for u in units)


def test_special_zone_is_addressed_as_dac_khu() -> None:
    units = commune_units(find_province("An Giang"))
    phu_quoc = [u for u in units if u["ten"] == "Phú Quốc"]
    assert phu_quoc and phu_quoc[0]["kinh_gui"] == "Ủy ban nhân dân đặc khu Phú Quốc"


@pytest.mark.parametrize(("text", "fields", "expected"), [
    ("Gửi {{ a }}", {"a": "A&B <x>"}, "Gửi A&B <x>"),
    ("{{a}}/{{  a  }}", {"a": "1"}, "1/1"),
    ("{{ a }}", {"a": "{{ b }}", "b": "no"}, "{{ b }}"),
    ("{{ a }}", {"a": "{{ 7*7 }}"}, "{{ 7*7 }}"),
    ("{% if x %}{{ a }}", {"a": "y"}, "{% if x %}y"),
    ("{{ a }}", {"a": "hai\ndòng\r\n\x0bba"}, "hai dòng ba"),
], ids=["escape-chars-kept", "inner-spaces", "value-not-rescanned", "jinja-expression-literal",
        "jinja-tags-untouched", "line-breaks-become-spaces"])
def test_fill_text_substitutes_literally(text: str, fields: dict, expected: str) -> None:
    assert fill_text(text, fields, "trich_yeu") == expected


def test_markup_characters_in_values_are_escaped_in_the_body() -> None:
    text = "Ghi chú: {{ a }}\n| {{ a }} | x |"
    filled = fill_text(text, {"a": "**đậm** a|b"}, "noi_dung")
    shown = filled.replace(VALUE_START, "<").replace(VALUE_END, ">")
    assert shown == "Ghi chú: <\\*\\*đậm\\*\\* a|b>\n| <\\*\\*đậm\\*\\* a\\|b> | x |"


def test_fill_walks_nested_data_and_reports_a_missing_cell() -> None:
    data = {"can_cu": ["{{ a }}"], "phu_luc": [{"noi_dung": "{{ b }}"}], "so": 5}
    assert fill(data, {"a": "x", "b": "y"}) == {
        "can_cu": ["x"], "phu_luc": [{"noi_dung": VALUE_START + "y" + VALUE_END}], "so": 5}
    with pytest.raises(Missing) as caught:
        fill(data, {"a": "x", "b": None})
    assert (caught.value.name, caught.value.path) == ("b", "phu_luc[0].noi_dung")
    assert placeholders(data) == {"a": ["can_cu[0]"], "b": ["phu_luc[0].noi_dung"]}


def test_clean_value_drops_what_xml_cannot_hold() -> None:
    assert clean_value("a\x00b\x1fc\ufffe") == "a b c"


@pytest.mark.parametrize(("addressee", "stem"), [
    ("Ủy ban nhân dân xã Tân Thành", "0001-UBND-xa-Tan-Thanh"),
    ("../../etc/passwd", "0001-etc-passwd"),
    ("C:\\Windows\\system32", "0001-C-Windows-system32"),
    ("CON", "0001-CON"),
    ("", "0001-nguoi-nhan"),
    ("学校", "0001-nguoi-nhan"),
    ("Đ" * 200, "0001-" + "D" * 60),
], ids=["commune", "path-traversal", "windows-path", "reserved-name", "empty", "no-latin",
        "long"])
def test_file_names_are_safe(addressee: str, stem: str) -> None:
    assert letter_stem(1, addressee) == stem
    assert re.fullmatch(r"[A-Za-z0-9-]+", slug(addressee))


def _write_csv(path: Path, rows: list[list[str]], bom: bool) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_csv_recipients_with_or_without_bom(tmp_path: Path, bom: bool) -> None:
    path = _write_csv(tmp_path / "r.csv", [["Kính gửi", "ten"], ["UBND xã A", "A"], ["", ""],
                                           ["UBND xã B", "B, có dấu phẩy"]], bom)
    table = read_recipients(path)
    assert table.columns == ("kinh_gui", "ten")
    assert [(r.row, r.kinh_gui, r.fields["ten"]) for r in table.recipients] == [
        (2, "UBND xã A", "A"), (4, "UBND xã B", "B, có dấu phẩy")]


def test_csv_with_semicolons_and_a_short_row(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("kinh_gui;ten;ma\nUBND xã A;A;1\nUBND xã B\n", encoding="utf-8")
    rows = read_recipients(path).recipients
    assert rows[0].fields == {"kinh_gui": "UBND xã A", "ten": "A", "ma": "1"}
    assert rows[1].fields == {"kinh_gui": "UBND xã B", "ten": None, "ma": None}


def test_xlsx_recipients_read_as_a_clerk_sees_them(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ma", "ty_le", "han"])
    sheet.append(["UBND xã A", 70, 0.5, datetime(2025, 7, 1)])
    sheet.append([None, None, None, None])
    sheet.append(["UBND xã B", 12.0, None, date(2025, 12, 31)])
    book.save(tmp_path / "r.xlsx")
    rows = read_recipients(tmp_path / "r.xlsx").recipients
    assert [r.row for r in rows] == [2, 4]
    assert rows[0].fields == {"kinh_gui": "UBND xã A", "ma": "70", "ty_le": "0,5",
                              "han": "01/07/2025"}
    assert rows[1].fields["ma"] == "12" and rows[1].fields["ty_le"] == ""


@pytest.mark.parametrize(("name", "content", "said"), [
    ("r.csv", b"ten,ma\nA,1\n", "has no kinh_gui column"),
    ("r.csv", b"kinh_gui,ten,ten\nA,1,2\n", "appears twice"),
    ("r.csv", b"kinh_gui\nX\xcc\xcc\n", "is neither UTF-8 nor Windows-1258"),
    ("r.csv", b"", "must hold the column names"),
    ("r.xls", b"x", "must be a .csv"),
    ("r.xlsx", b"not a zip", "is not a readable .xlsx"),
], ids=["no-kinh-gui", "duplicate-column", "no-encoding", "empty", "old-xls", "broken-xlsx"])
def test_bad_recipient_files_are_explained(tmp_path: Path, name: str, content: bytes,
                                           said: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocgenError, match=said):
        read_recipients(path)


@pytest.mark.parametrize(("content", "said"), [
    ('kinh_gui,ten\n"UBND xã A,A\nUBND xã B,B\n',
     'the quote (") that opens the cell at line 2, column 1 is never closed'),
    ('kinh_gui;ten\nUBND xã A;"Tân "Lập"\n', "at line 2, column 17 a cell goes on after its "
                                            'closing quote ("); put the whole cell in quotes'),
], ids=["quote-never-closed", "text-after-closing-quote"])
def test_a_misplaced_quote_in_a_csv_is_found_at_its_line_and_column(tmp_path: Path, content: str,
                                                                    said: str) -> None:
    path = tmp_path / "r.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocgenError) as caught:
        read_recipients(path)
    assert str(caught.value).startswith(f"{path}: is not a readable CSV file")
    assert said in str(caught.value)


def test_a_workbook_whose_sheet_is_not_well_formed_names_the_part_and_the_fix(
        tmp_path: Path) -> None:
    import zipfile

    book = Workbook()
    book.active.append(["kinh_gui"])
    book.active.append(["UBND xã A"])
    book.save(tmp_path / "good.xlsx")
    broken = tmp_path / "r.xlsx"
    with zipfile.ZipFile(tmp_path / "good.xlsx") as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"<row></sheetData>")
            out.writestr(info, data)
    with pytest.raises(DocgenError) as caught:
        read_recipients(broken)
    message = str(caught.value)
    assert message.startswith(f"{broken}: is damaged: its part xl/worksheets/sheet1.xml cannot "
                              "be read from line 1, column ")
    assert message.endswith("open the file in Excel / LibreOffice Calc and save it again")


def test_a_column_named_in_words_is_reachable_as_one_word(tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "r.csv", [["kinh_gui", "Họ tên", "ma"],
                                           ["UBND xã A", "Lê Văn Đức", "7"]], bom=True)
    table = read_recipients(path)
    assert table.columns == ("kinh_gui", "Họ tên", "ma")
    assert {"ho_ten", "Họ tên", "ma", "kinh_gui"} <= table.fields
    assert fill_text("{{ ho_ten }}/{{ Họ tên }}", table.recipients[0].fields) \
        == "Lê Văn Đức/Lê Văn Đức"  # and by its header as written (test_bulk_column_names)


@pytest.mark.parametrize(("loai", "on_kinh_gui_line"), [
    ("CV", True), ("BC", True), ("TTr", True), ("GM", True), ("KH", False), ("QĐ", False),
], ids=lambda v: str(v))
def test_addressee_goes_on_the_kinh_gui_line_or_first_in_noi_nhan(tmp_path, loai,
                                                                 on_kinh_gui_line):
    from ntm_docgen.bulk.letters import LetterMaker

    data = {"loai": loai, "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"},
            "dia_danh": "Lạng Sơn", "trich_yeu": "x", "noi_nhan": ["Sở Nội vụ"],
            "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}}
    maker = LetterMaker(data, "spec.yaml", tmp_path, today=date(2026, 1, 5))
    spec = maker.spec_for({"kinh_gui": "Ủy ban nhân dân xã Tân Thành"})
    if on_kinh_gui_line:
        assert spec.kinh_gui == ("Ủy ban nhân dân xã Tân Thành",)
        assert spec.noi_nhan == ("Sở Nội vụ",)
    else:
        assert spec.kinh_gui == ()
        assert spec.noi_nhan == ("Ủy ban nhân dân xã Tân Thành", "Sở Nội vụ")


def test_a_workbook_without_a_part_names_the_part_in_the_users_words(tmp_path: Path) -> None:
    """openpyxl raises zipfile's KeyError "There is no item named '[Content_Types].xml' in the
    archive"; the clerk reads which part the workbook lacks, in her language."""
    import zipfile

    from ntm_docgen import i18n

    book = Workbook()
    book.active.append(["kinh_gui"])
    book.save(tmp_path / "good.xlsx")
    broken = tmp_path / "r.xlsx"
    with zipfile.ZipFile(tmp_path / "good.xlsx") as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            if info.filename != "[Content_Types].xml":
                out.writestr(info, src.read(info.filename))
    with i18n.language_kept():
        i18n.set_language("vi")
        with pytest.raises(DocgenError) as caught:
            read_recipients(broken)
    message = str(caught.value)
    assert "(thiếu phần [Content_Types].xml)" in message
    assert "There is no item" not in message and "KeyError" not in message

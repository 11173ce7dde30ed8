"""A number from a recipients workbook prints as a Vietnamese letter writes it: a decimal comma."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import docx
import pytest
from conftest import DATA
from openpyxl import Workbook

from ntm_docgen.bulk.recipients import cell_text
from ntm_docgen.cli.main import main


@pytest.mark.parametrize(("value", "text"), [
    (2.5, "2,5"), (0.1 + 0.2, "0,3"), (12.0, "12"), (1250000, "1250000"), (-0.75, "-0,75"),
    (date(2025, 7, 1), "01/07/2025"), ("2.5", "2.5"),
], ids=["decimal", "float-noise", "whole-float", "int", "negative", "date", "text-as-typed"])
def test_a_cell_reads_as_a_vietnamese_letter_writes_it(value, text):
    assert cell_text(value) == text


def test_a_bulk_letter_prints_a_workbook_decimal_with_a_comma(runner, tmp_path):
    book = Workbook()
    book.active.append(["kinh_gui", "ten", "loai_don_vi", "ma"])
    book.active.append(["UBND xã A", "A", "xã", 17.5])
    book.save(tmp_path / "r.xlsx")
    result = runner.invoke(main, ["bulk", str(DATA / "bulk" / "xa.yaml"), "--recipients",
                                  str(tmp_path / "r.xlsx"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (letter,) = (tmp_path / "out").iterdir()
    text = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
    assert "(mã 17,5)" in text and "17.5" not in text


def _printed(runner, book: Workbook, tmp_path) -> list[str]:
    """The text of each letter bulk writes from ``book``, in its rows' order."""
    book.save(tmp_path / "r.xlsx")
    result = runner.invoke(main, ["bulk", str(DATA / "bulk" / "xa.yaml"), "--recipients",
                                  str(tmp_path / "r.xlsx"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    return ["\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
            for letter in sorted((tmp_path / "out").iterdir())]


def test_a_number_her_workbook_groups_prints_grouped_the_vietnamese_way(runner, tmp_path):
    """A sum formatted ``#,##0`` shows 1,250,000 (or 1.250.000) in her spreadsheet: the letter
    printed 1250000. Grouped with dots, its decimals after a comma; a code or a year in a cell
    of the General format stays ungrouped."""
    book = Workbook()
    book.active.append(["kinh_gui", "ten", "loai_don_vi", "ma"])
    book.active.append(["UBND xã A", "A", "xã", 1250000])
    book.active.append(["UBND xã B", "B", "xã", 1234.5])
    book.active.append(["UBND xã C", "C", "xã", 2025])
    book.active["D2"].number_format = "#,##0"
    book.active["D3"].number_format = "#,##0.00"
    printed = _printed(runner, book, tmp_path)
    assert "(mã 1.250.000)" in printed[0]
    assert "(mã 1.234,50)" in printed[1]
    assert "(mã 2025)" in printed[2]


#: A cell's format, its value, and what her spreadsheet shows (LibreOffice Calc's "as shown"
#: export and Excel agree on each): rounded half up, a percent, a negative in brackets, the
#: accounting format Excel's Comma Style sets, a unit, a colour, a currency, millions.
SHOWN = [
    ("#,##0", 1234.5, "1.235"), ("#,##0.00", 0.125, "0,13"), ("#,##0.0", 12345.65, "12.345,7"),
    ("0%", 0.05, "5%"), ("0.00%", 0.1234, "12,34%"), ("#,##0;(#,##0)", -1250000, "(1.250.000)"),
    ('_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', 1250000, "1.250.000"),
    ('_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', 0, "-"), ("#,##0_);(#,##0)", 1250000, "1.250.000"),
    ('_-* #,##0_-;-* #,##0_-;_-* "-"??_-;_-@_-', 0, "-"),
    ('#,##0 "đ"', 1250000, "1.250.000 đ"), ("[Red]#,##0", 1250000, "1.250.000"),
    ("#,##0 [$₫-42A]", 1250000, "1.250.000 ₫"), ('#,##0,," triệu"', 1250000, "1 triệu"),
    ("0", 2.5, "3"), ('"Năm 2025: "00', 7, "Năm 2025: 07"),
    ('#,##0.0,," tr"', 2500000, "2,5 tr"), ("0.0,", 123456, "123,5"), ('General" kg"', 5, "5 kg"),
]


def test_a_workbook_number_prints_as_its_cell_shows_it(runner, tmp_path):
    book = Workbook()
    book.active.append(["kinh_gui", "ten", "loai_don_vi", "ma"])
    for row, (number_format, value, _text) in enumerate(SHOWN, start=2):
        book.active.append([f"UBND xã {row:02d}", f"X{row}", "xã", value])
        book.active[f"D{row}"].number_format = number_format
    book.active.append(["UBND xã Cuối", "Z", "xã", date(2025, 7, 1)])
    book.active[f"D{len(SHOWN) + 2}"].number_format = "mm/yyyy"
    printed = _printed(runner, book, tmp_path)
    expected = [text for _format, _value, text in SHOWN] + ["07/2025"]
    assert [f"(mã {text})" in letter for letter, text in zip(printed, expected, strict=True)] \
        == [True] * len(expected)


def test_a_date_or_an_hour_prints_as_a_letter_writes_it_never_as_its_format_misread(
        runner, tmp_path):
    """A month's or a day's name in the format (``mmmm yyyy``, ``dddd``) printed "0707 2025"
    and "0101" (the name's letters read as the month's digits): a month named alone is written
    as the decree writes a month, a date with its day as the letter writes dates; a format's
    quoted words kept (it printed 01/07/2025, a day she never wrote). An hour cell printed
    "08:00:00", a sum of hours under ``[h]:mm`` "1 day, 12:00:00". After her word "tháng" or
    "ngày" a month and a day as the decree writes them (it printed "Tháng 07 năm 2025")."""
    cells = [("mmmm yyyy", datetime(2025, 7, 1), "tháng 7 năm 2025"),
             ('"Tháng "mm" năm "yyyy', datetime(2025, 7, 1), "Tháng 7 năm 2025"),
             ('"ngày "d" tháng "mm', datetime(2026, 2, 5), "ngày 05 tháng 02"),
             ("dddd", datetime(2025, 7, 1), "01/07/2025"),
             ("mmm-yyyy", datetime(2025, 7, 1), "tháng 7 năm 2025"),
             ("dd/mm/yyyy", datetime(2025, 7, 1), "01/07/2025"),
             ("hh:mm", time(8, 0), "08:00"), ("[h]:mm", timedelta(days=1, hours=12), "36:00")]
    book = Workbook()
    book.active.append(["kinh_gui", "ten", "loai_don_vi", "ma"])
    for row, (number_format, value, _text) in enumerate(cells, start=2):
        book.active.append([f"UBND xã {row:02d}", f"X{row}", "xã", value])
        book.active[f"D{row}"].number_format = number_format
    printed = _printed(runner, book, tmp_path)
    assert [f"(mã {text})" in letter for letter, (_f, _v, text) in zip(printed, cells,
                                                                         strict=True)] \
        == [True] * len(cells), printed

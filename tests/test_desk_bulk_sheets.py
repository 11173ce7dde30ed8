"""The desk's bulk review tells what reading a clerk's workbook assumed, as the command line
does: a two-row header read by the names under its group, a hidden column a letter prints,
the sheet of notes passed over; a list it refuses is refused with its sheet and cells named."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from test_desk_bulk_names import review


def _workbook(rows: list[list[object]], merged: tuple[str, ...] = (),
              hidden: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    book.active.title = "Hướng dẫn"
    book.active.append(["Mỗi đơn vị một dòng"])
    sheet = book.create_sheet("DS")
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    for column in hidden:
        sheet.column_dimensions[column].hidden = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_review_shows_what_reading_the_sheet_assumed(client, csrf, tmp_path: Path):
    people = _workbook([["STT", "Kính gửi", "Đơn vị", None], [None, None, "ten", "Điện thoại"],
                        [1, "UBND xã Tân Thành", "Tân Thành", 912345678]],
                       ("A1:A2", "B1:B2", "C1:D1"), hidden=("C",))
    page = review(client, csrf, "ds.xlsx", people)
    assert "1 recipient from ds.xlsx, sheet “DS”." in page, page
    assert "ds.xlsx, sheet “DS”: the column names are in rows 1 and 2: cells C1:D1 (“Đơn vị”) " \
        "are merged over “ten”, “Điện thoại”" in page, page
    assert "column C (“ten”) is hidden in the sheet, but {{ ten }} is filled from it" in page
    assert "phone" not in page  # its column is in no letter
    assert "sheet “Hướng dẫn” before it has no kinh_gui column" in page, page
    assert str(tmp_path) not in page


def test_the_review_refuses_a_name_merged_over_text_by_its_cells(client, csrf, tmp_path: Path):
    people = _workbook([["kinh_gui", "ten", None], ["UBND xã Tân Thành", "Tân", "Thành"]],
                       ("B1:C1",))
    page = review(client, csrf, "ds.xlsx", people)
    assert 'class="error"' in page
    assert "ds.xlsx, sheet “DS”: cells B1:C1 (“ten”) are merged over several columns" in page
    assert str(tmp_path) not in page

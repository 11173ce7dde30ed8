"""Body tables as Vietnamese tables are made: widths from their content (row number narrow and
centred, a time column wide enough for "Tháng 01/2026", numbers right-aligned, headers bold and
centred), always positive and summing to the text width."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn
from docxview import open_docx

from ntm_docgen.files.ooxml import mm
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.fit import text_width
from ntm_docgen.letter.markup_table import CELL_MARGIN
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

BASE = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
        "dia_danh": "Tân Thành", "ngay": "2026-01-05", "trich_yeu": "Thi đua năm 2026",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn A"}}

PLAN = """II. NHIỆM VỤ
| TT | Nhiệm vụ | Chủ trì | Thời gian | Kinh phí (triệu đồng) |
|---|---|---|---|---|
| 1 | Tổ chức phát động phong trào thi đua năm 2026 | Ủy ban nhân dân xã | Tháng 01/2026 | 15 |
| 2 | Tuyên truyền trên hệ thống truyền thanh cơ sở | Văn hóa - Xã hội | Hằng tháng | 1.250,5 |
| 12 | Tổng kết năm, đề xuất khen thưởng | Văn phòng HĐND và UBND xã | Tháng 12/2026 | 8 |
"""


def body_tables(noi_dung: str, today, phu_luc: bool = False):
    spec = {**BASE, "noi_dung": "Nội dung.",
            "phu_luc": [{"tieu_de": "BIỂU", "noi_dung": noi_dung}]} if phu_luc else \
        {**BASE, "noi_dung": noi_dung}
    document = open_docx(render_docx(parse_spec(spec), today))
    return [t for t in document.tables[1:] if "Nơi nhận:" not in t.rows[0].cells[0].text]


def grid(table) -> list[int]:
    return [int(c.get(qn("w:w"))) for c in table._tbl.iter(qn("w:gridCol"))]


def align(cell) -> str | None:
    jc = cell.paragraphs[0]._p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    return jc.get(qn("w:val")) if jc is not None else None


def test_a_plan_table_has_a_narrow_centred_tt_a_wide_time_column_and_right_numbers(today):
    (table,) = body_tables(PLAN, today)
    widths = grid(table)
    assert sum(widths) == L.TEXT_WIDTH and min(widths) > 0
    assert widths[0] <= mm(12)  # TT
    inside = widths[3] - 2 * CELL_MARGIN
    assert text_width("Tháng 12/2026", L.SIZE_TABLE, bold=False) <= inside  # no wrap
    assert widths[1] == max(widths)  # the text column takes what is left
    header, *rows = table.rows
    assert all(align(c) == "center" and all(r.bold for r in c.paragraphs[0].runs if r.text)
               for c in header.cells)
    assert [align(r.cells[0]) for r in rows] == ["center"] * 3
    assert [align(r.cells[4]) for r in rows] == ["right"] * 3
    assert [align(r.cells[1]) for r in rows] == ["left"] * 3


@pytest.mark.parametrize("columns", [2, 7, 8, 15, 24])
@pytest.mark.parametrize("where", ["body", "phu-luc"])
def test_widths_are_positive_and_sum_to_the_text_width(today, columns, where):
    head = "| " + " | ".join(f"Chỉ tiêu số {i} (đơn vị tính)" for i in range(columns)) + " |"
    rule = "|" + "---|" * columns
    cells = ["Tổ chức phát động phong trào thi đua trong toàn xã, tuyên truyền trên hệ thống "
             "truyền thanh cơ sở và biểu dương điển hình tiên tiến" if i == 1 else "12"
             for i in range(columns)]
    row = "| " + " | ".join(cells) + " |"
    tables = body_tables(f"{head}\n{rule}\n{row}", today, phu_luc=where == "phu-luc")
    widths = grid(tables[0])
    landscape = where == "phu-luc" and columns > L.PORTRAIT_MAX_COLUMNS
    assert sum(widths) == (L.LANDSCAPE_TEXT_WIDTH if landscape else L.TEXT_WIDTH)
    assert min(widths) > 2 * CELL_MARGIN
    tcw = [int(c._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for c in tables[0].rows[0].cells]
    assert tcw == widths


def test_a_short_table_keeps_its_columns_to_their_content_and_spans_the_page(today):
    (table,) = body_tables("| STT | Xã | Số hộ |\n|---|---|---|\n| 1 | Tân Thành | 1.204 |",
                           today)
    widths = grid(table)
    assert sum(widths) == L.TEXT_WIDTH and widths[0] < mm(14) and widths[2] < mm(30)


@pytest.mark.parametrize("rule", ["|-|-|", "|:-:|:-:|", "| :-- | --: |", "|---|---|"])
@pytest.mark.parametrize("phu_luc", [False, True], ids=["body", "phu-luc"])
def test_a_rule_of_one_dash_or_more_makes_a_table(today, rule, phu_luc):
    """A rule line as GitHub's pipe tables allow it (a dash or more in each cell, colons for
    the alignment) makes the table, where one of fewer than three dashes printed the rows as
    text."""
    tables = body_tables(f"| TT | Nội dung |\n{rule}\n| 1 | Họp thôn |\n", today, phu_luc)
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[1].cells] == ["1", "Họp thôn"]


AWARDEES = """II. CÁ NHÂN (04 cá nhân)
| STT | Họ và tên | Chức vụ, đơn vị |
|---|---|---|
| 1 | Ông Lăng Văn Pẻo | Trưởng thôn Nà Làng |
| 2 | Bà Hoàng Thị Mây | Chi hội trưởng Phụ nữ thôn Khòn Mỏ |
| 3 | Ông Triệu Văn Sài | Nông dân thôn Bản Pì |
| 4 | Bà Lý Thị Hoa | Công chức Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã |
"""


@pytest.mark.parametrize("table_text", [
    AWARDEES,
    AWARDEES.replace("Ông ", "").replace("Bà ", ""),  # no title: the column's head says names
    AWARDEES.replace("| Họ và tên |", "| Người được khen |"),  # no such head: the titles say
], ids=["titled", "head-only", "title-only"])
def test_a_persons_name_stays_on_one_line_in_a_list_of_awardees(today, table_text):
    """A Quyết định's list: "Ông Lăng Văn / Pẻo" on two lines while the third column had room."""
    (table,) = body_tables(table_text, today, phu_luc=True)
    widths = grid(table)
    assert sum(widths) == L.TEXT_WIDTH
    inside = widths[1] - 2 * CELL_MARGIN
    for row in table.rows[1:]:
        name = row.cells[1].text
        assert text_width(name, L.SIZE_TABLE, bold=False) <= inside, (name, widths)
    assert widths[2] == max(widths)  # the office column still takes what is left


def test_a_name_is_not_held_whole_where_the_page_has_no_room(today):
    """Six columns of long words: the names wrap rather than push a column off the page."""
    wide = ("| STT | Họ và tên | " + " | ".join(["Nghiêng"] * 5) + " |\n|" + "---|" * 7 + "\n"
            "| 1 | Bà Nguyễn Thị Phương Thảo | " + " | ".join(["Chuyênviênphòngvănhóa"] * 5)
            + " |\n")
    (table,) = body_tables(wide, today)
    widths = grid(table)
    assert sum(widths) == L.TEXT_WIDTH and min(widths) > 0
    assert widths[1] - 2 * CELL_MARGIN < text_width("Bà Nguyễn Thị Phương Thảo",
                                                    L.SIZE_TABLE, bold=False)

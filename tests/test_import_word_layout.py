"""`ntm-docgen import` on Word layouts the held_out_12 letters showed (docs/accuracy.md): a header
in a table with its rules shown, list numbers and bullets Word draws itself, and a line in
brackets under the addressee."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.reading import read_lines

SIGNATURE = ("Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "GIÁM ĐỐC", "Nguyễn Văn An")


def _cell(cell, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Each line a paragraph of its own, as a clerk types the header in Word."""
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _letter(path: Path, body: list[tuple[str, str | None]], ruled: bool = True) -> Path:
    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    if ruled:
        head.style = "Table Grid"
    _cell(head.cell(0, 0), ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"])
    _cell(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _cell(head.cell(1, 0), ["Số: 15/SNV-TĐKT", "V/v báo cáo kết quả thực hiện"])
    _cell(head.cell(1, 1), ["Lạng Sơn, ngày 05 tháng 3 năm 2026"])
    for text, style in body:
        document.add_paragraph(text, style=style)
    for line in SIGNATURE:
        document.add_paragraph(line)
    document.save(path)
    return path


BODY = [("Kính gửi: Ủy ban nhân dân các xã", None),
        ("Sở Nội vụ đề nghị các đơn vị báo cáo kết quả.", None), ("Trân trọng./.", None)]


@pytest.mark.parametrize("ruled", [True, False], ids=["rules-shown", "borderless"])
def test_a_header_table_is_the_header_whatever_its_rules(tmp_path: Path, ruled: bool) -> None:
    spec = import_letter(_letter(tmp_path / "l.docx", BODY, ruled)).spec
    issuer = spec["co_quan"]
    assert (issuer["chu_quan"], issuer["ten"]) == ("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ")
    assert (spec["so"], spec["ky_hieu"], spec["dia_danh"]) == (15, "SNV-TĐKT", "Lạng Sơn")
    assert spec["trich_yeu"] == "báo cáo kết quả thực hiện"
    assert spec["kinh_gui"] == ["Ủy ban nhân dân các xã"]
    assert spec["noi_dung"].splitlines()[0] == "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả."


def test_a_ruled_table_in_the_body_is_still_a_table(tmp_path: Path) -> None:
    path = _letter(tmp_path / "l.docx", BODY)
    document = docx.Document(str(path))
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for (row, col), text in {(0, 0): "TT", (0, 1): "Đơn vị", (1, 0): "1", (1, 1): "Xã A"}.items():
        table.cell(row, col).text = text
    document.save(path)
    assert "| TT | Đơn vị |" in read_lines(path)


def test_word_list_numbers_and_bullets_are_read_as_printed(tmp_path: Path) -> None:
    body = [("Kính gửi:", None), ("Sở Tài chính;", "List Bullet"), ("Sở Xây dựng.", "List Bullet"),
            ("Sở Nội vụ đề nghị như sau:", None), ("Báo cáo kết quả.", "List Number"),
            ("Gửi về Sở trước ngày 10/3/2026./.", "List Number")]
    spec = import_letter(_letter(tmp_path / "l.docx", body)).spec
    assert spec["kinh_gui"] == ["Sở Tài chính", "Sở Xây dựng"]
    assert spec["noi_dung"].splitlines()[-2:] == ["1. Báo cáo kết quả.",
                                                  "2. Gửi về Sở trước ngày 10/3/2026./."]


@pytest.mark.parametrize("note", ["(địa chỉ: số 190, đường Lý Thường Kiệt, phường Yên Bái)",
                                  "(Theo Kế hoạch số 2242/KH-SCT ngày 23/4/2026)"],
                         ids=["address", "reference"])
def test_a_line_in_brackets_under_the_addressee_stays_with_it(tmp_path: Path, note: str) -> None:
    body = [("Kính gửi: Công ty Cổ phần Mông Sơn.", None), (note, None),
            ("Sở Nội vụ đề nghị Công ty báo cáo kết quả.", None), ("Trân trọng./.", None)]
    spec = import_letter(_letter(tmp_path / "l.docx", body)).spec
    assert spec["kinh_gui"] == [f"Công ty Cổ phần Mông Sơn {note}"]
    assert spec["noi_dung"].splitlines()[0] == "Sở Nội vụ đề nghị Công ty báo cáo kết quả."


@pytest.mark.parametrize("rules", [False, True], ids=["style-without-rules", "style-with-rules"])
def test_a_table_is_ruled_by_its_styles_borders_not_its_name(tmp_path: Path, rules: bool) -> None:
    """A signature table in a style named "Table Grid" that the document defines without
    borders (held_out_14) is the letter's layout, read cell by cell; one whose style draws its
    rules is a table of the body."""
    path = _letter(tmp_path / "l.docx", BODY[:2])
    document = docx.Document(str(path))
    for _line in SIGNATURE:  # the signature goes into a table instead
        document.paragraphs[-1]._element.getparent().remove(document.paragraphs[-1]._element)
    document.add_paragraph("Căn cứ văn bản này, các đơn vị triển khai thực hiện./.")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _cell(table.cell(0, 0), list(SIGNATURE[:3]))
    _cell(table.cell(0, 1), list(SIGNATURE[3:]))
    if not rules:
        grid = document.styles["Table Grid"].element
        for borders in grid.iter(qn("w:tblBorders")):
            borders.getparent().remove(borders)
    document.save(path)
    spec = import_letter(path).spec
    if rules:
        assert "| Nơi nhận: - Như trên; - Lưu: VT, TH. | GIÁM ĐỐC Nguyễn Văn An |" \
            in read_lines(path)
        return
    assert (spec["ky"]["chuc_vu"], spec["ky"]["ho_ten"]) == ("GIÁM ĐỐC", "Nguyễn Văn An")
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên"], "VT, TH")
    assert spec["noi_dung"].splitlines()[-1] == \
        "Căn cứ văn bản này, các đơn vị triển khai thực hiện./."


@pytest.mark.parametrize("rows", [1, 2], ids=["one-row", "two-rows"])
def test_a_rule_between_rows_is_drawn_only_between_rows(tmp_path: Path, rows: int) -> None:
    """A signature table of one row whose only border is ``insideH`` (held_out_15) shows no
    rule: it is the letter's layout, read cell by cell; with two rows the rule is drawn and
    the table is a table of the body."""
    path = _letter(tmp_path / "l.docx", BODY[:2])
    document = docx.Document(str(path))
    for _line in SIGNATURE:
        document.paragraphs[-1]._element.getparent().remove(document.paragraphs[-1]._element)
    document.add_paragraph("Căn cứ văn bản này, các đơn vị triển khai thực hiện./.")
    table = document.add_table(rows=rows, cols=2)
    _cell(table.cell(0, 0), list(SIGNATURE[:3]))
    _cell(table.cell(0, 1), list(SIGNATURE[3:]))
    props = table._tbl.tblPr
    borders = props.makeelement(qn("w:tblBorders"), {})
    borders.append(borders.makeelement(qn("w:insideH"), {qn("w:val"): "single", qn("w:sz"): "4"}))
    props.append(borders)
    document.save(path)
    if rows == 2:
        assert "| Nơi nhận: - Như trên; - Lưu: VT, TH. | GIÁM ĐỐC Nguyễn Văn An |" \
            in read_lines(path)
        return
    spec = import_letter(path).spec
    assert (spec["ky"]["chuc_vu"], spec["ky"]["ho_ten"]) == ("GIÁM ĐỐC", "Nguyễn Văn An")
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên"], "VT, TH")
    assert spec["noi_dung"].splitlines()[-1] == \
        "Căn cứ văn bản này, các đơn vị triển khai thực hiện./."


def _cell_header_letter(path: Path) -> Path:
    """The header of held_out_14's Bình Thuận công văn: one cell holds the issuer, the Số line
    and a V/v over two lines, the other the motto and the place and date; the issuer's first
    line is bold by its paragraph style (``Heading 1``), its second by its runs."""
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    _cell(head.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN", "Số:      /UBND-NCKSTTHC",
                            "V/v triển khai Công điện số 131/CĐ-TTg về cắt giảm",
                            "thủ tục hành chính"])
    _cell(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Bình Thuận, ngày      tháng 12 năm 2024"])
    first, second = head.cell(0, 0).paragraphs[:2]
    first.style = document.styles["Heading 1"]
    first.runs[0].font.bold = None
    first.runs[0].font.size = second.runs[0].font.size
    second.runs[0].font.bold = True
    for text in ["Kính gửi:", "- Các sở, ban, ngành;", "- UBND các huyện, thị xã, thành phố.",
                 "Thực hiện Công điện số 131/CĐ-TTg, Chủ tịch UBND tỉnh có ý kiến như sau:",
                 "Các cơ quan triển khai thực hiện./.", *SIGNATURE]:
        document.add_paragraph(text)
    document.save(path)
    return path


def test_a_motto_cell_after_a_two_line_vv_is_still_the_header(tmp_path: Path) -> None:
    spec = import_letter(_cell_header_letter(tmp_path / "l.docx")).spec
    assert (spec["ky_hieu"], spec["dia_danh"]) == ("UBND-NCKSTTHC", "Bình Thuận")
    assert spec["trich_yeu"] == "triển khai Công điện số 131/CĐ-TTg về cắt giảm thủ tục hành chính"
    assert spec["kinh_gui"] == ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]
    assert spec["noi_dung"].splitlines()[0].startswith("Thực hiện Công điện số 131/CĐ-TTg")


def test_a_line_bold_by_its_paragraph_style_is_bold(tmp_path: Path) -> None:
    """Both lines of the issuer print bold: one name, no parent body over it."""
    issuer = import_letter(_cell_header_letter(tmp_path / "l.docx")).spec["co_quan"]
    assert (issuer.get("chu_quan"), issuer["ten"]) == (None, "ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN")


def test_a_header_set_by_tabs_keeps_the_typed_rule_out_of_the_issuer(tmp_path: Path) -> None:
    """A header typed without a table, each line "issuer<TAB>Quốc hiệu", the tiêu ngữ's rule
    typed as underscores after the tab on the issuer's last line: the rule was read into
    co_quan.ten ("XÃ TÂN THÀNH ____"), with 0 warnings, and printed again (a black-box
    finding)."""
    document = docx.Document()
    for line in ("UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
                 "XÃ TÂN THÀNH\t_______________________", "______",
                 "Số: 15/UBND-VP\tTân Thành, ngày 03 tháng 12 năm 2026",
                 "V/v đôn đốc nộp báo cáo", "Kính gửi: Trưởng các thôn",
                 "Ủy ban nhân dân xã đề nghị các thôn nộp báo cáo./.", *SIGNATURE):
        document.add_paragraph(line)
    document.save(tmp_path / "tabs.docx")
    issuer = import_letter(tmp_path / "tabs.docx").spec["co_quan"]
    assert (issuer["chu_quan"], issuer["ten"]) == ("UBND TỈNH LẠNG SƠN",
                                                  "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH")


def test_a_v_v_typed_in_capitals_over_several_lines_is_read_whole(tmp_path: Path) -> None:
    """A clerk's V/v typed in capitals, each line a paragraph of its cell: only its first line
    was read, the others went into the body, and the date line beside them was lost with
    its place (a draft told as undated)."""
    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    _cell(head.cell(0, 0), ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"])
    _cell(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    _cell(head.cell(1, 0), ["Số: 15/SNV-TĐKT", "V/v TRIỂN KHAI CHƯƠNG TRÌNH", "MTQG XÂY DỰNG",
                            "NÔNG THÔN MỚI NĂM 2026"])
    _cell(head.cell(1, 1), ["Lạng Sơn, ngày 05 tháng 3 năm 2026"])
    document.add_paragraph("Kính gửi: Ủy ban nhân dân các xã.")
    document.add_paragraph("Sở Nội vụ đề nghị các xã triển khai chương trình.")
    for line in SIGNATURE:
        document.add_paragraph(line)
    document.save(tmp_path / "cv.docx")
    spec = import_letter(tmp_path / "cv.docx").spec
    assert spec["trich_yeu"] == "TRIỂN KHAI CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2026"
    assert (spec["dia_danh"], str(spec["ngay"])) == ("Lạng Sơn", "2026-03-05")
    assert "MTQG" not in spec["noi_dung"]

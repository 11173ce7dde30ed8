"""`ntm-docgen import` on what held_out_21's Word files showed (docs/accuracy.md): a trích yếu set
as paragraphs one of which a line break parts, a Kính gửi item whose end was wrapped by Enter onto
a paragraph of its own, and the Nơi nhận's first item typed on the label's line."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.reading import read_bold

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HUONG_DAN = (["BAN THƯỜNG TRỰC", "Số:      /HD-MTTQ"],
             [*MOTTO, "Quảng Ninh, ngày      tháng 11 năm 2025"])
CONG_VAN = (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /SCT-CN",
             "V/v triển khai Luật Hóa chất"], [*MOTTO, "Lào Cai, ngày      tháng 01 năm 2026"])
SIGNATURE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH",
             "Nguyễn Văn An"]


def _letter(path: Path, header: tuple[list[str], list[str]], title: list[str], body: list[str],
            signature: list[str] = SIGNATURE) -> Path:
    """A letter whose header is a borderless table of two cells; ``title``'s paragraphs are
    bold, a ``\\n`` in one a line break (Shift+Enter) within it."""
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    for cell, lines in zip(head.row_cells(0), header, strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for text in title:
        paragraph = document.add_paragraph()
        for n, piece in enumerate(text.split("\n")):
            run = paragraph.add_run(piece)
            run.bold = True
            if n < text.count("\n"):
                run.add_break()
    for text in [*body, *signature]:
        document.add_paragraph(text)
    document.save(path)
    return path


TITLE = ["HƯỚNG DẪN", "Quy trình hiệp thương, giới thiệu người ứng cử",
         " khóa XVI, đại biểu Hội đồng nhân dân\ncủa Ủy ban Mặt trận Tổ quốc các cấp"]
BODY = ["Căn cứ Luật Bầu cử số 85/2015/QH13;", "Căn cứ Nghị quyết số 101/2025/UBTVQH15.",
        "Ban Thường trực hướng dẫn như sau:", "Các đơn vị thực hiện./."]


def test_each_line_of_a_bold_paragraph_parted_by_a_line_break_is_bold(tmp_path: Path) -> None:
    bold = read_bold(_letter(tmp_path / "l.docx", HUONG_DAN, TITLE, BODY))
    assert {"khóa XVI, đại biểu Hội đồng nhân dân",
            "của Ủy ban Mặt trận Tổ quốc các cấp"} <= bold


def test_a_trich_yeu_of_paragraphs_one_broken_by_a_line_break_is_whole(tmp_path: Path) -> None:
    """The Quảng Ninh Hướng dẫn's trích yếu: three bold lines, the last two one paragraph parted
    by a line break; the căn cứ under it are read, not taken into the body."""
    spec = import_letter(_letter(tmp_path / "l.docx", HUONG_DAN, TITLE, BODY)).spec
    assert spec["trich_yeu"] == ("Quy trình hiệp thương, giới thiệu người ứng cử khóa XVI, đại "
                                 "biểu Hội đồng nhân dân của Ủy ban Mặt trận Tổ quốc các cấp")
    assert spec["can_cu"] == ["Căn cứ Luật Bầu cử số 85/2015/QH13",
                              "Căn cứ Nghị quyết số 101/2025/UBTVQH15"]
    assert spec["noi_dung"].splitlines()[0] == "Ban Thường trực hướng dẫn như sau:"


KINH_GUI = ["Kính gửi:", "- Các Sở, ban, ngành tỉnh;", "- Các đơn vị hoạt động hóa chất"]


@pytest.mark.parametrize(("wrapped", "last"), [
    (["trên địa bàn tỉnh."], "Các đơn vị hoạt động hóa chất trên địa bàn tỉnh"),
    ([], "Các đơn vị hoạt động hóa chất"),
], ids=["end-of-name-in-lower-case", "body-in-sentence-case"])
def test_a_kinh_gui_item_wrapped_by_enter_goes_on_its_item(tmp_path: Path, wrapped: list[str],
                                                           last: str) -> None:
    """An item ending in no stop, a paragraph in lower case under it: the item's end (the Sở
    Công Thương's công văn); a paragraph in sentence case under it is the body's first."""
    first = "Thực hiện chỉ đạo của UBND tỉnh, Sở đề nghị như sau:"
    body = [*KINH_GUI, *wrapped, first, "Các đơn vị thực hiện./."]
    spec = import_letter(_letter(tmp_path / "l.docx", CONG_VAN, [], body)).spec
    assert spec["kinh_gui"] == ["Các Sở, ban, ngành tỉnh", last]
    assert spec["noi_dung"].splitlines()[0] == first


@pytest.mark.parametrize("label", ["Nơi nhận:\t\t\t\t   - Như trên;", "Nơi nhận: - Như trên;"],
                         ids=["tabs", "space"])
def test_the_first_noi_nhan_item_on_the_labels_line_is_an_item(tmp_path: Path,
                                                                label: str) -> None:
    """The Báo cáo's ``Nơi nhận: ... - Như trên;``: the item is the list's first, not a line
    of the signature's column."""
    signature = [label, "- Cục Hoá chất;", "- Lưu: VT, CN.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                 "Hoàng Văn Thuân"]
    result = import_letter(_letter(tmp_path / "l.docx", CONG_VAN, [], BODY[2:], signature))
    spec = result.spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên", "Cục Hoá chất"], "VT, CN")
    assert spec["ky"] == {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                          "ho_ten": "Hoàng Văn Thuân"}
    assert not any("Như trên" in w for w in result.warnings)

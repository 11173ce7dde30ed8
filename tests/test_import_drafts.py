"""`ntm-docgen import` on a draft marked ``DỰ THẢO`` above its heading, as held_out_16's draft
Quyết định of the UBND tỉnh Lào Cai is (docs/accuracy.md), or in a corner of its header: the mark
in a Word text box is read once, and it is part of no field."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_lines, read_source

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số:      /QĐ-UBND", "Lào Cai, ngày      tháng 5 năm 2026"]
TITLE = ["QUYẾT ĐỊNH", "Về việc phê duyệt phương án nổ mìn",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
         "Theo đề nghị của Sở Công Thương.", "QUYẾT ĐỊNH:",
         "Điều 1. Phê duyệt phương án nổ mìn thi công công trình thủy điện.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
         "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Nguyễn Văn An"]

#: A text box as Word saves it: drawn (``mc:Choice``), and again for readers that cannot draw
#: it (``mc:Fallback``).
TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r>'
    '<w:t>{mark}</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{mark}</w:t>'
    '</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>')


def _word(path: Path, mark: str) -> Path:
    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(TEXT_BOX.format(mark=mark)))
    for line in TITLE:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_a_text_box_is_read_once_as_it_prints(tmp_path: Path) -> None:
    lines = read_lines(_word(tmp_path / "d.docx", "DỰ THẢO"))
    assert "DỰ THẢO" in lines
    assert not any("DỰ THẢODỰ THẢO" in line or line.count("DỰ THẢO") > 1 for line in lines)


def test_a_draft_mark_in_a_text_box_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = _word(tmp_path / "d.docx", "DỰ THẢO")
    result = import_letter(path)
    spec = result.spec
    assert spec["loai"] == "QĐ"
    assert spec["trich_yeu"] == "Về việc phê duyệt phương án nổ mìn"
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert spec["can_cu"][0].startswith("Căn cứ Luật Tổ chức")
    assert spec["noi_dung"].startswith("Điều 1. Phê duyệt")
    assert any("“DỰ THẢO”" in w and "draft" in w for w in result.warnings)
    assert lost_lines(read_source(path).lines, spec, result.warnings) == []


@pytest.mark.parametrize("mark", ["DỰ THẢO", "Dự thảo lần 2", "(Dự thảo 3)", "DỰ THẢO LẦN II"])
def test_a_draft_mark_above_the_heading_is_set_apart(mark: str) -> None:
    result = import_lines([*HEAD, mark, *TITLE])
    assert result.spec["trich_yeu"] == "Về việc phê duyệt phương án nổ mìn"
    assert result.spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert any(f"“{mark}”" in w for w in result.warnings)


CONG_VAN = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", *HEAD[2:4], "Số:      /SCT-CN", HEAD[5],
            "V/v kiểm tra kho", "Kính gửi: Công ty A", "Sở Công Thương đề nghị Công ty báo cáo.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, CN.", "GIÁM ĐỐC", "Nguyễn Văn An"]


@pytest.mark.parametrize("at", [0, 1, 2, 4, 6, 7],
                         ids=["over-the-issuer", "inside-the-issuer", "over-the-motto",
                              "over-the-number", "over-the-vv", "under-the-vv"])
def test_a_draft_mark_in_the_header_is_part_of_no_field(at: int) -> None:
    result = import_lines([*CONG_VAN[:at], "DỰ THẢO", *CONG_VAN[at:]])
    spec = result.spec
    assert [spec["co_quan"]["chu_quan"], spec["co_quan"]["ten"]] == CONG_VAN[0:2]
    assert (spec["ky_hieu"], spec["dia_danh"]) == ("SCT-CN", "Lào Cai")
    assert (spec["trich_yeu"], spec["kinh_gui"]) == ("kiểm tra kho", ["Công ty A"])
    assert spec["noi_dung"] == "Sở Công Thương đề nghị Công ty báo cáo."
    assert sum("“DỰ THẢO”" in w for w in result.warnings) == 1


def test_a_title_about_a_draft_keeps_its_words() -> None:
    lines = [*HEAD, *TITLE]
    lines[7] = "Về việc góp ý dự thảo phương án nổ mìn"
    spec = import_lines(lines).spec
    assert spec["trich_yeu"] == "Về việc góp ý dự thảo phương án nổ mìn"


@pytest.mark.parametrize("after", [CONG_VAN[7], CONG_VAN[8]],
                         ids=["under-kinh-gui", "in-the-body"])
def test_a_draft_sent_with_the_letter_keeps_its_mark_in_the_body(after: str) -> None:
    """A letter sending a draft for comment (DỰ THẢO over the draft's title, in its body) is no
    draft itself: the mark stays in the text, and no warning says the letter is a draft."""
    at = CONG_VAN.index(after) + 1
    result = import_lines([*CONG_VAN[:at], "DỰ THẢO", "QUY CHẾ LÀM VIỆC", *CONG_VAN[at:]])
    assert "DỰ THẢO" in result.spec["noi_dung"]
    assert not any("“DỰ THẢO”" in w for w in result.warnings)


def test_a_text_box_beside_the_number_line_is_a_line_of_its_own(tmp_path: Path) -> None:
    """A DỰ THẢO box drawn in the Số line's paragraph is not glued to the ký hiệu."""
    document = docx.Document()
    for line in HEAD:
        if line.startswith("Số:"):
            number = document.add_paragraph(line)
            number._p.append(parse_xml(TEXT_BOX.format(mark="DỰ THẢO")))
        else:
            document.add_paragraph(line)
    for line in TITLE:
        document.add_paragraph(line)
    path = tmp_path / "d.docx"
    document.save(path)
    lines = read_lines(path)
    assert "DỰ THẢO" in lines and not any("DỰ THẢO" in x and x != "DỰ THẢO" for x in lines)
    assert import_letter(path).spec["ky_hieu"] == "QĐ-UBND"

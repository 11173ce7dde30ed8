"""check on the seventh round of real letters: each element a văn thư saw printed there and check
denied or misread, built into a letter, is found, and the departure beside it still told."""

from __future__ import annotations

import copy

import docx
import pytest
from check_letter import _anchor, edit, find, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree
from test_check_printed import _rendered

from ntm_docgen.check import check_file
from ntm_docgen.check.geometry import text_area
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx
from ntm_docgen.check.rulers import longest


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _signature_in_a_box(x_mm: int):
    """The signature's column emptied and its lines typed in a text box anchored in the last
    body paragraph, ``x_mm`` from the column's left edge, as the UBND tỉnh Sóc Trăng's
    Quyết định 269/QĐ-UBND of 2025 sets KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lâm Hoàng Nghiệp."""
    def change(document) -> None:
        cell = document.tables[-1].rows[0].cells[1]
        inner = "".join(etree.tostring(p._p, encoding="unicode") for p in cell.paragraphs)
        for para in cell.paragraphs[1:]:
            para._p.getparent().remove(para._p)
        for run in cell.paragraphs[0].runs:
            run.text = ""
        last = find(document, r"^Việc tổng kết")
        last._p.append(parse_xml(_anchor(30, x_mm, 70, 45, inner, line=False)))
    return change


@pytest.mark.parametrize(("x_mm", "found"), [(90, True), (0, False)],
                         ids=["box-right-of-the-noi-nhan", "box-at-the-margin"])
def test_a_signature_in_a_box_over_the_noi_nhan_table_is_the_signature(hd, tmp_path, x_mm,
                                                                       found):
    path = edit(hd, tmp_path / "box.docx", _signature_in_a_box(x_mm))
    letter = locate(open_docx(path))
    assert (letter.ho_ten is not None and letter.ho_ten.clean == "Hoàng Thị Hiền") is found
    assert ("chuc_vu.missing" in _rules(path)) is not found


def test_a_box_anchored_among_the_noi_nhan_items_is_no_recipient(hd, tmp_path):
    """Sóc Trăng's 345/QĐ-UBND: a box "Qua Email" anchored in an item split the Nơi nhận, and
    its Lưu line was told missing."""
    def change(document) -> None:
        inner = '<w:p><w:r><w:t>Qua Email</w:t></w:r></w:p>'
        item = find(document, r"^- Ban TĐKT")
        item._p.append(parse_xml(_anchor(31, 100, 30, 20, inner, line=False)))
    path = edit(hd, tmp_path / "email.docx", change)
    assert [s.clean for s in locate(open_docx(path)).noi_nhan_items][-1] == "- Lưu: VT, TĐKT."
    assert not {r for r in _rules(path) if r.startswith("noi_nhan_item")}


def _under_the_luu(text: str, size: float = 7):
    """A line ``text`` in ``size`` pt of its own under the Lưu line, as the UBND tỉnh Tây Ninh
    types the drafter's code "(Hg)" (ô 12)."""
    def change(document) -> None:
        luu = find(document, r"^- Lưu")
        line = copy.deepcopy(luu._p)
        luu._p.addnext(line)
        para = Paragraph(line, luu._parent)
        for run in para.runs[1:]:
            run._r.getparent().remove(run._r)
        para.runs[0].text, para.runs[0].font.size = text, Pt(size)
    return change


@pytest.mark.parametrize(("text", "told"), [("(Hg)", False), ("PL.(300)", False),
                                            ("- Sở Tài chính;", True)],
                         ids=["drafter-code", "drafter-code-and-copies", "a-recipient"])
def test_the_drafters_code_under_the_luu_line_is_no_recipient(hd, tmp_path, text, told):
    rules = _rules(edit(hd, tmp_path / "code.docx", _under_the_luu(text)))
    assert ("noi_nhan_item.luu" in rules) is told
    assert "noi_nhan_item.form" not in rules


@pytest.mark.parametrize(("xet", "told"), [(True, False), (False, True)],
                         ids=["xet-to-trinh-last", "no-xet-line"])
def test_a_nghi_quyets_xet_to_trinh_closes_its_can_cu(tmp_path, xet, told):
    """The HĐND tỉnh Quảng Ninh's Nghị quyết 99/2025/NQ-HĐND: its căn cứ end ";" and its
    "Xét Tờ trình ..." line ends "."; no "QUYẾT NGHỊ:" but the enacting sentence and its Điều."""
    out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    retext(find(document, r"^QUYẾT ĐỊNH$"), "QUYẾT ĐỊNH", "NGHỊ QUYẾT")
    enacting = find(document, r"^QUYẾT ĐỊNH:$")
    retext(enacting, "QUYẾT ĐỊNH:", "Hội đồng nhân dân tỉnh ban hành Nghị quyết.")
    enacting.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    enacting.paragraph_format.first_line_indent = Mm(12.7)
    for pattern in (r"^Xét Báo cáo", r"^Các căn cứ"):
        para = find(document, pattern)
        para._p.getparent().remove(para._p)
    last = find(document, r"^Theo đề nghị")
    if xet:
        retext(last, r"^Theo đề nghị của Giám đốc Sở Tài chính",
               "Xét Tờ trình số 12/TTr-UBND ngày 20 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh")
        retext(find(document, r"^Căn cứ Luật Đầu tư"), r"\.$", ";")
    else:
        last._p.getparent().remove(last._p)
        retext(find(document, r"^Căn cứ Luật Đầu tư"), r"\.$", ";")
    document.save(str(out))
    assert ("can_cu.punctuation" in _rules(out)) is told


def _biên_bản(path, rule_mm: float):
    """A biên bản làm việc laid out without tables, as the Sở Công Thương Lào Cai's of 2026:
    the Quốc hiệu, the Tiêu ngữ with a line shape of ``rule_mm`` anchored in it, then BIÊN BẢN
    LÀM VIỆC with no rule under it."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    for text, size in (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13),
                       ("Độc lập - Tự do - Hạnh phúc", 14), ("", 14),
                       ("BIÊN BẢN LÀM VIỆC", 14), ("", 14)):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.font.size, run.font.bold, run.font.name = Pt(size), True, "Times New Roman"
    tieu_ngu = document.paragraphs[1]
    tieu_ngu._p.append(parse_xml(_anchor(40, 50, rule_mm, 0, "", line=True)))
    body = document.add_paragraph("Hôm nay, tại Sở Công Thương, các bên làm việc như sau./.")
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Mm(12.7)
    document.save(str(path))
    return path


@pytest.mark.parametrize("rule_mm", [40, 60], ids=["short-rule", "rule-as-long-as-the-text"])
def test_the_tieu_ngus_rule_is_not_the_trich_yeus(tmp_path, rule_mm):
    rules = _rules(_biên_bản(tmp_path / "bb.docx", rule_mm))
    assert "trich_yeu.rule" in rules
    assert "trich_yeu.rule_length" not in rules
    assert ("tieu_ngu.rule_length" in rules) is (rule_mm == 40)


def test_a_trich_yeu_wider_than_its_line_is_measured_as_it_wraps(hd, tmp_path):
    """UBND tỉnh Sơn La's 298/QĐ-UBND: a centred trích yếu paragraph wrapped over two lines
    prints its longest line 150.8 mm wide (LibreOffice's page), not the 160 mm of the text
    area; its rule of 47.4 mm is 1/3 of it, within the tolerance. A line fitted to its cell
    (the Tiêu ngữ, 56.1 mm by the widths in a cell of 56 mm) is not wrapped."""
    text = ("Về việc công bố danh mục thủ tục hành chính mới ban hành lĩnh vực quản lý công "
            "sản thuộc phạm vi chức năng quản lý nhà nước của Sở Tài chính")
    letter = locate(open_docx(edit(hd, tmp_path / "wrap.docx", lambda document: retext(
        find(document, r"^Tổng kết phong trào"), r"^.*$", text))))
    styles = letter.doc.styles
    area = text_area(letter.trich_yeu[0].para, styles)
    assert area / 2 < longest(letter.trich_yeu, styles, wraps=True) < area
    assert longest(letter.trich_yeu, styles) == area
    assert longest([letter.tieu_ngu], styles) == text_area(letter.tieu_ngu.para, styles)


def _capitals_over_the_can_cu(text: str):
    """The trích yếu typed ``text`` in capitals, not bold, with no rule under it, the căn cứ
    right under it: the HĐND tỉnh Quảng Ninh's Nghị quyết 99/2025/NQ-HĐND as its web copy
    prints "QUY ĐỊNH NỘI DUNG, MỨC CHI ...", which check said was no trích yếu at all."""
    def change(document) -> None:
        title = find(document, r"^Tổng kết phong trào")
        retext(title, r"^.*$", text)
        for run in title.runs:
            run.bold = False
        rule = title._p.getnext()
        rule.getparent().remove(rule)
    return change


@pytest.mark.parametrize(("text", "found"), [
    ("QUY ĐỊNH NỘI DUNG, MỨC CHI PHỤC VỤ CÔNG TÁC BẦU CỬ NHIỆM KỲ 2026 - 2031", True),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", False),
    ("SỞ NỘI VỤ TỈNH LẠNG SƠN", False),
], ids=["trich-yeu-in-capitals", "authority-title", "issuer-name"])
def test_a_trich_yeu_in_capitals_over_the_can_cu_is_the_trich_yeu(hd, tmp_path, text, found):
    rules = _rules(edit(hd, tmp_path / "caps.docx", _capitals_over_the_can_cu(text)))
    assert ("trich_yeu.missing" not in rules) is found
    assert ({"trich_yeu.bold", "trich_yeu.rule"} <= rules) is found

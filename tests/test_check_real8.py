"""check on the eighth round of real letters (a commune's, a Sở's, a school's of 2025-2026): each
thing a văn thư saw printed there and check misread, built into a letter, is read as printed, and
the departure beside it still told; and the sentences she reads name what to change."""

from __future__ import annotations

import docx
import pytest
from check_letter import _anchor, build_letter, edit, find, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree
from test_check_printed import _rendered

from ntm_docgen.check import check_file, fix_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


@pytest.mark.parametrize(("text", "told"), [
    ("Điện trở tiếp địa <10 \u2126.", False),
    ("Đa\u0301nh gia\u0301 \u2126.", True),
], ids=["an-ohm-sign", "letters-typed-with-their-marks"])
def test_a_sign_nfc_swaps_is_no_decomposed_letter(hd, tmp_path, text, told):
    """The Sở Công Thương's Thông báo on the Móng Sến store: "<10 Ω" typed with the ohm sign
    (U+2126), which NFC swaps for the Greek Ω, was told "typed in decomposed Unicode"."""
    path = edit(hd, tmp_path / "nfc.docx", lambda d: find(d, r"^Đánh giá").add_run(" " + text))
    assert ("font.nfc" in _rules(path)) is told


def _luu_with(initials: str, after: str):
    """The Lưu line ending with the drafter's name typed as a subscript at the line's size
    (14 pt before Word lowers it), as the Sở Công Thương types "- Lưu: VT, CN(Dũng).";
    ``after`` typed on the line after it at the items' size (round 1's "(T.Q.Hùng). ")."""
    def change(document) -> None:
        luu = find(document, r"^- Lưu")
        retext(luu, r"\.$", "")
        run = luu.add_run(initials)
        run.font.subscript, run.font.size = True, Pt(14)
        if after:
            luu.add_run(after).font.size = luu.runs[0].font.size
    return change


@pytest.mark.parametrize(("initials", "after", "told"), [
    ("(Dũng).", "", False),
    ("(T.Q.Hùng)", ". ", True),
], ids=["subscript-ending-the-luu-line", "subscript-inside-the-line"])
def test_the_drafters_name_lowered_at_the_luu_lines_end_is_not_its_size(hd, tmp_path,
                                                                        initials, after, told):
    path = edit(hd, tmp_path / "luu.docx", _luu_with(initials, after))
    assert ("noi_nhan_item.size" in _rules(path)) is told


def _number_in_a_frame(centred: bool):
    """The page number moved into a frame centred on the margin, its own paragraph centred
    (``centred``) or not, the header paragraph that holds the frame aligned left: the Sở Giáo
    dục và Đào tạo Đồng Tháp's Kế hoạch as LibreOffice writes its .doc."""
    def change(document) -> None:
        header = document.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.LEFT
        runs = "".join(etree.tostring(r, encoding="unicode") for r in header._p.iterfind(qn("w:r")))
        for run in header._p.findall(qn("w:r")):
            header._p.remove(run)
        jc = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ""
        header._p.append(parse_xml(_anchor(40, 0, 160, 10, f"<w:p>{jc}{runs}</w:p>", line=False)))
    return change


@pytest.mark.parametrize(("centred", "told"), [(True, False), (False, True)],
                         ids=["centred-in-its-frame", "left-in-its-frame"])
def test_a_page_number_in_a_frame_is_aligned_as_its_own_paragraph(hd, tmp_path, centred, told):
    path = edit(hd, tmp_path / "frame.docx", _number_in_a_frame(centred))
    rules = _rules(path)
    assert ("so_trang.align" in rules) is told
    assert "so_trang.missing" not in rules


@pytest.mark.parametrize(("stop_only", "found"), [
    (True, "a heading bold but for its punctuation"),
    (False, "heading not bold"),
], ids=["only-the-stop-after-the-number", "the-words-too"])
def test_a_heading_bold_but_for_the_stop_after_its_number_is_told_so(hd, tmp_path, stop_only,
                                                                      found):
    """The Tiểu ban of the xã Phố Bảng: "III. HÌNH THỨC ..." bold but for its "." was told
    "heading not bold"."""
    def change(document) -> None:
        heading = find(document, r"^I\. MỤC")
        text = heading.text
        for run in heading.runs[1:]:
            run._r.getparent().remove(run._r)
        heading.runs[0].text = "I"
        heading.add_run(".").bold = False
        heading.add_run(text[2:]).bold = stop_only
        heading.runs[0].bold = True
    findings = [f for f in check_file(edit(hd, tmp_path / "h.docx", change))
                if f.rule == "body.heading"]
    assert [f.found for f in findings] == [found]


@pytest.mark.parametrize(("colon", "told"), [(False, True), (True, False)],
                         ids=["quyet-dinh-without-its-colon", "quyet-dinh-with-it"])
def test_a_quyet_dinhs_enacting_line_without_its_colon_is_told(tmp_path, colon, told):
    """The Ban Thường trực of the MTTQ xã Lương Minh's Quyết định: "QUYẾT ĐỊNH" under the căn
    cứ without the colon of the decree's form; --fix adds it."""
    out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    if not colon:
        retext(find(document, r"^QUYẾT ĐỊNH:$"), ":", "")
    document.save(str(out))
    assert ("can_cu.enacting" in _rules(out)) is told
    if told:
        fixed = tmp_path / "fixed.docx"
        fix_file(out, fixed)
        assert "can_cu.enacting" not in _rules(fixed)
        assert any(p.text == "QUYẾT ĐỊNH:" for p in docx.Document(str(fixed)).paragraphs)


def test_a_coloured_run_is_named_by_its_own_words(hd, tmp_path):
    """The MTTQ xã Lương Minh's Kế hoạch: a red "II" inside a paragraph was told "coloured,
    from "- Tham mưu xây dựng …" on", the paragraph's first words, all black."""
    def change(document) -> None:
        para = find(document, r"^Đánh giá")
        para.add_run(" mục II").font.color.rgb = docx.shared.RGBColor(255, 0, 0)
    found = [f for f in check_file(edit(hd, tmp_path / "red.docx", change))
             if f.rule == "font.color"]
    assert len(found) == 1
    assert '"mục II"' in found[0].note
    assert '"Đánh giá' in found[0].note


def test_paragraphs_indented_by_another_width_are_not_told_unindented(hd, tmp_path):
    """The Sở GD&ĐT Đồng Tháp's Kế hoạch indents its paragraphs 1.2 cm: "26 paragraphs have no
    first-line indent" read as if they had none."""
    def change(document) -> None:
        for para in document.paragraphs:
            if para.paragraph_format.first_line_indent:
                para.paragraph_format.first_line_indent = Mm(12)
    found = [f for f in check_file(edit(hd, tmp_path / "indent.docx", change))
             if f.rule == "body.indent"]
    assert len(found) == 1
    assert "is indented 12 mm" in found[0].note
    assert "have no first-line indent" not in found[0].note


def test_a_heading_all_bold_draws_no_finding(hd, tmp_path):
    """The near miss of the heading's test: the same heading, every run bold."""
    path = edit(hd, tmp_path / "bold.docx", lambda d: set_runs(find(d, r"^I\. MỤC"), bold=True))
    assert "body.heading" not in _rules(path)


@pytest.mark.parametrize(("name", "told"), [
    ("Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Đồng", True),
    ("UBND các xã, phường", False),
], ids=["runs-onto-a-second-line", "fits-on-its-line"])
def test_a_recipient_pushed_right_with_spaces_onto_two_lines_is_told(tmp_path, name, told):
    """The UBND tỉnh Lâm Đồng's công văn of 2025: "- Thủ trưởng các cơ quan chuyên môn thuộc
    UBND" pushed right with spaces prints "tỉnh;" back at the left margin."""
    def change(document) -> None:
        item = find(document, r"^- UBND các xã")
        retext(item, r"^- UBND các xã, phường\.", " " * 30 + f"- {name}.")
        item.paragraph_format.left_indent = 0
        item.paragraph_format.first_line_indent = 0
    letter = build_letter(tmp_path / "cv.docx", "cv")
    path = edit(letter, tmp_path / "pushed.docx", change)
    assert ("kinh_gui.align" in _rules(path)) is told

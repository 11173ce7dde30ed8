"""check on the eighth round of real letters (a commune's, a Sở's, a school's of 2025-2026): each
thing a văn thư saw printed there and check misread, built into a letter, is read as printed, and
the departure beside it still told; and the sentences she reads name what to change."""

from __future__ import annotations

import pytest
from check_letter import _anchor, edit, find, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from ntm_docgen.check import check_file


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

"""check on the sixth round of real letters: each element a văn thư saw printed there and check
denied or misread, built into a letter, is found, and the departure beside it still told."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from check_letter import edit, find, issuer_lines, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from test_check_typed_layouts import _typed, _typed_cong_van

from ntm_docgen.check import check_file
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx


def _rules(path: Path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _title_above_name_below(pushed: bool):
    """UBND tỉnh Quảng Bình's Quyết định of 2022 as typed: the title in capitals pushed right
    with tabs above "Nơi nhận:", the name pushed right with spaces under the items (carried to
    page 2); with ``pushed`` False the capitals line stands at the left margin, as a heading
    would, and no signature is typed."""
    def signature(document) -> None:
        lead = "    \t\t\t\t\t\t\t" + " " * 24 if pushed else ""
        _typed(document, [(lead + "CHỦ TỊCH", 14, True, False)])
        _typed(document, [("Nơi nhận:", 12, True, True)])
        _typed(document, [("- Như Điều 2;", 11, False, False)])
        _typed(document, [("- Lưu: VT, NCVX.", 11, False, False)])
        for _ in range(2):
            document.add_paragraph()
        _typed(document, [(" " * 85 + "Trần Thắng", 14, True, False)])
    return signature


def test_a_title_above_the_noi_nhan_and_a_name_below_it_are_the_signature(tmp_path):
    path = _typed_cong_van(tmp_path / "typed.docx", _title_above_name_below(pushed=True))
    letter = locate(open_docx(path))
    assert [s.clean for s in letter.chuc_vu] == ["CHỦ TỊCH"]
    assert letter.ho_ten.clean == "Trần Thắng"
    assert "chuc_vu.missing" not in _rules(path)


def test_capitals_at_the_margin_above_the_noi_nhan_are_no_title(tmp_path):
    path = _typed_cong_van(tmp_path / "typed.docx", _title_above_name_below(pushed=False))
    assert "chuc_vu.missing" in _rules(path)


@pytest.mark.parametrize("pushed", [True, False], ids=["title-pushed-right", "title-at-margin"])
def test_a_name_not_pushed_right_is_no_signers_name(tmp_path, pushed):
    def signature(document) -> None:
        _title_above_name_below(pushed)(document)
        name = document.paragraphs[-1]
        name.runs[0].text = "Trần Thắng"  # at the left margin, as a line of the text
    path = _typed_cong_van(tmp_path / "typed.docx", signature)
    assert "chuc_vu.missing" in _rules(path)


def _note_after_the_body(text: str):
    """A line ``text`` centred after the body's first paragraph, in its size and font, as the
    UBND tỉnh Lai Châu's Quyết định sets "(Có Phụ lục chi tiết kèm theo)." under its Điều 1."""
    def change(document) -> None:
        body = find(document, r"^Đánh giá, tổng kết")
        note = copy.deepcopy(body._p)
        body._p.addnext(note)
        line = Paragraph(note, body._parent)
        for run in line.runs[1:]:
            run._r.getparent().remove(run._r)
        line.runs[0].text = text
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return change


@pytest.mark.parametrize(("text", "told"), [
    ("(Có Phụ lục chi tiết kèm theo).", False),
    ("(Có Phụ lục chi tiết kèm theo)", False),
    ("Có Phụ lục chi tiết kèm theo.", True),
    ("(1) Sở Nội vụ chủ trì, tổng hợp (hằng tháng).", True),
], ids=["note-with-its-full-stop", "note-without-full-stop", "sentence-centred",
        "item-opening-with-a-bracket"])
def test_a_note_in_brackets_centred_with_its_full_stop_is_not_told(hd, tmp_path, text, told):
    path = edit(hd, tmp_path / "note.docx", _note_after_the_body(text))
    assert ("body.justify" in _rules(path)) is told


def _form_handed_to_its_holder(title: str):
    """The letter retitled ``title`` and laid out as a certificate's form of its ministry (the
    Sở Công Thương Lào Cai's giấy chứng nhận an toàn thực phẩm): no issuer at the top left, no
    number line under it, no Nơi nhận."""
    def change(document) -> None:
        retext(find(document, r"^HƯỚNG DẪN$"), r"HƯỚNG DẪN", title)
        for line in [*issuer_lines(document), find(document, r"^Số:"),
                     find(document, r"^Nơi nhận"), *(find(document, rf"^- {item}")
                                                     for item in ("Ban TĐKT", "UBND", "Lưu"))]:
            for run in line.runs:
                run.text = ""
    return change


@pytest.mark.parametrize(("title", "told"), [
    ("GIẤY CHỨNG NHẬN", False), ("BẰNG KHEN", False), ("GIẤY PHÉP", True), ("HƯỚNG DẪN", True),
], ids=["certificate", "award", "permit", "guidance"])
def test_a_certificate_is_not_asked_for_what_its_form_puts_elsewhere(hd, tmp_path, title, told):
    rules = _rules(edit(hd, tmp_path / "form.docx", _form_handed_to_its_holder(title)))
    missing = {"co_quan.missing", "so.missing", "noi_nhan.missing"}
    assert (missing <= rules) is told
    assert told or not rules & missing


def _under_the_heading(heading: str, text: str, centred: bool = True):
    """The body's heading ``heading`` (centred if ``centred``) with ``text`` set right under it,
    centred, no space between, as the giấy chứng nhận an toàn thực phẩm of the Sở Công Thương
    Lào Cai prints "ĐỦ ĐIỀU KIỆN ... THEO QUY ĐỊNH" over its note in brackets."""
    def change(document) -> None:
        title = find(document, r"^I\. MỤC ĐÍCH")
        title.runs[0].text = heading
        for run in title.runs[1:]:
            run.text = ""
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
        _note_after_the_body(text)(document)
        body = find(document, r"^Đánh giá, tổng kết")
        line = find(document, rf"^{re.escape(text)}$")
        body._p.addprevious(line._p)  # under the heading, before the body's first line
        title.paragraph_format.space_after = line.paragraph_format.space_before = Pt(0)
    return change


@pytest.mark.parametrize(("heading", "text", "centred", "told"), [
    ("ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH", "(Các nhóm sản phẩm kèm theo)", True, False),
    ("ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH", "Các nhóm sản phẩm kèm theo.", True, True),
    ("I. MỤC ĐÍCH, YÊU CẦU", "(Các nhóm sản phẩm kèm theo)", False, True),
], ids=["centred-heading-and-its-note", "heading-and-a-sentence", "heading-at-the-margin"])
def test_a_centred_heading_and_its_note_in_brackets_are_one_block(hd, tmp_path, heading, text,
                                                                    centred, told):
    path = edit(hd, tmp_path / "block.docx", _under_the_heading(heading, text, centred))
    assert ("body.spacing" in _rules(path)) is told

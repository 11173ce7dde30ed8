"""check on the fourth round of real letters: each finding a văn thư judged false there, built
into a letter to the decree, is gone, and the departure it stood beside is still told."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from check_letter import edit, find, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

from ntm_docgen.check import check_file, fix_file

MATH = ('<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        '<m:r><m:t>K</m:t></m:r></m:oMath>')


def _rules(path: Path) -> list[str]:
    return [f.rule for f in check_file(path)]


def _formula_line(document, with_formula: bool) -> None:
    """A centred line '; m' after the first body paragraph, with or without the equation."""
    after = find(document, r"^Đánh giá")
    line = after.insert_paragraph_before("")
    after._p.addprevious(line._p)  # below "Sở Nội vụ ...", above "Đánh giá ..."
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if with_formula:
        line._p.append(parse_xml(MATH))
    line.add_run("; m").font.size = after.runs[0].font.size
    line.paragraph_format.space_after = after.paragraph_format.space_after


@pytest.mark.parametrize(("with_formula", "told"), [(True, False), (False, True)],
                         ids=["an-equation-beside-it", "text-alone"])
def test_a_formula_line_is_not_held_to_the_body_layout(hd, tmp_path, with_formula, told):
    path = edit(hd, tmp_path / "v.docx", lambda d: _formula_line(d, with_formula))
    assert ("body.justify" in _rules(path)) is told


def _drop(paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def _phieu_trinh(document) -> None:
    retext(find(document, r"^HƯỚNG DẪN$"), r"HƯỚNG DẪN", "PHIẾU TRÌNH")


def _no_header(document) -> None:
    """The Quốc hiệu, the Tiêu ngữ and the number line taken away."""
    for pattern in (r"^CỘNG HÒA", r"^Độc lập", r"^Số:"):
        _drop(find(document, pattern))


def test_an_internal_form_is_not_asked_for_the_header_its_office_leaves_out(hd, tmp_path):
    form = edit(hd, tmp_path / "pt.docx", _phieu_trinh, _no_header)
    assert {"quoc_hieu.missing", "tieu_ngu.missing", "so.missing"}.isdisjoint(_rules(form))
    letter = edit(hd, tmp_path / "hd.docx", _no_header)  # a Hướng dẫn is, as before
    assert {"quoc_hieu.missing", "tieu_ngu.missing", "so.missing"} <= set(_rules(letter))


def _permit(document) -> None:
    """A GIẤY PHÉP: its opening line centred by its form, its place and date printed at the
    end, right, over the signature."""
    retext(find(document, r"^HƯỚNG DẪN$"), r"HƯỚNG DẪN", "GIẤY PHÉP")
    for pattern in (r"^Căn cứ Hướng dẫn", r"^Căn cứ Kế hoạch"):
        _drop(find(document, pattern))
    opening = find(document, r"^Sở Nội vụ hướng dẫn")
    opening.alignment = WD_ALIGN_PARAGRAPH.CENTER
    opening.paragraph_format.first_line_indent = 0
    date = find(document, r"^Lạng Sơn, ngày")
    last = find(document, r"^Việc tổng kết")
    moved = last.insert_paragraph_before("")
    last._p.addnext(moved._p)
    moved.add_run(date.text).italic = True
    moved.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    moved.paragraph_format.space_before = last.paragraph_format.space_after
    _drop(date)


def test_a_permits_opening_and_its_date_at_the_end_are_no_body_text(hd, tmp_path):
    path = edit(hd, tmp_path / "gp.docx", _permit)
    rules = _rules(path)
    assert "body.justify" not in rules
    assert "body.indent" not in rules
    assert "ngay.missing" not in rules
    late = edit(path, tmp_path / "late.docx",  # a centred line after the body began is told
                lambda d: setattr(find(d, r"^Đánh giá"), "alignment", WD_ALIGN_PARAGRAPH.CENTER))
    assert "body.justify" in _rules(late)


@pytest.mark.parametrize(("item", "told"), [
    ("- Như trên (địa chỉ: thôn Nà Lìu, xã Mẫu Sơn; điện thoại: 0205 3870 123);", False),
    ("- Như trên (b/c);", False), ("- Như trên và địa chỉ thôn Nà Lìu;", True)],
    ids=["an-address-in-brackets", "a-short-note", "words-after-it"])
def test_nhu_tren_may_carry_a_note_in_brackets(cv, tmp_path, item, told):
    path = edit(cv, tmp_path / "v.docx",
                lambda d: retext(find(d, r"^- Như trên;$"), r".+", item))
    assert ("noi_nhan_item.nhu_tren" in _rules(path)) is told


def _heading_with_note(document, note_bold: bool, heading_bold: bool) -> None:
    heading = find(document, r"^I\. MỤC ĐÍCH")
    heading.runs[0].font.bold = heading_bold
    heading.add_run(" (Tóm tắt mục đích, yêu cầu của việc tổng kết).").font.bold = note_bold


@pytest.mark.parametrize(("heading_bold", "told"), [(True, False), (False, True)],
                         ids=["the-heading-bold", "the-heading-upright"])
def test_a_headings_note_in_brackets_need_not_be_bold(hd, tmp_path, heading_bold, told):
    path = edit(hd, tmp_path / "v.docx", lambda d: _heading_with_note(d, False, heading_bold))
    assert ("body.heading" in _rules(path)) is told


@pytest.mark.parametrize(("symbol", "told"), [("∛", False), ("√", True), ("x", True)],
                         ids=["cube-root-tnr-lacks", "square-root-tnr-draws", "a-letter"])
def test_a_math_symbol_times_new_roman_lacks_may_be_in_a_math_font(hd, tmp_path, symbol, told):
    def add(document) -> None:
        run = find(document, r"^Đánh giá").add_run(symbol)
        run.font.name = "Cambria Math"

    path = edit(hd, tmp_path / "v.docx", add)
    assert ("font.name" in _rules(path)) is told
    fixed = tmp_path / "f.docx"
    fix_file(path, fixed)
    fonts = [r.font.name for r in docx_runs(fixed) if r.text == symbol]
    assert fonts == (["Cambria Math"] if not told else ["Times New Roman"])


def docx_runs(path: Path):
    return [r for p in docx.Document(str(path)).paragraphs for r in p.runs]


@pytest.mark.parametrize(("raised", "told"), [(True, False), (False, True)],
                         ids=["a-subscript", "a-letter-on-the-line"])
def test_a_subscripts_size_is_not_the_texts(hd, tmp_path, raised, told):
    def add(document) -> None:
        run = find(document, r"^Đánh giá").add_run("t")
        run.font.size = Pt(15)
        run.font.subscript = raised

    path = edit(hd, tmp_path / "v.docx", add)
    assert ("body.size" in _rules(path)) is told


def _form_lines(document) -> None:
    """The form's lines, as a phiếu trình lays them: a bold label, a tab and its value, no
    first-line indent."""
    line = find(document, r"^Sở Nội vụ hướng dẫn")
    retext(line, r"^Sở Nội vụ hướng dẫn.*", "Đơn vị trình\t: Phòng Thi đua - Khen thưởng.")
    line.paragraph_format.first_line_indent = 0


def test_an_internal_forms_lines_are_not_asked_for_a_first_line_indent(hd, tmp_path):
    assert "body.indent" not in _rules(edit(hd, tmp_path / "pt.docx", _phieu_trinh, _form_lines))
    assert "body.indent" in _rules(edit(hd, tmp_path / "hd.docx", _form_lines))  # a letter's are

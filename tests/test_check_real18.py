"""check on the eighteenth round: a blank last page, made by the empty paragraph after the
signature's table, is told as a blank page (not as a letter of several pages to number), and
--fix takes it away."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from check_letter import edit, find
from docx.oxml.ns import qn
from test_check_real3 import _one_run_of_text, _saved_as

from ntm_docgen.check import check_file, fix_file


def _empty_after(n: int):
    """``n`` empty paragraphs after the signature's table, the last thing in the file (the
    Vovinam công văn of round 17 keeps one, in 3 pt, after a table that fills page 1)."""
    def change(document) -> None:
        for _ in range(n):
            document.add_paragraph()
    return change


@pytest.mark.parametrize("empty", [1, 3])
def test_a_blank_page_after_the_signature_is_told_and_dropped(hd, tmp_path, empty):
    plain = edit(hd, tmp_path / "p.docx", _one_run_of_text, _empty_after(empty))
    path = _saved_as(plain, tmp_path / "v.docx", 2)
    rules = [f.rule for f in check_file(path)]
    assert "page.blank" in rules
    assert "so_trang.missing" not in rules  # no page of the letter's to number
    result = fix_file(path, tmp_path / "fixed.docx")
    after = [f.rule for f in result.after]
    assert "page.blank" not in after and "so_trang.missing" not in after
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    body = list(fixed.element.body)
    # the table ends the letter: Word keeps one paragraph after it, hidden and 1 pt high
    assert body[-3].tag == qn("w:tbl") and body[-2].tag == qn("w:p")
    assert body[-2].find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:vanish')}") is not None
    with zipfile.ZipFile(tmp_path / "fixed.docx") as archive:
        assert b"<Pages>1</Pages>" in archive.read("docProps/app.xml")


def test_empty_paragraphs_after_the_last_words_are_all_dropped(hd, tmp_path):
    """After a paragraph of text, no paragraph need stay: the empty ones go."""
    def words_last(document) -> None:
        _one_run_of_text(document)
        document.add_paragraph("Trân trọng./.")
        _empty_after(2)(document)

    path = _saved_as(edit(hd, tmp_path / "p.docx", words_last), tmp_path / "v.docx", 2)
    assert "page.blank" in [f.rule for f in check_file(path)]
    fix_file(path, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert fixed.paragraphs[-1].text == "Trân trọng./."


def test_a_second_page_of_text_is_no_blank_page(hd, tmp_path):
    """Word marked the page it began in the text: the letter has two pages of words, and the
    empty paragraph after them prints on the second; it is numbered as before."""
    def rendered_break(document) -> None:
        _one_run_of_text(document)
        run = find(document, r"^Việc tổng kết").runs[0]._r
        run.insert(0, run.makeelement(qn("w:lastRenderedPageBreak"), {}))
        _empty_after(1)(document)

    path = _saved_as(edit(hd, tmp_path / "p.docx", rendered_break), tmp_path / "v.docx", 2)
    rules = [f.rule for f in check_file(path)]
    assert "page.blank" not in rules and "so_trang.missing" in rules


def test_no_empty_paragraph_no_blank_page(hd, tmp_path):
    """Two pages Word laid out, the text ending the file: a letter of two pages to number."""
    path = _saved_as(edit(hd, tmp_path / "p.docx", _one_run_of_text), tmp_path / "v.docx", 2)
    rules = [f.rule for f in check_file(path)]
    assert "page.blank" not in rules and "so_trang.missing" in rules


def test_a_page_break_before_the_empty_end_is_a_blank_page(hd, tmp_path):
    """A page break typed after the signature, nothing after it: the page it begins is blank."""
    def broken(document) -> None:
        _one_run_of_text(document)
        document.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)

    path = edit(hd, tmp_path / "v.docx", broken)
    assert "page.blank" in [f.rule for f in check_file(path)]


def test_a_finding_names_its_line_by_its_words_not_a_number(hd, tmp_path):
    """Word shows no paragraph numbers: a finding told at "paragraph 28" could not be found
    on the page. Its place is the line's own words, and the table it is in; the key the
    judgements are kept by (``where``) is left as it was."""
    def changes(document) -> None:
        find(document, r"^Căn cứ Hướng").alignment = docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT
        lines = [p for p in document.tables[-1].rows[0].cells[0].paragraphs
                 if p.text.startswith("- Lưu")]
        for run in lines[0].runs:
            run.text = run.text.rstrip(".")

    path = edit(hd, tmp_path / "v.docx", changes)
    found = {f.rule: f for f in check_file(path)}
    can_cu = found["body.justify"]
    assert can_cu.where.startswith("paragraph ")
    assert can_cu.place.startswith("the line beginning “Căn cứ Hướng")
    assert not re.search(r"paragraph \d", str(can_cu))
    luu = next(f for f in check_file(path) if f.rule.startswith("noi_nhan_item"))
    assert luu.place.startswith("the line beginning “- Lưu")
    assert ", in a table (row 1, column 1)" in luu.place
    assert f"at {luu.place}: " in str(luu)  # the line names it once: no text after it


def test_the_places_are_told_in_vietnamese(hd, tmp_path):
    from ntm_docgen.i18n import set_language

    path = edit(hd, tmp_path / "v.docx", lambda d: setattr(
        find(d, r"^Căn cứ Hướng"), "alignment", docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT))
    set_language("vi")
    try:
        told = next(f for f in check_file(path) if f.rule == "body.justify")
        assert told.place.startswith("dòng bắt đầu bằng “Căn cứ Hướng")
        assert "đoạn " not in told.place
    finally:
        set_language("en")


HEADER = "VĂN PHÒNG UBND TỈNH{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def _typed_header(spaces: int):
    """The phiếu trình of 30 June 2025 (round 17): its issuer and Quốc hiệu typed on one plain
    line apart with the space bar, 13 pt bold, the right margin 10 mm."""
    def change(document) -> None:
        document.sections[0].right_margin = docx.shared.Mm(10)
        first = document.paragraphs[0]
        line = first.insert_paragraph_before()
        run = line.add_run(HEADER.format(gap=" " * spaces))
        run.bold, run.font.size, run.font.name = True, docx.shared.Pt(13), "Times New Roman"
    return change


def _width_mm(path, spaces):
    from ntm_docgen.check.reader import open_docx
    from ntm_docgen.check.tabs import typed_width

    doc = open_docx(path)
    para = next(p for p in doc.paras if p.text.startswith("VĂN PHÒNG"))
    return typed_width(para, doc.styles) / (1440 / 25.4)


def test_a_margin_that_would_wrap_a_header_typed_with_spaces_is_left(hd, tmp_path):
    """At 15 mm the right margin narrows the text by 5 mm, and the typed line, 167 mm in 170,
    wraps: "NAM" printed on a second line under the issuer. --fix leaves that margin and says
    why; the others it sets."""
    spaces = next(n for n in range(1, 40) if 166 < _width_mm(
        edit(hd, tmp_path / f"w{n}.docx", _typed_header(n)), n) <= 170)
    path = edit(hd, tmp_path / "typed.docx", _typed_header(spaces),
                lambda d: setattr(d.sections[0], "top_margin", docx.shared.Mm(10)))
    right = next(f for f in check_file(path) if f.rule == "page.margin" and "right" in f.found)
    assert right.fix is None and "typed with spaces" in right.message
    result = fix_file(path, tmp_path / "fixed.docx")
    # the top margin is set and counted so, the right one beside it left
    told = {result.before[i].found for i in result.fixed}
    assert "top margin 10 mm" in told and "right margin 10 mm" not in told
    assert round(docx.Document(str(tmp_path / "fixed.docx")).sections[0].right_margin.mm) == 10


def test_a_typed_header_with_room_to_spare_lets_the_margin_be_set(hd, tmp_path):
    spaces = next(n for n in range(1, 40) if 150 < _width_mm(
        edit(hd, tmp_path / f"w{n}.docx", _typed_header(n)), n) <= 160)
    path = edit(hd, tmp_path / "typed.docx", _typed_header(spaces))
    right = next(f for f in check_file(path) if f.rule == "page.margin" and "right" in f.found)
    assert right.fix is not None

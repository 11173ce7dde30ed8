"""check's blank pages: only the empty paragraphs after the letter's last words make a blank
last page, and --fix keeps an empty paragraph holding a page break or a bookmark; a page inside
the letter that two page breaks leave empty is told with its page."""

from __future__ import annotations

import zipfile

import docx
import pytest
from check_letter import edit, find
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from test_check_real3 import _one_run_of_text, _saved_as

from ntm_docgen.check import check_file, fix_file

#: a paragraph of the body, two lines: fourteen of them run past page 1
TEXT = ("Đánh giá, tổng kết quá trình tổ chức triển khai thực hiện phong trào thi đua ở các "
        "cơ quan, đơn vị, địa phương trong giai đoạn vừa qua, những kết quả đạt được.")


def _longer(document) -> None:
    """The body run on over two pages: an empty paragraph among its paragraphs, where Word
    began page 2 (an empty paragraph holds no run for Word to mark the page it begins)."""
    _one_run_of_text(document)
    above = find(document, r"^Đánh giá")
    for index in range(14):  # the empty one where LibreOffice's page 1 ends
        para = above.insert_paragraph_before("" if index == 10 else TEXT)
        para.paragraph_format.first_line_indent = above.paragraph_format.first_line_indent


def _empty_last(document) -> None:
    document.add_paragraph()


def test_page_two_begun_at_an_empty_paragraph_inside_is_no_blank_page(hd, tmp_path):
    path = _saved_as(edit(hd, tmp_path / "p.docx", _longer, _empty_last), tmp_path / "v.docx", 2)
    rules = [f.rule for f in check_file(path)]
    assert "page.blank" not in rules and "so_trang.missing" in rules
    fix_file(path, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert fixed.element.body[-2].tag == qn("w:p")  # the empty paragraph left where it was
    with zipfile.ZipFile(tmp_path / "fixed.docx") as archive:
        assert b"<Pages>2</Pages>" in archive.read("docProps/app.xml")


def _bookmarked(document) -> None:
    """Word's bookmark of where the cursor was (_GoBack), in the second of three empty
    paragraphs after the signature's table."""
    _one_run_of_text(document)
    document.add_paragraph()
    p = document.add_paragraph()._p
    p.append(p.makeelement(qn("w:bookmarkStart"), {qn("w:id"): "0", qn("w:name"): "_GoBack"}))
    p.append(p.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): "0"}))
    document.add_paragraph()


def test_an_empty_paragraph_holding_a_bookmark_is_kept_hidden(hd, tmp_path):
    path = _saved_as(edit(hd, tmp_path / "p.docx", _bookmarked), tmp_path / "v.docx", 2)
    assert "page.blank" in [f.rule for f in check_file(path)]
    result = fix_file(path, tmp_path / "fixed.docx")
    assert "page.blank" not in [f.rule for f in result.after]
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    marks = list(fixed.element.body.iter(qn("w:bookmarkStart")))
    assert marks, "the bookmark went with its paragraph"
    held = marks[0].getparent()
    assert held.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:vanish')}") is not None


def test_an_empty_paragraph_holding_the_page_break_is_kept_without_it(hd, tmp_path):
    """The page break typed after the signature is taken out, its paragraph kept, hidden."""
    def broken(document) -> None:
        _one_run_of_text(document)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph()

    path = edit(hd, tmp_path / "v.docx", broken)
    assert "page.blank" in [f.rule for f in check_file(path)]
    result = fix_file(path, tmp_path / "fixed.docx")
    assert "page.blank" not in [f.rule for f in result.after]
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    body = list(fixed.element.body)
    assert body[-3].tag == qn("w:tbl")  # the signature's table, then the kept paragraph
    assert body[-2].find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:vanish')}") is not None
    assert not [br for br in fixed.element.body.iter(qn("w:br"))
                if br.get(qn("w:type")) == "page" and br.getparent().getparent() is body[-2]]


def _breaks(between: str):
    """A second page break after the letter's own (after "Đánh giá ..."): in a paragraph of
    its own next to it, or after an empty one, or in the same run."""
    def change(document) -> None:
        if between == "run":
            find(document, r"^Đánh giá").runs[0].add_break(WD_BREAK.PAGE)
            return
        empty = find(document, r"^Việc tổng kết").insert_paragraph_before("")
        if between == "empty":
            empty.insert_paragraph_before("")  # the empty paragraph the break's page begins at
        empty.add_run().add_break(WD_BREAK.PAGE)
    return change


@pytest.mark.parametrize("between", ["none", "empty"],
                         ids=["two-breaks-in-a-row", "a-break-after-an-empty-paragraph"])
def test_a_blank_page_inside_the_letter_is_told_with_its_page(hd, tmp_path, between):
    path = _saved_as(edit(hd, tmp_path / "p.docx", _breaks(between)), tmp_path / "v.docx", 3)
    blank = [f for f in check_file(path) if f.rule == "page.blank"]
    assert [f.where for f in blank] == ["page 2"]
    result = fix_file(path, tmp_path / "fixed.docx")  # which break to take out is hers
    assert "page.blank" in [f.rule for f in result.after]


def test_a_blank_page_whose_number_is_not_known_is_told_by_the_words_before(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", _breaks("none"))
    blank = [f for f in check_file(path) if f.rule == "page.blank"]
    assert len(blank) == 1 and blank[0].where.startswith("the page after the line “Đánh giá")


def test_two_breaks_in_one_run_are_not_told(hd, tmp_path):
    """Nothing between them, not even a paragraph's end: LibreOffice prints no page there."""
    path = _saved_as(edit(hd, tmp_path / "p.docx", _breaks("run")), tmp_path / "v.docx", 2)
    assert "page.blank" not in [f.rule for f in check_file(path)]


def test_one_page_break_between_words_makes_no_blank_page(hd, tmp_path):
    path = _saved_as(edit(hd, tmp_path / "p.docx", lambda d: None), tmp_path / "v.docx", 2)
    assert "page.blank" not in [f.rule for f in check_file(path)]


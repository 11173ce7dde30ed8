"""The page Word prints blank between a page break and a section break that begins a new page
(LibreOffice prints none there): told as page.blank where it is, never where Word prints no
empty page, and --fix takes the page break out, the section break kept."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from check_letter import edit
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.text.parfmt import ParagraphFormat

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.i18n import set_language

APPENDIX = "PHỤ LỤC: DANH SÁCH CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _page_break_then_section(document) -> None:
    """The letter, a paragraph holding only a page break, then the empty paragraph Word makes
    for a section break (Next Page), and an appendix in the next section: hd_mttq_luong_minh's
    page before its Mẫu số 04."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph(APPENDIX)


def _break_in_the_ending_paragraph(document) -> None:
    """The page break typed in the paragraph that ends the section: its mark stays on the
    break's page (ECMA-376 Part 4's default), Word begins no page between."""
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph(APPENDIX)
    ending = [p for p in document.element.body.iter(qn("w:p"))
              if p.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None][-1]
    run = ending.makeelement(qn("w:r"), {})
    run.append(run.makeelement(qn("w:br"), {qn("w:type"): "page"}))
    ending.append(run)


def _split_mark(document) -> None:
    """The settings that move a paragraph's mark after a page break to the next page."""
    compat = document.settings.element.find(qn("w:compat"))
    if compat is None:
        compat = document.settings.element.makeelement(qn("w:compat"), {})
        document.settings.element.append(compat)
    compat.append(compat.makeelement(qn("w:splitPgBreakAndParaMark"), {}))


def _continuous(document) -> None:
    """The page break, then a section that goes on the same page: the appendix prints on the
    page the break begins."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph(APPENDIX)


def _text_after_break(document) -> None:
    """A page break with a line after it before the section's end: that page prints."""
    para = document.add_paragraph()
    para.add_run().add_break(WD_BREAK.PAGE)
    para.add_run("Ghi chú: danh sách kèm theo.")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph(APPENDIX)


def _break_before(document) -> None:
    """The empty paragraph that ends the section set to begin a new page."""
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph(APPENDIX)
    ending = [p for p in document.element.body.iter(qn("w:p"))
              if p.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None][-1]
    ParagraphFormat(ending).page_break_before = True


def _break_before_by_style(document) -> None:
    """An empty paragraph in a style that begins a new page, then the section's end."""
    style = document.styles.add_style("Trang mới", 1)
    style.paragraph_format.page_break_before = True
    document.add_paragraph(style=style)
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph(APPENDIX)


def _break_then_break_before(document) -> None:
    """A page break, then the section's ending paragraph set to begin a new page too: one
    blank page begun twice; --fix takes both out."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _break_before(document)


def _blanks(path):
    return [f for f in check_file(path) if f.rule == "page.blank"]


@pytest.mark.parametrize(("changes", "told"), [
    ((_page_break_then_section,), 1),
    ((_break_in_the_ending_paragraph,), 0),
    ((_break_in_the_ending_paragraph, _split_mark), 1),
    ((_continuous,), 0),
    ((_text_after_break,), 0),
    ((_break_before,), 1),
    ((_break_before_by_style,), 1),
    ((_break_then_break_before,), 1),
], ids=["break-then-section", "break-in-ending-paragraph", "ending-paragraph-split-mark",
        "continuous-section", "text-after-break", "page-break-before", "break-before-by-style",
        "break-then-break-before"])
def test_told_only_where_word_prints_an_empty_page(hd, tmp_path, changes, told):
    path = edit(hd, tmp_path / "letter.docx", *changes)
    found = _blanks(path)
    assert len(found) == told
    for finding in found:
        assert finding.severity == "luu_y" and finding.fixable
        assert "section break" in finding.message and "Word" in finding.message


def test_the_place_names_the_words_before_the_blank_page(hd, tmp_path):
    path = edit(hd, tmp_path / "letter.docx", _page_break_then_section)
    (finding,) = _blanks(path)  # the signer's name, in the signature's table, printed last
    assert finding.where == "the page after the line “Hoàng Thị Hiền”"


@pytest.mark.parametrize("change", [_page_break_then_section, _break_before,
                                    _break_before_by_style, _break_then_break_before],
                         ids=["page-break", "page-break-before", "by-style", "both"])
def test_fix_takes_the_break_out_and_keeps_the_section(hd, tmp_path, change):
    path = edit(hd, tmp_path / "letter.docx", change)
    before = docx.Document(str(path))
    result = fix_file(path, tmp_path / "fixed.docx")
    assert "page.blank" in {result.before[i].rule for i in result.fixed}
    assert not [f for f in result.after if f.rule == "page.blank"]
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert len(fixed.sections) == len(before.sections) == 2
    assert fixed.sections[1].start_type == WD_SECTION.NEW_PAGE
    assert [p.text for p in fixed.paragraphs] == [p.text for p in before.paragraphs]
    taken = 1 if change in (_page_break_then_section, _break_then_break_before) else 0
    assert _page_breaks(fixed) == _page_breaks(before) - taken
    assert not any(p.paragraph_format.page_break_before for p in fixed.paragraphs)


def _page_breaks(document) -> int:
    return sum(1 for br in document.element.body.iter(qn("w:br"))
               if br.get(qn("w:type")) == "page")


REAL = Path(__file__).resolve().parent / "data" / "check" / "word_blank"


@pytest.mark.parametrize(("name", "where"), [
    ("hd_mttq_luong_minh_gt_ung_cu_2025",
     "the page after the line “(*) Biên bản này gửi đến Ban Thường trự…”"),
    ("tthc_syt_binhduong_2025", "the page after the line “KHÁM BỆNH, CHỮA BỆNH”"),
], ids=["mttq-luong-minh", "syt"])
def test_real_letters_told_once_where_word_prints_the_blank_page(name, where):
    """The Mặt trận xã Lương Minh's Hướng dẫn: a paragraph holding a page break, then the
    empty paragraph ending the section before Mẫu số 04 (Word counted 27 pages and marked 25
    beginnings: the blank page is one it could not mark). The Sở Y tế's procedures: the same
    before procedure 9; and before Mẫu 07 a page break in the paragraph that ends the section,
    on a file without splitPgBreakAndParaMark, which is not told."""
    (finding,) = [f for f in check_file(REAL / f"{name}.docx") if f.rule == "page.blank"]
    assert finding.where == where and finding.fixable


def test_fix_of_a_real_letter_counts_its_pages_one_fewer(tmp_path):
    """Word counted the Mặt trận's blank page among its 27 (docProps/app.xml): the letter
    repaired is counted on 26, so that it is not taken for one with a page more."""
    out = tmp_path / "fixed.docx"
    result = fix_file(REAL / "hd_mttq_luong_minh_gt_ung_cu_2025.docx", out)
    assert "page.blank" in {result.before[i].rule for i in result.fixed}
    with zipfile.ZipFile(out) as archive:
        assert b"<Pages>26</Pages>" in archive.read("docProps/app.xml")

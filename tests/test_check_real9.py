"""check on the ninth round of real letters (the Sở Công Thương Lào Cai's, the UBND tỉnh Lâm
Đồng's and Lào Cai's, the MTTQ xã Lương Minh's of 2025-2026): each thing a văn thư saw printed
there and check misread or missed, built into a letter, is read as printed, and the departure
beside it still told."""

from __future__ import annotations

import pytest
from check_letter import edit, find, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _recipient_run_on(indented: bool):
    """The Sở Công Thương's công văn on the chemicals decrees: its last recipient "- Các đơn vị
    hoạt động hóa chất" runs on to a paragraph of its own, "trên địa bàn tỉnh.", indented under
    it (``indented``) or typed at the margin."""
    def change(document) -> None:
        items = [find(document, r"^- Các sở"), find(document, r"^- UBND các xã")]
        retext(items[-1], r"\.$", "")
        for item in items:
            item.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            item.paragraph_format.left_indent = Mm(57)
            item.paragraph_format.first_line_indent = Mm(6)
        rest = items[-1].insert_paragraph_before("")
        items[-1]._p.addnext(rest._p)
        rest.add_run("trên địa bàn tỉnh.").font.size = Pt(14)
        rest.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        rest.paragraph_format.left_indent = Mm(65) if indented else None
        rest.paragraph_format.first_line_indent = Mm(1.5) if indented else Mm(12.7)
        rest.paragraph_format.space_after = Pt(6)
    return change


@pytest.mark.parametrize(("indented", "told"), [(True, False), (False, True)],
                         ids=["run-on-indented-under-the-recipient", "typed-at-the-margin"])
def test_a_recipient_run_on_to_an_indented_paragraph_is_one_recipient(cv, tmp_path, indented,
                                                                      told):
    """It was told "the last recipient is not written "- <name>."" and "the body paragraph
    "trên địa bàn tỉnh." has a first-line indent of 66.5 mm": the page prints one recipient."""
    rules = _rules(edit(cv, tmp_path / "kg.docx", _recipient_run_on(indented)))
    assert ("kinh_gui.item" in rules) is told
    assert "body.indent" not in rules or told


def _quoc_hieu_in_shares(cell_mm: float, indent: bool):
    """The header table as the Sở Công Thương's công văn on the Đồng Khê quarry sets it: the
    table and its cells given in shares of the text's width (``w:type="pct"``), the grid left
    wider (95 mm for the Quốc hiệu's column); the Quốc hiệu's cell ``cell_mm`` wide, its line
    indented -1.9 mm on each side into the cell's margins when ``indent``."""
    def change(document) -> None:
        table = document.tables[0]
        text = 165  # mm: A4 less margins of 30 and 15 mm
        tbl_pr = table._tbl.tblPr
        for old in tbl_pr.findall(qn("w:tblW")):
            tbl_pr.remove(old)
        tbl_pr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="5000" w:type="pct"/>'))
        for cell, width in zip(table.rows[0].cells, (text - cell_mm, cell_mm), strict=True):
            tc_pr = cell._tc.get_or_add_tcPr()
            for old in tc_pr.findall(qn("w:tcW")):
                tc_pr.remove(old)
            share = round(width / text * 5000)
            tc_pr.insert(0, parse_xml(f'<w:tcW {nsdecls("w")} w:w="{share}" w:type="pct"/>'))
        quoc_hieu = find(document, r"^CỘNG HÒA")
        if indent:
            quoc_hieu.paragraph_format.left_indent = Mm(-1.9)
            quoc_hieu.paragraph_format.right_indent = Mm(-1.9)
    return change


@pytest.mark.parametrize(("cell_mm", "indent", "told"), [
    (90, False, True),
    (90, True, False),
    (95, False, False),
], ids=["cell-of-90mm-in-shares", "the-same-indented-into-its-margins", "cell-of-95mm"])
def test_a_cell_given_in_shares_of_the_text_is_measured_so(hd, tmp_path, cell_mm, indent, told):
    """The Quốc hiệu, 88.3 mm in 12 pt, in a cell of 90 mm (86.2 mm inside its margins) given as
    a share of the table, its grid column 95 mm: LibreOffice printed it on two lines and check
    measured the grid. Indented into the cell's margins it prints on one (the Sở's công văn
    declining the Bảo Ái design: 95.7 mm in 93.9 mm, indented -1.9 mm)."""
    path = edit(hd, tmp_path / "qh.docx", _quoc_hieu_in_shares(cell_mm, indent))
    assert ("quoc_hieu.wrap" in _rules(path)) is told


def _title_on_a_tab(kind: str, at_mm: float):
    """The tên loại typed after two tabs, its paragraph aligned left, as the UBND tỉnh Lào
    Cai's draft Quyết định types "\\t\\tQUYẾT ĐỊNH": a left stop at 8.4 mm, then a stop of
    ``kind`` at ``at_mm``."""
    def change(document) -> None:
        title = find(document, r"^HƯỚNG DẪN$")
        title.alignment = WD_ALIGN_PARAGRAPH.LEFT
        title.runs[0].text = "\t\tHƯỚNG DẪN"
        stops = title.paragraph_format.tab_stops
        stops.add_tab_stop(Mm(8.4))
        from docx.enum.text import WD_TAB_ALIGNMENT
        stops.add_tab_stop(Mm(at_mm), getattr(WD_TAB_ALIGNMENT, kind))
    return change


@pytest.mark.parametrize(("kind", "at_mm", "told"), [
    ("CENTER", 82.5, False),
    ("LEFT", 82.5, True),
    ("CENTER", 60, True),
], ids=["centre-stop-at-the-middle", "left-stop-at-the-middle", "centre-stop-off-the-middle"])
def test_a_ten_loai_on_a_centre_tab_stop_at_the_middle_is_centred(hd, tmp_path, kind, at_mm,
                                                                  told):
    """It was told "the tên loại "QUYẾT ĐỊNH" is aligned left; centre it" on a page that
    prints it in the middle (a centre stop at 80 mm of a 160 mm column)."""
    path = edit(hd, tmp_path / "tl.docx", _title_on_a_tab(kind, at_mm))
    assert ("ten_loai.align" in _rules(path)) is told


def _heading_runs(colon_bold: bool, stop_bold: bool):
    """"I. MỤC ĐÍCH, YÊU CẦU:" in bold, the stop after "I" and the colon after the words each
    bold or not, as the Kế hoạch of the rounds type them."""
    def change(document) -> None:
        heading = find(document, r"^I\. MỤC")
        text = heading.text
        for run in heading.runs:
            run._r.getparent().remove(run._r)
        for piece, bold in (("I", True), (".", stop_bold), (text[2:], True), (":", colon_bold)):
            heading.add_run(piece).bold = bold
    return change


@pytest.mark.parametrize(("colon_bold", "stop_bold", "found"), [
    (False, True, []),
    (False, False, ["a heading bold but for its punctuation"]),
    (True, False, ["a heading bold but for its punctuation"]),
], ids=["only-the-closing-colon-upright", "the-stop-after-the-number-too",
        "only-the-stop-after-the-number"])
def test_the_colon_after_a_headings_words_is_no_part_of_its_number(hd, tmp_path, colon_bold,
                                                                   stop_bold, found):
    """The decree prints a heading's number and title in bold: a colon typed upright after the
    title ("I. MỤC ĐÍCH, YÊU CẦU:") was told "bold but for the punctuation after its number"."""
    findings = [f.found for f in check_file(edit(hd, tmp_path / "h.docx",
                                                 _heading_runs(colon_bold, stop_bold)))
                if f.rule == "body.heading"]
    assert findings == found


def _number_on_tabs(tabs: int, at_mm: float):
    """The page number typed after ``tabs`` tabs in a header paragraph aligned left, a centre
    stop at 76.2 mm and one at ``at_mm`` (the UBND tỉnh Lâm Đồng's Kế hoạch on the thi đua
    movement: "\\t\\t6" on its stops at 76.2 and 82 mm of a 170 mm column)."""
    def change(document) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        header = document.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for _tab in range(tabs):
            header._p.insert(1, parse_xml(f'<w:r {nsdecls("w")}><w:tab/></w:r>'))
        for at in (76.2, at_mm):
            header.paragraph_format.tab_stops.add_tab_stop(Mm(at), WD_TAB_ALIGNMENT.CENTER)
    return change


@pytest.mark.parametrize(("tabs", "at_mm", "told"), [
    (2, 82.5, False),
    (0, 82.5, True),
    (1, 82.5, True),
], ids=["two-tabs-to-the-middle", "no-tab", "one-tab-short-of-the-middle"])
def test_a_page_number_tabbed_to_the_middle_is_centred(hd, tmp_path, tabs, at_mm, told):
    """It was told "the page number is not centred; centre it in the header" on pages that
    print it in the middle of the top margin."""
    path = edit(hd, tmp_path / "pn.docx", _number_on_tabs(tabs, at_mm))
    assert ("so_trang.align" in _rules(path)) is told



def _small_number(paragraphs: int):
    """The page number of the công văn set in 11 pt, page 1 without it, and ``paragraphs``
    more paragraphs of body; the file keeps no page count, as LibreOffice saves a .docx (the
    Sở Công Thương's one-page công văn sending an officer to the Cục Hóa chất)."""
    def change(document) -> None:
        for br in document.element.body.iter(qn("w:br")):  # the letter's own page break
            br.getparent().remove(br)
        for run in document.sections[0].header.paragraphs[0].runs:
            run.font.size = Pt(11)
        body = find(document, r"^Sở Nội vụ hướng dẫn")
        for _n in range(paragraphs):
            body.insert_paragraph_before(body.text, body.style).paragraph_format.space_after = \
                Pt(6)
    return change


@pytest.mark.parametrize(("paragraphs", "told"), [(0, False), (40, True)],
                         ids=["a-letter-of-one-page", "a-letter-of-several"])
def test_a_number_no_page_prints_is_not_told_on_a_letter_that_fits_one_page(cv, tmp_path,
                                                                          paragraphs, told):
    """It was told "the page numbers in the header are in 11 pt" on a letter whose one page
    prints none: with no page count in the file, check took it for one of several pages."""
    path = edit(cv, tmp_path / "one.docx", _small_number(paragraphs))
    assert ("so_trang.size" in _rules(path)) is told

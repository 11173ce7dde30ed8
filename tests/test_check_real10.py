"""check on the tenth round of real letters (the MTTQ xã Lương Minh's, the Sở Công Thương Lào
Cai's and the UBND tỉnh Lào Cai's of 2025-2026): each thing a văn thư saw printed there and check
misread, built into a letter, is read as printed, and the departure beside it still told."""

from __future__ import annotations

import pytest
from check_letter import RIGHT_TEXT_MM, edit, find, retext
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


@pytest.mark.parametrize(("typed", "told"), [
    ("Số:\t     /SNV-TĐKT", False),
    ("Số:\t\t/SNV-TĐKT", False),
    ("Số\t     /SNV-TĐKT", True),
], ids=["tab-and-spaces-for-the-number", "two-tabs-for-the-number", "no-colon-after-so"])
def test_a_tab_typed_for_the_number_is_no_column(cv, tmp_path, typed, told):
    """The UBND tỉnh Lào Cai's Báo cáo types its draft number "Số: <Tab>     /BC-UBND": it was
    told "the number line reads "Số:"", the tab taken for a column's edge; the page prints
    "Số:        /BC-UBND"."""
    path = edit(cv, tmp_path / "so.docx",
                lambda document: retext(find(document, r"^Số: 106"), r".*", typed))
    assert ("so.format" in _rules(path)) is told


def _condensed_tieu_ngu(rule_mm: float, condensed: bool):
    """The UBND tỉnh Lào Cai's draft Quyết định: its Tiêu ngữ in 14 pt bold (60.4 mm by the
    letters' widths) in the style "Normal + 13 pt", which sets its letters 0.3 pt closer, so
    that it prints 57.7 mm wide; the rule under it ``rule_mm`` long, drawn as the top border
    of the empty paragraph below it."""
    def change(document) -> None:
        tieu_ngu = find(document, r"^Độc lập")
        for run in tieu_ngu.runs:
            run.font.size = Pt(14)
        ppr = tieu_ngu._p.get_or_add_pPr()
        ppr.remove(ppr.find(qn("w:pBdr")))
        tieu_ngu.paragraph_format.left_indent = tieu_ngu.paragraph_format.right_indent = None
        below = tieu_ngu._p.getnext()
        below.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="1" '
            'w:color="000000"/></w:pBdr>'))
        indent = Mm((RIGHT_TEXT_MM - rule_mm) / 2)
        below.get_or_add_pPr().append(parse_xml(
            f'<w:ind {nsdecls("w")} w:left="{indent.twips}" w:right="{indent.twips}"/>'))
        if condensed:
            style = document.styles.add_style("Normal + 13 pt", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Normal"]
            style.element.get_or_add_rPr().append(
                parse_xml(f'<w:spacing {nsdecls("w")} w:val="-6"/>'))
            tieu_ngu.style = style
    return change


@pytest.mark.parametrize(("rule_mm", "condensed", "told"), [
    (52.3, True, False), (52.3, False, True), (48, True, True),
], ids=["condensed-rule-91-percent", "not-condensed-rule-87-percent",
        "condensed-rule-83-percent"])
def test_a_condensed_line_is_measured_as_it_prints(hd, tmp_path, rule_mm, condensed, told):
    """It was told "a rule of 52.3 mm under a line of 60.4 mm": the letters' spacing (w:spacing,
    here from the paragraph's style) was not counted, and the line prints 57.7 mm wide."""
    path = edit(hd, tmp_path / "tn.docx", _condensed_tieu_ngu(rule_mm, condensed))
    assert ("tieu_ngu.rule_length" in _rules(path)) is told


def _two_appendices(table_between: bool, title_bold: bool):
    """The MTTQ xã Lương Minh's Hướng dẫn: after the signature a PHỤ BIỂU whose note "(Kèm theo
    Hướng dẫn số ... của" runs on to a paragraph of its own, "Sở Nội vụ)", then (with
    ``table_between``) the phụ biểu's table, then a PHỤ LỤC with its title and note."""
    def change(document) -> None:
        def add(text: str, bold: bool = False, italic: bool = False) -> None:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.size, run.font.bold, run.font.italic = Pt(14), bold, italic
        add("PHỤ BIỂU", bold=True)
        add("Số lượng giới thiệu người ứng cử", bold=True)
        add("(Kèm theo Hướng dẫn số 106/HD-SNV ngày 05/01/2020 của", italic=True)
        add("Sở Nội vụ)", italic=True)
        if table_between:
            table = document.add_table(rows=3, cols=2)
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    cell.paragraphs[0].add_run(f"Ô {r}.{c}").font.size = Pt(13)
        else:
            document.add_paragraph().add_run("Danh sách các thôn như sau.").font.size = Pt(14)
        page_break = OxmlElement("w:br")
        page_break.set(qn("w:type"), "page")
        document.add_paragraph().add_run()._r.append(page_break)
        add("PHỤ LỤC", bold=True)
        add("DANH MỤC BIÊN BẢN", bold=title_bold)
        add("(Kèm theo Hướng dẫn số 106/HD-SNV ngày 05/01/2020 của Sở Nội vụ)", italic=True)
        document.add_paragraph().add_run("1. Biên bản hội nghị.").font.size = Pt(14)
    return change


@pytest.mark.parametrize("table_between", [True, False], ids=["a-table-between", "a-paragraph"])
@pytest.mark.parametrize("title_bold", [True, False], ids=["title-bold", "title-not-bold"])
def test_an_appendix_title_stands_right_above_its_note(hd, tmp_path, table_between,
                                                       title_bold):
    """It was told "Tên phụ lục "BTT ủy ban MTTQ xã Lương Minh)" is not bold": the second line
    of one appendix's note, 128 paragraphs above the next appendix's note, was taken for that
    appendix's title across the table between them."""
    findings = check_file(edit(hd, tmp_path / "pl.docx", _two_appendices(table_between,
                                                                          title_bold)))
    bold = [f for f in findings if f.rule == "phu_luc.bold"]
    assert not any(f.text.startswith("Sở Nội vụ") for f in findings)
    assert [f.text for f in bold] == ([] if title_bold else ["DANH MỤC BIÊN BẢN"])


@pytest.mark.parametrize(("typed", "told"), [
    ("- Lưu: VT, TĐKT.", None),
    ("- Lưu: VT.", None),
    ("- Lưu: VT MTTQ.", "there is no comma after VT"),
    ("- Lưu: VTMTTQ.", "VT (the văn thư) is typed together with the unit"),
    ("- Lưu: MTTQ.", "it does not begin with VT"),
], ids=["vt-comma-unit", "vt-alone", "vt-space-unit", "vt-glued-to-unit", "no-vt"])
def test_vt_and_the_unit_are_parted_by_a_comma(hd, tmp_path, typed, told):
    """The MTTQ xã Lương Minh's Hướng dẫn end their Nơi nhận "- Lưu: VT MTTQ." and "- Lưu:
    VTMTTQ.": the decree writes "VT", a comma, then the unit (Phụ lục I, Mục II, khoản 9 b);
    the first was not told, the second was told as not beginning with VT."""
    path = edit(hd, tmp_path / "luu.docx",
                lambda document: retext(find(document, r"^- Lưu"), r".+", typed))
    notes = [f.note for f in check_file(path) if f.rule == "noi_nhan_item.luu"]
    assert notes == ([] if told is None else [notes[0]])
    assert told is None or told in notes[0]


@pytest.mark.parametrize(("small", "told"), [
    (True, '"(Hiền)" in the dòng nơi nhận "- UBND tỉnh (b/c); (Hiền)" is in 9 pt'),
    (False, 'Dòng nơi nhận "- UBND tỉnh (b/c);" is in 12 pt'),
], ids=["a-name-set-small", "the-whole-line"])
def test_a_size_told_of_some_words_of_a_line_names_them(hd, tmp_path, small, told):
    """The UBND tỉnh Lào Cai's Quyết định sets "(Bích)" in 9 pt in "- CVP, PCVP UBND tỉnh
    (Bích);": it was told "the recipient line ... is in 9 pt", and the văn thư sees the line
    in 11 pt."""
    def change(document) -> None:
        item = find(document, r"^- UBND tỉnh")
        if small:
            item.add_run(" (Hiền)").font.size = Pt(9)
        else:
            item.runs[0].font.size = Pt(12)
    path = edit(hd, tmp_path / "nn.docx", change)
    note = next(f.note for f in check_file(path) if f.rule == "noi_nhan_item.size")
    assert note.startswith(told)


@pytest.mark.parametrize(("first_page", "told"), [
    (False, "page 1 numbered too"), (True, "put it in the header"),
], ids=["page-1-numbered", "page-1-left-bare"])
def test_numbers_in_the_footer_say_when_page_1_bears_one(hd, tmp_path, first_page, told):
    """The MTTQ xã Lương Minh's Kế hoạch number every page at its foot, page 1 too: the
    decree wants them in the top margin and none on page 1, and the finding said only the
    first."""
    def change(document) -> None:
        section = document.sections[0]
        header = section.header._element
        footer = section.footer
        footer.is_linked_to_previous = False
        for child in list(header):
            footer._element.append(child)
        section.different_first_page_header_footer = first_page
    path = edit(hd, tmp_path / "pn.docx", change)
    note = next(f.note for f in check_file(path) if f.rule == "so_trang.place")
    assert told in note

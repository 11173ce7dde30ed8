"""check's sentences as a văn thư reads them (round 5): each says what she cannot see for
herself, where it is and what to type, not only what the decree wants."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_letter import edit, find, retext, set_runs
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language


def _tieu_ngu(path: Path):
    return next(f for f in check_file(path) if f.rule.startswith("tieu_ngu.")
                and f.rule not in ("tieu_ngu.rule", "tieu_ngu.rule_length"))


@pytest.mark.parametrize(("typed", "told"), [
    ("Độc lập – Tự do – Hạnh phúc", 'joins its phrases with "–", a dash longer than the hyphen'),
    ("Độc lập — Tự do — Hạnh phúc", 'joins its phrases with "—", a dash longer than the hyphen'),
    ("Độc lập-Tự do-Hạnh phúc", "its hyphens lack a space on each side"),
    ("Độc lập \u2011 Tự do \u2011 Hạnh phúc", "(U+2011, non-breaking hyphen, as text copied"),
    ("Độc lập \u2010 Tự do \u2010 Hạnh phúc", "(U+2010, Unicode hyphen, as text copied"),
    ("Độc lập\u2011Tự do\u2011Hạnh phúc", "(U+2011, non-breaking hyphen, as text copied from a "
     "web page or a PDF brings them) and lack a space on each side"),
], ids=["en-dash", "em-dash", "hyphens-without-spaces", "non-breaking-hyphen", "unicode-hyphen",
        "non-breaking-hyphen-without-spaces"])
def test_a_tieu_ngu_names_the_dash_or_the_spaces_the_eye_misses(hd, tmp_path, typed, told):
    path = edit(hd, tmp_path / "t.docx",
                lambda d: retext(find(d, r"^Độc lập"), r".+", typed))
    assert told in _tieu_ngu(path).note


def test_a_tieu_ngu_with_an_en_dash_says_how_to_keep_word_from_typing_it_again(hd, tmp_path):
    path = edit(hd, tmp_path / "t.docx",
                lambda d: retext(find(d, r"^Độc lập"), r".+", "Độc lập – Tự do – Hạnh phúc"))
    set_language("vi")
    try:
        note = _tieu_ngu(path).note
    finally:
        set_language(None)
    assert 'dấu "–", dài hơn dấu gạch nối' in note
    assert "bấm Ctrl+Z ngay" in note


def test_a_tieu_ngu_pasted_with_look_alike_hyphens_is_found_and_told_as_a_note(hd, tmp_path):
    """Pasted from a web page, the Tiêu ngữ's hyphens are U+2011: it prints as the decree's,
    so it is found (not "no Tiêu ngữ") and told as a note, in words a văn thư can act on."""
    path = edit(hd, tmp_path / "t.docx", lambda d: retext(
        find(d, r"^Độc lập"), r".+", "Độc lập \u2011 Tự do \u2011 Hạnh phúc"))
    set_language("vi")
    try:
        found = _tieu_ngu(path)
    finally:
        set_language(None)
    assert found.rule == "tieu_ngu.dash"
    assert "không phải dấu gạch nối gõ từ bàn phím" in found.note


def _appendix(document) -> None:
    """A second section, its pages begun by "PHỤ LỤC", with a left margin of 20 mm."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.left_margin = Mm(20)
    document.add_paragraph("")
    document.add_paragraph("PHỤ LỤC KÈM THEO HƯỚNG DẪN")


def test_a_margin_of_a_later_section_says_where_its_pages_begin(hd, tmp_path):
    path = edit(hd, tmp_path / "s.docx", _appendix)
    margin = next(f for f in check_file(path) if f.rule == "page.margin")
    assert margin.where == "section 2"  # the judgement key stays as it was
    assert 'section 2 (the pages from "PHỤ LỤC KÈM THEO HƯỚNG DẪN" on)' in margin.note


def _appendix_with_a_text_box(document) -> None:
    """As ``_appendix``, its first line anchoring a text box ("DỰ THẢO") before its words."""
    from docx.oxml import parse_xml

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.left_margin = Mm(20)
    para = document.add_paragraph()
    para._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:80pt;'
        'height:20pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    para.add_run("PHỤ LỤC KÈM THEO HƯỚNG DẪN")


def test_a_later_section_is_told_by_its_own_words_not_its_text_box(hd, tmp_path):
    path = edit(hd, tmp_path / "s.docx", _appendix_with_a_text_box)
    margin = next(f for f in check_file(path) if f.rule == "page.margin")
    assert 'section 2 (the pages from "PHỤ LỤC KÈM THEO HƯỚNG DẪN" on)' in margin.note


def test_the_first_section_is_told_as_before(hd, tmp_path):
    path = edit(hd, tmp_path / "m.docx",
                lambda d: setattr(d.sections[0], "left_margin", Mm(25)))
    margin = next(f for f in check_file(path) if f.rule == "page.margin")
    assert margin.note == "the left margin of section 1 is 25 mm; set it to 30–35 mm"


def _header_in_one_paragraph(document) -> None:
    """The Tiêu ngữ typed after a line break in the Quốc hiệu's paragraph, in 12 pt."""
    quoc_hieu = find(document, r"^CỘNG HÒA")
    quoc_hieu.add_run().add_break()
    tieu_ngu = quoc_hieu.add_run("Độc lập - Tự do - Hạnh phúc")
    tieu_ngu.bold, tieu_ngu.font.size = True, Pt(12)
    retext(find(document, r"^Độc lập"), r".+", "")


def test_a_size_quotes_the_line_told_not_the_paragraph_it_shares(hd, tmp_path):
    path = edit(hd, tmp_path / "h.docx", _header_in_one_paragraph)
    size = next(f for f in check_file(path) if f.rule == "tieu_ngu.size")
    assert size.note == 'Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is in 12 pt; set it to 13–14 pt'


def _red(document) -> None:
    find(document, r"^Đánh giá").runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)


def test_a_run_is_not_called_a_paragraph_in_vietnamese(hd, tmp_path):
    """"đoạn" is a paragraph to a văn thư: a run of text is a "cụm chữ", so that "13 cụm chữ
    có màu" does not send her looking for 13 paragraphs."""
    path = edit(hd, tmp_path / "r.docx", _red)
    set_language("vi")
    try:
        note = next(f for f in check_file(path) if f.rule == "font.color").note
    finally:
        set_language(None)
    assert note.startswith("1 cụm chữ có màu, bắt đầu từ")


def _page_number_11pt(document) -> None:
    """The header's page number in 11 pt, its field showing "0", as Word leaves it unrefreshed."""
    header = document.sections[0].header.paragraphs[0]
    for run in header.runs:
        run.font.size = Pt(11)
        for text in run._r.iter(qn("w:t")):
            text.text = "0"


def test_a_page_number_size_does_not_quote_the_number_the_field_last_showed(hd, tmp_path):
    path = edit(hd, tmp_path / "p.docx", _page_number_11pt)
    size = next(f for f in check_file(path) if f.rule == "so_trang.size")
    assert size.note == "the page numbers in the header are in 11 pt; set them to 13–14 pt"
    assert size.text == ""


def test_a_recipient_line_is_named_as_a_clerk_says_it(hd, tmp_path):
    path = edit(hd, tmp_path / "n.docx",
                lambda d: set_runs(find(d, r"^- Lưu"), size=Pt(12)))
    size = next(f for f in check_file(path) if f.rule == "noi_nhan_item.size")
    assert size.note.startswith('Dòng nơi nhận "- Lưu: VT')

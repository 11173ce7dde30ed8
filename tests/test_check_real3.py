"""check on the third round of real letters: each finding a văn thư judged false there, built
into a letter to the decree, is gone, and the defect it stood beside is still told as it is."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from check_letter import edit, find, retext, set_runs
from conftest import DATA
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ntm_docgen.check import check_file
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec


@pytest.fixture(scope="module")
def qd(tmp_path_factory) -> Path:
    """A Quyết định rendered from its spec (the Hướng dẫn ``hd`` and the công văn ``cv`` are
    conftest's, built to the decree)."""
    out = tmp_path_factory.mktemp("real3") / "qd.docx"
    render_spec(load_spec(DATA / "check" / "quyet-dinh.ubnd-tinh.yaml"), out,
                today=date(2026, 11, 23))
    return out


def test_an_authority_prefix_glued_to_the_title_is_told_its_missing_space(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", lambda d: retext(find(d, r"^KT\. "), r"^KT\. ", "KT."))
    (finding,) = check_file(path)
    assert finding.rule == "quyen_han.prefix"
    assert 'no space after "KT."' in finding.message
    assert "does not begin with" not in finding.message


def _fonts(rpr, name: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.attrib.clear()
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), name)


def _fonts_from_the_table_style(document) -> None:
    """Calibri in the document defaults, Times New Roman on each run outside the tables and
    in the style of every table, as Word writes a letter whose header sits in a Table Grid."""
    styles = document.styles.element
    _fonts(styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")), "Calibri")
    for style in styles.iterfind(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:rFonts")) is not None:
            rpr.remove(rpr.find(qn("w:rFonts")))
    grid = document.styles.add_style("Bang", WD_STYLE_TYPE.TABLE)
    _fonts(grid.element.get_or_add_rPr(), "Times New Roman")
    for table in document.tables:
        table.style = grid
    body = document.element.body
    for run in body.iter(qn("w:r")):
        if next(run.iterancestors(qn("w:tbl")), None) is None:
            _fonts(run.get_or_add_rPr(), "Times New Roman")


def test_a_table_style_font_is_the_font_its_cells_print_in(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", _fonts_from_the_table_style)
    assert "font.name" not in [f.rule for f in check_file(path)]
    calibri = edit(path, tmp_path / "c.docx", lambda d: _fonts(
        d.styles["Bang"].element.get_or_add_rPr(), "Calibri"))
    assert "font.name" in [f.rule for f in check_file(calibri)]


@pytest.mark.parametrize(("rgb", "told"), [((0x1B, 0x1C, 0x1D), False), ((0x30, 0x30, 0x30), False),
                                            ((0x55, 0x55, 0x55), True), ((0xEE, 0, 0), True)],
                         ids=["1b1c1d", "303030", "grey-555555", "red"])
def test_only_a_colour_the_page_shows_is_told(hd, tmp_path, rgb, told):
    path = edit(hd, tmp_path / "v.docx", lambda d: setattr(
        find(d, r"^Đánh giá").runs[0].font.color, "rgb", RGBColor(*rgb)))
    assert ("font.color" in [f.rule for f in check_file(path)]) is told


@pytest.mark.parametrize(("upright", "found"), [
    (".", "the full stop of an Điều marker not bold"), ("2.", "heading not bold")],
    ids=["its-full-stop-upright", "its-number-upright"])
def test_an_dieu_marker_bold_but_for_its_full_stop_is_told_so(qd, tmp_path, upright, found):
    def split(document) -> None:
        dieu = find(document, r"^Điều 2\.")
        text = "".join(r.text for r in dieu.runs)
        for run in dieu.runs[1:]:
            run._r.getparent().remove(run._r)
        cut = text.index(upright)
        dieu.runs[0].text = text[:cut]
        dieu.runs[0].font.bold = True
        dieu.add_run(text[cut:]).font.bold = False

    path = edit(qd, tmp_path / "v.docx", split)
    assert [f.found for f in check_file(path) if f.rule == "body.heading"] == [found]


def test_a_named_types_trich_yeu_opening_with_vv_is_its_trich_yeu(hd, cv, tmp_path):
    path = edit(hd, tmp_path / "v.docx",
                lambda d: retext(find(d, r"^Tổng kết phong"), r"^Tổng kết", "V/v tổng kết"))
    assert [r for r in (f.rule for f in check_file(path)) if r.startswith(("vv.", "ten_loai."))] \
        == []
    bold = edit(cv, tmp_path / "b.docx", lambda d: set_runs(find(d, r"^V/v"), bold=True))
    assert "vv.bold" in [f.rule for f in check_file(bold)]  # a công văn's V/v line as before


def _as_word_list(document) -> None:
    """The Kính gửi items made a Word list (List Bullet), their marks no longer typed."""
    for para in document.paragraphs:
        if para.text.startswith("- ") and para.text.endswith((";", ".")) and \
                para._p.getparent() is document.element.body:
            retext(para, r"^- ", "")
            para.style = document.styles["List Bullet"]


def test_kinh_gui_items_drawn_by_a_word_list_are_its_items(cv, tmp_path):
    path = edit(cv, tmp_path / "v.docx", _as_word_list)
    rules = [f.rule for f in check_file(path)]
    assert "body.indent" not in rules
    assert "body.justify" not in rules


def _symbol_bullet(document) -> None:
    """A body paragraph typed "•<Tab>text" with the bullet a Symbol character, as Word does."""
    para = find(document, r"^Đánh giá")
    para.paragraph_format.left_indent = Cm(0.63)  # hanging: the bullet, then its text
    para.paragraph_format.first_line_indent = Cm(-0.63)
    run = para.runs[0]._r
    mark = run.makeelement(qn("w:r"), {})
    sym = mark.makeelement(qn("w:sym"), {qn("w:font"): "Symbol", qn("w:char"): "F0B7"})
    mark.append(sym)
    mark.append(mark.makeelement(qn("w:tab"), {}))
    run.addprevious(mark)


def test_a_bullet_typed_as_a_symbol_is_an_item_as_a_dash_is(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", _symbol_bullet)
    assert "body.indent" not in [f.rule for f in check_file(path)]


def _no_page_numbers(document) -> None:
    for para in document.sections[0].header.paragraphs:
        for child in list(para._p):
            if child.tag != qn("w:pPr"):
                para._p.remove(child)


def _page_after_the_signature(document) -> None:
    """The letter's own page break gone, and a page after its signature: the phiếu trình an
    office keeps in the same file."""
    for br in document.element.body.iter(qn("w:br")):
        if br.get(qn("w:type")) == "page":
            br.getparent().remove(br)
    form = document.add_paragraph()
    form.add_run().add_break(WD_BREAK.PAGE)
    form.add_run("PHIẾU TRÌNH")


def test_a_page_after_the_signature_does_not_make_the_letter_several_pages(hd, tmp_path):
    unnumbered = edit(hd, tmp_path / "n.docx", _no_page_numbers)
    assert "so_trang.missing" in [f.rule for f in check_file(unnumbered)]
    path = edit(unnumbered, tmp_path / "v.docx", _page_after_the_signature)
    assert "so_trang.missing" not in [f.rule for f in check_file(path)]


def test_a_can_cu_with_its_cu_mistyped_is_still_one_of_them(qd, tmp_path):
    def mistype(document) -> None:
        lines = [p for p in document.paragraphs if p.text.startswith("Căn cứ")]
        retext(lines[-1], r"^Căn cứ", "Căn cư")

    path = edit(qd, tmp_path / "v.docx", mistype)
    assert "can_cu.punctuation" not in [f.rule for f in check_file(path)]


def _saved_as(src: Path, out: Path, pages: int, words: int | None = None) -> Path:
    """``src`` with the statistics Word writes on saving (docProps/app.xml): ``pages`` laid out
    and ``words`` counted (by default the words the letter holds)."""
    with zipfile.ZipFile(src) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
        text = " ".join(re.sub(r"<[^>]+>", " ", members["word/document.xml"].decode()).split())
    held = len([t for t in text.split() if re.search(r"\w", t)])
    app = members["docProps/app.xml"].decode()
    app = re.sub(r"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>", app)
    members["docProps/app.xml"] = re.sub(r"<Words>\d+</Words>",
                                         f"<Words>{held if words is None else words}</Words>",
                                         app).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _one_page_small_numbers(document) -> None:
    """The letter's page break gone, its page number (kept off page 1) set in 11 pt."""
    for br in document.element.body.iter(qn("w:br")):
        if br.get(qn("w:type")) == "page":
            br.getparent().remove(br)
    for run in document.sections[0].header.paragraphs[0].runs:
        run.font.size = Pt(11)


def _longer(document) -> None:
    """Forty more paragraphs of body: lines that fill more than a page."""
    body = find(document, r"^Sở Nội vụ hướng dẫn")
    for _n in range(40):
        body.insert_paragraph_before(body.text, body.style)


@pytest.mark.parametrize(("pages", "words", "long", "told"), [
    (1, None, False, False), (2, None, False, True), (1, 0, True, True), (1, 5, True, True),
    (1, 0, False, False), (1, 5, False, False)],
    ids=["one-page", "two-pages", "statistics-of-no-text", "statistics-of-another-text",
         "statistics-of-no-text-lines-of-one-page",
         "statistics-of-another-text-lines-of-one-page"])
def test_a_page_number_kept_off_page_1_of_a_one_page_letter_is_not_told(hd, tmp_path, pages,
                                                                      words, long, told):
    """Statistics of another text (a template's "1 page, 0 words") are not believed: the letter
    is then taken to print on one page only when its lines, measured high, fit on one
    (check/fits.py, round 9)."""
    small = edit(hd, tmp_path / "s.docx", _one_page_small_numbers, *([_longer] if long else []))
    path = _saved_as(small, tmp_path / "v.docx", pages, words)
    assert ("so_trang.size" in [f.rule for f in check_file(path)]) is told


def test_a_page_number_printed_on_page_1_of_a_one_page_letter_is_told(hd, tmp_path):
    def on_page_1(document) -> None:
        _one_page_small_numbers(document)
        document.sections[0].different_first_page_header_footer = False

    path = _saved_as(edit(hd, tmp_path / "s.docx", on_page_1), tmp_path / "v.docx", 1)
    rules = [f.rule for f in check_file(path)]
    assert "so_trang.first" in rules
    assert "so_trang.size" in rules


def _one_run_of_text(document) -> None:
    """No page numbers and no page break: where the pages fall is for the saved layout to say."""
    _no_page_numbers(document)
    for br in document.element.body.iter(qn("w:br")):
        if br.get(qn("w:type")) == "page":
            br.getparent().remove(br)


@pytest.mark.parametrize(("pages", "words", "attachment", "told"), [
    (2, None, False, True), (1, None, False, False), (2, 0, False, False),
    (2, None, True, False)],
    ids=["two-pages", "one-page", "statistics-of-no-text", "a-page-after-the-signature"])
def test_a_letter_word_laid_out_on_several_pages_needs_numbers(hd, tmp_path, pages, words,
                                                             attachment, told):
    changes = [_one_run_of_text]
    if attachment:
        changes.append(lambda d: d.add_paragraph("PHIẾU TRÌNH"))
    plain = edit(hd, tmp_path / "p.docx", *changes)
    path = _saved_as(plain, tmp_path / "v.docx", pages, words)
    assert ("so_trang.missing" in [f.rule for f in check_file(path)]) is told


def test_a_page_word_began_before_the_signature_makes_several_pages(hd, tmp_path):
    def rendered_break(document) -> None:
        _one_run_of_text(document)
        run = find(document, r"^Việc tổng kết").runs[0]._r
        run.insert(0, run.makeelement(qn("w:lastRenderedPageBreak"), {}))

    path = edit(hd, tmp_path / "v.docx", rendered_break)
    assert "so_trang.missing" in [f.rule for f in check_file(path)]


def test_page_numbers_in_the_even_pages_header_are_page_numbers(hd, tmp_path):
    def even_only(document) -> None:
        section = document.sections[0]
        section.even_page_header.paragraphs[0]._p.addnext(
            section.header.paragraphs[0]._p)  # the numbered paragraph moved to the even header
        document.settings.odd_and_even_pages_header_footer = True

    path = edit(hd, tmp_path / "v.docx", even_only)
    assert [f.rule for f in check_file(path)] == []

"""`ntm-docgen copy` on DOCX originals the project did not write: the original stays whole,
the block (mẫu 3.1) follows it with its own formatting."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from copy_originals import libreoffice_original, long_original, python_docx_original, write_spec
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ntm_docgen.cli.main import main

MAIN = "word/document.xml"


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("originals")
    return {
        "python-docx": python_docx_original(folder / "python-docx.docx"),
        "libreoffice": libreoffice_original(folder, shutil.which("soffice") or "soffice"),
        "long": long_original(folder / "long.docx", 45),
    }


def body_items(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read(MAIN))
    return [e for e in root.find(qn("w:body")) if e.tag != qn("w:sectPr")]


def run_format(paragraph: Paragraph) -> list[tuple]:
    return [(r.text, r.bold, r.italic, r.underline, r.font.size, r.font.name,
             r.style.name if r.style is not None else None)
            for r in paragraph.runs]


def described(path: Path) -> list[tuple]:
    """Every paragraph of the body, tables included: text, style, alignment, runs."""
    document = docx.Document(str(path))
    out = []
    for block in document.iter_inner_content():
        cells = [p for row in block.rows for c in row.cells for p in c.paragraphs] \
            if isinstance(block, Table) else [block]
        out += [(p.text, p.style.name if p.style is not None else None, p.alignment,
                 run_format(p)) for p in cells]
    return out


def copy(runner, original: Path, spec: Path, out: Path, *extra: str):
    return runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                *extra])


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, Path]:
    return {form: write_spec(tmp_path, form) for form in ("SAO Y", "SAO LỤC")}


def sao_y(runner, original: Path, specs: dict[str, Path], tmp_path: Path) -> Path:
    out = tmp_path / f"{original.stem}.sao-y.docx"
    result = copy(runner, original, specs["SAO Y"], out)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("name", ["python-docx", "libreoffice", "long"])
def test_original_kept_whole(runner, originals, specs, tmp_path, name):
    original = originals[name]
    out = sao_y(runner, original, specs, tmp_path)
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        for member in a.namelist():
            if member != MAIN:
                assert a.read(member) == b.read(member), member
    before, after = body_items(original), body_items(out)
    assert len(after) == len(before) + 2  # the rule paragraph and the block's table
    for old, new in zip(before, after, strict=False):
        assert etree.tostring(old, method="c14n") == etree.tostring(new, method="c14n")
    kept = described(original)
    assert described(out)[:len(kept)] == kept
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(out) as b:
        sections = [etree.fromstring(z.read(MAIN)).find(f"{qn('w:body')}/{qn('w:sectPr')}")
                    for z in (a, b)]
    assert etree.tostring(sections[0], method="c14n") == etree.tostring(sections[1], method="c14n")


def block(out: Path) -> tuple[Paragraph, Table]:
    document = docx.Document(str(out))
    items = list(document.iter_inner_content())
    rule, table = items[-2], items[-1]
    assert isinstance(rule, Paragraph) and isinstance(table, Table)
    return rule, table


def lines(cell) -> list[Paragraph]:
    return [p for p in cell.paragraphs if p.text.strip() or p._p.find(
        f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None]


def looks(p: Paragraph) -> tuple:
    runs = [r for r in p.runs if r.text]
    return (p.text, {r.bold for r in runs}, {r.italic for r in runs},
            {r.font.size.pt for r in runs}, {r.font.name for r in runs})


@pytest.mark.parametrize(("name", "form", "code"), [
    ("python-docx", "SAO Y", "SY"), ("libreoffice", "SAO Y", "SY"), ("long", "SAO Y", "SY"),
    ("python-docx", "SAO LỤC", "SL"), ("libreoffice", "SAO LỤC", "SL"), ("long", "SAO LỤC", "SL"),
], ids=lambda v: str(v))
def test_block_layout(runner, originals, specs, tmp_path, name, form, code):
    source = originals[name]
    if form == "SAO LỤC":  # a sao lục is made from a sao y
        source = sao_y(runner, source, specs, tmp_path)
    out = tmp_path / "copy.docx"
    result = copy(runner, source, specs[form], out)
    assert result.exit_code == 0, result.output
    rule, table = block(out)
    ppr = rule._p.pPr
    assert ppr.find(f"{qn('w:pBdr')}/{qn('w:top')}") is not None
    assert ppr.find(qn("w:keepNext")) is not None
    assert ppr.find(qn("w:ind")).get(qn("w:left")) == "0"
    assert ppr.find(qn("w:ind")).get(qn("w:right")) == "0"
    issuer, form_cell = (lines(c) for c in table.rows[0].cells)
    number, day = (lines(c) for c in table.rows[1].cells)  # level, as in a letter's header
    noi_nhan, signature = (lines(c) for c in table.rows[2].cells)
    tnr = {"Times New Roman"}
    assert looks(issuer[0]) == ("UBND TỈNH BẮC GIANG", {False}, {False}, {12.0}, tnr)
    assert looks(issuer[1]) == ("VĂN PHÒNG", {True}, {False}, {12.0}, tnr)
    assert issuer[2].text == "" and issuer[2]._p.pPr.find(qn("w:pBdr")) is not None
    # the rule clear of the name, as ô 2's: 3 pt before it
    assert issuer[2]._p.pPr.find(qn("w:spacing")).get(qn("w:before")) == "60"
    assert looks(number[0]) == (f"Số: 366/{code}-VP", {False}, {False}, {13.0}, tnr)
    assert looks(form_cell[0]) == (form, {True}, {False}, {14.0}, tnr)
    assert looks(day[0]) == ("Bắc Giang, ngày 09 tháng 8 năm 2018", {False}, {True},
                             {14.0}, tnr)
    assert looks(noi_nhan[0]) == ("Nơi nhận:", {True}, {True}, {12.0}, tnr)
    assert [looks(p)[3] for p in noi_nhan[1:]] == [{11.0}] * (len(noi_nhan) - 1)
    assert [p.text for p in noi_nhan[1:]][-1] == "- Lưu: NC."
    assert [p.text for p in noi_nhan[1:]][0] == "- CT, các PCT UBND tỉnh;"
    assert [looks(p)[:2] for p in signature] == [
        ("KT. CHÁNH VĂN PHÒNG", {True}), ("PHÓ CHÁNH VĂN PHÒNG", {True}),
        ("Nguyễn Đức Đăng", {True})]
    for p in issuer + form_cell + number + day:
        assert p._p.pPr.find(qn("w:keepNext")) is not None
    for row in table.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_block_fits_the_last_section(runner, originals, specs, tmp_path):
    """The python-docx original ends in a landscape section: the block spans its text width."""
    out = sao_y(runner, originals["python-docx"], specs, tmp_path)
    section = docx.Document(str(out)).sections[-1]
    width = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    _rule, table = block(out)
    assert int(table._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w"))) == width


def test_sao_luc_needs_a_sao_y(runner, originals, specs, tmp_path):
    out = tmp_path / "sl.docx"
    result = copy(runner, originals["python-docx"], specs["SAO LỤC"], out)
    assert result.exit_code == 1
    assert "carries no SAO Y block" in result.output
    assert not out.exists()


def test_output_is_a_valid_docx(runner, originals, specs, tmp_path):
    out = sao_y(runner, originals["libreoffice"], specs, tmp_path)
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
    docx.Document(io.BytesIO(out.read_bytes()))


def test_block_moves_to_a_new_page_only_when_it_cannot_fit(runner, originals, specs, tmp_path):
    """Laid out by LibreOffice: under a full last page the whole block (rule included) starts
    the next page; with room left it stays on the original's last page."""
    from pypdf import PdfReader

    from ntm_docgen.copies.pdfcopy import ink
    from ntm_docgen.files.pdf import convert

    full = tmp_path / "full.docx"
    full.write_bytes(originals["long"].read_bytes())
    short = long_original(tmp_path / "short.docx", 40)
    copies = [sao_y(runner, path, specs, tmp_path) for path in (full, short)]
    convert([full, short, *copies], tmp_path)
    pdf = {p.stem: PdfReader(p) for p in tmp_path.glob("*.pdf")}
    pages = len(pdf["full"].pages)
    last = ink((tmp_path / "full.pdf").read_bytes(), pages - 1)
    first = ink((tmp_path / "full.pdf").read_bytes(), 0)
    assert last is not None and first is not None and last.bottom >= first.bottom - 14
    copied = pdf["full.sao-y"].pages
    assert len(copied) == pages + 1
    assert copied[pages - 1].extract_text() == pdf["full"].pages[pages - 1].extract_text()
    assert copied[pages].extract_text().startswith("UBND TỈNH BẮC GIANG")
    assert len(pdf["short.sao-y"].pages) == len(pdf["short"].pages)
    assert "Nguyễn Đức Đăng" in pdf["short.sao-y"].pages[-1].extract_text()
    assert "40. Nội dung" in pdf["short.sao-y"].pages[-1].extract_text()


def test_docx_original_to_pdf_copy(runner, originals, specs, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "sao-y.pdf"
    result = copy(runner, originals["libreoffice"], specs["SAO Y"], out)
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert reader.pdf_header >= "%PDF-1.4"
    text = reader.pages[-1].extract_text()
    assert "II. TỔ CHỨC THỰC HIỆN" in text and "Số: 366/SY-VP" in text


def test_a_recipient_cut_at_a_comma_is_said_as_render_says_it(runner, originals, specs,
                                                              tmp_path):
    """A copy spec's flow list `[CT, các PCT UBND tỉnh, ...]` is cut at every comma, and the
    block printed "- các PCT UBND tỉnh;" as a recipient of its own without a word, where
    render warns of the same list (a black-box finding)."""
    spec = tmp_path / "cut.yaml"
    spec.write_text(specs["SAO Y"].read_text(encoding="utf-8").replace(
        'noi_nhan: ["CT, các PCT UBND tỉnh", Sở Nội vụ, "UBND các huyện, TP"]',
        "noi_nhan: [CT, các PCT UBND tỉnh, Sở Nội vụ]"), encoding="utf-8")
    result = copy(runner, originals["python-docx"], spec, tmp_path / "cut.docx")
    assert result.exit_code == 0, result.output
    assert 'noi_nhan[1]: "các PCT UBND tỉnh" begins in lower case' in result.output
    kept = copy(runner, originals["python-docx"], specs["SAO Y"], tmp_path / "kept.docx")
    assert "begins in lower case" not in kept.output

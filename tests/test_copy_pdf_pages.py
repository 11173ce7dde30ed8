"""The page number of the page a PDF paper copy adds for its block (13 pt, top centre)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from copy_originals import page_fonts, write_spec
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.cli.main import main

WIDTH, HEIGHT = A4
COLUMN_CENTRE = (30 * mm + WIDTH - 15 * mm) / 2  # the templates' header: centred on the text
TEMPLATE_BASELINE = 10 * mm + 12.13  # 10 mm header distance + Liberation Serif 13 pt ascent+gap


def original(path: Path, pages: int, last_lines: int, number_at: tuple | None = None) -> Path:
    """A typeset PDF: full pages, then ``last_lines`` lines; numbered from page 2 with
    ``number_at`` = (centre, baseline from the top) when given."""
    canvas = Canvas(str(path), pagesize=A4)
    for page in range(pages):
        if number_at and page > 0:
            canvas.setFont("Times-Roman", 14)
            canvas.drawCentredString(number_at[0], HEIGHT - number_at[1], str(page + 1))
        canvas.setFont("Helvetica", 11)
        for line in range(52 if page < pages - 1 else last_lines):
            canvas.drawString(85, HEIGHT - 60 - line * 14, f"Trang {page + 1}, dong {line + 1}")
        canvas.showPage()
    canvas.save()
    return path


def first_text(path: Path, index: int) -> tuple[str, float, float, float]:
    """The first text run drawn on a page: text, centre, baseline from the top, font size."""
    document = pdfium.PdfDocument(path)
    try:
        text = document[index].get_textpage()
        text.count_rects()
        left, bottom, right, _top = text.get_rect(0)
        size = pdfium.raw.FPDFText_GetFontSize(text, 0)
        return text.get_text_bounded(left, bottom, right, _top), (left + right) / 2, \
            HEIGHT - bottom, size
    finally:
        document.close()


def copy_of(runner, tmp_path: Path, source: Path) -> PdfReader:
    out = tmp_path / "copy.pdf"
    result = runner.invoke(main, ["copy", str(source), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    return PdfReader(out)


@pytest.mark.parametrize(("pages", "number_at", "centre", "baseline"), [
    (1, None, COLUMN_CENTRE, TEMPLATE_BASELINE),
    (2, None, COLUMN_CENTRE, TEMPLATE_BASELINE),
    (2, (WIDTH / 2, 15 * mm), WIDTH / 2, 15 * mm),
    (3, (COLUMN_CENTRE, 12 * mm), COLUMN_CENTRE, 12 * mm),
], ids=["one-page", "unnumbered-original", "numbered-at-page-centre", "numbered-on-column"])
def test_added_page_is_numbered(runner, tmp_path, pages, number_at, centre, baseline):
    source = original(tmp_path / "original.pdf", pages, 52, number_at)
    reader = copy_of(runner, tmp_path, source)
    assert len(reader.pages) == pages + 1
    added = reader.pages[-1].extract_text()
    assert added.startswith(f"{pages + 1}\n"), added[:40]
    assert "SAO Y" in added
    text, at, below_top, size = first_text(tmp_path / "copy.pdf", pages)
    assert text == str(pages + 1)
    assert abs(at - centre) < 0.5 * mm and abs(at - WIDTH / 2) < 8 * mm
    assert abs(below_top - baseline) < 0.5 * mm and size == pytest.approx(13, abs=0.1)
    fonts = {str(f.get_object()["/BaseFont"])
             for f in page_fonts(reader.pages[-1])}
    assert any("Times" in f or "LiberationSerif" in f for f in fonts), fonts
    for index, page in enumerate(PdfReader(source).pages):  # the original's pages: untouched
        assert reader.pages[index].extract_text() == page.extract_text()


@pytest.mark.parametrize("pages", [1, 2], ids=["one-page", "two-pages"])
def test_no_number_when_the_block_fits(runner, tmp_path, pages):
    source = original(tmp_path / "original.pdf", pages, 10)
    reader = copy_of(runner, tmp_path, source)
    assert len(reader.pages) == pages
    last = reader.pages[-1].extract_text()
    assert "SAO Y" in last
    assert not [line for line in last.splitlines() if re.fullmatch(r"\s*\d+\s*", line)]

"""`ntm-docgen import` on what held_out_25 showed (docs/accuracy.md): a PDF whose letters a
printer driver drew as outlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import pdfwords
from ntm_docgen.importer.pdflayout import Page, Word

SENTENCE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 của Quốc hội."


def _pdf(path: Path, pages: list[tuple[int, int]]) -> Path:
    """A PDF of pages each drawing ``curves`` small curved paths (a letter's outlines, or an
    emblem's) and ``lines`` lines of text."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    for curves, lines in pages:
        for n in range(curves):
            x, y = 60 + (n % 60) * 8, 780 - (n // 60) * 12
            shape = canvas.beginPath()
            shape.moveTo(x, y)
            shape.curveTo(x + 2, y + 6, x + 4, y + 6, x + 6, y)
            shape.close()
            canvas.drawPath(shape, stroke=0, fill=1)
        for n in range(lines):
            canvas.drawString(60, 300 - n * 14, SENTENCE)
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def ocr_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages read by OCR, each read as one line of words (no Tesseract run)."""
    calls: list[int] = []

    def ocr_page(path: Path, data: bytes, index: int, width: float, height: float) -> Page:
        calls.append(index)
        return Page(index + 1, width, height, [Word("Trang", 60, 90, 60, 72, 12)], ocr=True)

    monkeypatch.setattr(pdfwords, "_ocr_pdf_page", ocr_page)
    monkeypatch.setattr(pdfwords, "check_ocr", lambda path: None)
    return calls


@pytest.mark.parametrize(("pages", "read"), [
    ([(900, 0), (0, 4)], [0]),
    ([(900, 4), (0, 4)], []),
    ([(40, 0), (0, 4)], []),
], ids=["outlined-page", "curves-beside-text", "emblem-alone"])
def test_a_page_whose_letters_are_outlines_is_read_by_ocr(tmp_path: Path, ocr_calls: list[int],
                                                          pages: list, read: list) -> None:
    """qd_2025_sonla_2307: "printed to PDF" by a driver that drew each letter as a curved path,
    the decision's pages have no text layer and no image covering them; they were taken for
    pages of text with nothing on them and the letter was refused. Such a page is read by OCR
    as a scan is; a page of text with paths beside it, or a blank page with an emblem, is not."""
    pdfwords.read_pdf_text(_pdf(tmp_path / "letter.pdf", pages))
    assert ocr_calls == read


"""A PDF that draws each tone mark as a glyph of its own over its letter (``tinh`` and a grave
over the ``i``) is read with the mark on its letter: ``tình``, never ``tì nh`` or ``tinh``."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from ntm_docgen.copies.pdfblock import face
from ntm_docgen.importer.pdfwords import read_pdf_text

GRAVE, ACUTE, DOT, SPACING_ACUTE = "\u0300", "\u0301", "\u0323", "\u00b4"
SIZE = 13


def _draw(sheet: canvas.Canvas, name: str, x: float, y: float,
          words: list[tuple[str, list[tuple[int, str]]]]) -> None:
    """Each word's letters, then each of its marks alone, centred over letter ``i`` (the dot
    below it a point lower, a spacing mark two points higher)."""
    for base, marks in words:
        sheet.drawString(x, y, base)
        for i, mark in marks:
            left = x + pdfmetrics.stringWidth(base[:i], name, SIZE)
            width = pdfmetrics.stringWidth(base[i], name, SIZE)
            mark_width = pdfmetrics.stringWidth(mark, name, SIZE)
            sheet.drawString(left + (width - mark_width) / 2, y + (-1 if mark == DOT else 2), mark)
        x += pdfmetrics.stringWidth(base + " ", name, SIZE)


@pytest.fixture
def drawn(tmp_path: Path) -> Path:
    name = face()  # Times New Roman or Liberation Serif, as the copy block finds it
    path = tmp_path / "marks.pdf"
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont(name, SIZE)
    _draw(sheet, name, 72, 700, [("V/v", []), ("báo", []), ("cáo", []), ("tinh", [(1, GRAVE)]),
                                 ("hình", []), ("bị", []), ("thiêt", [(3, DOT)]),
                                 ("hai", [(1, DOT)]), ("Giao", [(2, SPACING_ACUTE)]),
                                 ("duc", [(1, DOT)])])
    sheet.save()
    return path


def test_a_mark_drawn_apart_is_read_on_its_letter(drawn: Path) -> None:
    assert read_pdf_text(drawn).lines == ["V/v báo cáo tình hình bị thiệt hại Giáo dục"]



def test_without_the_marks_put_back_the_words_are_cut(drawn: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """What the reader gave before: the marks cut their words (``tì nh``), so the test above
    fails when marks_on_letters does nothing."""
    from ntm_docgen.importer import pdflayer

    monkeypatch.setattr(pdflayer, "marks_on_letters", lambda chars: set())
    assert read_pdf_text(drawn).lines != ["V/v báo cáo tình hình bị thiệt hại Giáo dục"]

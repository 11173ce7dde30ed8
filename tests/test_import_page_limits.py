"""A PDF given to import is bounded in time: its pages (IMPORT_PAGES) and its scanned pages to
read by OCR (OCR_PAGES) are counted before any page is read, and one over the limit is refused
with one message naming the file, the count and the variable that raises it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ntm_docgen.cli.main import main
from ntm_docgen.importer import pdfwords


def _text_pdf(path: Path, pages: int) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for number in range(pages):
        sheet.drawString(72, 770, f"Page {number + 1} of a long guidance, its text layer readable.")
        sheet.showPage()
    sheet.save()
    return path


def _scanned_pdf(path: Path, pages: int) -> Path:
    images = []
    for number in range(pages):
        image = Image.new("L", (827, 1169), 255)
        ImageDraw.Draw(image).text((100, 100), f"page {number + 1}", fill=0)
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=100.0)
    return path


def test_a_pdf_over_the_page_limit_is_refused_before_it_is_read(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_IMPORT_PAGES", "3")
    source = _text_pdf(tmp_path / "long.pdf", 4)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1, result.output
    assert str(source) in result.output and "NTM_DOCGEN_MAX_IMPORT_PAGES" in result.output
    assert "is 4, over the limit of 3" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_scanned_pages_over_the_ocr_limit_are_refused_before_any_is_read(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a PDF over the limit")

    monkeypatch.setattr(pdfwords, "_ocr_pdf_page", no_ocr)
    source = _scanned_pdf(tmp_path / "scan.pdf", 21)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1, result.output
    assert "scanned pages to read by OCR" in result.output
    assert "is 21, over the limit of 20" in result.output
    assert "print those to a PDF of their own and import that" in result.output
    assert "NTM_DOCGEN_MAX_OCR_PAGES" in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_the_ocr_limit_reads_in_vietnamese(runner: CliRunner, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_PAGES", "1")
    source = _scanned_pdf(tmp_path / "scan.pdf", 2)
    result = runner.invoke(main, ["--lang", "vi", "import", str(source), "-o",
                                  str(tmp_path / "out.yaml")])
    assert result.exit_code == 1
    assert "số trang ảnh quét phải nhận dạng chữ" in result.output
    assert "hãy in riêng các trang đó ra một tệp PDF" in result.output

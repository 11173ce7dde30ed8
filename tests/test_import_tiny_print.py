"""A scanned page of print too small to read (issue 15): a page of 2-point print held one run of
Tesseract past its limit and was refused after 5 min 17 s (docs/limits.md). Its lines of letters
are measured on the picture OCR would read, and the page refused at once, naming the file and
the page; 5- and 6-point print, the smallest a clerk prints, is still read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont

from ntm_docgen.cli.main import main
from ntm_docgen.importer import pdfwords
from ntm_docgen.importer.reading import read_source
from ntm_docgen.importer.scanbounds import TINY_PRINT, print_height

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
TEXT = ("Ủy ban nhân dân xã đề nghị các thôn tổ chức tổng kết phong trào thi đua chung sức "
        "xây dựng nông thôn mới giai đoạn 2021 - 2025 và báo cáo kết quả đạt được")
WORDS = TEXT.split()
DPI = 300


def _print(points: float, size: tuple[int, int] = (1200, 1600), lines: int = 0) -> Image.Image:
    """A picture at 300 dpi of lines of print ``points`` high, one under the other at single
    spacing (``lines``: that many, else as many as the picture holds)."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(points * DPI / 72))
    pitch = round(points * 1.2 * DPI / 72)
    n, y = 0, 40
    while y + pitch < size[1] - 40 and (not lines or n < lines):
        words = WORDS[n % 7:] + WORDS[:n % 7]
        line = ""
        for word in words:
            if draw.textlength(f"{line} {word}", font=font) > size[0] - 80:
                break
            line = f"{line} {word}".strip()
        draw.text((40, y), line, font=font, fill=0)
        n, y = n + 1, y + pitch
    return image


@pytest.mark.parametrize(("points", "tiny"), [(2, True), (5, False), (6, False), (13, False)],
                         ids=["2pt", "5pt", "6pt", "13pt"])
def test_the_lines_of_print_are_measured(points: float, tiny: bool) -> None:
    """A page of 13-point print holds too few lines in a small picture to be measured: read."""
    height = print_height(_print(points))
    assert (height is not None) == (points < 13), height
    assert (height is not None and height <= TINY_PRINT) == tiny, height


def test_a_page_of_few_marks_is_not_measured() -> None:
    page = Image.new("L", (1200, 1600), 255)
    for x, y in ((100, 100), (700, 900), (300, 1400)):
        page.paste(0, (x, y, x + 3, y + 3))  # specks of dust on a blank page
    assert print_height(page) is None


@pytest.fixture
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract is never run: a refused page is refused before it."""
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("Tesseract ran on a page too small to read")

    monkeypatch.setattr(pdfwords, "ocr_page", refused)


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_a_page_of_2_point_print_is_refused_at_once(tmp_path: Path, no_ocr: None,
                                                    suffix: str) -> None:
    scan = tmp_path / f"bảng kê{suffix}"
    _print(2).save(scan, resolution=DPI, dpi=(DPI, DPI))
    result = CliRunner().invoke(main, ["--lang", "en", "import", str(scan),
                                       "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1, result.output
    assert str(scan) in result.output and "page 1" in result.output
    assert "too small to read" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_5_point_print_is_still_read(tmp_path: Path) -> None:
    scan = tmp_path / "nho.png"
    _print(5, size=(1100, 200), lines=3).save(scan, dpi=(DPI, DPI))
    read = " ".join(read_source(scan).lines)
    assert "nông thôn mới" in read, read

"""A scan's framed mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC; MẬT…) read from its frame in the header,
or told when the frame is there and its inside reads as no mark (contract8 finding 4: a scan
of an urgent Tờ trình imported with no ``do_khan`` and no word of it)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ntm_docgen.importer.markbox import MM, boxed_marks, frames, marks_unread
from ntm_docgen.importer.pdflayout import Word

DPI = 200
SCALE = 72 / DPI  # points a pixel
SPECS = Path(__file__).resolve().parent / "data" / "specs"


def _page(*boxes: tuple[float, float, float, float], rule: tuple[float, float, float] | None
          = None) -> Image.Image:
    """An A4 page in grey at 200 dpi with frames drawn (millimetres: left, top, width,
    height), and a rule under a name (left, top, length)."""
    px = DPI / 25.4
    page = Image.new("L", (round(210 * px), round(297 * px)), 255)
    draw = ImageDraw.Draw(page)
    for x, y, w, h in boxes:
        draw.rectangle((x * px, y * px, (x + w) * px, (y + h) * px), outline=0, width=3)
        draw.line(((x + 4) * px, (y + h / 2) * px, (x + w - 4) * px, (y + h / 2) * px),
                  fill=0, width=8)  # the letters inside
    if rule:
        x, y, length = rule
        draw.line((x * px, y * px, (x + length) * px, y * px), fill=0, width=3)
    return page


@pytest.mark.parametrize(("width", "mark"), [(20, "KHẨN"), (40, "THƯỢNG KHẨN"), (30, "HỎA TỐC")],
                         ids=["khan", "thuong-khan", "hoa-toc"])
def test_a_frame_of_the_decree_s_sizes_is_found_in_the_header(width: float, mark: str) -> None:
    found = frames(_page((45, 43, width, 8)), SCALE)
    assert len(found) == 1
    x0, top, x1, bottom = found[0]
    assert abs(x0 - 45 * MM) < 2 and abs(x1 - (45 + width) * MM) < 2
    assert abs(top - 43 * MM) < 2 and abs(bottom - 51 * MM) < 2


def test_rules_and_a_frame_in_the_body_are_no_mark() -> None:
    """The rule under the issuer's name is one line, and a frame below the header is the
    body's (a table's cell, a box around a note)."""
    assert frames(_page((45, 200, 20, 8), rule=(40, 30, 35)), SCALE) == []


def test_the_mark_read_inside_the_frame_joins_the_page_s_words() -> None:
    page = _page((45, 43, 20, 8))
    words = [Word("Số:", 40 * MM, 48 * MM, 33 * MM, 37 * MM, 13, line=0)]
    out = boxed_marks(page, SCALE, words, lambda crop: "KHÂN\n")
    assert [w.text for w in out] == ["Số:", "KHẨN"]
    assert out[1].line == 1 and 43 * MM < out[1].top < out[1].bottom < 51 * MM


@pytest.mark.parametrize(("read", "told"), [("", True), ("K|I4N", True), ("DỰ THẢO", False)],
                         ids=["nothing", "marks", "other-words"])
def test_a_frame_read_as_no_mark_is_told(read: str, told: bool) -> None:
    with marks_unread() as unread:
        out = boxed_marks(_page((45, 43, 20, 8)), SCALE, [], lambda crop: read)
    assert out == [] and unread == ([read] if told else [])


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("tesseract")),
                    reason="pdftoppm and tesseract")
def test_a_scanned_urgent_letter_keeps_its_mark_and_its_table(tmp_path: Path) -> None:
    """contract8's Tờ trình (do_khan KHẨN, a ruled table under part I), printed, scanned at
    200 dpi in grey: the mark read from its frame, the table's cells in their rows."""
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.importer import import_letter
    from ntm_docgen.letter.render import render_docx
    from ntm_docgen.letter.spec import load_spec

    pdf = tmp_path / "ttr.pdf"
    pdf.write_bytes(pdf_bytes(render_docx(load_spec(SPECS / "ttr.khan-bang.yaml"),
                                          date(2025, 9, 3))))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "scan")], check=True, capture_output=True)
    scan = tmp_path / "scan.pdf"
    Image.open(tmp_path / "scan.png").save(scan, resolution=DPI)
    read = import_letter(scan)
    assert read.spec.get("do_khan") == "KHẨN"
    assert read.spec["so"] == 15 and read.spec["ky_hieu"] == "TTr-UBND"
    lines = read.spec["noi_dung"].split("\n")
    at = lines.index("1. Số tiêu chí đạt: 19/19.")
    assert lines[at + 1:at + 6] == ["| STT | Tiêu chí | Kết quả |", "|---|---|---|",
                                    "| 1 | Quy hoạch | Đạt |", "| 2 | Giao thông | Đạt |",
                                    "II. ĐỀ NGHỊ"]


def test_import_tells_the_frame_unread_with_its_page() -> None:
    from ntm_docgen.importer.reading import Source
    from ntm_docgen.importer.setapart import set_apart

    told = set_apart(Source(lines=[], set_apart=(("mark box", 1, "K|I4N"),)))
    assert [w for w in told if "page 1" in w and "“K|I4N”" in w and "do_khan" in w]

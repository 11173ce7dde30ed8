"""A scan turned a little (most real scans are) keeps its ruled table (contract9 #5, #6): a rule
and the letter beside it that OCR read as one word (``Ẹ`` for ``Lý``) no longer undo the
table; the table is read again without its rules, and one still not read is told."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ntm_docgen.importer.ocrblank import tables_read
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.scangrid import scan_grids

DPI = 300
SCALE = 72 / DPI
SPECS = Path(__file__).resolve().parent / "data" / "specs"
COLUMNS, ROWS = (300, 450, 1500, 2100), (1000, 1090, 1180)


def _table() -> Image.Image:
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for y in ROWS:
        draw.line((COLUMNS[0], y, COLUMNS[-1], y), fill=0, width=4)
    for x in COLUMNS:
        draw.line((x, ROWS[0], x, ROWS[-1]), fill=0, width=4)
    return page


def _word(text: str, x0: float, x1: float, top: float, bottom: float) -> Word:
    return Word(text, x0 * SCALE, x1 * SCALE, top * SCALE, bottom * SCALE, 10, line=0)


FIRST = [_word("STT", 320, 420, 1020, 1060), _word("Họ", 500, 560, 1020, 1060),
         _word("tên", 570, 640, 1020, 1060), _word("Thôn", 1600, 1700, 1020, 1060)]
#: the second row as OCR read it on the tilted scan: the rule between the first two columns
#: and "Lý" read as one tall word, across the rule and both rows
MISREAD = [*FIRST, _word("1", 360, 380, 1110, 1150), _word("Ẹ", 440, 520, 1000, 1180),
           _word("Vẵn", 530, 600, 1110, 1150), _word("Nà", 1600, 1660, 1110, 1150)]
AGAIN = [*FIRST, _word("1", 360, 380, 1110, 1150), _word("Lý", 470, 520, 1110, 1150),
         _word("Văn", 530, 600, 1110, 1150), _word("Nà", 1600, 1660, 1110, 1150)]


def test_a_table_read_across_its_rules_is_read_again_without_them() -> None:
    seen = []

    def read(image, at):  # type: ignore[no-untyped-def]
        seen.append(image)
        # the rules are whited out: no column of the image is dark any more
        assert image.crop((0, 50, image.width, 60)).getextrema() == (255, 255)
        return AGAIN

    with tables_read() as told:
        grids = scan_grids(_table(), SCALE, MISREAD, read)
    assert [g.rows for g in grids] == [(("STT", "Họ tên", "Thôn"), ("1", "Lý Văn", "Nà"))]
    assert len(seen) == 1 and told == []


def test_a_table_still_not_read_is_told_by_its_first_row() -> None:
    with tables_read() as told:
        grids = scan_grids(_table(), SCALE, MISREAD, lambda image, at: MISREAD)
    assert grids == [] and told == ["STT | Họ tên | Thôn"]


def test_a_header_in_a_ruled_table_is_neither_read_again_nor_told() -> None:
    header = [_word("CỘNG", 500, 600, 1020, 1060), _word("HÒA", 610, 700, 1020, 1060),
              _word("XÃ", 710, 760, 1020, 1060), _word("HỘI", 770, 840, 1020, 1060),
              _word("CHỦ", 850, 920, 1020, 1060), _word("NGHĨA", 930, 1040, 1020, 1060),
              _word("Ẹ", 440, 520, 1000, 1180)]

    def read(image, at):  # type: ignore[no-untyped-def]
        raise AssertionError("read again")

    with tables_read() as told:
        assert scan_grids(_table(), SCALE, header, read) == []
    assert told == []


#: contract9's commune report: its phụ lục a ruled list of one household
REPORT = {
    "loai": "báo cáo", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
    "dia_danh": "Tân Thành", "ngay": "2026-03-05", "so": 12,
    "trich_yeu": "Kết quả rà soát hộ nghèo phục vụ xây dựng nông thôn mới năm 2025",
    "kinh_gui": ["Ủy ban nhân dân tỉnh Lạng Sơn"],
    "noi_dung": "I. KẾT QUẢ\nTổng số hộ nghèo: 25 hộ.",
    "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
           "ho_ten": "Lương Văn Tâm"},
    "noi_nhan": ["Như trên"], "luu": "VT, VP",
    "phu_luc": [{"tieu_de": "DANH SÁCH HỘ NGHÈO",
                 "noi_dung": "| STT | Họ tên chủ hộ | Thôn |\n|---|---|---|\n"
                             "| 1 | Lý Văn Sáu | Nà Làng |"}]}


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("tesseract")),
                    reason="pdftoppm and tesseract")
@pytest.mark.parametrize("dpi", [300, 200])
def test_a_scan_turned_a_little_keeps_its_table(tmp_path: Path, dpi: int) -> None:
    """The report printed, scanned in grey and turned 0.6° as a sheet lies on the glass: its
    phụ lục's table in its rows, the name beside the rule read (300 dpi read the table as one
    line, "1 Ẹ Vẵn Sáu"; 200 dpi lost it), and no table told as running text."""
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.importer import import_letter
    from ntm_docgen.letter.render import render_docx
    from ntm_docgen.letter.spec import parse_spec

    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(pdf_bytes(render_docx(parse_spec(REPORT), date(2026, 3, 5))))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf),
                    str(tmp_path / "scan")], check=True, capture_output=True)
    pages = [Image.open(p).rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=255)
             for p in sorted(tmp_path.glob("scan*.png"))]
    scan = tmp_path / "scan.pdf"
    pages[0].save(scan, resolution=dpi, save_all=True, append_images=pages[1:])
    read = import_letter(scan)
    table = read.spec["phu_luc"][0]["noi_dung"].split("\n")
    assert table[1:] == ["|---|---|---|", "| 1 | Lý Văn Sáu | Nà Làng |"]
    assert not [w for w in read.warnings if "running text" in w]

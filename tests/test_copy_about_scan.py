"""The sổ's line of a copy of a scanned original: its kind and trích yếu read by OCR from its
header, the file named beside them (a SAO Y of a scan reads none of its pages, and the line
named the file alone: ``Bản sao y: (qd_2025_baclieu_209.pdf)``; a review)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

from ntm_docgen.copies import number_read
from ntm_docgen.copies.about import original_about

LETTER = Path(__file__).parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"


def _scanned(tmp_path: Path) -> Path:
    """Page 1 of Lào Cai's công văn 7432/2026 as a scanner gives it: pixels, no text layer."""
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", str(LETTER),
                    str(tmp_path / "page")], check=True, capture_output=True)
    scan = tmp_path / "cong van quet.pdf"
    with Image.open(next(tmp_path.glob("page*.png"))) as picture:
        picture.save(scan, resolution=200)
    return scan


def test_a_scanned_original_is_named_by_the_kind_and_trich_yeu_its_header_reads(tmp_path):
    scan = _scanned(tmp_path)
    about = original_about(scan, number_read(scan))
    assert about.startswith("Công văn triển khai thực hiện Quyết định số 1074/QĐ-BXD"), about
    assert "phòng cháy" in about and about.endswith("(cong van quet.pdf)"), about
    assert "7432" not in about  # a scan's number is most often the pen's: not taken from OCR

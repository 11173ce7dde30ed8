"""The sổ's line of a copy of a scanned original: its kind and trích yếu read by OCR from its
header, the file named beside them (a SAO Y of a scan reads none of its pages, and the line
named the file alone: ``Bản sao y: (qd_2025_baclieu_209.pdf)``; a review)."""

from __future__ import annotations

import shutil
from pathlib import Path

from ntm_docgen.copies import number_read
from ntm_docgen.copies.about import original_about


def test_a_scanned_original_is_named_by_the_kind_and_trich_yeu_its_header_reads(
        scanned_7432: Path, tmp_path: Path) -> None:
    """Page 1 of Lào Cai's công văn 7432/2026 as a scanner gives it: pixels, no text layer."""
    scan = tmp_path / "cong van quet.pdf"
    shutil.copy(scanned_7432, scan)
    about = original_about(scan, number_read(scan))
    assert about.startswith("Công văn triển khai thực hiện Quyết định số 1074/QĐ-BXD"), about
    assert "phòng cháy" in about and about.endswith("(cong van quet.pdf)"), about
    assert "7432" not in about  # a scan's number is most often the pen's: not taken from OCR

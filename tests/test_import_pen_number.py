"""A scan's number written by hand and read as digits and a capital (held_out_29's Tây Ninh
308 read ``Số: 2C /QĐ-UBND``, held_out_24's 15 read ``Số:4B /QĐ-XPHC``): left blank with the
scan's warning to write it from the paper, never kept as 2 or 4 with a letter to add by hand
(importer/pennumber.py); a letter printed after a number (``875a``) is kept as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import build, import_letter
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import Source


def _letter(so_line: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", so_line, "Tây Ninh, ngày 18 tháng 02 năm 2025",
            "QUYẾT ĐỊNH", "Về việc công bố danh mục thủ tục hành chính",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "QUYẾT ĐỊNH:", "Điều 1. Công bố danh mục thủ tục hành chính.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;",
            "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize(("so_line", "ocr", "so", "told"), [
    ("Số: 2C /QĐ-UBND", (1,), None, "could not be read on the scan"),
    ("Số:4B /QĐ-UBND", (1, 2), None, "could not be read on the scan"),
    ("Số: 2C /QĐ-UBND", (), 2, "write the “C” after it by hand"),        # a text, not a scan
    ("Số: 875a/QĐ-UBND", (1,), 875, "write the “a” after it by hand"),   # printed so
    ("Số: 2C /QĐ-UBND", (2,), 2, "write the “C” after it by hand"),      # page 1 has its text
], ids=["scan-capital", "scan-glued", "text-capital", "scan-small-letter", "page-1-text"])
def test_a_number_read_with_a_capital_after_it_on_a_scan_is_left_blank(
        monkeypatch: pytest.MonkeyPatch, so_line: str, ocr: tuple[int, ...], so: int | None,
        told: str) -> None:
    lines = _letter(so_line)
    monkeypatch.setattr(build, "read_source", lambda path: Source(lines, ocr_pages=ocr))
    result = import_letter(Path("scan.pdf"))
    assert result.spec.get("so") == so
    assert result.spec["ky_hieu"] == "QĐ-UBND"
    said = [w for w in result.warnings if w.startswith("so:")]
    assert len(said) == 1 and told in said[0], said
    assert lost_lines(lines, result.spec, result.warnings) == []

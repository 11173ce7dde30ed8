"""An HĐND's Nghị quyết names the council and its session in ô 5b ("HỘI ĐỒNG NHÂN DÂN XÃ TÂN
THÀNH KHÓA I, KỲ HỌP THỨ BA"): the issuer stays the name the header cell holds (ô 2), the
session stays in tham_quyen (a black-box test's finding 3: from the DOCX and from its PDF the
session was joined to the issuer, with no warning)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.build import import_lines

#: The lines of the Nghị quyết's PDF as LibreOffice prints it, bold as its text layer marks them.
PDF_LINES = [
    "HỘI ĐỒNG NHÂN DÂN", "XÃ TÂN THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "Số: 12/NQ-HĐND", "Tân Thành, ngày 18 tháng 12 năm 2025",
    "NGHỊ QUYẾT", "Về nhiệm vụ xây dựng nông thôn mới trên địa bàn xã năm 2026",
    "{tham_quyen}",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "QUYẾT NGHỊ:", "Điều 1. Thông qua nhiệm vụ xây dựng nông thôn mới năm 2026.",
    "Điều 2. Nghị quyết có hiệu lực từ ngày ký./.", "Nơi nhận:", "- UBND xã;", "- Lưu: VT.",
    "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Lâm",
]
SESSIONS = {
    "khoa-ky-hop": "HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH KHÓA I, KỲ HỌP THỨ BA",
    "khoa-dash": "HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH KHÓA I - KỲ HỌP THỨ 3",
    "ky-hop-only": "HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH KỲ HỌP THỨ BA",
    "khoa-only": "HỘI ĐỒNG NHÂN DÂN XÃ TÂN THÀNH KHÓA XIV",
}


@pytest.mark.parametrize("tham_quyen", SESSIONS.values(), ids=SESSIONS.keys())
def test_session_line_is_not_the_issuer(tham_quyen: str) -> None:
    lines = [line.format(tham_quyen=tham_quyen) for line in PDF_LINES]
    bold = frozenset(lines[:4] + lines[6:9] + ["QUYẾT NGHỊ:"])
    result = import_lines(lines, bold=bold)
    assert result.spec["co_quan"]["ten"] == "HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN THÀNH"
    assert result.spec["tham_quyen"] == tham_quyen


def test_header_cut_short_is_completed_without_the_session() -> None:
    """A header read as the council's bare name is still completed from ô 5b, session left out."""
    lines = [line.format(tham_quyen="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH KHÓA XIV, KỲ HỌP THỨ 34")
             for line in PDF_LINES if line != "XÃ TÂN THÀNH"]
    result = import_lines(lines, bold=frozenset(lines[:3] + lines[5:8]))
    assert " ".join(result.spec["co_quan"]["ten"].split()) == "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH"


def test_rendered_resolution_reads_back_its_issuer(tmp_path: Path) -> None:
    spec = {
        "loai": "NQ", "co_quan": {"ten": "HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "HĐND"},
        "so": 12, "dia_danh": "Tân Thành", "ngay": "2025-12-18",
        "trich_yeu": "Về nhiệm vụ xây dựng nông thôn mới trên địa bàn xã năm 2026",
        "tham_quyen": SESSIONS["khoa-ky-hop"],
        "can_cu": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"],
        "noi_dung": "Điều 1. Thông qua nhiệm vụ.\nĐiều 2. Nghị quyết có hiệu lực từ ngày ký.",
        "ky": {"quyen_han": ["TM. HỘI ĐỒNG NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
               "ho_ten": "Hoàng Văn Lâm"},
        "noi_nhan": ["UBND xã"], "luu": "VT",
    }
    path = tmp_path / "nq.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(path), "-o", str(tmp_path / "nq.docx")])
    assert result.exit_code == 0, result.output
    back = import_letter(tmp_path / "nq.docx").spec
    assert back["co_quan"]["ten"] == spec["co_quan"]["ten"]
    assert back["tham_quyen"] == spec["tham_quyen"]

"""`ntm-docgen import` on the headers and issuers the scans of held_out_19 gave
(docs/accuracy.md): a Đ OCR read as an eth or as a Đ and an eth (``QĐÐ-TTg``)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO]
DECISION = ["Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;",
            "Căn cứ Nghị quyết số 668-NQ/ÐU ngày 27 tháng 6 năm 2026.", "QUYẾT ĐỊNH:",
            "Điều 1. Chấp thuận chủ trương đầu tư dự án khu công nghiệp.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("so", ["Số: 932/QĐÐ-UBND", "Số: 932/QÐ-UBND"], ids=["d-and-eth", "eth"])
def test_a_d_read_as_an_eth_is_a_d(so: str) -> None:
    raw = [*HEAD, so, "Lào Cai, ngày 02 tháng 7 năm 2026", "QUYẾT ĐỊNH",
           "Chấp thuận chủ trương đầu tư", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", *DECISION]
    result = import_lines(raw)
    assert (result.spec["so"], result.spec["ky_hieu"]) == (932, "QĐ-UBND")
    assert result.spec["can_cu"][1] == "Căn cứ Nghị quyết số 668-NQ/ĐU ngày 27 tháng 6 năm 2026"
    assert lost_lines(raw, result.spec, result.warnings) == []

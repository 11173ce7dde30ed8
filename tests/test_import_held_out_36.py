"""What held_out_36's letters (docs/accuracy.md) showed the importer reading wrong, each as a rule
a clerk's letter justifies: a công văn's V/v whose last line is the number and symbol of the
decree it names (``335/2025/NĐ-CP.``), a line with no small letter that is not the motto."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

HEAD = ["VĂN PHÒNG ĐOÀN ĐBQH", "VÀ HĐND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số:295 /VP-CTHĐND"]
DATE = "Thanh Hóa, ngày22 tháng 5 năm 2026"
BODY = ["Kính gửi: Sở Nội vụ",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh trân trọng gửi Sở Nội vụ để tổng hợp./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, CTHĐND.", "CHÁNH VĂN PHÒNG", "Trần Mạnh Long"]


@pytest.mark.parametrize(("vv", "trich_yeu"), [
    (["V/v gửi Danh mục sản phẩm/công", "việc quy đổi theo Nghị định số", "335/2025/NĐ-CP.",
      DATE], "gửi Danh mục sản phẩm/công việc quy đổi theo Nghị định số 335/2025/NĐ-CP"),
    ([DATE, "V/v triển khai Kế hoạch", "số 884/KH-UBND"], "triển khai Kế hoạch số 884/KH-UBND"),
    ([DATE, "V/v góp ý dự thảo Quyết định", "1334/QĐ-BXD."],
     "góp ý dự thảo Quyết định 1334/QĐ-BXD"),
], ids=["decree-after-so", "plan-on-its-line", "decision-after-its-kind"])
def test_a_vv_ending_with_the_number_of_the_text_it_names(vv: list[str],
                                                          trich_yeu: str) -> None:
    """Thanh Hóa 295: the V/v's third line, ``335/2025/NĐ-CP.``, has no small letter; it was
    left out of the trích yếu as a line of capitals (the motto's or the issuer's) and told as
    a header line that could not be read. The date line is read under the V/v there, beside
    the number in the others."""
    lines = [*HEAD, *vv, *BODY]
    result = import_lines(lines)
    assert result.spec["trich_yeu"] == trich_yeu
    assert result.spec["co_quan"]["ten"] == "VĂN PHÒNG ĐOÀN ĐBQH\nVÀ HĐND TỈNH THANH HÓA"
    assert lost_lines(lines, result.spec, result.warnings) == []
    assert not any("could not be read" in str(w) for w in result.warnings)


def test_a_line_of_capitals_under_a_vv_still_ends_it() -> None:
    """The motto's line under a V/v (a Word cell beside the number's) is not the V/v's."""
    lines = [*HEAD[:2], "Số:295 /VP-CTHĐND", "V/v gửi Danh mục sản phẩm",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", DATE, *BODY]
    result = import_lines(lines)
    assert result.spec["trich_yeu"] == "gửi Danh mục sản phẩm"


CT_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Số: 07/CT-UBND", "Quảng Ngãi, ngày 20 tháng 3 năm 2018",
           "CHỈ THỊ"]
CT_BODY = ["Trong thời gian qua, công tác triển khai thi hành Luật tố tụng hành chính đã đạt kết "
           "quả, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
           "Giao Cục Thi hành án dân sự tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này./.",
           "Nơi nhận:", "- Bộ Tư pháp;", "- Lưu: VT, NC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
           "Phạm Trường Thọ"]


@pytest.mark.parametrize("first", [". Về việc tăng cường công tác thi hành án hành chính",
                                   "Về việc tăng cường công tác thi hành án hành chính"],
                         ids=["speck-before", "as-printed"])
def test_a_speck_before_the_trich_yeu_of_a_scan(first: str) -> None:
    """Quảng Ngãi's Chỉ thị 07 (a scan): a speck left of the trích yếu's first line was read as
    a full stop, ``. Về việc ...``; no trích yếu opens with a lone full stop."""
    lines = [*CT_HEAD, first, "trên địa bàn tỉnh Quảng Ngãi", *CT_BODY]
    result = import_lines(lines)
    assert result.spec["trich_yeu"] == ("Về việc tăng cường công tác thi hành án hành chính "
                                        "trên địa bàn tỉnh Quảng Ngãi")


def test_a_quote_run_into_the_signers_name() -> None:
    """Quảng Ngãi's Chỉ thị 08 (a scan): the seal's ring over the signature was read as lines
    of marks and a quote run into the family name, ``"Trần Ngọc Căng``; the name was lost."""
    lines = [*CT_HEAD, "Về việc hỗ trợ nhà đầu tư", *CT_BODY[:5],
             "/5 SUỦ TỊCH", "xì À", "vs 1 G./", '"Trần Ngọc Căng']
    result = import_lines(lines)
    assert result.spec["ky"]["ho_ten"] == "Trần Ngọc Căng"
    assert any("Trần Ngọc Căng" in str(w) and "left out" in str(w) for w in result.warnings)

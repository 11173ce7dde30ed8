"""A province's letter whose header lost its second line: Kế hoạch 130/KH-UBND of Thanh Hóa
(27/6/2025), copied with "ỦY BAN NHÂN DÂN" alone over its number and "Thanh Hoá, ngày 27 tháng 6
năm 2025" beside it. A review found a commune's letter derived from it naming "trên địa bàn xã
Thanh Hóa" and citing it as "của Ủy ban nhân dân"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
KH_130 = ROOT / "tests" / "data" / "letters" / "held_out_41" / "kh_2025_thanhhoa_130.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
DAY = date(2025, 12, 15)


def _text(spec: dict) -> str:
    return "\n".join([spec["trich_yeu"], spec["noi_dung"],
                      *(p["noi_dung"] for p in spec.get("phu_luc") or [])])


def test_the_date_line_tells_the_province_of_a_header_without_its_place() -> None:
    for form in ("ke-hoach", "cong-van"):
        result = derive_file(KH_130, TAN_THANH, form, ngay=DAY, han=date(2025, 12, 30),
                             today=DAY)
        assert "xã Thanh Hóa" not in _text(result.spec)
        assert "130/KH-UBND ngày 27/6/2025 của Ủy ban nhân dân tỉnh Thanh Hóa" in \
            result.spec["noi_dung"]
        told = [w for w in result.warnings if "names its issuer with no place" in w]
        assert len(told) == 1 and "Thanh Hoá" in told[0], result.warnings
        # and so it is known for another province's letter
        assert any("is of tỉnh Thanh Hóa" in w for w in result.warnings)


def test_a_province_named_after_its_level_s_word_is_not_made_a_commune() -> None:
    """The phrase "trên địa bàn tỉnh" of a commune's rules stops before a name: the opening of
    130/KH-UBND, carried to a commune, keeps "tỉnh Thanh Hóa" (told as another's name)."""
    from ntm_docgen.derive.rules import Rewriter

    rewrite = Rewriter({"trên địa bàn tỉnh": "trên địa bàn xã", "toàn tỉnh": "toàn xã"}, {})
    line = ("Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển "
            "đổi số” trên địa bàn tỉnh Thanh Hóa như sau:")
    assert rewrite(line) == line
    assert rewrite("trên địa bàn tỉnh như sau; toàn tỉnh.") == "trên địa bàn xã như sau; toàn xã."


def test_a_city_s_date_line_or_a_merged_province_after_its_merger_names_no_province():
    """"TP. Thanh Hóa, ngày …" was cited as the UBND tỉnh Thanh Hóa's letter (the city's own
    committee may have issued it), and "Thái Bình" in a letter of September 2025 as the UBND
    tỉnh Thái Bình's, a province merged on 1 July 2025 (a review of the merges)."""
    from ntm_docgen.derive.dateplace import province_line

    assert province_line("TP. Thanh Hóa") is None
    assert province_line("Thái Bình", merged=False) is None
    assert province_line("Thái Bình") == "TỈNH THÁI BÌNH"
    assert province_line("TP. Hồ Chí Minh") == "THÀNH PHỐ HỒ CHÍ MINH"

"""Bodies and places of another province are not carried into a unit's letter as its own: a
review derived Lâm Đồng's plan for the 2026 emulation on administrative reform for a commune of
Lạng Sơn, and its đề cương listed "Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý các khu
công nghiệp" among the commune's own; the province's Kế hoạch kept "UBND các xã, phường, đặc
khu" (Lạng Sơn has no đặc khu)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
KH_LD = ROOT / "tests" / "data" / "letters" / "held_out_23" / "kh_2026_lamdong_thidua_cchc.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
LANG_SON = ROOT / "data" / "profiles" / "lang-son.yaml"
DAY = date(2025, 12, 15)


def _told(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "whose letter it is, are not tỉnh Lạng Sơn's" in w]


def test_another_province_s_bodies_leave_the_commune_s_outline() -> None:
    result = derive_file(KH_LD, TAN_THANH, "cong-van", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    outline = result.spec["phu_luc"][0]["noi_dung"]
    assert "Ban Quản lý các khu công nghiệp" not in outline
    told = _told(result.warnings)
    assert len(told) == 1 and "tỉnh Lâm Đồng" in told[0]
    assert "Ban Quản lý các khu công nghiệp" in told[0]


def test_a_province_with_no_dac_khu_does_not_name_one() -> None:
    result = derive_file(KH_LD, LANG_SON, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    body = result.spec["noi_dung"]
    assert "đặc khu" not in body and "Ban Quản lý các khu công nghiệp" not in body
    assert "- UBND các xã, phường trên địa bàn tỉnh." in body
    assert "+ Đối với các cơ quan chuyên môn thuộc UBND tỉnh: Có kết quả" in body
    told = _told(result.warnings)
    assert len(told) == 1 and "đặc khu" in told[0]


def test_a_name_that_goes_on_or_under_a_head_word_is_left_whole() -> None:
    """Taken out from the start of a longer name, the rest stayed and the sentence changed
    meaning: "các cơ quan chuyên môn thuộc UBND tỉnh Bình Thuận chủ động" (Bình Thuận's
    Ban Quản lý's place given to the UBND), "Trưởng Trưởng các thôn" (a review of the merges)."""
    letters = ROOT / "tests" / "data" / "letters"
    bt = derive_file(letters / "held_out_14" / "cv_2024_binhthuan_cd131.txt", TAN_THANH,
                     "ke-hoach", ngay=date(2026, 12, 10), today=date(2026, 12, 10))
    assert "UBND tỉnh Bình Thuận chủ động" not in bt.spec["noi_dung"]
    assert "Ban Quản lý các khu công nghiệp Bình Thuận chủ động" in bt.spec["noi_dung"]
    ld = derive_file(letters / "held_out_23" / "cv_2025_lamdong_mohinh_cchc.txt", TAN_THANH,
                     "ke-hoach", ngay=date(2026, 12, 10), today=date(2026, 12, 10))
    assert "Trưởng Trưởng" not in ld.spec["noi_dung"]

"""A guidance set out in steps whose headings start again from I in each (the Front's
Hướng dẫn of Quảng Ninh on the 2026 elections: "BƯỚC MỘT … A. … I. THÀNH PHẦN HỘI NGHỊ, II. NỘI
DUNG …", "BƯỚC HAI … A. … I. …"): a review found its derived Hướng dẫn numbered I to XVI across
the steps and "XVII. TỔ CHỨC THỰC HIỆN" added after the fifth step's last part."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
HD_QN = ROOT / "tests" / "data" / "letters" / "held_out_21" \
    / "hd_2025_quangninh_mttq_hiepthuong.txt"
XA = ROOT / "tests" / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2025, 12, 15)


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_headings_that_start_again_in_each_step_keep_their_numbers(form: str) -> None:
    result = derive_file(HD_QN, XA, form, ngay=DAY, han=date(2025, 12, 30), today=DAY)
    lines = result.spec["noi_dung"].split("\n")
    romans = [x.split(".")[0] for x in lines if re.match(r"^[IVXL]+\. ", x)]
    assert romans == ["I", "II"] * (len(romans) // 2) and len(romans) >= 12
    assert "TỔ CHỨC THỰC HIỆN" in lines  # a part of its own, with no number
    assert not any(re.match(r"^[IVXL]+\. (TỔ CHỨC|THỜI GIAN) THỰC HIỆN", x) for x in lines)
    told = [w for w in result.warnings if "from I again" in w]
    assert len(told) == 1 and "TỔ CHỨC THỰC HIỆN" in told[0]


def test_one_list_of_headings_is_still_numbered_again() -> None:
    from ntm_docgen.derive.headings import number_parts
    from ntm_docgen.derive.source import Section

    parts = [Section("I. MỤC ĐÍCH"), Section("III. NỘI DUNG"), Section("I. TỔ CHỨC THỰC HIỆN")]
    assert number_parts(parts, kept=False) == []
    assert [p.heading for p in parts] == ["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]


def test_a_heading_number_written_twice_is_numbered_again():
    """Lương Minh's plan of inspection writes "II." twice (for III); taken for headings that
    start again, its letter kept I, II, II, IV, V with no word (a review of the merges): only a
    return to I is a new start."""
    letters = Path(__file__).parent / "data" / "letters"
    profile = Path(__file__).parent.parent / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
    result = derive_file(letters / "held_out_21" / "kh_2025_luongminh_kiemtra_giamsat.txt",
                         profile, "ke-hoach", ngay=date(2026, 12, 10), today=date(2026, 12, 10))
    numbers = [line.split(".")[0] for line in result.spec["noi_dung"].splitlines()
               if line.split(".")[0] in ("I", "II", "III", "IV", "V", "VI")]
    assert numbers == ["I", "II", "III", "IV", "V"], numbers


def test_a_letter_about_its_issuer_keeps_the_issuer_named():
    """"giới thiệu về Trường Đại học Tây Đô" became "giới thiệu về Văn phòng HĐND và UBND xã"
    in a derived trích yếu (Tây Đô's Kế hoạch 1134; a review of the merges): "về" sends a
    report to the issuer only after a sending word."""
    letters = Path(__file__).parent / "data" / "letters"
    profile = Path(__file__).parent.parent / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
    result = derive_file(letters / "held_out_24" / "kh_2025_taydo_1134.txt", profile,
                         "ke-hoach", ngay=date(2026, 12, 10), today=date(2026, 12, 10))
    assert result.spec["trich_yeu"].startswith(
        "Xây dựng quyển giới thiệu về Trường Đại học Tây Đô bằng tiếng Anh")

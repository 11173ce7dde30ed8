"""The Vietnamese text layer: table-driven edge cases (Đ/đ, Ư, Ơ, decomposed input, padding)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from ntm_docgen.vietnamese import text
from ntm_docgen.vietnamese.loai import find_loai, old_code
from ntm_docgen.vietnamese.names import ten_goi


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    (date(2026, 3, 1), "ngày 01 tháng 3 năm 2026"),
    (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
    (date(2018, 10, 9), "ngày 09 tháng 10 năm 2018"),
    (date(2018, 10, 10), "ngày 10 tháng 10 năm 2018"),
    (date(2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
], ids=["jan-day5", "feb", "mar-day1", "jun", "oct-day9", "oct-day10", "dec"])
def test_decree_dates(day, expected):
    assert text.ngay_thang_nam(day) == expected


@pytest.mark.parametrize(("number", "expected"), [(1, "01"), (9, "09"), (10, "10"), (366, "366")],
                         ids=["1", "9", "10", "366"])
def test_number_padding(number, expected):
    assert text.pad2(number) == expected
    assert text.so_ky_hieu(number, "SY-VP") == f"Số: {expected}/SY-VP"


@pytest.mark.parametrize(("source", "expected"), [
    ("đề cương", "ĐỀ CƯƠNG"),
    ("ưu tiên", "ƯU TIÊN"),
    ("mới", "MỚI"),
    ("thượng khẩn", "THƯỢNG KHẨN"),
    ("hỏa tốc", "HỎA TỐC"),
    ("Vie\u0323\u0302t Nam", "VIỆT NAM"),
], ids=["d-stroke", "u-horn", "o-horn", "thuong-khan", "hoa-toc", "decomposed"])
def test_upper_case_keeps_nfc(source, expected):
    out = text.upper_vi(source)
    assert out == expected and unicodedata.is_normalized("NFC", out)


def test_decomposed_and_composed_compare_equal_after_nfc():
    assert text.nfc("Ho\u0300a Bi\u0300nh") == "Hòa Bình"
    assert text.strip_diacritics("Đắk Lắk") == "Dak Lak"


def test_month_out_of_range_is_refused():
    with pytest.raises(ValueError, match="month 13"):
        text.thang(13)


def test_draft_date_needs_a_year():
    with pytest.raises(ValueError, match="year"):
        text.ngay_thang_nam(None)


@pytest.mark.parametrize(("name", "code"), [
    ("HD", "HD"), ("hướng dẫn", "HD"), ("HUONG DAN", "HD"), ("QĐ", "QĐ"), ("QD", "QĐ"),
    ("Quy định", "QyĐ"), ("QyD", "QyĐ"), ("Tờ trình", "TTr"), ("công văn", ""), ("CV", ""),
    ("Giấy mời", "GM"), ("Đề án", "ĐA"), ("Dự án", "DA"),
], ids=lambda v: str(v))
def test_type_lookup_forgives_case_and_diacritics(name, code):
    found = find_loai(name)
    assert found is not None and found.ma == code


@pytest.mark.parametrize(("old", "new"), [("GT", "GGT"), ("UQ", "GUQ"), ("NP", "GNP"),
                                          ("TTh", "BTT"), ("GN", "BGN"), ("TS", "TrS")])
def test_thong_tu_01_2011_codes_are_read_as_current_ones(old, new):
    assert old_code(old) == new
    assert find_loai(old) is None  # never written


@pytest.mark.parametrize(("header", "running"), [
    ("SỞ NỘI VỤ", "Sở Nội vụ"),
    ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
    ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM", "Ủy ban nhân dân tỉnh Kon Tum"),
    ("ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC", "Ủy ban nhân dân đặc khu Phú Quốc"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỐNG ĐA", "Ủy ban nhân dân phường Đống Đa"),
    ("BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG", "Ban Thi đua - Khen thưởng Trung ương"),
], ids=["so", "so-long", "so-three-fields", "ubnd-tinh", "dac-khu", "phuong", "known"])
def test_running_text_names(header, running):
    assert ten_goi(header) == running


def test_babel_number_format():
    assert text.so(3321) == "3.321"
    assert text.so(1_500_000.5) == "1.500.000,5"

"""A letter's place as the letter itself says it, and a commune's own bodies in its lists.

Vũng Tàu's Kế hoạch 2144/KH-UBND (held_out_27) is headed "ỦY BAN NHÂN DÂN / THÀNH PHỐ VŨNG TÀU"
with no province; its căn cứ cite the "Ban Chấp hành Đảng bộ tỉnh Bà Rịa – Vũng Tàu". A commune
of Lào Cai derived it as its own province's letter: it reported to the city and sent the plan
to the city's Phòng Y tế, Phòng Giáo dục và Đào tạo, Chi cục Thống kê. Lào Cai's Công văn
7432/UBND-XD (held_out_10) gives its tasks to "Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và
Ủy ban nhân dân các xã, phường": the commune's item read "1. Công an tỉnh, các ban, ngành, đoàn
thể xã và các thôn, tổ dân phố", where the commune has its own Công an xã."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "data" / "letters"
VUNG_TAU = LETTERS / "held_out_27" / "kh_2025_vungtau_2144.txt"
LC_7432 = LETTERS / "held_out_10" / "cv_2026_laocai_7432.txt"
BAO_THANG = ROOT / "tests" / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2026, 8, 5)


def test_a_city_s_letter_is_of_the_province_its_can_cu_name() -> None:
    result = derive_file(VUNG_TAU, BAO_THANG, "ke-hoach", ngay=DAY, today=DAY)
    told = [w for w in result.warnings if "Bà Rịa - Vũng Tàu" in w and "tỉnh Lào Cai" in w]
    assert told, result.warnings
    # the city's offices are its own, not the commune's to send the plan to
    noi_nhan = result.spec["noi_nhan"]
    assert not any(x.startswith(("Phòng ", "Chi cục")) for x in noi_nhan), noi_nhan
    assert not any("Vũng Tàu" in x for x in noi_nhan), noi_nhan


def test_the_province_s_police_in_a_commune_s_list_is_the_commune_s() -> None:
    result = derive_file(LC_7432, BAO_THANG, "ke-hoach", ngay=DAY, today=DAY)
    body = result.spec["noi_dung"]
    assert "1. Công an xã, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố" in body
    assert "yêu cầu Công an xã, các ban, ngành, đoàn thể xã" in body
    assert "Công an tỉnh, các ban" not in body
    told = [w for w in result.warnings if "Công an tỉnh → Công an xã" in w]
    assert len(told) == 1
    # no longer told as a task kept for the level above
    assert not any("Công an tỉnh, các ban" in w for w in result.warnings)


def test_a_xa_that_names_no_body_of_the_commune_makes_no_list_of_its_own(tmp_path: Path) -> None:
    """Quảng Ninh's Mặt trận guidance on the hiệp thương (held_out_21) sends the commune's
    minutes "ở cấp xã" up "đến Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận
    Tổ quốc Việt Nam tỉnh": the level named is no list of the commune's bodies, and the
    province's Mặt trận stays the province's."""
    profile = tmp_path / "xa.yaml"
    profile.write_text(BAO_THANG.read_text(encoding="utf-8").replace("Lào Cai", "Quảng Ninh"),
                       encoding="utf-8")
    source = LETTERS / "held_out_21" / "hd_2025_quangninh_mttq_hiepthuong.txt"
    result = derive_file(source, profile, "ke-hoach", ngay=DAY, today=DAY)
    body = result.spec["noi_dung"]
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Thường trực" in body, body
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã và Thường trực" not in body
    assert not [w for w in result.warnings if "made the xã's own" in w], result.warnings

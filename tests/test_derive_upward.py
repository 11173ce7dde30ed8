"""derive, a commune's or district's letter from a central guidance, two levels above it: its
reports go to its province, not to the central body; the central guidance's paragraph for the
ministries and provinces is left out, quoted; a deadline before the letter's own date is told
with its line; a 2018 guidance carried out in 2025 is told (contract9's finding 3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file, derive_letter, load_profile
from ntm_docgen.derive.profile import parse_profile
from ntm_docgen.letter.spec import parse_spec, read_data

ROOT = Path(__file__).resolve().parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
HD_748 = ROOT / "data" / "examples" / "002-huong-dan-748-de-cuong.yaml"
XA = "xa-tan-thanh-lang-son"
CENTRAL_PARAGRAPH = "Mặt trận Tổ quốc, đoàn thể Trung ương và Ủy ban nhân dân tỉnh"


def _derive(profile: str | Path, form: str = "ke-hoach", ngay: date = date(2025, 12, 15),
            han: date | None = date(2025, 12, 10), source: Path = HD_1741):
    return derive_file(source, Path(profile), form, ngay=ngay, han=han, today=ngay)


@pytest.fixture(scope="module")
def commune_plan():
    """The black-box run: HD 1741 (2018), the shipped commune, a Kế hoạch dated 15/12/2025
    whose deadline is 10/12/2025."""
    return _derive(XA)


def test_a_communes_plan_reports_to_its_province_not_to_the_central_body(commune_plan):
    spec = commune_plan.spec
    assert "báo cáo Ủy ban nhân dân tỉnh Lạng Sơn theo quy định" in spec["noi_dung"]
    assert "Ban Thi đua - Khen thưởng Trung ương theo quy định" not in spec["noi_dung"]
    assert spec["noi_nhan"][0] == "Ủy ban nhân dân tỉnh Lạng Sơn (b/c)"
    assert not any("Trung ương" in x for x in spec["noi_nhan"])
    told = [w for w in commune_plan.warnings if "above the level directly over the xã" in w]
    assert len(told) == 1 and "left out of the Nơi nhận" in told[0]


def test_the_central_paragraph_for_ministries_and_provinces_is_left_out_and_quoted(
        commune_plan):
    body = commune_plan.spec["noi_dung"]
    assert CENTRAL_PARAGRAPH not in body and "CÔNG TÁC KHEN THƯỞNG" not in body
    # the parts after it are numbered again, the commune's deadline and closing kept
    headings = [x.split(".")[0] for x in body.split("\n") if x[:2] in ("I.", "II", "IV", "V.")]
    assert headings == ["I", "II", "III", "IV"]
    assert "III. THỜI GIAN THỰC HIỆN" in body and body.endswith("./.")
    left = [w for w in commune_plan.warnings if "levels above the xã" in w]
    assert len(left) == 1 and "các bộ, ban, ngành, Mặt trận Tổ quốc" in left[0]


def test_a_deadline_before_the_letters_date_is_told_with_its_line(commune_plan):
    told = [w for w in commune_plan.warnings if "is not after the letter's date" in w]
    assert len(told) == 1
    assert "15/12/2025" in told[0] and "UBND xã trước ngày 10/12/2025 để tổng hợp" in told[0]


def test_a_guidance_whose_periods_have_ended_is_told(commune_plan):
    told = [w for w in commune_plan.warnings if "every period it speaks of ended" in w]
    assert len(told) == 1 and "31/07/2018" in told[0] and "“2016 - 2018”" in told[0]


def test_a_guidance_carried_out_within_its_period_is_not_told():
    result = _derive("lang-son-snv-2019", ngay=date(2019, 6, 1), han=date(2019, 7, 31))
    assert not any("period it speaks of" in w for w in result.warnings)
    assert not any("is not after the letter's date" in w for w in result.warnings)


@pytest.mark.parametrize("profile", ["lang-son", "quang-ngai"])
def test_a_province_from_the_central_guidance_still_reports_to_the_central_body(profile):
    """One step down is right there: the province keeps its Ban TĐKT Trung ương (b/c) and
    its part on khen thưởng, mapped to its own departments and communes."""
    result = _derive(profile, han=date(2026, 1, 15))
    assert result.spec["noi_nhan"][0] == "Ban TĐKT Trung ương (b/c)"
    assert "CÔNG TÁC KHEN THƯỞNG" in result.spec["noi_dung"]
    assert not any("levels above" in w or "directly over" in w for w in result.warnings)


def test_a_department_keeps_its_own_noi_nhan():
    spec = _derive("lang-son-snv-2019", ngay=date(2019, 6, 1), han=date(2019, 7, 31),
                   source=HD_748).spec
    assert spec["noi_nhan"][:2] == ["Ban TĐKTTW", "UBND tỉnh (b/c)"]


def test_a_district_before_2025_reports_to_its_province():
    result = _derive("huyen-dak-ha-2024", ngay=date(2024, 5, 15), han=date(2024, 6, 15))
    assert result.spec["noi_nhan"][0] == "Ủy ban nhân dân tỉnh Kon Tum (b/c)"
    assert CENTRAL_PARAGRAPH not in result.spec["noi_dung"]


def _special_zone(tmp_path: Path, **extra: str) -> Path:
    data = read_data(ROOT / "data" / "profiles" / f"{XA}.yaml")
    data.update(tinh="Lý Sơn", thuoc="Quảng Ngãi", dia_danh="Lý Sơn",
                ten_goi="Ủy ban nhân dân đặc khu Lý Sơn",
                co_quan={"ten": "ỦY BAN NHÂN DÂN\nĐẶC KHU LÝ SƠN", "viet_tat": "UBND"},
                co_quan_thuong_truc="Văn phòng HĐND và UBND đặc khu", **extra)
    parse_profile(data)  # valid
    import yaml
    path = tmp_path / "dac-khu.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["cong-van", "ke-hoach"])
def test_a_special_zone_reports_to_its_province(tmp_path, form):
    result = _derive(_special_zone(tmp_path), form=form, han=date(2026, 1, 15))
    assert result.spec["noi_nhan"][0] == "Ủy ban nhân dân tỉnh Quảng Ngãi (b/c)"
    assert "báo cáo Ủy ban nhân dân tỉnh Quảng Ngãi theo quy định" in result.spec["noi_dung"]


def test_the_profile_names_the_body_its_reports_go_to(tmp_path):
    path = _special_zone(tmp_path, cap_tren="Sở Nội vụ tỉnh Quảng Ngãi")
    result = _derive(path, han=date(2026, 1, 15))
    assert result.spec["noi_nhan"][0] == "Sở Nội vụ tỉnh Quảng Ngãi (b/c)"
    assert "báo cáo Sở Nội vụ tỉnh Quảng Ngãi theo quy định" in result.spec["noi_dung"]


def test_a_guidance_asking_the_communes_directly_keeps_its_issuer_in_the_noi_nhan():
    data = read_data(HD_1741)
    data["noi_dung"] += ("\nỦy ban nhân dân cấp xã gửi báo cáo kết quả về Ban Thi đua - Khen "
                         "thưởng Trung ương.")
    result = derive_letter(parse_spec(data), load_profile(XA), "ke-hoach",
                           ngay=date(2025, 12, 15), han=date(2026, 1, 15),
                           today=date(2025, 12, 15))
    assert result.spec["noi_nhan"][:2] == ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)",
                                           "Ban TĐKT Trung ương (b/c)"]
    assert any("asks the xã directly" in w for w in result.warnings)


def test_a_communes_plan_from_its_provinces_plan_is_as_it_was(tmp_path):
    """From the level directly above (the province, after 2025) nothing changes: the province
    is the source's issuer, and nothing is left out."""
    province = _derive("lang-son", ngay=date(2025, 9, 15), han=date(2025, 10, 30))
    result = derive_letter(parse_spec(province.spec), load_profile(XA), "ke-hoach",
                           ngay=date(2025, 9, 20), han=date(2025, 10, 15),
                           today=date(2025, 9, 20))
    assert result.spec["noi_nhan"][0] == "Ủy ban nhân dân tỉnh Lạng Sơn (b/c)"
    assert not any("levels above" in w or "directly over" in w for w in result.warnings)


def test_the_points_under_a_task_of_the_level_above_are_left_out_without_a_crash():
    """"Các sở, ban, ngành:" then "a) …": the points go with their line, and the warning quotes
    them from their start (a real Lào Cai letter crashed derive for a commune here)."""
    from ntm_docgen.derive.upward import drop_above

    spec = {"noi_dung": "I. NỘI DUNG\n1. Ủy ban nhân dân xã tuyên truyền.\n"
                        "2. Các sở, ban, ngành:\na) Hướng dẫn các xã.\nb) Kiểm tra."}
    told = drop_above(spec, ("sở, ban, ngành",), "xã")
    assert spec["noi_dung"] == "I. NỘI DUNG\n1. Ủy ban nhân dân xã tuyên truyền."
    assert len(told) == 1 and "“a) Hướng dẫn các xã.”" in told[0]


def test_a_real_letter_with_points_under_a_provinces_task_derives():
    result = derive_file(ROOT / "tests" / "data" / "letters" / "held_out_21"
                         / "cv_2026_sct_trienkhai_hoachat.txt",
                         ROOT / "tests" / "data" / "derive" / "xa-mau-son-2026.yaml", "ke-hoach",
                         ngay=date(2026, 10, 1), today=date(2026, 10, 1))
    assert any("left out" in w for w in result.warnings)

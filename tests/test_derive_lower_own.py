"""A commune's letter of the deriving unit's own province: phường Tô Hiệu's Kế hoạch 71/KH-UBND of
2026 on taking back land for the festival ground of the Lê Thái Tông temple (held_out_43,
kh_2026_tohieu_71), derived by the UBND tỉnh Sơn La, by its Sở Nông nghiệp và Môi trường and by
phường Chiềng An, another ward of Sơn La.

The province and the Sở reported to the ward ("Uỷ ban nhân dân phường Tô Hiệu (b/c)", "tham mưu
Ủy ban nhân dân tỉnh báo cáo Uỷ ban nhân dân phường Tô Hiệu"): a province does not report to a
commune of its own, the commune reports to it. They report to no one, and say so once. The
bodies the ward's letter tasks were told with its Phòng Kinh tế, Hạ tầng và Đô thị twice (as the
letter writes it once in small letters, once with its ward's name); the ward's own Văn phòng
HĐND và UBND phường was told to Chiềng An as an office of the level above."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
TO_HIEU = ROOT / "tests" / "data" / "letters" / "held_out_43" / "kh_2026_tohieu_71.txt"
DATA = ROOT / "tests" / "data" / "derive"
UNITS = {"tinh": DATA / "tinh-son-la-2026.yaml", "so": DATA / "so-nnmt-son-la-2026.yaml"}
CHIENG_AN = DATA / "phuong-chieng-an-son-la-2026.yaml"
DAY = date(2026, 4, 1)


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


@pytest.mark.parametrize("unit", ["tinh", "so"])
def test_a_province_reports_to_no_commune_of_its_own(unit: str) -> None:
    result = derive_file(TO_HIEU, UNITS[unit], "ke-hoach", ngay=DAY, today=DAY)
    noi_nhan = result.spec["noi_nhan"]
    assert not any("Tô Hiệu" in x for x in noi_nhan), noi_nhan
    assert not any("báo cáo Uỷ ban nhân dân phường" in x or "báo cáo Ủy ban nhân dân phường" in x
                   for x in result.spec["noi_dung"].split("\n"))
    told = [w for w in result.warnings if "of a level below" in w]
    assert len(told) == 1, result.warnings
    assert "phường Tô Hiệu" in told[0] and "reports to no one" in told[0]
    assert not [w for w in result.warnings if "not of a level above" in w]


def test_the_province_s_standing_body_reports_to_the_province_only() -> None:
    result = derive_file(TO_HIEU, UNITS["tinh"], "ke-hoach", ngay=DAY, today=DAY)
    giao = [x for x in result.spec["noi_dung"].split("\n") if x.startswith("Giao Sở")]
    assert giao == ["Giao Sở Nông nghiệp và Môi trường theo dõi, hướng dẫn, đôn đốc thực hiện Kế "
                    "hoạch này; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh theo quy định."]


@pytest.mark.parametrize("profile", [UNITS["tinh"], CHIENG_AN], ids=["tinh", "phuong"])
def test_the_ward_s_bodies_are_told_once_each(profile: Path) -> None:
    result = derive_file(TO_HIEU, profile, "ke-hoach", ngay=DAY, today=DAY)
    told = [w for w in result.warnings if "were not added to the Nơi nhận" in w]
    assert len(told) == 1, result.warnings
    assert told[0].casefold().count("phòng kinh tế, hạ tầng và đô thị") == 1, told[0]


@pytest.mark.parametrize("office", ["Văn phòng HĐND và UBND phường",
                                    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
                                    "Văn phòng Hội đồng nhân dân và Uỷ ban nhân dân phường"])
def test_another_ward_s_own_office_is_not_told_as_of_the_level_above(
        office: str, tmp_path: Path) -> None:
    """The ward's office as its letter writes it, and spelled out with either "Ủy" or "Uỷ" (the
    letter itself writes "Uỷ ban nhân dân phường Tô Hiệu" and "Ủy ban nhân dân phường")."""
    letter = tmp_path / TO_HIEU.name
    text = TO_HIEU.read_text(encoding="utf-8")
    assert "5. Văn phòng HĐND và UBND phường" in text
    letter.write_text(text.replace("5. Văn phòng HĐND và UBND phường", f"5. {office}"),
                      encoding="utf-8")
    result = derive_file(letter, CHIENG_AN, "ke-hoach", ngay=DAY, today=DAY)
    assert not [w for w in result.warnings if "offices of the level above" in w], result.warnings

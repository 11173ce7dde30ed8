"""Another province's letter of a level below the unit: the Front's Ban Thường trực of xã Lương
Minh (tỉnh Quảng Ninh) and its Kế hoạch on receiving citizens during the 2026 elections
(held_out_21, kh_2025_luongminh_tiepcongdan), derived by the UBND tỉnh Lạng Sơn and by its Sở
Nông nghiệp và Môi trường. A province does not carry out a commune's letter of another
province, nor report to it: the drafts reported to the issuing commune, then upward to "Bộ,
ngành Trung ương có liên quan (b/c)", a body no letter named. They report to no one, and say so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
LUONG_MINH = ROOT / "tests" / "data" / "letters" / "held_out_21" / \
    "kh_2025_luongminh_tiepcongdan.txt"
UNITS = {"tinh": ROOT / "data" / "profiles" / "lang-son.yaml",
         "so": ROOT / "tests" / "data" / "derive" / "so-nnmt-lang-son-2026.yaml"}
DAY = date(2025, 12, 24)


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


@pytest.mark.parametrize("unit", ["tinh", "so"])
def test_a_province_reports_to_no_one_on_another_province_s_commune_letter(unit: str) -> None:
    result = derive_file(LUONG_MINH, UNITS[unit], "ke-hoach", ngay=DAY, today=DAY)
    noi_nhan = result.spec["noi_nhan"]
    assert not any("Lương Minh" in x or "Trung ương" in x for x in noi_nhan), noi_nhan
    body = result.spec["noi_dung"]
    assert "Trung ương" not in body and "báo cáo Ban Thường trực" not in body
    assert not any(x.strip().startswith("(b/c)") for x in noi_nhan), noi_nhan
    told = [w for w in result.warnings if "of a level below" in w and "tỉnh Quảng Ninh" in w]
    assert len(told) == 1, result.warnings
    assert not [w for w in result.warnings if "cites no ministry" in w]


def test_the_province_s_standing_body_reports_to_its_own_committee_only() -> None:
    result = derive_file(LUONG_MINH, UNITS["tinh"], "ke-hoach", ngay=DAY, today=DAY)
    giao = [x for x in result.spec["noi_dung"].split("\n") if x.startswith("Giao Sở Nội vụ")]
    assert giao == ["Giao Sở Nội vụ theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch này; tổng hợp "
                    "kết quả, báo cáo Ủy ban nhân dân tỉnh theo quy định."]

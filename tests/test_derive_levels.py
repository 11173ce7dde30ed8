"""derive: a source of another province than the profile's, or not from a level above it,
is warned of (found by a black-box run: a Kon Tum district re-issuing a Lạng Sơn guidance, the
province "implementing" a commune's plan, both without a word)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
PLAN_XA = ROOT / "data" / "examples" / "2025-ke-hoach-xa-tan-thanh.yaml"
XA = "xa-tan-thanh-lang-son"


@pytest.fixture(scope="module")
def plan_2026():
    return derive_file(HD_106, Path(XA), "ke-hoach", ngay=date(2026, 1, 5),
                       han=date(2026, 1, 31), today=date(2026, 1, 5))


def test_a_source_of_another_province_is_warned_of():
    result = derive_file(HD_106, Path("huyen-dak-ha-2024"), "ke-hoach", ngay=date(2019, 6, 10),
                         today=date(2019, 6, 10))
    told = [w for w in result.warnings if "Lạng Sơn" in w and "Kon Tum" in w]
    assert len(told) == 1 and "Sở Nội vụ tỉnh Lạng Sơn" in told[0]


def test_a_source_of_the_units_own_province_says_nothing_of_it(plan_2026):
    assert not any("Kon Tum" in w or "not of a level above" in w for w in plan_2026.warnings)


def test_a_source_from_below_is_warned_of():
    """The province "implementing" a commune's plan, and reporting to that commune."""
    result = derive_file(PLAN_XA, Path("lang-son"), "cong-van", ngay=date(2025, 9, 10),
                         today=date(2025, 9, 10))
    told = [w for w in result.warnings if "not of a level above" in w]
    assert len(told) == 1
    assert "Ủy ban nhân dân xã Tân Thành" in told[0] and "Ủy ban nhân dân tỉnh Lạng Sơn" in told[0]

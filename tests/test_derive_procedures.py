"""A decision publishing administrative procedures that another body settles (a Sở's, "thuộc
thẩm quyền giải quyết của Sở Y tế tỉnh Lạng Sơn") was carried into a commune's letter as if
hers to implement: "Căn cứ chức năng, nhiệm vụ, thực hiện danh mục thủ tục hành chính … thuộc
thẩm quyền giải quyết của Sở Y tế …" asked of her ban, ngành and thôn, with a report on it,
and nothing told her (derive24). Real letters of the held-out sets (provenance beside each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
MAU_SON = DATA / "derive" / "xa-mau-son-2026.yaml"  # a commune of Lạng Sơn
SO_NNMT = DATA / "derive" / "so-nnmt-lang-son-2026.yaml"
LANG_SON = Path(__file__).resolve().parent.parent / "data" / "profiles" / "lang-son.yaml"
DAY = date(2025, 7, 10)
TOLD = "publishes administrative procedures settled by"


@pytest.mark.parametrize(("letter", "unit", "who"), [
    ("held_out_33/qd_2025_langson_371", MAU_SON, "Sở Y tế tỉnh Lạng Sơn"),
    ("held_out_33/qd_2025_langson_371", SO_NNMT, "Sở Y tế tỉnh Lạng Sơn"),
], ids=["a-sos-to-a-commune", "a-sos-to-another-so"])
def test_procedures_another_body_settles_are_told_first(letter, unit, who):
    result = derive_file(LETTERS / f"{letter}.txt", unit, "cong-van", ngay=DAY, today=DAY)
    told = [w for w in result.warnings if TOLD in w]
    assert len(told) == 1 and who in told[0]
    others = [w for w in result.warnings if "of tỉnh" not in w]  # another province's, first
    assert others[0] == told[0]


@pytest.mark.parametrize(("letter", "unit"), [
    ("held_out_33/qd_2025_tayninh_358", MAU_SON),  # "… thuộc thẩm quyền … của UBND cấp xã"
    ("held_out_30/qd_2025_namdinh_354", MAU_SON),  # "Sở Tư pháp, UBND cấp huyện, UBND cấp xã"
    ("held_out_33/qd_2025_langson_371", LANG_SON),  # the province publishes them all
    # "Sở Tài nguyên và Môi trường, UBND cấp huyện": a commune settles the huyện's since 1 July
    # 2025 (a review: told to a commune, a false warning)
    ("held_out_35/qd_2025_phuyen_201", MAU_SON),
], ids=["the-communes-own", "hers-among-others", "a-province", "a-huyens-to-a-commune"])
def test_procedures_the_unit_settles_are_not_told(letter, unit):
    result = derive_file(LETTERS / f"{letter}.txt", unit, "cong-van", ngay=DAY, today=DAY)
    assert not [w for w in result.warnings if TOLD in w]

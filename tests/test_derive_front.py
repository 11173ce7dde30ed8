"""Another place's Front plan (derive24): xã Lương Minh's Ban Thường trực Ủy ban MTTQ plan gave
xã Bảo Thắng's đề cương its own steps as part II ("1. Nội dung: Ban Thường trực Ủy ban MTTQ
Việt Nam xã Lương Minh phối hợp với UBND xã tổ chức hội nghị …"), the results her units were to
report. Real letters of held_out_21 (provenance beside them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2026, 3, 1)


@pytest.mark.parametrize(("letter", "theirs"), [
    ("kh_2026_luongminh_layykien_cutri", "Lương Minh phối hợp"),
    ("hd_2025_quangninh_mttq_hiepthuong", "Quảng Ninh"),
], ids=["another-communes-front", "another-provinces-front"])
def test_another_places_front_steps_are_not_her_outline(letter: str, theirs: str) -> None:
    result = derive_file(DATA / "letters" / "held_out_21" / f"{letter}.txt", BAO_THANG,
                         "cong-van", ngay=DAY, today=DAY, han=date(2026, 9, 30))
    outline = result.spec["phu_luc"][0]["noi_dung"]
    part_ii = outline.split("II. ", 1)[1].split("III. ", 1)[0]
    assert theirs not in part_ii and "MTTQ" not in part_ii
    assert "Kết quả thực hiện từng nhiệm vụ, giải pháp được giao tại" in part_ii
    assert len([w for w in result.warnings if "is a body of the Front" in w]) == 1

"""A movement's name carried down names the unit, never a bare level word: a văn thư's review
of real derived letters (finding 5). Kế hoạch of the UBND tỉnh Lâm Đồng launching the movement
“Đẩy mạnh cải cách hành chính nhà nước trên địa bàn tỉnh Lâm Đồng” năm 2026
(tests/data/letters/held_out_23), derived by xã Lạc Dương: its trích yếu read "“… trên địa bàn
xã” năm 2026"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

TESTS = Path(__file__).resolve().parent / "data"
SOURCE = TESTS / "letters" / "held_out_23" / "kh_2026_lamdong_thidua_cchc.txt"


def test_the_movement_names_the_commune() -> None:
    from ntm_docgen.derive import derive_file

    spec = derive_file(SOURCE, TESTS / "derive" / "xa-lac-duong-lam-dong-2025.yaml", "ke-hoach",
                       today=date(2026, 2, 1)).spec
    named = "“Đẩy mạnh cải cách hành chính nhà nước trên địa bàn xã Lạc Dương” năm 2026"
    assert named in spec["trich_yeu"]
    assert named in spec["noi_dung"]
    assert "trên địa bàn xã”" not in spec["trich_yeu"] + spec["noi_dung"]

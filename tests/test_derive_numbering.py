"""A derived letter's parts numbered again after derive took some out, and a part left with
nothing under it taken out too: a văn thư's review of real derived letters (finding 4, and
finding 1's empty heading).

Kế hoạch of the UBND tỉnh Lâm Đồng on the emulation movement for administrative reform in 2026
(tests/data/letters/held_out_23): a commune's Kế hoạch kept only the points 3, 4 and 5 of its
"TỔ CHỨC THỰC HIỆN", numbered so. Công văn 7432/UBND-XD of the UBND tỉnh Lào Cai
(tests/data/derive/real_pdf): a commune's draft kept "2. Giao Sở Xây dựng" with its lines gone,
then "3. Tổ chức thực hiện"."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

TESTS = Path(__file__).resolve().parent / "data"
LAMDONG = TESTS / "letters" / "held_out_23" / "kh_2026_lamdong_thidua_cchc.txt"
LAOCAI = TESTS / "derive" / "real_pdf" / "cv_2026_laocai_7432.txt"


def _parts(body: str) -> list[list[int]]:
    """The first-level numbers of each Roman-numbered section, in order."""
    sections: list[list[int]] = [[]]
    for line in body.split("\n"):
        if re.match(r"[IVX]+\. ", line):
            sections.append([])
        elif found := re.match(r"\**(\d{1,2})\.\s", line):
            sections[-1].append(int(found[1]))
    return sections


def test_the_points_kept_are_numbered_from_one() -> None:
    profile = TESTS / "derive" / "xa-lac-duong-lam-dong-2025.yaml"
    body = derive_file(LAMDONG, profile, "ke-hoach", today=date(2026, 2, 1)).spec["noi_dung"]
    lines = body.split("\n")
    at = next(i for i, x in enumerate(lines) if x.endswith("TỔ CHỨC THỰC HIỆN"))
    assert lines[at + 1].startswith("1. Phòng Văn hóa - Xã hội chủ trì")
    for numbers in _parts(body):
        assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("form", ["ke-hoach", "huong-dan"])
def test_a_part_with_nothing_left_under_it_goes(form: str) -> None:
    profile = TESTS / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
    day = date(2026, 12, 7)
    lines = derive_file(LAOCAI, profile, form, today=day, ngay=day,
                        han=date(2026, 12, 15)).spec["noi_dung"].split("\n")
    assert not any("Giao Sở Xây dựng" in x for x in lines)
    assert not any(x.startswith("2. ") for x in lines)  # item 1 alone is left
    # the source's "3. Tổ chức thực hiện" is the letter's one part of that name
    at = [i for i, x in enumerate(lines) if x.endswith(". TỔ CHỨC THỰC HIỆN")]
    assert len(at) == 1 and lines[at[0] + 1].startswith("Thủ trưởng các ban, ngành")

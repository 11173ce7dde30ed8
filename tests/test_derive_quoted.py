"""What a cited document says is quoted as written in a derived letter, never mapped to the
level below (a văn thư's review of real derived letters, finding 1).

The source is (the text of) Công văn 7432/UBND-XD of 21 July 2026 of the UBND tỉnh Lào Cai
(tests/data/derive/real_pdf/provenance.tsv); its first paragraph tells what Quyết định
1074/QĐ-BXD does: "Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh,
thành phố trực thuộc Trung ương chỉ đạo, …". A commune's draft wrote "giao Ủy ban nhân dân các
thôn, tổ dân phố", a Sở's "giao Ủy ban nhân dân các xã, phường": words the decision never said.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data" / "derive"
SOURCE = DATA / "real_pdf" / "cv_2026_laocai_7432.txt"
SAID = ("Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh, thành phố trực "
        "thuộc Trung ương chỉ đạo, kiểm tra, hướng dẫn việc triển khai thực hiện")
RUNS = {
    "xa": (DATA / "xa-bao-thang-lao-cai-2026.yaml", date(2026, 12, 7)),
    "so": (DATA / "so-xay-dung-lao-cai-2026.yaml", date(2026, 8, 5)),
}


@pytest.mark.parametrize("form", ["ke-hoach", "huong-dan"])
@pytest.mark.parametrize("who", sorted(RUNS))
def test_what_the_decision_says_is_quoted_as_written(who: str, form: str) -> None:
    profile, ngay = RUNS[who]
    derived = derive_file(SOURCE, profile, form, today=ngay, ngay=ngay, han=date(2026, 12, 15))
    body = derived.spec["noi_dung"]
    assert SAID in body
    assert "Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các xã" not in body
    assert "giao Ủy ban nhân dân các thôn" not in body
    # the sentence is what the decision says, not a task the letter gives the levels above
    assert not any("ký và giao Ủy ban nhân dân các tỉnh" in w for w in derived.warnings)


def test_the_bodies_of_the_province_become_the_communes_once() -> None:
    """"Công an tỉnh, các sở, ban, ngành, đoàn thể; …" once read "các ban, ngành, đoàn thể xã,
    đoàn thể" in the commune's letter; the Công an tỉnh, named among the commune's own bodies,
    is the commune's Công an xã."""
    profile, ngay = RUNS["xa"]
    body = derive_file(SOURCE, profile, "ke-hoach", today=ngay, ngay=ngay).spec["noi_dung"]
    assert "đoàn thể xã, đoàn thể" not in body
    assert "Công an xã, các ban, ngành, đoàn thể xã; các thôn, tổ dân phố" in body

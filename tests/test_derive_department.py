"""A Sở's letter derived from its province's: a văn thư's review of real derived letters
(finding 1). The source is (the text of) Công văn 7432/UBND-XD of 21 July 2026 of the UBND tỉnh
Lào Cai (tests/data/derive/real_pdf/provenance.tsv), derived by the Sở Xây dựng Lào Cai: its
draft said "Chủ tịch Sở Xây dựng tỉnh Lào Cai yêu cầu Công an tỉnh, …" (a Sở's head is the
Giám đốc, and a Sở does not order the Công an tỉnh) and sent to "Ủy ban nhân dân tỉnh Lào Cai
(b/c)" and to "UBND tỉnh (b/c)", one body twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.derive.recipients import body_key

DATA = Path(__file__).resolve().parent / "data" / "derive"
SOURCE = DATA / "real_pdf" / "cv_2026_laocai_7432.txt"
PROFILE = DATA / "so-xay-dung-lao-cai-2026.yaml"
DAY = date(2026, 8, 5)


@pytest.fixture(scope="module")
def derived():
    return derive_file(SOURCE, PROFILE, "ke-hoach", today=DAY, ngay=DAY, han=date(2026, 12, 15))


def test_the_province_committee_is_sent_to_once(derived) -> None:
    noi_nhan = derived.spec["noi_nhan"]
    assert noi_nhan[0] == "Ủy ban nhân dân tỉnh Lào Cai (b/c)"
    assert "UBND tỉnh (b/c)" not in noi_nhan
    assert "Ban Giám đốc Sở" in noi_nhan


def test_a_department_asks_the_bodies_it_does_not_direct(derived) -> None:
    body = derived.spec["noi_dung"]
    assert "Chủ tịch Sở Xây dựng" not in body
    assert "yêu cầu Công an tỉnh" not in body
    assert "Sở Xây dựng tỉnh Lào Cai đề nghị Công an tỉnh, các sở, ban, ngành" in body
    told = [w for w in derived.warnings if w.startswith("Sở Xây dựng tỉnh Lào Cai is a Sở")]
    assert len(told) == 1 and "đề nghị Công an tỉnh" in told[0]


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Ủy ban nhân dân tỉnh Lào Cai (b/c)", "UBND tỉnh (b/c)", True),
    ("Uỷ ban nhân dân tỉnh Lào Cai", "- UBND tỉnh (báo cáo)", True),
    ("UBND tỉnh Lạng Sơn (b/c)", "UBND tỉnh (b/c)", False),
    ("Thường trực HĐND tỉnh", "UBND tỉnh", False),
], ids=["long-short", "uy-spelling", "other-province", "other-body"])
def test_one_body_by_its_long_and_short_names(one: str, other: str, same: bool) -> None:
    assert (body_key(one, "Lào Cai") == body_key(other, "Lào Cai")) is same


#: Hướng dẫn 1741/HD-BTĐKT of 2018 (seed 000), derived by the Sở Nội vụ tỉnh Quảng Ngãi whose
#: standing body is its own board: it wrote "… về Sở Nội vụ (Ban Thi đua - Khen thưởng) … để
#: tổng hợp, báo cáo Sở Nội vụ", "Giao Sở Nội vụ (Ban …) … tham mưu Sở Nội vụ báo cáo …" and
#: sent the letter to itself (finding 2).
SEED = DATA.parent / "letters" / "seed_000_hd_2018_btdkt_1741.txt"
NOI_VU = DATA / "so-noi-vu-quang-ngai-2026.yaml"


@pytest.mark.parametrize("form", ["huong-dan", "cong-van"])
def test_a_department_that_is_its_own_standing_body_reports_up(form: str) -> None:
    day = date(2026, 12, 7)
    spec = derive_file(SEED, NOI_VU, form, today=day, ngay=day, han=date(2027, 1, 15)).spec
    body = spec["noi_dung"]
    assert "báo cáo Sở Nội vụ" not in body
    assert "Giao Sở Nội vụ" not in body
    assert "về Sở Nội vụ (Ban Thi đua - Khen thưởng)" in body
    assert ("Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Ban Thi đua - Khen "
            "thưởng Trung ương theo quy định.") in body.split("\n")
    assert not any(x.startswith("Sở Nội vụ") for x in spec["noi_nhan"])
    assert "UBND tỉnh (b/c)" in spec["noi_nhan"]

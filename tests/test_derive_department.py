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

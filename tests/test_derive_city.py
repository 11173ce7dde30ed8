"""A city under the centre writes as a city: a văn thư's review of real derived letters
(finding 3). The Đề cương of Hướng dẫn 748/HD-BTĐKT of 2019 (seed 002), derived by the UBND
thành phố Huế: its công văn went to "Các sở, ban, ngành, đoàn thể cấp tỉnh" and copied
"Thường trực Tỉnh ủy (b/c); Thường trực HĐND tỉnh (b/c); CT, các PCT UBND tỉnh"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.derive.city import city_words

TESTS = Path(__file__).resolve().parent / "data"
SOURCE = TESTS / "letters" / "seed_002_decuong_2019_btdkt_748.txt"
DAY = date(2026, 12, 7)


def test_a_city_names_its_own_bodies() -> None:
    spec = derive_file(SOURCE, TESTS / "derive" / "tp-hue-2026.yaml", "cong-van", today=DAY,
                       ngay=DAY).spec
    assert spec["kinh_gui"][0] == "Các sở, ban, ngành, đoàn thể cấp thành phố"
    assert spec["noi_nhan"][1:4] == ["Thường trực Thành ủy (b/c)",
                                     "Thường trực HĐND thành phố (b/c)",
                                     "CT, các PCT UBND thành phố"]
    assert "tỉnh" not in " ".join([*spec["kinh_gui"], *spec["noi_nhan"], spec["noi_dung"]])


def test_a_province_keeps_its_words() -> None:
    spec = derive_file(SOURCE, TESTS / "derive" / "so-xay-dung-lao-cai-2026.yaml", "cong-van",
                       today=DAY, ngay=DAY).spec
    assert "Các sở, ban, ngành, đoàn thể cấp tỉnh" in spec["kinh_gui"]


@pytest.mark.parametrize(("text", "written"), [
    ("Thường trực Tỉnh ủy (b/c)", "Thường trực Thành ủy (b/c)"),
    ("gửi UBND tỉnh Lào Cai", "gửi UBND tỉnh Lào Cai"),
    ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân tỉnh, thành phố "
     "trực thuộc Trung ương"),
    ("theo Kế hoạch số 12/KH-UBND của UBND tỉnh; báo cáo UBND tỉnh",
     "theo Kế hoạch số 12/KH-UBND của UBND tỉnh; báo cáo UBND thành phố"),
], ids=["own-party", "another-province", "all-provinces", "cited"])
def test_city_words(text: str, written: str) -> None:
    assert city_words(text) == written

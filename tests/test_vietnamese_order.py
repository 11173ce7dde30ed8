"""Names listed to a clerk are in the Vietnamese alphabet's order (ă, â, đ, ê, ô, ơ, ư letters of
their own, tones only between words of the same letters): the 34 provinces an unknown
``--xa-cua`` lists read "Cà Mau, Cao Bằng, Đắk Lắk, Điện Biên, …", no longer "Cao Bằng, Cà Mau,
… Điện Biên, Đắk Lắk" last, as Python's code-point order put them (a black-box run)."""

from __future__ import annotations

import pytest
from conftest import DATA

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.vietnamese.order import vietnamese_key

BULK = DATA / "bulk" / "cong_van.yaml"


@pytest.mark.parametrize(("words", "ordered"), [
    (["ơ", "ô", "o", "ư", "u"], ["o", "ô", "ơ", "u", "ư"]),
    (["đa", "da", "e", "ê", "dz"], ["da", "dz", "đa", "e", "ê"]),
    (["ạ", "á", "ã", "ả", "à", "a"], ["a", "à", "ả", "ã", "á", "ạ"]),
    (["Ăn", "ân", "an", "Ấn"], ["an", "Ăn", "ân", "Ấn"]),
    (["Tây Ninh", "Thanh Hóa", "Thái Nguyên"], ["Tây Ninh", "Thái Nguyên", "Thanh Hóa"]),
    (["Cao Bằng", "Cà Mau"], ["Cà Mau", "Cao Bằng"]),
], ids=["o-u", "d-e", "tones", "a-letters", "t-provinces", "shorter-word-first"])
def test_words_sort_in_the_vietnamese_alphabets_order(words, ordered):
    assert sorted(words, key=vietnamese_key) == ordered


def test_an_unknown_province_lists_the_34_in_vietnamese_order(runner, tmp_path):
    result = runner.invoke(main, ["--lang", "vi", "bulk", str(BULK), "--xa-cua", "Atlantis",
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    listed = result.stderr.split("là: ", 1)[1].strip().split(", ")
    assert len(listed) == 34
    assert listed[:8] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên",
                          "Đồng Nai", "Đồng Tháp"]
    assert listed == api.provinces()  # as the desk's list of provinces

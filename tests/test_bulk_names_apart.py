"""Two communes whose names differ only by their marks (Sơn Hà and Sơn Hạ, Ba Tơ and Ba Tô, in
Quảng Ngãi) had letters named alike but for their numbers (``0025-UBND-xa-Son-Ha.docx``,
``0026-UBND-xa-Son-Ha.docx``): the words that tell them apart are typed in Telex, the name
stays ASCII (a zip of the folder, an old Windows tool), every other name as it was."""

from __future__ import annotations

from collections import Counter

import pytest

from ntm_docgen.bulk.communes import province_people
from ntm_docgen.bulk.naming import apart, letter_stem
from ntm_docgen.bulk.runner import plan
from ntm_docgen.vietnamese.donvi import provinces_in_order
from ntm_docgen.vietnamese.text import strip_diacritics


def _names(province: str) -> dict[str, str]:
    people, _ = province_people({}, province)
    return {r.kinh_gui: job.name for r, job in zip(people.recipients, plan(people), strict=True)}


def test_quang_ngai_s_communes_alike_but_for_their_marks_are_named_apart():
    names = _names("Quảng Ngãi")
    assert names["Ủy ban nhân dân xã Sơn Hà"].endswith("-UBND-xa-Son-Haf.docx")
    assert names["Ủy ban nhân dân xã Sơn Hạ"].endswith("-UBND-xa-Son-Haj.docx")
    assert names["Ủy ban nhân dân xã Ba Tơ"].endswith("-UBND-xa-Ba-Tow.docx")
    assert names["Ủy ban nhân dân xã Ba Tô"].endswith("-UBND-xa-Ba-Too.docx")
    assert names["Ủy ban nhân dân xã Sơn Tịnh"].endswith("-UBND-xa-Son-Tinh.docx")  # alone
    assert all(name.isascii() for name in names.values())


@pytest.mark.parametrize("province", provinces_in_order(),
                         ids=[strip_diacritics(p) for p in provinces_in_order()])
def test_no_two_letters_of_a_province_are_named_alike_but_for_their_numbers(province):
    tails = Counter(name.split("-", 1)[1].casefold() for name in _names(province).values())
    assert [tail for tail, count in tails.items() if count > 1] == []


#: A joint letter's recipient line: the commune's name after the bodies it goes to, a note after
LONG = "Thường trực Đảng ủy, Thường trực Hội đồng nhân dân, {ubnd}, Ủy ban Mặt trận Tổ quốc " \
       "Việt Nam {xa} (để chỉ đạo thực hiện)"


def test_a_long_recipient_line_keeps_the_word_that_tells_the_communes_apart():
    """Named from Quảng Ngãi's Sơn Hà and Sơn Hạ as the list gives them, lengthened the way a
    joint letter's recipient line is: the name's first 60 characters hold no commune's name."""
    names = _names("Quảng Ngãi")
    pair = ["Ủy ban nhân dân xã Sơn Hà", "Ủy ban nhân dân xã Sơn Hạ"]
    assert all(name in names for name in pair)
    lines = [LONG.format(ubnd="Ủy ban nhân dân", xa=name.removeprefix("Ủy ban nhân dân "))
             for name in pair]
    stems = [letter_stem(n, name) for n, name in enumerate(apart(lines), 1)]
    assert stems[0].endswith("-xa-Son-Haf") and stems[1].endswith("-xa-Son-Haj")
    assert all(len(stem.split("-", 1)[1]) <= 60 and stem.isascii() for stem in stems)
    assert stems[0].startswith("0001-Thuong-truc-Dang-uy-Thuong-truc-HDND-UBND")
    # a line that fits keeps its note; one alone is cut as before
    assert letter_stem(1, apart([lines[0]])[0]) == letter_stem(1, lines[0])

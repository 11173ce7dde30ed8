"""Two communes whose names differ only by their marks (Sơn Hà and Sơn Hạ, Ba Tơ and Ba Tô, in
Quảng Ngãi) had letters named alike but for their numbers (``0025-UBND-xa-Son-Ha.docx``,
``0026-UBND-xa-Son-Ha.docx``): the words that tell them apart are typed in Telex, the name
stays ASCII (a zip of the folder, an old Windows tool), every other name as it was."""

from __future__ import annotations

from collections import Counter

import pytest

from ntm_docgen.bulk.communes import province_people
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

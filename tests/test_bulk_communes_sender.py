"""A letter to every commune leaves out only its issuer's own Ủy ban: spelled the old way
(``XÃ KHÁNH HOÀ``) it is still the sender; a commune's Đảng ủy or council writes to its Ủy ban
as to the others, and is told nothing false."""

from __future__ import annotations

import pytest

from ntm_docgen.bulk.communes import province_people


@pytest.mark.parametrize(("issuer", "left_out"), [
    ("ỦY BAN NHÂN DÂN\nXÃ KHÁNH HOÀ", True), ("ỦY BAN NHÂN DÂN\nXÃ KHÁNH HÒA", True),
    ("VĂN PHÒNG HĐND VÀ UBND\nXÃ KHÁNH HÒA", True),
    ("ĐẢNG ỦY\nXÃ KHÁNH HÒA", False), ("HỘI ĐỒNG NHÂN DÂN\nXÃ KHÁNH HÒA", False),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN KHÁNH HÒA", False),
], ids=["old-tone", "new-tone", "its-office", "party-committee", "council", "another-name"])
def test_only_the_senders_own_uy_ban_is_left_out(issuer: str, left_out: bool) -> None:
    people, notes = province_people({"co_quan": {"ten": issuer}}, "Lào Cai")
    named = [r.fields["kinh_gui"] for r in people.recipients]
    assert any("Khánh Hòa" in n for n in named) is not left_out, named[:3]
    assert bool([n for n in notes if "Khánh Hòa" in str(n)]) is left_out, notes

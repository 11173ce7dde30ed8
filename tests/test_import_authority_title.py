"""A scan's signer's title whose first words the seal hid, written from the thẩm quyền line the
letter prints (``importer/authoritytitle.py``, called by ``build.import_letter`` on what OCR
read): held_out_22's qd_2024_ttg_1039 (``THỦ TƯỚNG CHÍNH PHỦ``, its title line read
``-'HĐ-TƯỚNG``) and qd_2025_taydo_bonhiem (``CHỦ TỊCH HỘI ĐỒNG TRƯỜNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ``,
read ``Ï HỘI ĐỒNG TRƯỜNGJ``), their committed transcriptions; their files' provenance is in
held_out_22/provenance.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer.authoritytitle import from_authority, title_of
from ntm_docgen.importer.build import import_letter

LETTERS = Path(__file__).parent / "data" / "letters" / "held_out_22"
TTG = LETTERS / "qd_2024_ttg_1039.txt"
TAY_DO = LETTERS / "qd_2025_taydo_bonhiem.txt"


@pytest.mark.usefixtures("as_scan")
@pytest.mark.parametrize(("letter", "read", "written"), [
    (TTG, "-'HĐ-TƯỚNG", "THỦ TƯỚNG"),
    (TAY_DO, "Ï HỘI ĐỒNG TRƯỜNGJ", "CHỦ TỊCH HỘI ĐỒNG TRƯỜNG"),
], ids=["thủ-tướng", "chủ-tịch-hội-đồng-trường"])
def test_a_title_the_seal_hid_is_the_one_the_tham_quyen_line_names(
        letter: Path, read: str, written: str) -> None:
    result = import_letter(letter)
    assert result.spec["ky"]["chuc_vu"] == written
    assert not result.spec["ky"].get("quyen_han")
    assert any(f"read “{read}”" in w and f"“{written}” was written" in w
               for w in result.warnings)


def test_a_letter_read_from_its_text_keeps_the_title_as_typed() -> None:
    assert import_letter(TAY_DO).spec["ky"]["chuc_vu"] == "Ï HỘI ĐỒNG TRƯỜNGJ"


@pytest.mark.parametrize(("tham_quyen", "read"), [
    ("THỦ TƯỚNG CHÍNH PHỦ", "Áo HN TƯỚNG"),  # as many words as PHÓ THỦ TƯỚNG
    ("THỦ TƯỚNG CHÍNH PHỦ", "22H 0 LỖNG"),  # no word of the title read
    ("THỦ TƯỚNG CHÍNH PHỦ", "Bộ TƯỚNG"),  # a syllable before the title's words
    ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG"),  # read right
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Ï NHÂN DÂN"),  # a body, no head's title
], ids=["a-deputy", "nothing-read", "a-syllable", "read-right", "a-body"])
def test_a_title_stays_as_read_where_the_line_does_not_tell(tham_quyen: str, read: str) -> None:
    assert title_of(tham_quyen, read) is None


def test_a_title_under_an_authority_line_stays_as_read() -> None:
    spec = {"tham_quyen": "THỦ TƯỚNG CHÍNH PHỦ",
            "ky": {"quyen_han": ["KT. THỦ TƯỚNG"], "chuc_vu": "-'HĐ-TƯỚNG"}}
    assert from_authority(spec) == [] and spec["ky"]["chuc_vu"] == "-'HĐ-TƯỚNG"

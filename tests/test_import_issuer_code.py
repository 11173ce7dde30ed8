"""A scan's căn cứ citing a body's Tờ trình whose ký hiệu OCR read with a letter no code
writes, written with the initials of the body the căn cứ names before it
(``importer/issuercode.py``, called by ``citemend.mend_citations``), on held_out_24's
qd_2025_quangngai_86 (``của Giám đốc Sở Nội vụ tại Tờ trình số 573/TTr-SNỸ``) and held_out_27's
qd_2025_baclieu_210 (``của Giám đốc Sở Giao thông vận tải tại Tờ trình số 06/TTr-SGŒTVT``),
their committed transcriptions; their files' provenance is in each set's provenance.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer.build import import_letter
from ntm_docgen.importer.issuercode import codes_mended

LETTERS = Path(__file__).parent / "data" / "letters"
NOI_VU = LETTERS / "held_out_24" / "qd_2025_quangngai_86.txt"
GIAO_THONG = LETTERS / "held_out_27" / "qd_2025_baclieu_210.txt"


@pytest.mark.usefixtures("as_scan")
@pytest.mark.parametrize(("letter", "read", "written"), [
    (NOI_VU, "573/TTr-SNỸ", "573/TTr-SNV"),
    (GIAO_THONG, "06/TTr-SGŒTVT", "06/TTr-SGTVT"),
], ids=["sở-nội-vụ", "sở-giao-thông-vận-tải"])
def test_a_code_misread_is_written_as_the_initials_of_its_body(
        letter: Path, read: str, written: str) -> None:
    result = import_letter(letter)
    can_cu = " ".join(result.spec["can_cu"])
    assert written in can_cu and read not in can_cu
    assert any(f"“{read.split('-')[-1]}” is written “{written.split('-')[-1]}”" in w
               for w in result.warnings)


@pytest.mark.usefixtures("as_scan")
def test_a_copy_keeps_the_code_as_read() -> None:
    assert "573/TTr-SNỸ" in " ".join(import_letter(NOI_VU, mend=False).spec["can_cu"])


def test_a_letter_read_from_its_text_keeps_the_code_as_typed() -> None:
    assert "573/TTr-SNỸ" in " ".join(import_letter(NOI_VU).spec["can_cu"])


@pytest.mark.parametrize("text", [
    "của Bộ Giao thông vận tải tại Tờ trình số 9628/TTr-BGTTT ngày",  # clean letters: as printed
    "của Giám đốc Sở Ngoại vụ tại Tờ trình số 08/TTr-SNgÏƒ ngày",  # the initials too far
    "của Sở Nội vụ tại Công văn số 41/SNV-CCHC&VTLT ngày",  # a code as the body writes it
], ids=["clean-letters", "too-far", "the-body-s-own"])
def test_a_code_stays_where_its_body_does_not_tell(text: str) -> None:
    assert codes_mended(text) == (text, [])

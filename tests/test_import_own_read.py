"""A scan's word OCR misread once, set right by the words its letter writes around it
elsewhere (``importer/ownread.py``), on two held-out scans' committed transcriptions:
held_out_18's tb_2025_quangngai_46 (``huyện Tự Nghĩa`` in its Kính gửi, ``huyện Tư Nghĩa``
four times in its body) and held_out_20's cv_2025_bca_4552 (``về mà túy`` in its V/v, ``ma
túy`` in its body twenty times); their files' provenance is in each set's provenance.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer.build import import_letter
from ntm_docgen.importer.ownread import own_read

LETTERS = Path(__file__).parent / "data" / "letters"
TU_NGHIA = LETTERS / "held_out_18" / "tb_2025_quangngai_46.txt"
MA_TUY = LETTERS / "held_out_20" / "cv_2025_bca_4552.txt"


@pytest.mark.usefixtures("as_scan")
def test_a_name_misread_twice_is_written_as_the_letter_writes_it_four_times() -> None:
    result = import_letter(TU_NGHIA)
    assert result.spec["kinh_gui"] == ["Bà Huỳnh Thị Gái, ông Trần Ngọc Vinh (Địa chỉ: Thôn "
                                       "Thu Xà, xã Nghĩa Hòa, huyện Tư Nghĩa, tỉnh Quảng Ngãi)"]
    assert "Tự Nghĩa" not in str(result.spec)
    assert any("“Tự” → “Tư”" in w for w in result.warnings)


@pytest.mark.usefixtures("as_scan")
def test_a_word_misread_in_the_trich_yeu_is_written_as_the_body_writes_it() -> None:
    result = import_letter(MA_TUY)
    assert "phức tạp về ma túy và cơ sở cai nghiện" in result.spec["trich_yeu"]
    assert any("“mà” → “ma”" in w for w in result.warnings)


def test_a_text_not_read_by_ocr_keeps_its_words() -> None:
    """A text PDF's, a Word file's or a text file's words are the clerk's, printed as typed:
    a slip there (held_out_31's ``trên địa bản``, held_out_21's ``dại biểu``, where each
    letter writes the word right twice elsewhere) is what the paper says, and stays."""
    assert "huyện Tự Nghĩa" in str(import_letter(TU_NGHIA).spec["kinh_gui"])


@pytest.mark.parametrize(("lines", "changes"), [
    (["UBND huyện Tư Nghĩa và huyện Tư Nghĩa,", "đất tại huyện Tự Nghĩa."], [("Tự", "Tư")]),
    (["chống AIDS ma túy", "chống AIDS ma túy,", "chống ATDS ma túy"], [("ATDS", "AIDS")]),
    (["về ma túy và", "về ma túy và", "về mà túy và"], [("mà", "ma")]),
    (["về ma túy và", "về mà túy và"], []),
    (["bà Lê Thị Thúy Hằng", "bà Lê Thị Thúy Hằng", "bà Lê Thị Thuý Hằng"], []),
    (["năm nay sẽ", "năm nay sẽ", "năm này sẽ", "trong năm này"], []),
    (["về ma túy và", "về ma túy và", "về mà túy và", "về mà túy và"], []),
    (["về ma túy và", "về ma túy và", "phức tạp về mà", "túy và"], []),
    (["HĐND tỉnh và", "UBND tỉnh và", "UBND tỉnh và"], []),
], ids=["name-read-twice", "code", "ma-tuy", "once-elsewhere-only", "tone-placed-otherwise",
        "read-beside-a-neighbour-elsewhere", "read-as-often", "no-neighbour-after",
        "another-body"])
def test_a_word_is_set_right_only_between_the_same_two_words(
        lines: list[str], changes: list[tuple[str, str]]) -> None:
    """Twice at least between the very same two words, twice as often as the word as read,
    which stands nowhere else beside either: else it stays."""
    assert own_read(lines)[1] == changes

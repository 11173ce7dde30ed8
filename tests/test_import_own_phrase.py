"""A scan's word misread inside a phrase its letter prints again, and a capital read where the
letter writes the word in small letters, set right by the letter's own text
(``importer/ownphrase.py``), on two held-out scans' committed transcriptions: held_out_23's
ttr_2025_quangngai_22 (``Sở Dân lộc - Tôn giáo`` once, ``Sở Dân tộc - Tôn giáo`` twice) and
held_out_25's kh_2025_cantho_70 (``tăng Cường và`` in its căn cứ, ``tăng cường`` three times in
its body); their files' provenance is in each set's provenance.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer.build import import_letter
from ntm_docgen.importer.ownphrase import own_phrase

LETTERS = Path(__file__).parent / "data" / "letters"
DAN_TOC = LETTERS / "held_out_23" / "ttr_2025_quangngai_22.txt"
TANG_CUONG = LETTERS / "held_out_25" / "kh_2025_cantho_70.txt"


@pytest.mark.usefixtures("as_scan")
def test_a_word_of_a_phrase_the_letter_prints_twice_is_written_as_printed() -> None:
    result = import_letter(DAN_TOC)
    assert result.spec["noi_dung"].split("\n")[-1] == (
        "Kính trình HĐND tỉnh xem xét, quyết nghị (kèm theo dự thảo Nghị quyết giao dự toán năm "
        "2025 cho Sở Dân tộc - Tôn giáo tỉnh)./.")
    assert "Dân lộc" not in str(result.spec)
    assert any("“lộc” → “tộc”" in w for w in result.warnings)


@pytest.mark.usefixtures("as_scan")
def test_a_capital_of_a_small_letters_shape_is_written_small_as_the_letter_writes_it() -> None:
    result = import_letter(TANG_CUONG)
    assert "về tiếp tục tăng cường và đổi mới công tác dân vận" in result.spec["can_cu"][0]
    assert any("“Cường” → “cường”" in w and "capital" in w for w in result.warnings)


def test_a_letter_read_from_its_text_keeps_its_words() -> None:
    assert "Dân lộc" in str(import_letter(DAN_TOC).spec)  # a typed slip is its paper's


@pytest.mark.parametrize(("lines", "changes"), [
    (["Sở Dân tộc - Tôn giáo", "Sở Dân tộc - Tôn giáo", "Sở Dân lộc - Tôn giáo"],
     [("lộc", "tộc")]),
    (["Trường Đại học Công Thương Thành phố Hồ Chí Minh.", "Thành phố Hồ Chí Minh ban hành",
      "Công Thương Thành phố Hà Chí Minh ban hành"], [("Hà", "Hồ")]),
    (["Ủy ban Quốc gia phòng, chống AIDS, ma túy", "Quốc gia phòng, chống ATDS, ma túy"], []),
    (["đại biểu Quốc hội khóa XVI và", "đại biểu Quốc hội khóa XVI và",
      "đại biểu Quốc hội khóa XV và"], []),
    (["Dự án Nậm Cang 1A” tại thôn", "Dự án Nậm Cang 1A” tại thôn", "Dự án Nậm Cang IA” tại thôn",
      "Dự án Nậm Cang IA” tại thôn", "Dự án Nậm Cang LA” tại thôn"], []),
    (["Sở Dân tộc - Tôn giáo", "Sở Dân tộc - Tôn giáo", "Sở Dân lộc - Tôn giáo", "Dân lộc"],
     []),
], ids=["twice-against-once", "a-sign-after-a-word-around", "once-each-way", "a-roman-number",
        "a-third-word-there", "the-word-as-read-stands-elsewhere"])
def test_a_phrase_tells_only_where_the_letter_prints_it_more_often(
        lines: list[str], changes: list[tuple[str, str]]) -> None:
    assert own_phrase(lines)[1] == changes


@pytest.mark.parametrize("lines", [
    ["của công", "của công", "ngân sách của Công ty cổ phần"],  # a name opens there
    ["tăng cường", "tăng cường", "tăng Cường. Các"],  # the sentence ends
    ["tăng cường", "tiếp tục tăng Cường và"],  # written small only once
], ids=["a-name", "a-sentence-end", "once-small"])
def test_a_capital_stays_where_the_letter_does_not_tell(lines: list[str]) -> None:
    assert own_phrase(lines)[2] == []

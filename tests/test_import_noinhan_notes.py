"""A Nơi nhận item's note in brackets printed apart from it, as Hà Nội's signed PDFs of April
2026 print theirs (held_out_43, docs/accuracy.md): on the line under the item, after its ``;``
(Thông báo 453's ``(để đưa tin)``), or beside the item past a brace, in the gap between the
two columns (Quyết định 2280's ``(để b/c)`` and ``(để ph/h th/h)``), where the page's reading
had put it in the signature's column."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.pdfcolumns import reading_order
from ntm_docgen.importer.pdflayout import Line, Word
from ntm_docgen.importer.signature import read_signature

SET = Path(__file__).parent / "data" / "letters" / "held_out_43"


def test_a_note_on_the_line_under_its_item_is_the_item_s() -> None:
    """453 prints ``- Cơ quan Báo&PT, TH Thành phố;`` and ``(để đưa tin)`` under it, indented:
    the note was left out of the list."""
    spec = import_letter(SET / "tb_2026_hanoi_453.txt").spec
    assert spec["noi_nhan"][8] == "Cơ quan Báo&PT, TH Thành phố (để đưa tin)"
    assert len(spec["noi_nhan"]) == 10
    assert spec["ky"]["chuc_vu"] == "PHÓ CHÁNH VĂN PHÒNG"


def test_a_note_beside_its_item_is_the_item_s() -> None:
    """2280's two notes beside the items a brace groups, read on their item's line."""
    spec = import_letter(SET / "qd_2026_hanoi_2280.txt").spec
    assert spec["noi_nhan"][1] == "Thường trực Thành ủy (để b/c)"
    assert spec["noi_nhan"][6] == "UBND các phường, xã (để ph/h th/h)"
    assert len(spec["noi_nhan"]) == 11
    assert spec["ky"]["quyen_han"] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert spec["ky"]["chuc_vu"] == "PHÓ CHỦ TỊCH"


def _segment(text: str, x0: float, top: float) -> list[Word]:
    return [Word(text, x0, x0 + 5.5 * len(text), top, top + 12, 13.0)]


def _line(top: float, *segments: tuple[str, float]) -> Line:
    return Line([_segment(t, x, top) for t, x in segments], top, top + 12)


def test_the_page_reads_a_note_past_the_brace_with_its_item() -> None:
    """2280's first page, as its text layer places the words (x in points): the note at the
    brace stands nearer the signature's column than the item, and still goes with the item."""
    block = [
        _line(600, ("Nơi nhận:", 72), ("TM. ỦY BAN NHÂN DÂN", 330)),
        _line(614, ("- Đ/c Bí thư Thành ủy;", 72), ("KT. CHỦ TỊCH", 360)),
        _line(628, ("- Thường trực Thành ủy;", 72), ("(để b/c)", 235)),
        _line(642, ("- Chủ tịch UBND Thành phố;", 72), ("PHÓ CHỦ TỊCH", 360)),
    ]
    lines = [x.text for x in reading_order(block)]
    assert "- Thường trực Thành ủy;   (để b/c)" in lines
    assert lines.index("TM. ỦY BAN NHÂN DÂN") > lines.index("- Chủ tịch UBND Thành phố;")


@pytest.mark.parametrize(("lines", "item"), [
    (["Nơi nhận:", "- Sở Y tế;", "(để b/c)", "- Lưu: VT."], "Sở Y tế (để b/c)"),
    (["Nơi nhận:", "- Sở Y tế; (để b/c)", "- Lưu: VT."], "Sở Y tế (để b/c)"),
    (["Nơi nhận:", "- Sở Y tế", "(để b/c);", "- Lưu: VT."], "Sở Y tế (để b/c)"),
], ids=["under-after-semicolon", "beside-after-semicolon", "under-before-semicolon"])
def test_the_note_joins_its_item(lines: list[str], item: str) -> None:
    assert read_signature(lines).noi_nhan == [item]


def test_a_signer_s_line_under_an_item_stays_his() -> None:
    sig = read_signature(["Nơi nhận:", "- Sở Y tế;", "(đã ký)", "- Lưu: VT.", "GIÁM ĐỐC"])
    assert sig.noi_nhan == ["Sở Y tế"]

"""What held_out_40's letters (docs/accuracy.md) showed the importer reading wrong outside OCR:
under ``TM.``, the chair's own office printed short (``CHỦ TỊCH HĐND TỈNH``) under the title,
right over his name (the Đoàn giám sát of the HĐND tỉnh Bình Dương's Thông báo 11), was left out
of the title."""

from __future__ import annotations

from pathlib import Path

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.signer import _with_office

SET = Path(__file__).resolve().parent / "data" / "letters" / "held_out_40"
LETTER = SET / "tb_2021_dgs_hdnd_binhduong_11.txt"


def test_a_chairs_office_written_short_is_the_titles_second_line() -> None:
    titles = ["TRƯỞNG ĐOÀN", "CHỦ TỊCH HĐND TỈNH"]
    kept = [*titles, "Phạm Văn Chánh"]
    assert _with_office(titles, kept, ["TM. ĐOÀN GIÁM SÁT"]) == \
        ["TRƯỞNG ĐOÀN\nCHỦ TỊCH HĐND TỈNH"]
    titles = ["TRƯỞNG BAN", "CHỦ TỊCH UBND XÃ AN BÌNH"]
    assert _with_office(titles, [*titles, "Lê Văn An"], ["TM. BAN CHỈ ĐẠO"]) == \
        ["TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ AN BÌNH"]


def test_not_under_the_heads_own_signature() -> None:
    """Without TM. a body's name under the title stays apart, as before (the seal's ring)."""
    titles = ["CHỦ TỊCH", "HĐND TỈNH"]
    assert _with_office(titles, [*titles, "Phạm Văn Chánh"], []) == titles


def test_the_thong_bao_reads_its_signers_two_lines() -> None:
    ky = import_letter(LETTER).spec["ky"]
    assert ky["chuc_vu"] == "TRƯỞNG ĐOÀN\nCHỦ TỊCH HĐND TỈNH"
    assert ky["quyen_han"] == ["TM. ĐOÀN GIÁM SÁT"]
    assert ky["ho_ten"] == "Phạm Văn Chánh"


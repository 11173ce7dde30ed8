"""What held_out_40's letters (docs/accuracy.md) showed the importer reading wrong outside OCR:
under ``TM.``, the chair's own office printed short (``CHỦ TỊCH HĐND TỈNH``) under the title,
right over his name (the Đoàn giám sát of the HĐND tỉnh Bình Dương's Thông báo 11), was left out
of the title; and a place and date line whose day and month were written by pen and read as
signs, the year's last digit too (``Hà Nội, ngày f6 tháng năm 202!``, the scanned Quyết định 46
of the Ban Chỉ đạo cải cách hành chính), was not known for the date line, so the trích yếu, the
authority and the căn cứ under it were read as the body."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.numberdate import read_ngay
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


@pytest.mark.parametrize(("line", "read"), [
    ("Hà Nội, ngày f6 tháng năm 202!", ("Hà Nội", None, None)),
    ("Hà Nội, ngày 16 tháng 4 năm 2021", ("Hà Nội", date(2021, 4, 16), 2021)),
    ("Hà Nội, ngày    tháng    năm", ("Hà Nội", None, None)),
    ("Bộ phận một cửa 12 tháng 3 năm 202!", None),
])
def test_a_date_line_whose_pen_figures_were_misread(line: str, read: object) -> None:
    assert read_ngay(line) == read


def test_the_decision_reads_its_header_above_the_body() -> None:
    spec = import_letter(SET / "qd_2021_bcdcchc_46.txt").spec
    assert spec["dia_danh"] == "Hà Nội" and spec.get("ngay") is None
    assert spec["trich_yeu"].startswith("Ban hành Kế hoạch kiểm tra công tác cải cách")
    assert spec["noi_dung"].startswith("Điều 1. Ban hành kèm theo Quyết định này")

"""A list as a clerk makes it in Excel: a total row under the communes (``Tổng cộng | 65 đơn
vị``) made a letter "Kính gửi: 65 đơn vị", and a cell left empty filled its placeholder with
nothing, both without a word (found by a black-box run). The total row is left out and said;
an empty cell a placeholder prints is said, with its rows; "Tổng công ty ..." is a recipient."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


def _xlsx(tmp_path: Path, rows: list[list[str | None]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "xa.xlsx"
    book.save(path)
    return path


def _bulk(people: Path, out: Path, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, "bulk", str(SPEC), "--recipients",
                                     str(people), "-o", str(out)])


def test_a_total_row_makes_no_letter_and_is_said(tmp_path):
    people = _xlsx(tmp_path, [
        ["STT", "kinh_gui", "ghi_chu"], ["1", "UBND xã Hữu Lũng", "a"],
        ["2", "Tổng công ty Lương thực", "b"], [None, None, None],
        ["Tổng cộng", "2 đơn vị", None]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    letters = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert len(letters) == 2 and not any("don-vi" in name for name in letters), letters
    assert "row 5 (“Tổng cộng”) totals the list, it is no recipient: no letter is made for it" \
        in result.stderr, result.stderr


def test_an_empty_cell_a_placeholder_prints_is_said_with_its_rows(tmp_path):
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Sở A", "x"], ["Sở B", None],
                              ["Sở C", None]])
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "{{ ghi_chu }} is filled from column ghi_chu, whose cell is empty in rows 3-4: " \
        "those letters print nothing there" in result.stderr, result.stderr


def test_the_desk_review_says_it_too(tmp_path):
    from ntm_docgen.bulk.preview import check_rows
    from ntm_docgen.i18n import set_language

    set_language("en")
    people = _xlsx(tmp_path, [["kinh_gui", "ghi_chu"], ["Sở A", "x"], ["Cộng:", "1"]])
    from datetime import date

    checked = check_rows(SPEC, today=date(2026, 1, 5), recipients=people)
    assert [row.row for row in checked.rows] == [2]
    assert any("row 3 (“Cộng:”) totals the list" in w for w in checked.warnings), checked.warnings

"""Bulk letters check every row of the list before writing one: a bad row (an empty kinh_gui,
a value the letter refuses, a cell past the named columns) and nothing is written; a --merge
file that is not the run's is refused before any letter too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk"
SPEC = BULK / "cong_van.yaml"


def spec_with_columns(tmp_path: Path) -> Path:
    """The công văn with its date and signer's name taken from the list."""
    text = SPEC.read_text(encoding="utf-8").replace("ngay: 2025-09-15", 'ngay: "{{ ngay }}"')
    spec = tmp_path / "cv.yaml"
    spec.write_text(text.replace("  ho_ten: Nguyễn Văn A", '  ho_ten: "{{ ky }}"'),
                    encoding="utf-8")
    return spec


def bulk(runner: CliRunner, spec: Path, recipients: Path, out: Path, *more: str):
    return runner.invoke(main, ["bulk", str(spec), "--recipients", str(recipients), "-o",
                                str(out), *more])


def test_an_empty_kinh_gui_after_a_good_row_writes_nothing(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nSở A,x\n,y\n", encoding="utf-8")
    result = bulk(runner, SPEC, recipients, tmp_path / "out")
    assert result.exit_code == 1
    assert "1 row of the list makes no letter, so no letter was written" in result.stderr
    assert "row 3: kinh_gui is empty; write the addressee in that column" in result.stderr
    assert not (tmp_path / "out").exists()


def test_every_bad_row_is_told_at_once_with_its_column(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu,ngay,ky\nSở A,x,2025-09-15,Lê A\n"
                          "Sở B,y,2025-02-30,Lê B\n,z,2025-01-01,Lê C\nSở D,w,2025-01-01,\n"
                          "Sở E,v,2025-01-01,\n", encoding="utf-8")
    result = bulk(runner, spec_with_columns(tmp_path), recipients, tmp_path / "out")
    assert result.exit_code == 1
    assert "4 rows of the list make no letter" in result.stderr
    assert "row 3: Date (ngay): that date does not exist" in result.stderr
    assert "'2025-02-30' (filled from column ngay)" in result.stderr
    assert "row 4: kinh_gui is empty" in result.stderr
    assert ("rows 5-6: {{ ky }} in ky.ho_ten is filled from column ky, whose cell is empty in "
            "this row: the letter's ky.ho_ten would lack it; fill the cell") in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_bad_row_takes_no_number_from_the_register(runner: CliRunner,
                                                     tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nSở A,x\nSở B,y\n,z\n", encoding="utf-8")
    db = tmp_path / "so.sqlite3"
    result = bulk(runner, SPEC, recipients, tmp_path / "out", "--so-rieng", "--db", str(db))
    assert result.exit_code == 1 and "row 4: kinh_gui is empty" in result.stderr
    listed = runner.invoke(main, ["register", "list", "--db", str(db), "--json"])
    assert "01/UBND" not in listed.output
    assert not (tmp_path / "out").exists()


def test_merge_onto_another_file_is_refused_before_any_letter(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nSở A,x\nSở B,y\n", encoding="utf-8")
    other = tmp_path / "tat-ca.docx"
    other.write_bytes(b"PK another file")
    before = other.read_bytes()
    out = tmp_path / "out"
    result = bulk(runner, SPEC, recipients, out, "--merge", str(other))
    assert result.exit_code == 1
    assert "is not the merged file of these letters" in result.stderr
    assert not out.exists() and other.read_bytes() == before
    assert bulk(runner, SPEC, recipients, out, "--merge", str(tmp_path / "m.docx")).exit_code == 0
    rerun = bulk(runner, SPEC, recipients, out, "--merge", str(tmp_path / "m.docx"))
    assert rerun.exit_code == 0 and "is up to date" in rerun.stdout
    more = tmp_path / "r2.csv"
    more.write_text("kinh_gui,ghi_chu\nSở A,x\nSở B,y\nSở C,z\n", encoding="utf-8")
    grown = bulk(runner, SPEC, more, out, "--merge", str(tmp_path / "m.docx"))
    assert grown.exit_code == 0 and "(3 letters)" in grown.stdout


EXTRA = [
    ("csv", "kinh_gui,ghi_chu\nSở A,x,thừa\nSở B,y\n", "row 2 has 3 cells (cell 3: “thừa”)"),
    ("csv-unnamed-header", "kinh_gui,ghi_chu,\nSở A,x,thừa\n", "row 2 has 3 cells"),
    ("csv-two-rows", "kinh_gui,ghi_chu\nSở A,x,a,b\nSở B,y\nSở C,z,,c\n",
     "row 2 has 4 cells (cell 3: “a”); row 4 has 4 cells (cell 4: “c”)"),
]


@pytest.mark.parametrize(("text", "words"), [e[1:] for e in EXTRA], ids=[e[0] for e in EXTRA])
def test_a_row_with_more_cells_than_columns_is_refused(runner: CliRunner, tmp_path: Path,
                                                       text: str, words: str) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text(text, encoding="utf-8")
    result = bulk(runner, SPEC, recipients, tmp_path / "out")
    assert result.exit_code == 1
    assert words in result.stderr
    assert "but the first row names only 2 columns" in result.stderr
    assert "give each column of text a name in the first row, or delete the cells past " \
        "column 2" in result.stderr.replace("Give", "give")
    assert not (tmp_path / "out").exists()


def test_an_xlsx_row_past_its_columns_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["kinh_gui", "ghi_chu"])
    book.active.append(["Sở A", "x", None, "ở cột D"])
    book.save(tmp_path / "r.xlsx")
    result = bulk(runner, SPEC, tmp_path / "r.xlsx", tmp_path / "out")
    assert result.exit_code == 1
    assert "row 2 has 4 cells (cell 4: “ở cột D”)" in result.stderr


def test_empty_cells_past_the_columns_are_no_problem(runner: CliRunner, tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nSở A,x,,\nSở B,y, \n", encoding="utf-8")
    result = bulk(runner, SPEC, recipients, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 2

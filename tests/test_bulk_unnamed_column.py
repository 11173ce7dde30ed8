"""A cell under an empty header between two named columns (a column whose name was not typed,
or a name deleted) was left out of the letters without a word: it is refused as text past the
last named column is, naming the column by its letter and saying how to fix it; an unnamed
column with no text in it is no problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _xlsx(tmp_path: Path, text: str) -> Path:
    book = Workbook()
    for line in text.splitlines():
        book.active.append([cell or None for cell in line.split(",")])
    path = tmp_path / "r.xlsx"
    book.save(path)
    return path


LISTS = {"csv": _csv, "xlsx": _xlsx}


def _bulk(path: Path, out: Path, lang: str = "en"):
    return CliRunner().invoke(main, ["--lang", lang, "bulk", str(SPEC), "--recipients", str(path),
                                     "-o", str(out)])


@pytest.mark.parametrize("kind", LISTS)
def test_text_under_an_empty_header_is_refused_with_its_column_letter(kind, tmp_path):
    people = LISTS[kind](tmp_path, "kinh_gui,,ghi_chu\nSở A,Đường 1,x\nSở B,,y\nSở C,Đường 3,z\n")
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 1, result.output
    said = result.stderr
    assert "column B has no name in the first row" in said, said
    assert "rows 2, 4" in said and "“Đường 1”" in said, said
    assert "type a name for column B in the first row, or delete its text" in said, said
    assert "Traceback" not in said
    assert not (tmp_path / "out").exists()


def test_the_refusal_is_in_vietnamese_too(tmp_path):
    people = _csv(tmp_path, "kinh_gui,,ghi_chu\nSở A,Đường 1,x\n")
    result = _bulk(people, tmp_path / "out", "vi")
    assert result.exit_code == 1
    assert "cột B chưa có tên ở dòng đầu, nhưng dòng 2 có chữ ở cột này" in result.stderr, \
        result.stderr


@pytest.mark.parametrize("kind", LISTS)
def test_an_unnamed_column_without_text_is_no_problem(kind, tmp_path):
    people = LISTS[kind](tmp_path, "kinh_gui,,ghi_chu\nSở A,,x\nSở B, ,y\n")
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 2


def test_an_unnamed_column_of_row_numbers_is_no_problem(tmp_path):
    """The STT a clerk numbers her rows with, in column A without a heading."""
    people = _csv(tmp_path, ",kinh_gui,ghi_chu\n1,Sở A,x\n2.,Sở B,y\n")
    result = _bulk(people, tmp_path / "out")
    assert result.exit_code == 0, result.output
    book = Workbook()
    for row in ([None, "kinh_gui", "ghi_chu"], [1, "Sở A", "x"], [2, "Sở B", "y"]):
        book.active.append(row)
    book.save(tmp_path / "r.xlsx")
    result = _bulk(tmp_path / "r.xlsx", tmp_path / "out2")
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out2").glob("*.docx"))) == 2
    mixed = _csv(tmp_path, ",kinh_gui,ghi_chu\n1,Sở A,x\n2b,Sở B,y\n")
    assert _bulk(mixed, tmp_path / "out3").exit_code == 1  # not only numbers: refused

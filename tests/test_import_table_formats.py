"""A table of a letter's body imported as Word, LibreOffice and Word 97 write it (contract7
item 7): LibreOffice draws a ruled table's rules on its cells (``w:tcBorders``), not on the
table, and a .doc or .odt is read through the .docx it makes, so the table came back as loose
lines and its STT cells ("1", "2") were dropped, the one in silence. The same letter now reads
alike from every format, and a cell holding one digit is never dropped from a Word file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml.ns import qn
from test_import_word_layout import BODY, _letter

from ntm_docgen import api
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.reading import read_lines

TABLE = ["| STT | Nội dung | Thời gian |", "|---|---|---|",
         "| 1 | Họp triển khai | Tháng 9/2025 |", "| 2 | Sơ kết | Tháng 12/2025 |"]


def _with_table(path: Path, cell_rules: bool) -> Path:
    """A letter with a table of three rows in its body, before the signature; with
    ``cell_rules`` each cell draws its four rules as LibreOffice writes them, else none."""
    _letter(path, BODY[:2])
    document = docx.Document(str(path))
    table = document.add_table(rows=3, cols=2)
    for (row, col), text in {(0, 0): "STT", (0, 1): "Đơn vị", (1, 0): "1", (1, 1): "Xã A",
                             (2, 0): "2", (2, 1): "Xã B"}.items():
        cell = table.cell(row, col)
        cell.text = text
        if cell_rules:
            borders = cell._tc.get_or_add_tcPr().makeelement(qn("w:tcBorders"), {})
            for side in ("top", "start", "bottom", "end"):
                borders.append(borders.makeelement(qn(f"w:{side}"),
                                                   {qn("w:val"): "single", qn("w:sz"): "4"}))
            cell._tc.get_or_add_tcPr().append(borders)
    signature = next(p for p in document.paragraphs if p.text == "Nơi nhận:")
    signature._element.addprevious(table._tbl)
    document.save(path)
    return path


def test_a_table_ruled_cell_by_cell_is_a_table(tmp_path: Path) -> None:
    lines = read_lines(_with_table(tmp_path / "l.docx", cell_rules=True))
    assert [x for x in lines if x.startswith("|")] == \
        ["| STT | Đơn vị |", "|---|---|", "| 1 | Xã A |", "| 2 | Xã B |"]
    spec = import_letter(tmp_path / "l.docx").spec
    assert "| 1 | Xã A |" in spec["noi_dung"].splitlines()


def test_the_header_is_no_table_though_a_cell_of_it_draws_rules(tmp_path: Path) -> None:
    """LibreOffice gives a cell of the header rules of its own (the box of the độ khẩn): the
    header is still read cell by cell."""
    path = _letter(tmp_path / "l.docx", BODY)
    document = docx.Document(str(path))
    cell = document.tables[0].cell(1, 0)
    borders = cell._tc.get_or_add_tcPr().makeelement(qn("w:tcBorders"), {})
    borders.append(borders.makeelement(qn("w:top"), {qn("w:val"): "single"}))
    cell._tc.get_or_add_tcPr().append(borders)
    document.save(path)
    spec = import_letter(path).spec
    assert (spec["so"], spec["ky_hieu"], spec["dia_danh"]) == (15, "SNV-TĐKT", "Lạng Sơn")


def test_a_borderless_tables_number_cells_are_kept(tmp_path: Path) -> None:
    """Read cell by cell, a cell holding "1" stays a line of the body, not a stray mark."""
    result = import_letter(_with_table(tmp_path / "l.docx", cell_rules=False))
    assert result.spec["noi_dung"].splitlines()[1:] == ["STT", "Đơn vị", "1", "Xã A", "2",
                                                        "Xã B"]


@pytest.fixture(scope="module")
def planned(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """A commune's Kế hoạch with a table, rendered, and as LibreOffice saves it: .doc, .odt and
    a .docx saved again by Writer."""
    from test_import_office_formats import saved_as

    folder = tmp_path_factory.mktemp("table")
    spec = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
            "so": 7, "dia_danh": "Tân Thành", "ngay": "2025-09-03",
            "trich_yeu": "Triển khai phong trào thi đua năm 2025",
            "noi_dung": "\n".join(["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG", *TABLE,
                                   "III. TỔ CHỨC THỰC HIỆN", "Các thôn triển khai./."]),
            "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
                   "ho_ten": "Lương Văn Bình"},
            "noi_nhan": ["Các thôn"], "luu": "VT"}
    path = folder / "kh.docx"
    _render(spec, path)
    writer = folder / "writer"
    writer.mkdir()
    from ntm_docgen.files.office import shared_pool

    pool = shared_pool()
    assert pool is not None
    pool.convert(path, writer / "kh.docx", "MS Word 2007 XML")
    return {".docx": path, "writer": writer / "kh.docx",
            **{s: saved_as(path, s) for s in (".doc", ".odt")}}


def _render(spec: dict[str, object], path: Path) -> None:
    source = path.with_suffix(".yaml")
    source.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    api.render(api.load_spec(source), path, today=date(2025, 9, 3))


@pytest.mark.parametrize("kind", [".doc", ".odt", "writer"])
def test_a_table_saved_by_libreoffice_reads_as_its_word_file(planned, kind: str) -> None:
    read, word = import_letter(planned[kind]), import_letter(planned[".docx"])
    body = read.spec["noi_dung"].splitlines()
    assert body[body.index("II. NỘI DUNG") + 1:][:4] == TABLE
    assert read.spec == word.spec
    assert read.warnings == word.warnings == []


def test_an_stt_column_numbered_by_word_keeps_its_numbers(tmp_path: Path) -> None:
    """The STT cells numbered by Word's list (no number typed) print 1., 2.: so they read."""
    path = _letter(tmp_path / "l.docx", BODY[:2])
    document = docx.Document(str(path))
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Đơn vị"
    for row, name in ((1, "Xã A"), (2, "Xã B")):
        table.cell(row, 0).paragraphs[0].style = "List Number"
        table.cell(row, 1).text = name
    next(p for p in document.paragraphs if p.text == "Nơi nhận:")._element.addprevious(
        table._tbl)
    document.save(path)
    assert [x for x in read_lines(path) if x.startswith("|")][2:] == ["| 1. | Xã A |",
                                                                     "| 2. | Xã B |"]

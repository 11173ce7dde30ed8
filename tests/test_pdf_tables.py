"""A ruled table of a PDF letter read as a table (contract8 findings 2 and 5): its cells in their
rows, in its place under its part, by import and by a TRÍCH SAO of that part.

The letter is a commune's Tờ trình (tests/data/specs/ttr.khan-bang.yaml, contract8's): under
"I. KẾT QUẢ THỰC HIỆN" a table of three columns, then "II. ĐỀ NGHỊ". Before, the table came back
as "STT Tiêu chí 1 Quy hoạch 2 Giao thông" with its "Kết quả" column moved under part II.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ntm_docgen.cli.main import main
from ntm_docgen.files.pdf import pdf_bytes
from ntm_docgen.importer import import_letter
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

SPECS = Path(__file__).resolve().parent / "data" / "specs"
LETTER = SPECS / "ttr.khan-bang.yaml"
TRICH = SPECS / "copy.trich-sao-lang-son.yaml"
TABLE = ["| STT | Tiêu chí | Kết quả |", "|---|---|---|", "| 1 | Quy hoạch | Đạt |",
         "| 2 | Giao thông | Đạt |"]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    path = tmp_path_factory.mktemp("pdftable") / "ttr-xa.pdf"
    path.write_bytes(pdf_bytes(render_docx(load_spec(LETTER), date(2025, 9, 3))))
    return path


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_import_reads_the_table_in_its_place(original: Path) -> None:
    read = import_letter(original)
    lines = read.spec["noi_dung"].split("\n")
    at = lines.index("1. Số tiêu chí đạt: 19/19.")
    assert lines[at + 1:at + 6] == [*TABLE, "II. ĐỀ NGHỊ"]
    assert lines[at + 6] == ("Ủy ban nhân dân xã Đồng Đăng kính trình Ủy ban nhân dân tỉnh "
                             "xem xét, quyết định./.")
    assert not [w for w in read.warnings if "table" in w]  # nothing left to set out by hand


def _trich(runner, tmp: Path, original: Path, part: str) -> tuple[object, Path]:
    out = tmp / f"trich-{part}.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(TRICH), "-o", str(out),
                                  "--trich", part])
    return result, out


def test_trich_sao_of_the_part_prints_the_table_as_a_table(runner, tmp_path, original) -> None:
    result, out = _trich(runner, tmp_path, original, "I")
    assert result.exit_code == 0, result.output
    rows = [" ".join(x.split()) for x in _text(out).splitlines()]
    assert "STT Tiêu chí Kết quả" in rows
    assert "1 Quy hoạch Đạt" in rows and "2 Giao thông Đạt" in rows
    assert "II. ĐỀ NGHỊ" not in rows


def test_trich_sao_of_the_next_part_holds_none_of_its_cells(runner, tmp_path, original) -> None:
    result, out = _trich(runner, tmp_path, original, "II")
    assert result.exit_code == 0, result.output
    text = " ".join(_text(out).split())
    assert "II. ĐỀ NGHỊ Ủy ban nhân dân xã Đồng Đăng kính trình Ủy ban nhân dân tỉnh xem xét, " \
        "quyết định./." in text
    assert "Đạt" not in text.replace("đạt", "") and "Kết quả" not in text


PLAN = Path(__file__).resolve().parent / "data" / "derive" / "real_pdf" / "kh_2025_vungtau_2144.pdf"


@pytest.mark.parametrize("part", ["I", "II"], ids=["holding-it", "after-it"])
def test_a_part_whose_table_was_read_as_running_text_is_refused(runner, tmp_path,
                                                                part: str) -> None:
    """Vũng Tàu's plan 2144 (tests/data/derive/real_pdf): its targets stand in two columns
    without rules under "I. MỤC TIÊU, CHỈ TIÊU", read as running text. A TRÍCH SAO of part I,
    or of part II, into which a column may have run, is refused, saying which part and why."""
    result, out = _trich(runner, tmp_path, PLAN, part)
    assert result.exit_code == 1
    told = " ".join(result.output.split())
    assert "the part “I. MỤC TIÊU, CHỈ TIÊU” of kh_2025_vungtau_2144.pdf holds a table" in told
    assert "“- Dân số: | 374.125 người”" in told and "hinh_thuc to SAO Y" in told
    assert not out.exists()


def test_a_part_away_from_it_is_copied(runner, tmp_path) -> None:
    result, out = _trich(runner, tmp_path, PLAN, "V")
    assert result.exit_code == 0, result.output
    text = " ".join(_text(out).split())
    assert "V. TỔ CHỨC THỰC HIỆN" in text and "374.125" not in text


def test_import_says_in_which_part_the_cells_went() -> None:
    told = [w for w in import_letter(PLAN).warnings if w.startswith("the table on page 1")]
    assert told == ["the table on page 1 was read as running text in the part “I. MỤC TIÊU, "
                    "CHỈ TIÊU”; its cells may have run on under the next heading, “II. NHIỆM VỤ "
                    "VÀ GIẢI PHÁP THỰC HIỆN”: check both parts against the PDF"]


def test_a_table_running_over_two_pages_is_one_table(tmp_path) -> None:
    """Sixty communes in a table that runs on to the next page: one table, its header row
    once, every row in order (before, each page's part was a table of its own, its first row
    taken for a header)."""
    from datetime import date

    import yaml

    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    rows = [f"| {n} | Thôn {n} | Đạt |" for n in range(1, 61)]
    data["noi_dung"] = "\n".join(["I. KẾT QUẢ THỰC HIỆN", "| STT | Thôn | Kết quả |",
                                  "|---|---|---|", *rows, "II. ĐỀ NGHỊ",
                                  "Ủy ban nhân dân xã kính trình./."])
    spec = tmp_path / "ttr.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pdf = tmp_path / "ttr.pdf"
    pdf.write_bytes(pdf_bytes(render_docx(load_spec(spec), date(2025, 9, 3))))
    lines = import_letter(pdf).spec["noi_dung"].split("\n")
    assert lines[:3] == ["I. KẾT QUẢ THỰC HIỆN", "| STT | Thôn | Kết quả |", "|---|---|---|"]
    assert lines[3:63] == rows and lines[63] == "II. ĐỀ NGHỊ"

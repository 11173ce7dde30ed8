"""A bulk list whose cells hold a template's or a web page's marks (``UBND xã {{ ten }}``,
``<b>UBND</b> phường …``, ``<script>``): the letters print them as typed, and the run says so
by column and rows (a black-box day on the desk: no word was said, the letters printed
"Kính gửi: <b>Ủy ban…"). The text is never evaluated: the letter prints the marks."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from docxview import open_docx, paragraphs

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
GIAY_MOI = ROOT / "data" / "examples" / "giay-moi-hoi-nghi.yaml"


def test_marks_in_a_list_s_cells_are_told_and_printed_as_typed(tmp_path) -> None:
    listed = tmp_path / "ds.csv"
    listed.write_text("kinh_gui\nUBND xã {{ ten }}\n<b>UBND</b> phường Tân Giang\n"
                      "UBND xã Tân Lập\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["bulk", str(GIAY_MOI), "--recipients", str(listed),
                                       "-o", str(tmp_path / "out")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    (told,) = [line for line in result.output.splitlines() if "marks of a template" in line]
    assert "column kinh_gui, rows 2-3" in told and "“UBND xã {{ ten }}”" in told
    letters = sorted((tmp_path / "out").glob("*.docx"))
    printed = [" ".join(p.text for p in paragraphs(open_docx(x.read_bytes()))) for x in letters]
    assert any("UBND xã {{ ten }}" in text for text in printed)
    assert any("<b>UBND</b> phường Tân Giang" in text for text in printed)


def test_a_list_without_marks_says_nothing_of_them(tmp_path) -> None:
    listed = tmp_path / "ds.csv"
    listed.write_text("kinh_gui\nUBND xã Tân Lập (để thực hiện)\nUBND phường A < B\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["bulk", str(GIAY_MOI), "--recipients", str(listed),
                                       "-o", str(tmp_path / "out")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    assert "marks of a template" not in result.output

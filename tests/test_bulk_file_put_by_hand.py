"""A file the clerk put in a bulk run's folder under the name a letter takes is told as hers:
what is there and the fixes that fit (another folder, --force), never "a number the register
gave" and --so-rieng, which only a letter an earlier run wrote with --so-rieng carries."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import yaml

from ntm_docgen.bulk.foundthere import AUTHOR, number_there, written_by_tool
from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "data" / "bulk" / "cong_van.yaml"
#: A real guidance of a commune's Mặt trận (provenance.tsv beside it), made in Word.
HER_OWN = ROOT / "tests" / "data" / "check" / "word_blank" / \
    "hd_mttq_luong_minh_gt_ung_cu_2025.docx"


def _numbered_by_hand(target: Path) -> Path:
    """The guidance with the number she typed on its Số line (12/HD-MTTQ-BTT), saved in Word's
    way: its author stays the one who wrote it."""
    document = docx.Document(str(HER_OWN))
    cells = [p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    line = next(p for p in [*document.paragraphs, *cells] if p.text.startswith("Số:"))
    line.runs[1].text, line.runs[2].text = " 12", "/"
    document.save(str(target))
    return target


def _run(runner, tmp_path: Path, *more: str):
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    del data["so"]  # unnumbered letters: a number in the folder was a register's, once
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    people = tmp_path / "ds.csv"
    people.write_text("kinh_gui,ghi_chu\nỦy ban nhân dân xã Sơn Hà,a\n", encoding="utf-8")
    return runner.invoke(main, ["--lang", "en", "bulk", str(spec), "--recipients", str(people),
                                "-o", str(tmp_path / "out"), *more])


def test_a_numbered_letter_of_her_own_is_not_called_the_registers(runner, tmp_path):
    first = _run(runner, tmp_path)  # the name the row's letter takes, put under it by hand
    name = next((tmp_path / "out").glob("*.docx"))
    theirs = _numbered_by_hand(name)
    assert number_there(theirs) == "12/HD-MTTQ-BTT" and not written_by_tool(theirs)
    again = _run(runner, tmp_path)
    said = " ".join(again.output.split())
    assert first.exit_code == 0 and again.exit_code == 1, said
    assert f"{name} was not written by this tool: it is a file put in the folder by hand" in said
    assert "write the letters into another folder, or pass --force" in said
    assert "register" not in said and "--so-rieng" not in said
    assert docx.Document(str(name)).core_properties.author != AUTHOR  # kept as it is
    forced = _run(runner, tmp_path, "--force")
    assert forced.exit_code == 0 and written_by_tool(name)


def test_a_letter_the_tool_wrote_is_its_own(tmp_path):
    """Every template names the tool as its author: the letters made from them carry it."""
    for template in sorted((ROOT / "templates").glob("*.docx")):
        shutil.copy(template, tmp_path / template.name)
        assert written_by_tool(tmp_path / template.name), template.name

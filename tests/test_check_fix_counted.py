"""``check --fix`` counts a finding fixed only where the letter read again no longer has it:
a Hướng dẫn set in Arial 11 with narrow margins was told "fixed 9 of 9 findings" above the
finding left (a black-box run), as the rules under the Tiêu ngữ and the trích yếu, measured
against their lines in Arial, stay off once the type is Times New Roman."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
from docx.shared import Mm, Pt

from ntm_docgen.check import fix_file
from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent


def _arial(tmp_path: Path) -> Path:
    spec = load_spec(ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml")
    (tmp_path / "hd.docx").write_bytes(render_docx(spec, date(2026, 12, 6)))
    document = docx.Document(str(tmp_path / "hd.docx"))
    for section in document.sections:
        section.left_margin, section.top_margin = Mm(15), Mm(10)
    cells = [p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    for paragraph in [*document.paragraphs, *cells]:
        for run in paragraph.runs:
            run.font.name, run.font.size = "Arial", Pt(11)
    document.save(str(tmp_path / "arial.docx"))
    return tmp_path / "arial.docx"


def test_a_finding_still_there_after_the_repair_is_not_counted_fixed(tmp_path):
    result = fix_file(_arial(tmp_path), tmp_path / "fixed.docx")
    left = {(f.rule, f.where) for f in result.after}
    assert left, "the rules' lengths are left for her (they are measured on the page)"
    assert all((result.before[i].rule, result.before[i].where) not in left
               for i in result.fixed)
    assert len(result.fixed) == len(result.before) - len(left & {
        (f.rule, f.where) for f in result.before})


def test_the_command_line_says_what_it_fixed_and_what_is_left(runner, tmp_path):
    result = runner.invoke(main, ["check", str(_arial(tmp_path)), "--fix",
                                  str(tmp_path / "fixed.docx")], env={"NTM_DOCGEN_LANG": "en"})
    said = result.output
    fixed, count = [int(n) for n in said.split("fixed ", 1)[1].split(" findings")[0]
                    .split(" of ")]
    assert fixed < count, said
    assert f"fixed.docx: {count - fixed} finding" in said, said

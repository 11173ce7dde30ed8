"""``check --fix`` counts a finding fixed only where the letter read again no longer has it:
a Hướng dẫn set in Arial 11 with narrow margins was told "fixed 9 of 9 findings" above the
finding left (a black-box run): the rules under the Tiêu ngữ and the trích yếu, measured
against their lines in Arial, were off once the type was Times New Roman; they are drawn
again on the letter read again."""

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


def test_the_rules_are_drawn_again_in_the_type_the_repair_set(tmp_path):
    """The rules under the Tiêu ngữ and the trích yếu were drawn to their lines' widths in
    Arial, then the lines set in Times New Roman: drawn again on the letter read again."""
    result = fix_file(_arial(tmp_path), tmp_path / "fixed.docx")
    assert {f.rule for f in result.before} >= {"tieu_ngu.rule_length", "trich_yeu.rule_length"}
    assert result.after == [] and len(result.fixed) == len(result.before)


def test_a_finding_still_there_after_the_repair_is_not_counted_fixed(tmp_path, monkeypatch):
    """A repair that does not hold (here the margins', made to do nothing) is not counted."""
    import ntm_docgen.check as check

    real = check.check_document

    def margins_unmended(document):  # type: ignore[no-untyped-def]
        found = real(document)
        for finding in found:
            if finding.rule == "page.margin":
                finding.fix = lambda: None
        return found

    monkeypatch.setattr(check, "check_document", margins_unmended)
    result = fix_file(_arial(tmp_path), tmp_path / "fixed.docx")
    left = {(f.rule, f.where) for f in result.after}
    assert {rule for rule, _where in left} == {"page.margin"}
    unmended = [f for f in result.before if (f.rule, f.where) in left]
    assert len(unmended) == 2 and len(result.fixed) == len(result.before) - 2  # top and left
    assert all((result.before[i].rule, result.before[i].where) not in left
               for i in result.fixed)


def test_the_command_line_says_what_it_fixed(runner, tmp_path):
    result = runner.invoke(main, ["check", str(_arial(tmp_path)), "--fix",
                                  str(tmp_path / "fixed.docx")], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    count = result.output.split("fixed ", 1)[1].split(" of ")[0]
    assert f"fixed {count} of {count} findings" in result.output
    assert "fixed.docx: no findings" in result.output

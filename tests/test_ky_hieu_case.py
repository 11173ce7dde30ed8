"""A ký hiệu typed in lower case: render writes it as the decree does (capitals, a type code as
Phụ lục III spells it), and check's note on a letter that has one says the whole fix."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from check_letter import build_letter, edit, find, retext
from click.testing import CliRunner

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main

EXAMPLE = Path(__file__).parent.parent / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"


@pytest.mark.parametrize(("typed", "printed"), [
    ("kh-snv", "KH-SNV"), ("ttr-snv", "TTr-SNV"), ("QĐ-TTg", "QĐ-TTg"), ("KH-snv", "KH-snv"),
], ids=["lower-case", "mixed-case-code", "official-mixed-case", "partly-capitals-kept"])
def test_a_specs_ky_hieu_typed_in_lower_case_prints_in_capitals(
        runner: CliRunner, tmp_path: Path, typed: str, printed: str) -> None:
    spec = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    spec.update(so=5, ky_hieu=typed)
    path = tmp_path / "letter.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "letter.docx"
    result = runner.invoke(main, ["render", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(f"Số: 05/{printed}" in cell for cell in cells), cells


def test_checks_note_on_a_lower_case_ky_hieu_gives_the_whole_fix(tmp_path: Path) -> None:
    letter = build_letter(tmp_path / "hd.docx", "hd")
    path = edit(letter, tmp_path / "v.docx",
                lambda d: retext(find(d, r"^Số:"), r"106/HD-SNV", "106/hd-snv"))
    (finding,) = [f for f in check_file(path) if f.rule == "so.case"]
    assert '"HD-SNV"' in finding.message and "KH-snv" not in finding.message


@pytest.mark.parametrize(("typed", "told"), [
    ("106/HD/SNV", ["so.slash"]), ("106/KH/SNV", ["so.slash", "so.ma_loai"]),
    ("106/HD-SNV", []),
], ids=["slash-right-code", "slash-wrong-code", "dash"])
def test_a_slash_between_the_ky_hieus_parts_is_told_as_such(
        hd: Path, tmp_path: Path, typed: str, told: list[str]) -> None:
    """``Số: 106/HD/SNV`` is told as a "/" that should be a "-" (the fix named), not as a ký
    hiệu that does not begin with the type's code; the code is then checked on the dashed form."""
    path = edit(hd, tmp_path / "v.docx",
                lambda d: retext(find(d, r"^Số:"), r"106/HD-SNV", typed))
    found = [f for f in check_file(path) if f.rule.startswith("so.")]
    assert [f.rule for f in found] == told
    if told:
        assert '"HD-SNV"' in found[0].message or '"KH-SNV"' in found[0].message, found[0].message


def test_a_legal_documents_year_in_its_number_is_no_slash_to_mend(
        runner: CliRunner, tmp_path: Path) -> None:
    """A Nghị quyết of a council is numbered with its year, ``99/2025/NQ-HĐND``, by the Law on
    legal documents: import reads it as so 99, ký hiệu ``2025/NQ-HĐND``, and render warned to
    write ``2025-NQ-HĐND``, a wrong number."""
    spec = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    spec.update(so=99, ky_hieu="2025/NQ-HĐND")
    path = tmp_path / "letter.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["render", str(path), "-o", str(tmp_path / "letter.docx")])
    assert result.exit_code == 0, result.output
    assert '"/"' not in result.output and "2025-NQ" not in result.output, result.output
    for slipped, fixed in (("HD/SNV", "HD-SNV"), ("2025/HD-SNV", "2025-HD-SNV")):
        spec.update(ky_hieu=slipped)  # a Hướng dẫn's number carries no year
        path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
        result = runner.invoke(main, ["render", str(path), "-o", str(tmp_path / f"{fixed}.docx")])
        assert fixed in result.output, result.output

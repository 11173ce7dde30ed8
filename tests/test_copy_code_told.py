"""A copy spec whose ký hiệu begins with another form's code (a SAO Y's “SY-VP” left when the
form was changed to TRÍCH SAO) is told before the copy is written and numbered, on the command
line and on the desk's question (contract13 #5); ``check`` found it only afterwards."""

from __future__ import annotations

import yaml
from conftest import EXAMPLES

from ntm_docgen.cli.main import main


def test_a_trich_sao_numbered_with_a_sao_y_code_is_told(runner, tmp_path):
    original = tmp_path / "hd.docx"
    assert runner.invoke(main, ["render", str(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"),
                                "-o", str(original)]).exit_code == 0
    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.update(hinh_thuc="TRÍCH SAO", ky_hieu="SY-VP")
    spec = tmp_path / "ts.yaml"
    spec.write_text(yaml.safe_dump(block, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "ts.docx"), "--trich", "II"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "ky_hieu: “SY-VP” begins with SY, the code of a SAO Y, but this copy is a TRÍCH " \
        "SAO, whose ký hiệu begins with TrS (TrS-VP)" in said, said
    assert said.count("begins with SY") == 1


def test_the_warnings_asked_before_a_number_hold_it():
    """The desk's question before a copy's number (``issue_asks.before_copy_number``) lists
    ``api.copy_spec_warnings``: the code is among them."""
    from ntm_docgen import api

    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.update(hinh_thuc="TRÍCH SAO", ky_hieu="SY-VP")
    said = api.copy_spec_warnings(api.parse_copy_spec(block))
    assert any(line.startswith("ky_hieu: “SY-VP” begins with SY") for line in said), said
    block.update(hinh_thuc="SAO Y")
    assert not any("begins with" in line for line in
                   api.copy_spec_warnings(api.parse_copy_spec(block)))


def test_a_copy_numbered_with_another_form_s_code_takes_no_number(runner, tmp_path):
    """review11 #8: `copy --allocate` warned and still took 01/SY-VP for a TRÍCH SAO."""
    import json

    original = tmp_path / "hd.docx"
    assert runner.invoke(main, ["render", str(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"),
                                "-o", str(original)]).exit_code == 0
    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.update(hinh_thuc="TRÍCH SAO", ky_hieu="SY-VP", so=None, ngay=None)
    spec = tmp_path / "ts.yaml"
    spec.write_text(yaml.safe_dump(block, allow_unicode=True), encoding="utf-8")
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "ts.docx"), "--trich", "II", "--allocate",
                                  "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "begins with SY" in result.output and "no number was taken" in result.output
    listed = runner.invoke(main, ["register", "list", "--db", str(db), "--json"])
    assert not db.exists() or json.loads(listed.stdout or "[]") == [], listed.output


def test_render_tells_a_letter_s_copy_block_with_another_form_s_code(runner, tmp_path):
    letter = yaml.safe_load((EXAMPLES / "000-huong-dan-1741-btdkt.yaml").read_text("utf-8"))
    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.update(hinh_thuc="TRÍCH SAO", ky_hieu="SY-VP")
    letter["ban_sao"] = block
    spec = tmp_path / "hd.yaml"
    spec.write_text(yaml.safe_dump(letter, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "hd.docx")])
    assert result.exit_code == 0, result.output
    assert "ban_sao.ky_hieu: “SY-VP” begins with SY" in " ".join(result.stderr.split())

"""The sổ's Nơi nhận and Lưu as the letters print them (contract13 #5, #11): a letter issued
to be sent to a list (its Kính gửi ``{{ kinh_gui }}``) is written as going to each recipient of
that list, not as the placeholder; a copy whose block prints "Lưu: VT" has VT in its Lưu
column, not nothing."""

from __future__ import annotations

import json

import yaml
from conftest import EXAMPLES

from ntm_docgen.cli.main import main

LETTER = EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"


def _list(runner, db) -> list[dict]:  # type: ignore[type-arg]
    result = runner.invoke(main, ["register", "list", "--db", str(db), "--nam", "2026",
                                  "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_letter_issued_for_a_list_goes_to_each_recipient_of_it(runner, tmp_path):
    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    data.update(kinh_gui=["{{ kinh_gui }}"], ngay="2026-03-05", so=None)
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "cv.docx"),
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [line] = _list(runner, db)
    listed = " ".join(line["noi_nhan"]) if isinstance(line["noi_nhan"], list) \
        else line["noi_nhan"]
    assert "{{" not in listed and "each recipient of the list it is sent to" in listed, line


def test_a_copy_s_lu_column_is_the_vt_its_block_prints(runner, tmp_path):
    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    data.update(so=12, ngay="2026-03-02")
    letter = tmp_path / "cv.yaml"
    letter.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    original = tmp_path / "cv.docx"
    assert runner.invoke(main, ["render", str(letter), "-o", str(original)]).exit_code == 0
    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.pop("luu")
    block.update(so=None, ngay="2026-03-05")
    spec = tmp_path / "sy.yaml"
    spec.write_text(yaml.safe_dump(block, allow_unicode=True), encoding="utf-8")
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "sy.docx"), "--allocate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = _list(runner, db)
    assert [line["luu"] for line in lines] == ["VT"], lines


def test_a_copy_numbered_without_a_date_is_dated_the_day_it_is_numbered(runner, tmp_path):
    """review11 #5: a copy without ngay was numbered and recorded with no date, its block
    printing none; it is dated the day its number is given, as a letter is."""
    from datetime import date

    data = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    data.update(so=12, ngay="2026-03-02")
    letter = tmp_path / "cv.yaml"
    letter.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    original = tmp_path / "cv.docx"
    assert runner.invoke(main, ["render", str(letter), "-o", str(original)]).exit_code == 0
    block = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    block.pop("ngay")
    block.update(so=None)
    spec = tmp_path / "sy.yaml"
    spec.write_text(yaml.safe_dump(block, allow_unicode=True), encoding="utf-8")
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "sy.docx"), "--allocate", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [line] = _list(runner, db)
    assert line["ngay"] and line["ngay"].startswith(str(date.today().year)), line

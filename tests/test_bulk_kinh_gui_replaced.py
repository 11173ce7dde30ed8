"""A letter whose spec has its own Kính gửi, sent by ``bulk`` (contract §4: the list's
``kinh_gui`` is the addressee line): each letter prints its row's recipient there, whatever the
letter's type (a Hướng dẫn "to các sở" kept its line and put the commune in Nơi nhận only, and
was told it had no Kính gửi: contract13 #9); the line replaced is quoted once, and a Kính gửi of
several lines, whose others get no letter of the run, is told as such (contract13 #3)."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import EXAMPLES
from docx import Document

from ntm_docgen.cli.main import main

GUIDANCE = EXAMPLES / "000-huong-dan-1741-btdkt.yaml"
COMMUNES = "kinh_gui\nỦy ban nhân dân xã Đoàn Kết\nỦy ban nhân dân xã Quốc Khánh\n"


def _run(runner, tmp_path: Path, **changes: object):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(GUIDANCE.read_text(encoding="utf-8"))
    data.update(changes)
    spec = tmp_path / "hd.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "xa.csv").write_text(COMMUNES, encoding="utf-8")
    return runner.invoke(main, ["bulk", str(spec), "--recipients", str(tmp_path / "xa.csv"),
                                "-o", str(tmp_path / "out")])


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_guidance_with_its_own_kinh_gui_is_addressed_to_each_recipient(runner, tmp_path):
    result = _run(runner, tmp_path, kinh_gui=["Các sở, ban, ngành, đoàn thể cấp tỉnh"])
    assert result.exit_code == 0, result.output
    letters = sorted((tmp_path / "out").glob("*.docx"))
    assert len(letters) == 2
    first = _text(letters[0])
    assert "Kính gửi: Ủy ban nhân dân xã Đoàn Kết" in first
    assert "Các sở, ban, ngành, đoàn thể cấp tỉnh" not in first
    said = " ".join(result.stderr.split())
    assert "has no Kính gửi line" not in said
    assert ("in place of the letter's Kính gửi “Các sở, ban, ngành, đoàn thể cấp tỉnh”"
            in said), said


def test_a_kinh_gui_of_several_lines_is_told_that_the_others_get_nothing(runner, tmp_path):
    result = _run(runner, tmp_path, loai="CV", trich_yeu="V/v triển khai phong trào",
                  kinh_gui=["Các sở, ban, ngành, đoàn thể cấp tỉnh",
                            "Ủy ban nhân dân các xã, phường"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "the letter is addressed to 2 lines (“Các sở, ban, ngành, đoàn thể cấp tỉnh”; " \
        "“Ủy ban nhân dân các xã, phường”)" in said, said
    assert "those lines get no letter of this run" in said


def test_a_placeholder_in_kinh_gui_is_not_told(runner, tmp_path):
    result = _run(runner, tmp_path, kinh_gui=["{{ kinh_gui }}"])
    assert result.exit_code == 0, result.output
    assert "in place of the letter's Kính gửi" not in " ".join(result.stderr.split())


def test_a_kinh_gui_the_spec_fills_itself_puts_no_second_recipient_under_noi_nhan(
        runner, tmp_path):
    """A công văn whose Kính gửi is ``{{ kinh_gui }}`` names its recipient there, and Nơi nhận
    says “Như trên” for it: the commune was listed under Nơi nhận too (review)."""
    result = _run(runner, tmp_path, loai="CV", trich_yeu="V/v triển khai phong trào",
                  kinh_gui=["{{ kinh_gui }}"],
                  noi_nhan=["Như trên", "Sở Nông nghiệp và Môi trường"])
    assert result.exit_code == 0, result.output
    first = _text(sorted((tmp_path / "out").glob("*.docx"))[0])
    assert "Kính gửi: Ủy ban nhân dân xã Đoàn Kết" in first
    assert first.count("Ủy ban nhân dân xã Đoàn Kết") == 1, first
    assert "- Như trên;" in first and "- Sở Nông nghiệp và Môi trường;" in first


def test_a_decision_or_a_plan_with_a_kinh_gui_keeps_its_recipient_under_noi_nhan(
        runner, tmp_path):
    """review11 #2: a Quyết định (which has no Kính gửi: render says so) or a Kế hoạch (issued
    once to all) whose spec carries one is not readdressed to each commune."""
    plan = yaml.safe_load((EXAMPLES / "2025-ke-hoach-xa-tan-thanh.yaml").read_text("utf-8"))
    plan["kinh_gui"] = ["Các thôn"]
    spec = tmp_path / "kh.yaml"
    spec.write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    (tmp_path / "xa.csv").write_text(COMMUNES, encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(tmp_path / "xa.csv"),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    first = _text(sorted((tmp_path / "out").glob("*.docx"))[0])
    assert "Kính gửi: Ủy ban nhân dân xã" not in first
    assert "in place of the letter's Kính gửi" not in " ".join(result.stderr.split())


def test_an_addressee_pasted_with_a_formula_sign_is_told_by_its_rows(runner, tmp_path):
    """review11 #6: a list's cell “=Ủy ban nhân dân …” printed “Kính gửi: =Ủy ban …” without a
    word; render tells a spec's own, and the list's is told with its rows."""
    data = yaml.safe_load(GUIDANCE.read_text(encoding="utf-8"))
    data.update(loai="CV", trich_yeu="V/v triển khai phong trào", kinh_gui=["{{ kinh_gui }}"])
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "xa.csv").write_text(
        "kinh_gui\nỦy ban nhân dân xã Đoàn Kết\n=Ủy ban nhân dân xã Quốc Khánh\n",
        encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(tmp_path / "xa.csv"),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "row 3: the addressee starts with a spreadsheet's formula sign" in said, said

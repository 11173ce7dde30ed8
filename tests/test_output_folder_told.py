"""An output folder that does not exist is still made (the contract's commands write into new
folders), and the clerk is told so in one line: a mistyped folder's name hides her letter in a
folder she did not mean (contract12 #21)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

SPECS = Path(__file__).parent / "data" / "specs"
LETTERS = Path(__file__).parent / "data" / "letters"
SPEC = SPECS / "good.minimal.yaml"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    return Path(shutil.copy(SPEC, tmp_path / "kh.yaml"))


def test_render_into_a_new_folder_says_it_made_it(tmp_path: Path, spec: Path):
    out = tmp_path / "Van ban den" / "thang 12" / "kh.docx"
    result = CliRunner().invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    told = [line for line in result.stderr.splitlines() if "created the folder" in line]
    assert told == [f"created the folder {out.parent}, which did not exist"]


def test_an_existing_folder_is_not_told(tmp_path: Path, spec: Path):
    result = CliRunner().invoke(main, ["render", str(spec), "-o", str(tmp_path / "kh.docx")])
    assert result.exit_code == 0, result.output
    assert "created the folder" not in result.stderr


def test_a_failed_render_makes_no_folder_and_tells_none(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("loai: KH\n", encoding="utf-8")
    out = tmp_path / "moi" / "kh.docx"
    result = CliRunner().invoke(main, ["render", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.parent.exists() and "created the folder" not in result.stderr


def test_register_export_and_import_tell_the_folder_they_made(tmp_path: Path):
    export = tmp_path / "so moi" / "so.csv"
    result = CliRunner().invoke(main, ["register", "export", "--db", str(tmp_path / "so.sqlite"),
                                       "-o", str(export), "--nam", "2026"])
    assert result.exit_code == 0, result.output
    assert f"created the folder {export.parent}, which did not exist" in result.stderr
    letter = next(LETTERS.glob("*.txt"))
    imported = tmp_path / "nhap" / "x.yaml"
    result = CliRunner().invoke(main, ["import", str(letter), "-o", str(imported)])
    assert result.exit_code == 0, result.output
    assert f"created the folder {imported.parent}, which did not exist" in result.stderr


def test_copy_tells_the_folder_it_made(tmp_path: Path, spec: Path):
    original = tmp_path / "kh.docx"
    assert CliRunner().invoke(main, ["render", str(spec), "-o", str(original)]).exit_code == 0
    out = tmp_path / "ban sao" / "sy.docx"
    result = CliRunner().invoke(main, ["copy", str(original), "--spec",
                                       str(SPECS / "copy.sao-y.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"created the folder {out.parent}, which did not exist" in result.stderr

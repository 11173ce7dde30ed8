"""Contract §6: a wrong output name, a year typed wrong and the skeleton's own words are each
told as one clear message that names what she typed and the fix (exit 2 for usage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.cli.main import main

EXAMPLES = Path(__file__).parents[1] / "data" / "examples"
DATA = Path(__file__).parent / "data"
#: Lào Cai's signed công văn 7432/2026 (tests/data/derive/real_pdf/provenance.tsv).
SIGNED = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
COPY = DATA / "specs" / "copy.trich-sao-lang-son.yaml"
BULK = DATA / "bulk" / "xa.yaml"


@pytest.mark.parametrize("args", [
    ["render", str(EXAMPLES / "bao-cao-xa.yaml"), "-o", "."],
    ["new", "KH", "-o", "."],
    ["copy", str(SIGNED), "--spec", str(COPY), "--trich", "2", "-o", "."],
    ["bulk", str(BULK), "--xa-cua", "Lạng Sơn", "-o", "thu", "--merge", "."],
], ids=["render", "new", "copy", "bulk-merge"])
def test_an_output_given_as_the_current_folder_is_named_in_the_message(runner, tmp_path,
                                                                      monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    told = result.stderr.strip().splitlines()[-1]
    assert told.endswith("file, not ."), told  # it ended "not " and named nothing
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("typed", ["abc", "2026.0", "năm 2026"],
                         ids=["letters", "a-decimal", "with-its-word"])
def test_a_year_that_is_no_number_is_told_as_a_year(runner, tmp_path, typed):
    result = runner.invoke(main, ["register", "list", "--db", str(tmp_path / "so.sqlite3"),
                                  "--nam", typed])
    assert result.exit_code == 2, result.output
    assert f"{typed} is not a year: write it with four digits (2026)" in result.stderr
    assert "valid integer" not in result.stderr


@pytest.mark.parametrize(("loai", "layout"), [
    ("GM", "giấy mời (form 1.7)"),
    ("HD", "document with a type name (form 1.4)"),
    ("CV", "công văn (form 1.5)"),
    ("QĐ", "quyết định / nghị quyết (forms 1.1-1.3)"),
], ids=["giay-moi", "huong-dan", "cong-van", "quyet-dinh"])
def test_the_skeleton_names_its_layout_as_the_type_table_does(runner, loai, layout):
    result = runner.invoke(main, ["new", loai])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert f", laid out as {layout} - " in first, first  # it said the code: (giay_moi)
    table = runner.invoke(main, ["types"]).stdout
    assert layout in table


def test_a_year_that_is_no_number_is_told_in_vietnamese(runner, tmp_path):
    result = runner.invoke(main, ["--lang", "vi", "register", "next", "--db",
                                  str(tmp_path / "so.sqlite3"), "--co-quan", "UBND", "--loai",
                                  "KH", "--nam", "abc"])
    assert result.exit_code == 2, result.output
    assert "abc không phải là năm: hãy viết năm bằng bốn chữ số (2026)" in result.stderr
    assert not (tmp_path / "so.sqlite3").exists()

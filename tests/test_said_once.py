"""Each mistake is said once, and the one that matters first (a black-box run): a spec that is a
list is one problem, not also "trich_yeu: required"; ``trich_yeu: 123`` is "expected text", not
also "required"; an output that is a folder is told so at once, not "exists; add --force"."""

from __future__ import annotations

import pytest
from conftest import DATA

from ntm_docgen.cli.main import main
from ntm_docgen.errors import SpecError
from ntm_docgen.letter.spec import parse_spec

GOOD = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "trich_yeu": "Sơ kết", "ky": {"chuc_vu": "GIÁM ĐỐC",
                                                             "ho_ten": "Nguyễn Văn A"}}


@pytest.mark.parametrize("data", [["a"], ["a", "b"], "chỉ một dòng chữ", 12],
                         ids=["list", "list-of-two", "text", "number"])
def test_a_spec_that_is_no_mapping_is_one_problem(data):
    with pytest.raises(SpecError) as caught:
        parse_spec(data)
    assert [(p.path, p.expected) for p in caught.value.problems] == [
        ("", "expected a mapping of keys")]


@pytest.mark.parametrize(("value", "expected"), [
    (123, "expected text (put it in quotes if it is meant as text)"),
    (["a", "b"], "expected text"),
    ("   ", "required (the summary line under the type name); add it"),
    (None, "required (the summary line under the type name); add it"),
], ids=["number", "list", "blank", "absent"])
def test_a_wrong_trich_yeu_is_one_problem(value, expected):
    with pytest.raises(SpecError) as caught:
        parse_spec({**GOOD, "trich_yeu": value})
    assert [(p.path, p.expected) for p in caught.value.problems] == [("trich_yeu", expected)]


def test_an_output_that_is_a_folder_is_told_so_at_once(runner, tmp_path):
    folder = tmp_path / "dir.docx"
    folder.mkdir()
    result = runner.invoke(main, ["render", str(DATA / "specs" / "good.minimal.yaml"), "-o",
                                  str(folder)])
    assert result.exit_code == 1
    assert "is a folder; give a file name for the output" in result.stderr, result.stderr
    assert "--force" not in result.stderr

"""import -o and derive --spec-out: YAML or JSON by the suffix; any other name is a usage error."""

from __future__ import annotations

import json

import pytest
from conftest import DATA
from docxview import open_docx, paragraphs, texts

from ntm_docgen.cli.main import main

SEED = DATA / "letters" / "seed_000_hd_2018_btdkt_1741.txt"


@pytest.mark.parametrize("name", ["spec.docx", "spec.txt", "spec"])
def test_an_output_that_is_not_a_spec_file_is_a_usage_error(runner, tmp_path, name):
    result = runner.invoke(main, ["import", str(SEED), "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert ".yaml, .yml or .json" in result.output
    assert list(tmp_path.iterdir()) == []


def test_json_and_yaml_outputs_render_the_same_letter(runner, tmp_path):
    rendered = []
    for name in ("spec.json", "spec.yml"):
        spec = tmp_path / name
        result = runner.invoke(main, ["import", str(SEED), "-o", str(spec)])
        assert result.exit_code == 0, result.output
        out = spec.with_suffix(spec.suffix + ".docx")
        assert runner.invoke(main, ["render", str(spec), "-o", str(out)]).exit_code == 0
        rendered.append(texts(paragraphs(open_docx(out.read_bytes()))))
    assert json.loads((tmp_path / "spec.json").read_text(encoding="utf-8"))["so"] == 1741
    assert rendered[0] == rendered[1]


@pytest.mark.parametrize("name", ["spec.docx", "spec.txt"])
def test_derive_spec_out_must_be_a_spec_file_and_nothing_is_written(runner, tmp_path, name):
    profile = DATA.parent.parent / "data" / "profiles" / "lang-son.yaml"
    result = runner.invoke(main, ["derive", str(SEED), "--profile", str(profile), "--as",
                                  "cong-van", "-o", str(tmp_path / "out.docx"), "--spec-out",
                                  str(tmp_path / name)])
    assert result.exit_code == 2 and ".yaml, .yml or .json" in result.output
    assert list(tmp_path.iterdir()) == []


def test_derive_spec_out_as_json_renders(runner, tmp_path):
    profile = DATA.parent.parent / "data" / "profiles" / "lang-son.yaml"
    spec = tmp_path / "derived.json"
    result = runner.invoke(main, ["derive", str(SEED), "--profile", str(profile), "--as",
                                  "cong-van", "-o", str(tmp_path / "out.docx"), "--spec-out",
                                  str(spec), "--han", "2026-12-31"])
    assert result.exit_code == 0, result.output
    assert json.loads(spec.read_text(encoding="utf-8"))["loai"] == "CV"
    again = tmp_path / "again.docx"
    assert runner.invoke(main, ["render", str(spec), "-o", str(again)]).exit_code == 0
    assert texts(paragraphs(open_docx(again.read_bytes()))) == \
        texts(paragraphs(open_docx((tmp_path / "out.docx").read_bytes())))

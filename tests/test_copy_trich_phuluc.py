"""TRÍCH SAO of a part inside a phụ lục (contract9 #12): the đề cương of Hướng dẫn 748 holds
the headings, the letter's body none; ``Phụ lục I: III`` takes part III under the phụ lục's
title, and ``III`` alone is told where the heading is and how to name it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture
def guidance(tmp_path: Path, today) -> Path:
    path = tmp_path / "748.docx"
    path.write_bytes(render_docx(load_spec(EXAMPLES / "002-huong-dan-748-de-cuong.yaml"), today))
    return path


@pytest.fixture
def trich_spec(tmp_path: Path) -> Path:
    data = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    path = tmp_path / "trich.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _copy(runner, guidance: Path, spec: Path, parts: str, out: Path):
    return runner.invoke(main, ["copy", str(guidance), "--spec", str(spec), "-o", str(out),
                                "--trich", parts])


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


@pytest.mark.parametrize(("parts", "kept", "left"), [
    ("Phụ lục I: III", ["III. KẾT QUẢ ĐẠT ĐƯỢC", "- Số xã được khen thưởng."],
     ["II. CÔNG TÁC", "IV. ĐÁNH GIÁ CHUNG", "I. ĐẶC ĐIỂM"]),
    ("Phụ lục I: II-III", ["II. CÔNG TÁC", "III. KẾT QUẢ ĐẠT ĐƯỢC"],
     ["IV. ĐÁNH GIÁ CHUNG", "I. ĐẶC ĐIỂM"]),
    ("phụ lục 1: IV", ["IV. ĐÁNH GIÁ CHUNG"], ["III. KẾT QUẢ ĐẠT ĐƯỢC"]),
], ids=["one-part", "a-range", "by-number"])
def test_a_part_of_a_phu_luc_is_taken_under_its_title(runner, guidance, trich_spec, tmp_path,
                                                      parts, kept, left):
    out = tmp_path / "trich.docx"
    result = _copy(runner, guidance, trich_spec, parts, out)
    assert result.exit_code == 0, result.output
    texts = _texts(out)
    assert "ĐỀ CƯƠNG BÁO CÁO" in texts
    assert any(t.startswith("(Ban hành kèm theo Hướng dẫn") for t in texts)
    assert all(any(t.startswith(k) for t in texts) for k in kept), texts
    assert not [t for t in texts if t.startswith(tuple(left))], texts
    block = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "TRÍCH SAO" in block


@pytest.mark.parametrize(("parts", "told"), [
    ("III", "'III' is a heading inside Phụ lục I of {path}, not of the letter's body: write "
            "--trich as “Phụ lục I: III” to take that part of it, or “Phụ lục I” to take it "
            "whole"),
    ("Phụ lục I: IX", "no part headed 'IX' in Phụ lục I of {path}; its headings are: "),
], ids=["heading-of-the-phu-luc", "no-such-heading"])
def test_a_heading_of_the_phu_luc_is_told_where_it_is(runner, guidance, trich_spec, tmp_path,
                                                      parts, told):
    out = tmp_path / "trich.docx"
    result = _copy(runner, guidance, trich_spec, parts, out)
    assert result.exit_code == 1
    assert told.format(path=guidance) in " ".join(result.output.split())
    assert "has no headings" not in result.output and not out.exists()

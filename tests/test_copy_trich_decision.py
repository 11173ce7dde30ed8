"""TRÍCH SAO of a decision's articles keeps its căn cứ and its enacting line ("QUYẾT ĐỊNH:"):
without them the extract no longer reads as a decision (found by a black-box run)."""

from __future__ import annotations

from pathlib import Path

import docx
import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
DECISION = ROOT / "data" / "examples" / "quyet-dinh-khen-thuong.yaml"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"


def _extract(runner, tmp_path: Path, today, original: Path, parts: str) -> list[str]:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    spec = tmp_path / "trich.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                  "--trich", parts])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]


def test_an_article_is_extracted_under_the_decisions_căn_cứ(runner, tmp_path, today) -> None:
    original = tmp_path / "qd.docx"
    original.write_bytes(render_docx(load_spec(DECISION), today))
    lines = _extract(runner, tmp_path, today, original, "Điều 2")
    cancu = [i for i, line in enumerate(lines) if line.startswith("Căn cứ")]
    enacting, article = lines.index("QUYẾT ĐỊNH:"), \
        next(i for i, line in enumerate(lines) if line.startswith("Điều 2."))
    assert cancu and max(cancu) < enacting < article
    assert not any(line.startswith(("Điều 1.", "Điều 3.")) for line in lines)


def test_a_plans_part_takes_no_preamble(runner, tmp_path, today) -> None:
    original = tmp_path / "hd.docx"
    original.write_bytes(render_docx(load_spec(ROOT / "data" / "examples" /
                                               "000-huong-dan-1741-btdkt.yaml"), today))
    lines = _extract(runner, tmp_path, today, original, "II")
    assert not any(line.startswith("I. MỤC ĐÍCH") for line in lines)

"""A Quyết định without its issuing-authority line, or a decision without articles, renders but
does not read as a decision (Phụ lục I, mẫu 1.1-1.3): render warns of each (found by a black-box
run: "QUYẾT ĐỊNH / Thử loại / QUYẾT ĐỊNH:" then straight to Nơi nhận, exit 0, no word)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
DECISION = ROOT / "data" / "examples" / "quyet-dinh-khen-thuong.yaml"


def _render(runner, tmp_path: Path, drop: tuple[str, ...] = (), **changes: object):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(DECISION.read_text(encoding="utf-8"))
    for key in drop:
        data.pop(key, None)
    data.update(changes)
    spec = tmp_path / "qd.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "qd.docx")])


def test_a_decision_without_authority_nor_articles_is_warned_of(runner, tmp_path) -> None:
    result = _render(runner, tmp_path, drop=("tham_quyen",), noi_dung="Thử nội dung.")
    assert result.exit_code == 0, result.output
    assert "tham_quyen: a Quyết định states the authority that issues it" in result.stderr
    assert "noi_dung: a decision's content is its articles" in result.stderr


def test_the_shipped_decision_renders_without_them(runner, tmp_path) -> None:
    result = _render(runner, tmp_path)
    assert result.exit_code == 0, result.output
    assert "tham_quyen" not in result.stderr and "its articles" not in result.stderr


def test_a_plan_needs_neither(runner, tmp_path) -> None:
    result = _render(runner, tmp_path, drop=("tham_quyen",), loai="KH", noi_dung="I. MỤC ĐÍCH")
    assert "tham_quyen" not in result.stderr and "its articles" not in result.stderr

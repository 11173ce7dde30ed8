"""A Kế hoạch sent by ``bulk`` with no placeholder (a black-box run sent a Sở's plan as 65
identical letters): a type with no Kính gửi line is issued once, with one number, so a run whose
letters differ only in their Nơi nhận is told; and a Nơi nhận item naming every recipient
already (``Ủy ban nhân dân các xã, phường``) is told too. A công văn, whose Kính gửi line is the
recipient's, and a plan with placeholders are not."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import EXAMPLES

from ntm_docgen.cli.main import main

PLAN = EXAMPLES / "2025-ke-hoach-xa-tan-thanh.yaml"
COMMUNES = "kinh_gui,so_thon\nUBND xã Đoàn Kết,3\nUBND xã Quốc Khánh,2\n"


def _run(runner, tmp_path: Path, **changes: object):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    data.update(changes)
    spec = tmp_path / "kh.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "xa.csv").write_text(COMMUNES, encoding="utf-8")
    return runner.invoke(main, ["bulk", str(spec), "--recipients", str(tmp_path / "xa.csv"),
                                "-o", str(tmp_path / "out")])


def test_a_plan_with_no_placeholder_is_told_it_is_issued_once(runner, tmp_path) -> None:
    result = _run(runner, tmp_path, noi_nhan=["Ủy ban nhân dân các xã, phường", "Lưu trữ"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "every letter is the same kế hoạch, only its Nơi nhận differs" in said, said
    assert "“Ủy ban nhân dân các xã, phường” names every recipient already" in said, said


def test_a_plan_with_placeholders_is_not(runner, tmp_path) -> None:
    data = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    result = _run(runner, tmp_path, noi_dung=data["noi_dung"] + "\nPhấn đấu {{ so_thon }} thôn.")
    assert result.exit_code == 0, result.output
    assert "only its Nơi nhận differs" not in " ".join(result.stderr.split())

"""A pipe table typed without its |---| line, or with rows of another count of cells than its
header, is told on the line typed, by render and by bulk (contract12 #11); printing stays as
contract §2 says."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docxview import open_docx, paragraphs, texts

from ntm_docgen.cli.main import main
from ntm_docgen.letter.context import spec_warnings
from ntm_docgen.letter.spec import parse_spec

KH = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-12-05", "trich_yeu": "Thử bảng",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn Bình"},
      "noi_nhan": ["UBND huyện"], "luu": "VT"}


def table_warnings(noi_dung: str, phu_luc: str | None = None) -> list[str]:
    spec = {**KH, "noi_dung": noi_dung}
    if phu_luc is not None:
        spec["phu_luc"] = [{"tieu_de": "BẢNG", "noi_dung": phu_luc}]
    return [w for w in spec_warnings(parse_spec(spec)) if "cells" in w or "|---|" in w]


@pytest.mark.parametrize(("body", "said"), [
    ("I. BẢNG\n| STT | Nội dung |\n| 1 | Việc một |",
     ["noi_dung, line 2: a table's row with no line |---|---|"]),
    ("| STT | Nội dung | Thời gian |\n|---|---|\n| 1 | Việc | 30/6 | thừa |",
     ["noi_dung, line 3: 4 cells in a table whose header has 3"]),
    ("| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Việc |",
     ["noi_dung, line 3: 2 cells in a table whose header has 3"]),
    ("| STT | Nội dung |\n\n| 1 | A |\n|---|---|\n| 2 | B | C |",
     ["noi_dung, line 1: a table's row", "noi_dung, line 5: 3 cells"]),
], ids=["no-rule-line", "row-longer", "row-shorter", "blank-line-then-two-tables"])
def test_a_table_that_prints_otherwise_than_typed_is_told_on_its_line(body, said):
    warnings = table_warnings(body)
    assert len(warnings) == len(said)
    for warning, start in zip(warnings, said, strict=True):
        assert warning.startswith(start)


@pytest.mark.parametrize("body", [
    "| STT | Nội dung |\n|---|---|\n| 1 | A \\| B |\n| 2 | C |",
    "| A | B |\n|:--|--:|\n| 1 | 2 |\n| C | D |\n|---|---|\n| 3 | 4 |",
    "Chỉ tiêu 5 | 3 hộ\n---\nTỷ lệ a|b",
], ids=["escaped-bar", "two-tables-aligned", "bars-in-prose"])
def test_a_table_typed_right_and_bars_in_prose_are_not_told(body):
    assert table_warnings(body) == []


def test_a_phu_luc_table_is_told_with_its_path():
    warnings = table_warnings("Nội dung.", phu_luc="| TT | Tên |\n| 1 | A |")
    assert [w[:27] for w in warnings] == ["phu_luc[0].noi_dung, line 1"]


def test_render_warns_and_prints_as_the_contract_says(tmp_path: Path):
    spec = tmp_path / "md.yaml"
    spec.write_text(yaml.safe_dump({**KH, "noi_dung": "I. BẢNG\n| STT | Nội dung |\n| 1 | A |"},
                                   allow_unicode=True), encoding="utf-8")
    out = tmp_path / "md.docx"
    result = CliRunner().invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "noi_dung, line 2: a table's row with no line |---|---| under the header" \
        in result.stderr
    assert "| STT | Nội dung |" in texts(paragraphs(open_docx(out.read_bytes())))


def test_bulk_tells_a_table_once_though_its_cells_are_filled_from_the_list(tmp_path: Path):
    spec = tmp_path / "b.yaml"
    spec.write_text(yaml.safe_dump({**KH, "loai": "CV", "trich_yeu": "V/v báo cáo",
                                    "kinh_gui": ["{{ kinh_gui }}"],
                                    "noi_dung": "Đề nghị báo cáo.\n| Xã | Chỉ tiêu |\n"
                                                "| {{ kinh_gui }} | {{ chi_tieu }} |"},
                                   allow_unicode=True), encoding="utf-8")
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,chi_tieu\nUBND xã A,5\nUBND xã B,6\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["bulk", str(spec), "--recipients", str(recipients),
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("noi_dung, line 2: a table's row with no line |---|---|") == 1

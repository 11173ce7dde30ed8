"""Bulk placeholders name a column as its header is written (contract §4: "every other column is
a field for ``{{ column }}`` placeholders"): ``{{ Tên đơn vị }}``, ``{{ han-nop }}``, ``{{ Số điện
thoại (di động) }}``, and the same words without marks or case (``{{ ten_don_vi }}``,
``{{ TÊN ĐƠN VỊ }}``); what is no column is refused naming it, nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

SPEC = """loai: CV
co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Lạng Sơn
trich_yeu: V/v số liệu của {{ Tên đơn vị }}
noi_dung: |
  Đề nghị {{ Tên  đơn vị }} ({{ ten_don_vi }}, {{ TÊN ĐƠN VỊ }}) gửi trước {{ han-nop }}.
  Liên hệ: {{ nguoi lien he }}, {{ Số điện thoại (di động) }}.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên, "{{ Tên đơn vị }}"]
luu: VT
phu_luc:
  - tieu_de: Danh sách của {{ Tên đơn vị }}
    noi_dung: "{{ Mã số }}"
"""
HEADER = ["kinh_gui", "Tên đơn vị", "Mã số", "han-nop", "nguoi lien he",
          "Số điện thoại (di động)"]
ROW = ["UBND xã Tân Thành", "Xã Tân Thành", "TT-01", "30/10/2026", "Nguyễn Văn An", "0912 345 678"]


def _run(runner: CliRunner, tmp_path: Path, spec: str) -> tuple[object, Path]:
    path = tmp_path / "spec.yaml"
    path.write_text(spec, encoding="utf-8")
    recipients = tmp_path / "nguoi-nhan.csv"
    with recipients.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, ROW])
    out = tmp_path / "out"
    return runner.invoke(main, ["bulk", str(path), "--recipients", str(recipients), "-o",
                                str(out), "-j", "1"]), out


def test_a_column_is_reached_by_its_header_as_written(runner: CliRunner, tmp_path: Path) -> None:
    result, out = _run(runner, tmp_path, SPEC)
    assert result.exit_code == 0, result.output
    assert "{{" not in result.output  # no placeholder left unfilled to warn of
    (letter,) = sorted(out.glob("*.docx"))
    document = docx.Document(str(letter))
    text = "\n".join([p.text for p in document.paragraphs] + [
        c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "{{" not in text
    assert "V/v số liệu của Xã Tân Thành" in text and "- Xã Tân Thành;" in text
    assert ("Đề nghị Xã Tân Thành (Xã Tân Thành, Xã Tân Thành) gửi trước 30/10/2026."
            in text)
    assert "Liên hệ: Nguyễn Văn An, 0912 345 678." in text
    assert "DANH SÁCH CỦA XÃ TÂN THÀNH" in text and "TT-01" in text


@pytest.mark.parametrize("placeholder", ["{{ Tên cơ quan }}", "{{ han nop ngay }}"],
                         ids=["header-of-no-column", "words-of-no-column"])
def test_a_placeholder_of_no_column_is_refused_naming_it(runner: CliRunner, tmp_path: Path,
                                                         placeholder: str) -> None:
    result, out = _run(runner, tmp_path, SPEC.replace("{{ han-nop }}", placeholder))
    assert result.exit_code == 1, result.output
    assert f"placeholder {placeholder} has no column" in result.output
    assert "Tên đơn vị" in result.output  # the columns it may use, as their headers read
    assert not list(out.glob("*.docx")) if out.exists() else True

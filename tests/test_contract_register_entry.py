"""Phụ lục IV: the register names where an issued letter went and where it is kept, as printed."""

from __future__ import annotations

import json

import pytest

from ntm_docgen.cli.main import main

BASE = {"loai": "CV", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"}, "don_vi": "TH",
        "dia_danh": "Lạng Sơn", "ngay": "2026-03-05", "trich_yeu": "V/v tổng kết",
        "noi_dung": "Đề nghị báo cáo.", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"}}


@pytest.mark.parametrize(("spec", "noi_nhan", "luu"), [
    ({"kinh_gui": ["UBND các xã", "Các phòng, ban;"], "noi_nhan": ["Như trên", "UBND tỉnh (b/c)"]},
     ["UBND các xã", "Các phòng, ban", "UBND tỉnh (b/c)"], "VT, TH"),
    ({"kinh_gui": ["UBND các xã"], "luu": "VT, KT"}, ["UBND các xã"], "VT, KT"),
    ({"loai": "QĐ", "noi_nhan": ["Như Điều 3", "Sở Tài chính"]},
     ["Như Điều 3", "Sở Tài chính"], "VT, TH"),
], ids=["kinh-gui-and-nhu-tren", "kinh-gui-only", "no-kinh-gui"])
def test_an_allocated_letter_is_registered_with_its_recipients_and_its_luu_line(
        runner, tmp_path, spec, noi_nhan, luu):
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({**BASE, **spec}, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "so-di.sqlite3")
    result = runner.invoke(main, ["render", str(path), "-o", str(tmp_path / "out.docx"),
                                  "--allocate", "--db", db])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["register", "list", "--db", db, "--json"])
    (entry,) = json.loads(listed.stdout)
    assert (entry["noi_nhan"], entry["luu"]) == (noi_nhan, luu)

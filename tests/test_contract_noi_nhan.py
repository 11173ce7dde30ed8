"""Contract §1: the Nơi nhận list ends with one Lưu line, also when a clerk types it in the list."""

from __future__ import annotations

import pytest
from docxview import open_docx, paragraphs

from ntm_docgen.cli.main import main
from ntm_docgen.errors import SpecError
from ntm_docgen.letter.spec import parse_copy_spec, parse_spec

BASE = {"loai": "CV", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"}, "dia_danh": "Lạng Sơn",
        "trich_yeu": "V/v tổng kết", "kinh_gui": ["UBND các xã"], "noi_dung": "Đề nghị báo cáo.",
        "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"}}
COPY = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"},
        "dia_danh": "Bắc Giang", "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Nguyễn Đức Đăng"}}


def nơi_nhận(tmp_path, runner, spec: dict) -> list[str]:
    import json

    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(main, ["render", str(path), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    document = open_docx((tmp_path / "out.docx").read_bytes())
    return [p.text for p in paragraphs(document)
            if p.where.startswith("signature") and p.text.startswith("- ")]


@pytest.mark.parametrize(("noi_nhan", "luu", "printed"), [
    (["Sở A", "Lưu: VT, TH"], None, ["- Như trên;", "- Sở A;", "- Lưu: VT, TH."]),
    (["Sở A", "- Lưu: VT, TH."], None, ["- Như trên;", "- Sở A;", "- Lưu: VT, TH."]),
    (["Sở A", "LƯU: VT"], None, ["- Như trên;", "- Sở A;", "- Lưu: VT."]),
    (["Sở A", "Lưu VT, TH"], None, ["- Như trên;", "- Sở A;", "- Lưu: VT, TH."]),
    (["Sở A", "Lưu: VT, TH."], "VT, TH", ["- Như trên;", "- Sở A;", "- Lưu: VT, TH."]),
    (["Trung tâm Lưu trữ lịch sử", "Lưu trữ"], None,
     ["- Như trên;", "- Trung tâm Lưu trữ lịch sử;", "- Lưu trữ;", "- Lưu: VT."]),
], ids=["in-list", "with-dash-and-stop", "capitals", "no-colon", "same-as-luu", "not-a-luu-line"])
def test_a_luu_line_typed_in_noi_nhan_is_printed_once_and_last(tmp_path, runner, noi_nhan, luu,
                                                               printed):
    spec = {**BASE, "noi_nhan": noi_nhan, **({"luu": luu} if luu else {})}
    assert nơi_nhận(tmp_path, runner, spec) == printed


def test_a_luu_line_in_noi_nhan_that_differs_from_luu_is_reported():
    with pytest.raises(SpecError) as caught:
        parse_spec({**BASE, "noi_nhan": ["Sở A", "Lưu: VT, KT"], "luu": "VT, TH"})
    (problem,) = caught.value.problems
    assert problem.path == "noi_nhan[1]"
    assert "luu" in problem.expected and "VT, KT" in str(caught.value)


def test_a_copy_block_takes_its_luu_line_from_its_list_too():
    copy = parse_copy_spec({**COPY, "noi_nhan": ["CT", "- Lưu: NC."]})
    assert (copy.noi_nhan, copy.luu) == (("CT",), "NC")
    with pytest.raises(SpecError) as caught:
        parse_copy_spec({**COPY, "noi_nhan": ["CT", "Lưu: VT"], "luu": "NC"})
    assert [p.path for p in caught.value.problems] == ["noi_nhan[1]"]

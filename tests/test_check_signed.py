"""check tells on a Word letter what render warns of in a spec: a công văn sent to no one, a
decision with a Kính gửi, a signature that speaks for another authority or contradicts itself
(letter/signing: one rule, read from the spec or from the page)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.check import check_file
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import parse_spec

CV = {"loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-01-05", "so": 3, "trich_yeu": "V/v báo cáo",
      "kinh_gui": ["Ủy ban nhân dân tỉnh Lạng Sơn"], "noi_dung": "Ủy ban nhân dân xã báo cáo./.",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
             "ho_ten": "Hoàng Văn Bình"}, "noi_nhan": ["Như trên"], "luu": "VT"}
QD = {**CV, "loai": "QĐ", "kinh_gui": [], "trich_yeu": "Về việc tặng Giấy khen",
      "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "noi_dung": "Điều 1. Tặng.",
      "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lò Văn An"},
      "noi_nhan": ["Như Điều 1"]}
TM_UB = {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "ho_ten": "Lò Văn An"}


@pytest.mark.parametrize(("spec", "rule", "said"), [
    (CV, None, None),
    (QD, None, None),
    ({**CV, "kinh_gui": [], "noi_nhan": ["UBND tỉnh"]}, "kinh_gui.cong_van",
     "the công văn is sent to no one"),
    ({**CV, "loai": "TTr", "trich_yeu": "Về việc đề nghị khen thưởng"}, None, None),
    ({**CV, "loai": "TTr", "trich_yeu": "Về việc đề nghị khen thưởng", "kinh_gui": [],
      "noi_nhan": ["UBND tỉnh"]}, "kinh_gui.to_trinh", "names no authority it asks"),
    ({**QD, "kinh_gui": ["Trưởng các thôn"]}, "kinh_gui.quyet_dinh",
     "a Quyết định is addressed to no one"),
    ({**QD, "ky": {**QD["ky"], "quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}},
     "quyen_han.tm", '"TM. ỦY BAN NHÂN DÂN" signs on behalf of a collective'),
    ({**QD, "tham_quyen": "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"}, "quyen_han.tm",
     "type “TM. ỦY BAN NHÂN DÂN” as the first line"),
    ({**CV, "ky": {**CV["ky"], "chuc_vu": "CHỦ TỊCH"}}, "quyen_han.kt",
     "the title under it is the head's own (CHỦ TỊCH)"),
    ({**CV, "ky": {**TM_UB, "chuc_vu": "PHÓ CHỦ TỊCH"}}, "quyen_han.kt",
     "type “KT. CHỦ TỊCH” under “TM. ỦY BAN NHÂN DÂN”"),
    ({**CV, "ky": {"quyen_han": ["TM. BAN THƯỜNG TRỰC"], "chuc_vu": "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
                   "ho_ten": "Lê Thị Hoa"}}, None, None),
])
def test_check_tells_what_render_warns_of(tmp_path: Path, spec: dict, rule: str | None,
                                          said: str | None) -> None:
    out = tmp_path / "vb.docx"
    render_spec(parse_spec(spec), out, today=date(2026, 1, 5))
    new = {"kinh_gui.cong_van", "kinh_gui.quyet_dinh", "kinh_gui.to_trinh", "quyen_han.tm",
           "quyen_han.kt"}
    found = [f for f in check_file(out) if f.rule in new]
    if rule is None:
        assert found == []
    else:
        assert [f.rule for f in found] == [rule]
        assert said in found[0].note

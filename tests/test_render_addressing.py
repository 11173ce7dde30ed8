"""render's warnings on whom a letter goes to, its ký hiệu and who signs for whom: each of these
letters renders, and each is one a văn thư would not send as it is (a black-box test's findings)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main

CV = {"loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-01-05", "trich_yeu": "V/v báo cáo",
      "kinh_gui": ["Ủy ban nhân dân tỉnh Lạng Sơn"], "noi_dung": "Ủy ban nhân dân xã báo cáo./.",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
             "ho_ten": "Hoàng Văn Bình"}, "noi_nhan": ["Như trên"], "luu": "VT"}
QD = {**CV, "loai": "QĐ", "kinh_gui": [], "trich_yeu": "Về việc tặng Giấy khen",
      "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "noi_dung": "Điều 1. Tặng.",
      "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lò Văn An"},
      "noi_nhan": ["Như Điều 1"]}


def _warnings(tmp_path: Path, spec: dict) -> str:
    path = tmp_path / "vb.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(path), "-o", str(tmp_path / "vb.docx")],
                                env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.mark.parametrize(("changes", "said"), [
    ({"kinh_gui": []}, "kinh_gui: a công văn is sent to someone"),
    ({"so": 4, "ky_hieu": "CV-UBND"}, 'ky_hieu: "CV-UBND" opens with the type code CV'),
    ({"ky_hieu": "KH-UBND-VP"}, '("UBND-VP")'),
    ({"co_quan": {**CV["co_quan"], "viet_tat": "CT"}, "ky_hieu": "CT-TTHT"}, None),
    ({"ky_hieu": "TTr-VP"}, None),
    ({"noi_nhan": ["Như trên", "UBND các huyện", "thành phố"]},
     'noi_nhan[2]: "thành phố" begins in lower case'),
    ({"noi_nhan": ["Như trên", "CT, các PCT UBND tỉnh"]}, None),
])
def test_a_cong_van_to_no_one_or_numbered_as_a_type_or_a_recipient_cut(
        tmp_path: Path, changes: dict, said: str | None) -> None:
    stderr = _warnings(tmp_path, {**CV, **changes})
    if said is None:
        assert "warning" not in stderr
    else:
        assert said in stderr


@pytest.mark.parametrize(("changes", "said"), [
    ({"ky": {**QD["ky"], "quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}},
     '"TM. ỦY BAN NHÂN DÂN" signs on behalf of a collective'),
    ({"tham_quyen": "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"}, '("TM. ỦY BAN NHÂN DÂN")'),
    ({}, None),
    ({"tham_quyen": "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH",
      "ky": {**QD["ky"], "quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}}, None),
])
def test_a_decision_signed_for_another_authority_than_its_own(
        tmp_path: Path, changes: dict, said: str | None) -> None:
    stderr = _warnings(tmp_path, {**QD, **changes})
    if said is None:
        assert "warning" not in stderr
    else:
        assert said in stderr


@pytest.mark.parametrize(("name", "placeholder"), [("Nguyễn Văn A", True), ("Trần Thị B", True),
                                                   ("Nguyễn Văn An", False)])
def test_the_forms_placeholder_signer_is_warned_of(tmp_path: Path, name: str,
                                                   placeholder: bool) -> None:
    """A shipped profile's signer ("Nguyễn Văn A") is the decree's placeholder: a letter numbered
    with it would go out signed by no one."""
    stderr = _warnings(tmp_path, {**CV, "ky": {**CV["ky"], "ho_ten": name}})
    assert (f'ky.ho_ten: "{name}" is a sample name' in stderr) is placeholder


COPY = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH"}, "so": 2,
        "dia_danh": "Tân Thành", "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Hoàng Văn Bình"}}


@pytest.mark.parametrize(("spec", "said"), [
    ({**QD, "kinh_gui": ["Trưởng các thôn"]},
     "kinh_gui: a Quyết định is addressed to no one, and prints no “Kính gửi:”"),
    ({**CV, "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"},
     "tham_quyen: a Công văn has no issuing-authority line"),
    ({**CV, "so": 5, "ngay": None}, "ngay: number 5 is given and the date is blank"),
    ({**CV, "so": 5, "ban_sao": {**COPY, "ngay": "2026-01-02"}},
     "ban_sao.ngay: the copy is dated 02/01/2026, before its original of 05/01/2026"),
    ({**CV, "so": 5, "ban_sao": {**COPY, "ngay": "2026-01-05"}}, None),
    ({**CV, "ngay": None}, None),
    ({**CV, "noi_dung": "Kết quả: .../19 tiêu chí; huy động ... triệu đồng./."},
     'noi_dung, line 1: "…/19" is a blank where a figure goes'),
    ({**CV, "noi_dung": "Các xã, phường, ... thực hiện./."}, None),
    ({**CV, "loai": "TTr", "trich_yeu": "Về việc đề nghị khen thưởng", "kinh_gui": []},
     "kinh_gui: a Tờ trình asks an authority to decide"),
    ({**CV, "trich_yeu": "V/v đôn đốc {{ ten }}"},
     "trich_yeu: {{ ten }} is a field of a letter sent to many"),
    ({**CV, "ky": {**CV["ky"], "quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]}},
     'ky.chuc_vu: "CHỦ TỊCH" signs under "KT. CHỦ TỊCH"'),
    ({**CV, "ky": {**CV["ky"], "chuc_vu": "PHÓ CHỦ TỊCH"}},
     'add "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN"'),
    ({**CV, "ky": {"quyen_han": ["TM. BAN THƯỜNG TRỰC"], "chuc_vu": "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
                   "ho_ten": "Lê Thị Hoa"}}, None),
])
def test_what_prints_out_of_place_or_out_of_time_is_warned_of(tmp_path: Path, spec: dict,
                                                              said: str | None) -> None:
    """A decision with a Kính gửi, a công văn whose authority line is lost, a number with no
    date, a copy dated before its letter, a figure still blank: each renders, and none would be
    sent as it is."""
    stderr = _warnings(tmp_path, {k: v for k, v in spec.items() if v is not None})
    if said is None:
        assert "warning" not in stderr
    else:
        assert said in stderr

"""Every skeleton of `ntm-docgen new`, rendered with hard bodies and options, checks clean."""

from __future__ import annotations

import json
from datetime import date

import pytest
import yaml
from check_letter import unexcused
from click.testing import CliRunner

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

TODAY = date(2026, 11, 23)

#: A body with every kind of line the markup knows (contract §2).
HARD_BODY = """Phần thứ nhất
TÌNH HÌNH CHUNG
Chương I
QUY ĐỊNH CHUNG
Mục 1. Phạm vi
Mục 2
ĐỐI TƯỢNG ÁP DỤNG
Điều 1. Phạm vi điều chỉnh
Nội dung của điều một, **đậm** và *nghiêng*.
XXI. Hai mốt là chữ thường, không phải đề mục
XX. ĐỀ MỤC HAI MƯƠI
I. MỤC ĐÍCH, YÊU CẦU
1. Thuận lợi
a) Đối với các xã:
- Đánh giá kết quả;
+ Chi tiết.
| STT | Nội dung | Thời gian |
|---|---|---|
| 1 | Gửi báo cáo | Trước ngày 30/6 |
---
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Hiệu lực thi hành
Trên đây là nội dung"""

VARIANTS = {
    "skeleton": {},
    "hard-body": {"noi_dung": HARD_BODY},
    "trich-yeu-thuc-hien": {"trich_yeu": "Thực hiện phong trào thi đua năm 2026"},
    "do-mat-do-khan": {"do_mat": "MẬT", "do_khan": "HỎA TỐC"},
    "phu-luc-several": {"phu_luc": [
        {"tieu_de": "ĐỀ CƯƠNG BÁO CÁO", "noi_dung": "I. ĐẶC ĐIỂM TÌNH HÌNH\nNội dung."},
        {"tieu_de": "DANH SÁCH ĐỀ NGHỊ", "noi_dung": HARD_BODY},
        {"tieu_de": "BIỂU MẪU", "ghi_chu": "(Kèm theo văn bản trên)",
         "noi_dung": "| STT | Tên |\n|---|---|\n| 1 | Xã Tân Thành |"}]},
    "kinh-gui-one": {"kinh_gui": ["Sở Nội vụ tỉnh Lạng Sơn"]},
    # a letter of 2026 goes to the xã and phường: the huyện ended on 1 July 2025 (check tells it)
    "kinh-gui-several": {"kinh_gui": ["Các sở, ban, ngành tỉnh", "UBND các xã, phường",
                                      "Ban Thi đua - Khen thưởng"]},
}


def _codes() -> list[str]:
    """Every code of `ntm-docgen types --json`, and CV. The công văn row's code is "-",
    which `ntm-docgen new` does not take as an argument; CV names that type."""
    result = CliRunner().invoke(main, ["types", "--json"])
    assert result.exit_code == 0, result.output
    codes = [row["ma"] for row in json.loads(result.output)]
    return [c for c in codes if c != "-"] + ["CV"]


CODES = _codes()


@pytest.fixture(scope="module")
def skeletons():
    runner = CliRunner()
    out = {}
    for code in CODES:
        result = runner.invoke(main, ["new", code])
        assert result.exit_code == 0, (code, result.output)
        out[code] = yaml.safe_load(result.output)
    return out


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("code", CODES)
def test_rendered_skeleton_checks_clean(skeletons, runner, tmp_path, code, variant):
    data = {**skeletons[code], **VARIANTS[variant]}
    path = tmp_path / "letter.docx"
    path.write_bytes(render_docx(parse_spec(data), TODAY))
    if "do_khan" in VARIANTS[variant]:  # the reported template gap: the box is too small
        assert unexcused(check_file(path)) == []
        return
    if "kinh_gui" in VARIANTS[variant] and code in ("NQ", "QĐ"):  # a decision is sent to no one
        assert [f.rule for f in check_file(path)] == ["kinh_gui.quyet_dinh"]
        return
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output


def test_the_nghi_quyet_skeleton_is_a_councils_resolution() -> None:
    """``new NQ`` is a Nghị quyết of a council, not a Sở's Quyết định: the HĐND's name in ô 2,
    its session as the authority, the articles after QUYẾT NGHỊ:, signed TM. of the council."""
    from ntm_docgen.letter.skeleton import skeleton
    from ntm_docgen.vietnamese.loai import find_loai

    spec = parse_spec(yaml.safe_load(skeleton(find_loai("NQ"), TODAY)))
    assert spec.co_quan.ten == "HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN" and spec.ky_hieu == "NQ-HĐND"
    assert spec.tham_quyen.startswith("HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN KHÓA")
    assert spec.ky.quyen_han == ("TM. HỘI ĐỒNG NHÂN DÂN",) and spec.ky.chuc_vu == "CHỦ TỊCH"
    assert "SỞ" not in spec.noi_dung and spec.noi_dung.startswith("Điều 1.")
    two = yaml.safe_load(skeleton(find_loai("BB"), TODAY))
    assert two["ky"] and "two parties" in skeleton(find_loai("BB"), TODAY)


#: The types whose content is a plan's (the Kế hoạch sample serves them).
PLANS = {"KH", "CTr", "PA", "ĐA", "DA", "HD"}


@pytest.mark.parametrize("code", [c for c in CODES if c not in PLANS | {"NQ", "QĐ"}])
def test_each_type_starts_from_a_sample_of_its_own_kind(skeletons, code):
    """A Giấy giới thiệu, a Biên bản or a Tờ trình starts from a sample of its kind, not from
    a plan's "I. MỤC ĐÍCH, YÊU CẦU" under "Sơ kết phong trào thi đua" (a black-box finding)."""
    data = skeletons[code]
    assert not data["noi_dung"].startswith("I. MỤC ĐÍCH")
    assert not data["trich_yeu"].startswith("Sơ kết phong trào")
    assert "can_cu" not in data
    if code in ("TTr", "BC"):  # sent up, to the level above, "Như trên" in the Nơi nhận
        assert data["kinh_gui"][0].endswith("Ủy ban nhân dân tỉnh Lạng Sơn")
        assert data["noi_nhan"][0] == "Như trên"
    if code == "BB":  # the chair signs in his own name, and the members receive it
        assert data["ky"]["chuc_vu"] == "CHỦ TRÌ" and "quyen_han" not in data["ky"]
        assert data["noi_nhan"] == ["Thành viên Hội đồng"]
        assert f"Chủ trì: ông {data['ky']['ho_ten']}," in data["noi_dung"]  # the one who signs
    if code == "GM":  # the time and the place, no "Căn cứ" (a black-box finding: a plan's body)
        assert "trân trọng kính mời" in data["noi_dung"]
        assert "\nThời gian: " in data["noi_dung"] and "\nĐịa điểm: " in data["noi_dung"]
        assert data["noi_nhan"] == ["Như thành phần mời"]
    if code == "CV":  # a prose request under its V/v, to those it asks
        assert data["trich_yeu"].startswith("V/v ") and " đề nghị " in data["noi_dung"]
        assert data["kinh_gui"] == ["Ủy ban nhân dân các xã, phường"]
    assert data["trich_yeu"].count("Về việc") + data["noi_dung"].count("Về việc") <= 1

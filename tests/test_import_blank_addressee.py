"""`ntm-docgen import` of a scanned công văn whose Kính gửi is a dotted blank (its addressees
listed after the signature) or names people with their address under them, as held_out_19's
letters of the Bộ Công an and the UBND tỉnh Quảng Ngãi: OCR read the header's two columns one
after the other, lost the second v of V/v and read the g of gửi as 8."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

HEAD = ("BỘ CÔNG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5689/BCA-C04\n")
VV = "{vv} dự kiến mục tiêu, nhiệm vụ, kế hoạch\nđầu tư công trung hạn năm 2026\n"
BODY = ("Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội về phê duyệt chủ "
        "trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma tuý đến năm 2030;\n"
        "Bộ Công an trân trọng cảm ơn sự phối hợp của Quý cơ quan./.\n")
TAIL = ("Nơi nhận:\n- Như trên;\n- Đ/c Bộ trưởng (để b/cáo);\n- Lưu: VT, C04(P6).\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n{stroke}Nguyễn Văn Long\n")


def _read(vv: str, gui: str, stroke: str = "") -> tuple[dict, list[str], list[str]]:
    lines = (HEAD + VV.format(vv=vv) + gui + "\n" + "Hà Nội, ngày 16 tháng 12 năm 2025\n" + BODY
             + TAIL.format(stroke=stroke)).splitlines()
    result = import_lines(lines)
    return result.spec, result.warnings, lines


@pytest.mark.parametrize(("vv", "gui"), [
    ("V/v", "Kính gửi: ......................"),
    ("V/", "Kính gửi:"),
    ("V/v", "Kính 8ửi:"),
    ("V/", "Kính 8ửi: ………"),
], ids=["dotted-blank", "second-v-lost", "g-read-as-8", "all-three"])
def test_the_date_read_under_a_blank_kính_gửi_is_the_header_s(vv: str, gui: str) -> None:
    spec, warnings, lines = _read(vv, gui)
    assert spec["dia_danh"] == "Hà Nội" and str(spec["ngay"]) == "2025-12-16"
    assert spec["trich_yeu"] == ("dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn "
                                 "năm 2026")
    assert "kinh_gui" not in spec
    assert spec["noi_dung"].startswith("Thực hiện Nghị quyết số 163/2024/QH15")
    assert lost_lines(lines, spec, warnings) == []


def test_a_kính_gửi_that_names_its_addressee_keeps_the_date_line_in_the_body() -> None:
    """Only a blank label gives its place to the date: a named addressee stands as read."""
    spec, _, _ = _read("V/v", "Kính gửi: Sở Y tế")
    assert spec["kinh_gui"] == ["Sở Y tế"]


def test_a_dashed_stroke_under_the_lưu_line_is_no_recipient() -> None:
    """The Lưu line closes the Nơi nhận: the seal and the pen read as ``+ 05 Z`` / ``x4 Ì``
    between the title and the name are named in a warning, not a recipient."""
    spec, warnings, lines = _read("V/v", "Kính gửi: Sở Y tế", stroke="+ 05 Z\nx4 Ì\n")
    assert spec["noi_nhan"] == ["Như trên", "Đ/c Bộ trưởng (để b/cáo)"]
    assert spec["luu"] == "VT, C04(P6)"
    assert spec["ky"] == {"quyen_han": ["KT. BỘ TRƯỞNG"], "chuc_vu": "THỨ TRƯỞNG",
                          "ho_ten": "Nguyễn Văn Long"}
    assert any("“+ 05 Z”" in w for w in warnings)
    assert lost_lines(lines, spec, warnings) == []


NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: 53/TB-UBND\nQuảng Ngãi, ngày 07 tháng 02 năm 2025\n"
          "THÔNG BÁO\nVề việc thụ lý giải quyết khiếu nại lần hai\n"
          "Kính gửi: Bà Nguyễn Thị Bích Ngọc và Ông Đoàn Duy Đức\n{address}"
          "Chủ tịch UBND tỉnh Quảng Ngãi nhận được Đơn ngày 30/9/2024 của bà Nguyễn Thị Bích "
          "Ngọc khiếu nại lần hai đối với Quyết định số 7770/QĐ-UBND ngày 13/12/2023.\n"
          "Nay, thông báo để bà Nguyễn Thị Bích Ngọc biết./.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền\n")


@pytest.mark.parametrize(("address", "written"), [
    ("Địa chỉ: Thôn Vĩnh Xuân, xã Phổ Phong, thị xã Đức\nPhổ, tỉnh Quảng Ngãi\n",
     "Địa chỉ: Thôn Vĩnh Xuân, xã Phổ Phong, thị xã Đức Phổ, tỉnh Quảng Ngãi"),
    ("Địa chỉ: Thôn Vĩnh Xuân, xã Phổ Phong, thị xã Đức Phổ\n",
     "Địa chỉ: Thôn Vĩnh Xuân, xã Phổ Phong, thị xã Đức Phổ"),
    ("Địa chỉ thường trú: Thôn Vĩnh Xuân, xã Phổ Phong,\nthị xã Đức Phổ\n",
     "Địa chỉ thường trú: Thôn Vĩnh Xuân, xã Phổ Phong, thị xã Đức Phổ"),
], ids=["wrapped-after-a-word", "one-line", "wrapped-after-a-comma"])
def test_the_addressees_address_under_their_names_is_theirs(address: str, written: str) -> None:
    lines = NOTICE.format(address=address).splitlines()
    result = import_lines(lines)
    assert result.spec["kinh_gui"] == [
        f"Bà Nguyễn Thị Bích Ngọc và Ông Đoàn Duy Đức {written}"]
    assert result.spec["noi_dung"].startswith("Chủ tịch UBND tỉnh Quảng Ngãi nhận được Đơn")
    assert lost_lines(lines, result.spec, result.warnings) == []

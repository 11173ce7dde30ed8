"""`ntm-docgen import` on what the government portal's scans of held_out_21 gave
(docs/accuracy.md): the receiving office's ĐẾN stamp read beside the trích yếu with the office's
name over it, and the body's closing ``./`` read on one line with the ``Nơi nhận:`` label."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 1139/QĐ-TTg", "Hà Nội, ngày 09 tháng 10 năm 2024",
        "QUYẾT ĐỊNH", "Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch",
        "Ủy ban nhân dân tỉnh Bắc Kạn nhiệm kỳ 2021 - 2026"]
DECISION = ["THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.", "QUYẾT ĐỊNH:",
            "Điều 1. Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "Điều 3. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, QHĐP (3).", "KT. THỦ TƯỚNG",
            "PHÓ THỦ TƯỚNG", "Nguyễn Hòa Bình"]
TRICH_YEU = "Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn nhiệm kỳ " \
    "2021 - 2026"


@pytest.mark.parametrize("stamp", [
    ["gỗ Trồng TIMĐIỆN TỬ CHÍNH PHÙ", "ĐẾN", "Ngày..ÁOl4.0.120.24...."],
    ["CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "ĐẾN", "Ngày: 14/10/2024"],
    ["CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "ĐẾN Số: 1016"],
], ids=["as-read", "its-name-whole", "its-number-beside"])
def test_a_received_stamp_with_its_office_s_name_beside_the_trich_yeu(stamp: list[str]) -> None:
    """1139's ĐẾN stamp: the portal's name over ĐẾN and its Ngày under it are the stamp's,
    not the trích yếu's last line; they are named among the lines read into no field."""
    raw = [*HEAD, *stamp, *DECISION]
    result = import_lines(raw)
    assert result.spec["trich_yeu"] == TRICH_YEU
    assert result.spec["tham_quyen"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("stamp", "edge"), [
    (["ĐẾI", "ĐIỆN TỰ CHÍNH PHÙ Ý", "v..T T4 2:"], ["VN UẤ"]),
    (["ĐẾI", "ĐIỆN TỰ CHÍNH PHÙ Ý", "v..T T4 2:"], []),
    (["CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "ĐẾN", "Ngày: 14/10/2024"], ["VN UẤ"]),
], ids=["as-read", "without-the-ring", "the-ring-alone"])
def test_the_portal_s_stamp_read_round_its_den_spills_into_nothing(
        stamp: list[str], edge: list[str]) -> None:
    """985: OCR read the portal's stamp with its ĐẾN misread over its name (``ĐẾI``), a speck
    after the name (``... CHÍNH PHÙ Ý``), and its round stamp's edge between the thẩm quyền and
    the căn cứ (``VN UẤ``): the stamp's lines were the body's first paragraph, so the letter
    had no thẩm quyền and no căn cứ. They are the stamp's, named among the lines read into no
    field."""
    raw = [*HEAD, *stamp, DECISION[0], *edge, *DECISION[1:]]
    result = import_lines(raw)
    assert result.spec["trich_yeu"] == TRICH_YEU
    assert result.spec["tham_quyen"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert len(result.spec["can_cu"]) == 2
    assert result.spec["noi_dung"].startswith("Điều 1. Phê chuẩn")
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize("title", [
    ["Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch", "UBND tỉnh Bắc Kạn và HĐND các cấp"],
    ["PHÊ CHUẨN KẾT QUẢ BẦU CHỨC VỤ PHÓ CHỦ TỊCH", "NHIỆM KỲ 2021 - 2026"],
], ids=["sentence-case-with-capitals", "in-capitals"])
def test_a_trich_yeu_line_over_a_received_stamp_stays_its_own(title: list[str]) -> None:
    """Over the stamp, a line of a trích yếu in sentence case with fewer than half its words
    in capitals stays the trích yếu's; so does a line of a trích yếu set in capitals."""
    result = import_lines([*HEAD[:-2], *title, "ĐẾN", "Ngày: 14/10/2024", *DECISION])
    assert result.spec["trich_yeu"] == " ".join(title)


def test_the_closing_mark_and_the_noi_nhan_label_on_one_line() -> None:
    """1160: OCR read the label of the column under the body onto the body's last line
    (``... Quyết định này./ Nơi nhận:``); the list under it is the Nơi nhận, and the body ends
    with the article."""
    body = DECISION[:6] + ["Điều 3. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành Quyết định "
                           "này./ Nơi nhận:", *DECISION[8:]]
    spec = import_lines([*HEAD, *body]).spec
    assert spec["noi_dung"].splitlines()[-1] == \
        "Điều 3. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành Quyết định này./"
    assert (spec["noi_nhan"], spec["luu"]) == (["Như Điều 3"], "VT, QHĐP (3)")
    assert spec["ky"] == {"quyen_han": ["KT. THỦ TƯỚNG"], "chuc_vu": "PHÓ THỦ TƯỚNG",
                          "ho_ten": "Nguyễn Hòa Bình"}

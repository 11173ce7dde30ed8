"""`ntm-docgen import` on what held_out_24 showed (docs/accuracy.md): scans where OCR read the
Nơi nhận label at the end of the closing sentence, the time field of a receiving office's stamp
beside the heading, a Nơi nhận item under the Lưu line, and a speck after the authority."""

from __future__ import annotations

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TITLE = "Phê duyệt nhiệm vụ Điều chỉnh Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng"
PRIME_MINISTER = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 1009/QĐ-TTg",
                  "Hà Nội, ngày 19 tháng 9 năm 2024", "QUYẾT ĐỊNH", TITLE]
DECISION = ["THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;",
            "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt nhiệm vụ điều chỉnh quy hoạch.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."]
DEPUTY = ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà"]
CLOSING = ("Bộ trưởng Bộ Xây dựng và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành "
           "Quyết định này.")


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


def test_the_noi_nhan_label_read_after_a_closing_full_stop() -> None:
    """qd_2024_ttg_1009: OCR read the label of the column under the body onto the closing
    sentence's line, which ends with a full stop and no ``./.`` (``... Quyết định này. Nơi
    nhận:``). The list under it is the Nơi nhận, its Lưu the Lưu, not the closing paragraph."""
    spec = _read([*PRIME_MINISTER, *DECISION, f"{CLOSING} Nơi nhận:",
                  "- Thủ tướng, các Phó Thủ tướng Chính phủ;", "- Văn phòng Trung ương Đảng;",
                  "- Lưu: VT, CN (2).", *DEPUTY])
    assert spec["noi_dung"].splitlines()[-1] == CLOSING
    assert spec["noi_nhan"] == ["Thủ tướng, các Phó Thủ tướng Chính phủ",
                                "Văn phòng Trung ương Đảng"]
    assert spec["luu"] == "VT, CN (2)"


def test_a_sentence_naming_the_recipients_stays_in_the_body() -> None:
    """Only the label in its own case at the line's end is split off: "nơi nhận" inside a
    sentence of the body is the body's."""
    line = "Văn bản gửi đúng các nơi nhận: Sở Nội vụ, Sở Tài chính."
    spec = _read([*PRIME_MINISTER, *DECISION, line, CLOSING, "Nơi nhận:", "- Như Điều 3;",
                  "- Lưu: VT, CN.", *DEPUTY])
    assert line in spec["noi_dung"].splitlines()
    assert spec["noi_nhan"] == ["Như Điều 3"]


def test_the_time_field_of_a_receiving_stamp_is_no_part_of_the_trich_yeu() -> None:
    """qd_2024_ttg_1009: the portal's ĐẾN stamp beside the heading, its ĐẾN not read, its time
    field read under the trích yếu (``đa Giờ.......eo``): a blank of dots after ``Giờ`` no
    trích yếu holds. The line is the stamp's, the trích yếu the heading's."""
    spec = _read([*PRIME_MINISTER, "đa Giờ.......................eo", *DECISION, CLOSING,
                  "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, CN.", *DEPUTY])
    assert spec["trich_yeu"] == TITLE


PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 15/QĐ-XPHC",
            "Quảng Ngãi, ngày 05 tháng 02 năm 2025", "QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            "Căn cứ Luật Xử lý vi phạm hành chính;", "QUYẾT ĐỊNH:",
            "Điều 1. Xử phạt hộ kinh doanh.",
            "Điều 2. Gửi Ủy ban nhân dân huyện Tư Nghĩa để biết và phối hợp thực hiện./."]


def test_a_noi_nhan_item_read_under_the_luu_line_loses_its_dash() -> None:
    """qd_2025_quangngai_15_xphc: OCR read the list's last item under its Lưu line (``- Lưu:
    VT, NC (Tr203).`` / ``- Cổng TTĐT tỉnh;``). The item is one of the Nơi nhận, without the
    dash every other item loses."""
    spec = _read([*PROVINCE, "Nơi nhận:", "- Như Điều 3;", "- Sở Tư pháp;",
                  "- Lưu: VT, NC (Tr203).", "- Cổng TTĐT tỉnh;",
                  "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền"])
    assert spec["noi_nhan"] == ["Như Điều 3", "Sở Tư pháp", "Cổng TTĐT tỉnh"]
    assert spec["luu"] == "VT, NC (Tr203)"


def test_a_speck_read_after_the_authority_is_left_off() -> None:
    """tb_2025_lamdong_493: a speck of the scan read as a dot after the authority, a space
    before it (``TL. CHỦ TỊCH .``), as the signer's title loses one (signer._STRAY_END)."""
    spec = _read([*PROVINCE, "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, NC.", "TL. CHỦ TỊCH .",
                  "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Thạch Cảnh Minh Vũ"])
    assert spec["ky"]["quyen_han"] == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]


UNIVERSITY = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ", *MOTTO, "Số: 635/BC-ĐHTĐ",
              "Cần Thơ, ngày 17 tháng 6 năm 2025", "BÁO CÁO", "V/v khảo sát người học năm cuối",
              "Nhà trường đã tổ chức khảo sát. Kết quả khảo sát như sau:",
              "Trên đây là kết quả báo cáo khảo sát năm học 2024-2025./.",
              "Nơi nhận:", "- HĐT (để b/c);", "- Lưu: VT, TC-HC."]


def test_a_stroke_read_as_capitals_and_a_quote_after_the_title_is_left_off() -> None:
    """bc_2025_taydo_635: the signature's stroke read after the title as two capitals with no
    vowel and a quote (``HIỆU TRƯỞNG JZ“``): no title ends so; the title is ``HIỆU TRƯỞNG``.
    A title's own last word stays (``TRƯỞNG PHÒNG TCCB``)."""
    spec = _read([*UNIVERSITY, "HIỆU TRƯỞNG JZ“", "Trần Công Luận"])
    assert spec["ky"]["chuc_vu"] == "HIỆU TRƯỞNG"
    spec = _read([*UNIVERSITY, "TRƯỞNG PHÒNG TCCB", "Trần Công Luận"])
    assert spec["ky"]["chuc_vu"] == "TRƯỞNG PHÒNG TCCB"


def test_a_type_code_read_with_a_look_alike_letter_is_the_headings() -> None:
    """ttr_2025_quangngai_09: the scan's ``Số: 09 /TIr-UBND`` under TỜ TRÌNH: a ``T`` read
    ``I`` in the type code, which no type is written with; the ký hiệu is ``TTr-UBND``."""
    spec = _read(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 09 /TIr-UBND",
                  "Quảng Ngãi, ngày 20 tháng 01 năm 2025", "TỜ TRÌNH",
                  "Về việc ban hành Nghị quyết bãi bỏ các Nghị quyết",
                  "Kính gửi: Hội đồng nhân dân tỉnh",
                  "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh như sau:",
                  "Kính trình Hội đồng nhân dân tỉnh xem xét, quyết nghị./.",
                  "Nơi nhận:", "- Như trên;", "- Lưu: VT, KGVX.",
                  "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hoàng Tuấn"])
    assert spec["loai"] == "TTr"
    assert spec["ky_hieu"] == "TTr-UBND"

"""`ntm-docgen import` on what held_out_23 showed (docs/accuracy.md): a province's Giấy mời
opening with "Thực hiện ...", Nơi nhận items wrapped after a joining word or onto a line
opening with one, and a signer's title read with a quote mark of the pen after it."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", *MOTTO]
OPENING = ("Thực hiện Chương trình công tác của Ủy ban nhân dân tỉnh tháng 01/2026, Ủy ban nhân "
           "dân tỉnh tổ chức Họp đánh giá công tác cải cách hành chính năm 2025.")
INVITATION = [*PROVINCE, "Số: 85 /GM-UBND", "Lâm Đồng, ngày 19 tháng 01 năm 2026", "GIẤY MỜI",
              OPENING, "1. Chủ trì: Đồng chí Phó Chủ tịch UBND tỉnh.",
              "Đề nghị các đồng chí dự họp đúng thành phần, thời gian và địa điểm nêu trên./.",
              "Nơi nhận:", "- Như thành phần mời;", "- Lưu: VT, HCC, NC.",
              "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Trịnh Ngọc Duệ"]


def test_a_giay_moi_opening_with_thuc_hien_begins_its_content() -> None:
    """gm_2026_lamdong_85: the invitation's "Thực hiện Chương trình công tác ..., Ủy ban nhân
    dân tỉnh tổ chức Họp ..." says what the meeting is for: the first paragraph of its content,
    as a Báo cáo's and a Tờ trình's are, no căn cứ (a Giấy mời is issued under none)."""
    spec = import_lines(INVITATION).spec
    assert not spec.get("can_cu")
    assert spec["noi_dung"].splitlines()[0] == OPENING


def test_a_giay_moi_keeps_a_can_cu_line() -> None:
    """Its "Căn cứ ..." lines, when it has some, are still căn cứ."""
    raw = [*INVITATION[:5], "Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh;", *INVITATION[5:]]
    spec = import_lines(raw).spec
    assert spec["can_cu"] == ["Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh"]


NOTICE = [*PROVINCE, "Số: 660 /TB-UBND", "Lâm Đồng, ngày 31 tháng 12 năm 2024", "THÔNG BÁO",
          "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ban Chỉ đạo",
          "Ngày 24/12/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận như sau:",
          "1. Giao các sở triển khai.",
          "Nay thông báo để các cơ quan, đơn vị, địa phương biết, triển khai thực hiện./.",
          "Nơi nhận:", "- Thường trực Tỉnh ủy (b/cáo);"]
SIGNED = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Quốc Việt"]


@pytest.mark.parametrize(("wrapped", "item"), [
    (["- Các Sở: Lao động - Thương binh và Xã", "hội, Xây dựng, Tài chính, Kế hoạch và",
      "Đầu tư, Tài nguyên và Môi trường"],
     "Các Sở: Lao động - Thương binh và Xã hội, Xây dựng, Tài chính, Kế hoạch và Đầu tư, "
     "Tài nguyên và Môi trường"),
    (["- Ban Quản lý Khu kinh tế Dung Quất", "Và các Khu công nghiệp Quảng Ngãi;"],
     "Ban Quản lý Khu kinh tế Dung Quất Và các Khu công nghiệp Quảng Ngãi"),
    (["- Văn phòng Đoàn ĐBQH và HĐND tỉnh của", "Tỉnh Quảng Ngãi;"],
     "Văn phòng Đoàn ĐBQH và HĐND tỉnh của Tỉnh Quảng Ngãi"),
], ids=["ends-on-va", "opens-with-va", "ends-on-cua"])
def test_a_noi_nhan_item_wrapped_at_a_joining_word(wrapped: list[str], item: str) -> None:
    """tb_2025_quangngai_660: an item wrapped after a word no phrase ends on (``Kế hoạch và`` /
    ``Đầu tư, ...``) or onto a line opening with one (``Dung Quất`` / ``Và các Khu ...``) goes
    on over the line under it, whose capital first letter made it an item of its own or a line
    read into no field."""
    raw = [*NOTICE, *wrapped, "- Tỉnh đoàn;", "- Lưu: VT, KGVX.", *SIGNED]
    result = import_lines(raw)
    assert result.spec["noi_nhan"] == ["Thường trực Tỉnh ủy (b/cáo)", item, "Tỉnh đoàn"]
    assert lost_lines(raw, result.spec, result.warnings) == []


def test_a_noi_nhan_item_under_an_item_that_ends_without_a_semicolon() -> None:
    """A dashless line under an item with no semicolon, opening with no joining word, is still
    read as before (the signature column's, here the title)."""
    raw = [*NOTICE, "- Tỉnh đoàn", "- Lưu: VT, KGVX.", *SIGNED]
    spec = import_lines(raw).spec
    assert spec["noi_nhan"] == ["Thường trực Tỉnh ủy (b/cáo)", "Tỉnh đoàn"]
    assert spec["ky"]["chuc_vu"] == "CHÁNH VĂN PHÒNG"


@pytest.mark.parametrize("title", ["HIỆU TRƯỞNG”", "HIỆU TRƯỞNG\"", "HIỆU TRƯỞNG’"],
                         ids=["closing-double", "straight", "closing-single"])
def test_a_title_read_with_a_quote_mark_on_its_last_letter(title: str) -> None:
    """tb_2025_taydo_731: a pen mark after the title read as a closing quote (``HIỆU
    TRƯỞNG”``): no title of the decree ends with one, as none ends with a colon."""
    raw = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ", *MOTTO, "Số: 731/TB-ĐHTĐ",
           "Cần Thơ, ngày 14 tháng 7 năm 2025", "THÔNG BÁO", "Về việc triển khai công tác đề thi",
           "Ban Giám hiệu đề nghị các Khoa thực hiện như sau:", "1. Ra đề thi đúng quy định.",
           "Đề nghị các Khoa thực hiện đúng theo nội dung của thông báo này./.",
           "Nơi nhận:", "- Ban Giám hiệu;", "- Lưu: VT-TCHC.", title, "Trần Công Luận"]
    assert import_lines(raw).spec["ky"]["chuc_vu"] == "HIỆU TRƯỞNG"


SCHOOL = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ", *MOTTO]
SEMINAR = ["THÔNG BÁO",
           "Về việc đăng ký kế hoạch báo cáo seminar cấp Khoa/Bộ môn trực thuộc Trường",
           "Ban Giám hiệu Nhà trường thông báo về việc đăng ký báo cáo seminar, như sau:",
           "- Triển khai đến tất cả giảng viên của đơn vị.",
           "Đề nghị Lãnh đạo các đơn vị thuộc Trường quan tâm thực hiện./.",
           "Nơi nhận:", "- HĐT (để b/c);", "- Lưu VT,TC-HC.", "HIỆU TRƯỞNG", "Trần Công Luận"]


@pytest.mark.parametrize(("so_line", "date_line", "so", "ngay"), [
    ("Số:l145)TB-ĐHTĐ", "Cần Thơ, ngàiŠtháng 10 năm 2025", None, None),
    ("Số: 1145|TB-ĐHTĐ", "Cần Thơ, ngài 28 tháng 10 năm 2025", 1145, "2025-10-28"),
    ("Số: 1145/TB-ĐHTĐ", "Cần Thơ, ngày 28 tháng 10 năm 2025", 1145, "2025-10-28"),
], ids=["bracket-and-i-by-hand", "bar-and-i", "as-printed"])
def test_a_number_and_day_written_by_hand_misread_around_them(
        so_line: str, date_line: str, so: int | None, ngay: str | None) -> None:
    """tb_2025_taydo_1145: the number and day written by hand read with the marks around them
    (``Số:l145)TB-ĐHTĐ``: the slash read as a bracket; ``ngàiŠtháng``: the y of ngày read as an
    i). The ký hiệu, the place and the year still are the header's, so its type, trích yếu and
    body are read, where the two lines went to the body and the letter was taken for a công
    văn; a number or day OCR could not read stays blank, with the warning a draft's gets."""
    spec = import_lines([*SCHOOL, so_line, date_line, *SEMINAR]).spec
    assert (spec["loai"], spec["ky_hieu"], spec["dia_danh"]) == ("TB", "TB-ĐHTĐ", "Cần Thơ")
    assert spec.get("so") == so
    assert (str(spec["ngay"]) if spec.get("ngay") else None) == ngay
    assert spec["trich_yeu"] == SEMINAR[1]
    assert spec["noi_dung"].startswith("Ban Giám hiệu Nhà trường thông báo")


ARTICLE = ("Điều 1. Thành lập Tổ công tác triển khai đầu tư các tuyến đường sắt kết nối với Trung "
           "Quốc và Lào (gọi tắt là Tổ công tác) là tổ chức phối hợp liên ngành")
GOES_ON = ("giúp Thủ tướng Chính phủ nghiên cứu, chỉ đạo, phối hợp giải quyết những công việc "
           "quan trọng, liên ngành.")


@pytest.mark.parametrize(("under", "first"), [
    (f"- {GOES_ON}", f"{ARTICLE} {GOES_ON}"),
    ("- Giúp Thủ tướng Chính phủ.", ARTICLE),
    ("- Đánh giá về công tác tổ chức.", ARTICLE),
], ids=["speck-before-small-letters", "an-item-with-its-capital", "an-item-with-a-capital-đ"])
def test_a_speck_read_as_a_dash_before_a_sentence_that_goes_on(under: str, first: str) -> None:
    """qd_2024_ttg_999: a speck before the second line of Điều 1 read as a dash (``... phối hợp
    liên ngành`` / ``- giúp Thủ tướng ...``): the sentence goes on, where the article was cut
    at ``liên ngành``; a dashed line that opens with a capital is still an item."""
    raw = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 999/QĐ-TTg", "Hà Nội, ngày 18 tháng 9 năm 2024",
           "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác", "THỦ TƯỚNG CHÍNH PHỦ",
           "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
           "Xét đề nghị của Bộ trưởng Bộ Giao thông vận tải.", "QUYẾT ĐỊNH:", ARTICLE, under,
           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", "Nơi nhận:",
           "- Thành viên Tổ công tác;", "- Lưu: VT, CN.", "THỦ TƯỚNG", "Phạm Minh Chính"]
    result = import_lines(raw)
    paras = result.spec["noi_dung"].splitlines()
    assert paras[0] == first
    assert paras[1] == (under if first == ARTICLE else raw[13])
    assert lost_lines(raw, result.spec, result.warnings) == []

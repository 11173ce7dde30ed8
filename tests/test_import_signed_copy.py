"""`ntm-docgen import` on a SAO Y that a ministry signed digitally and then scanned (held_out_20's
Bộ Công an letter, docs/accuracy.md): the signing note printed in the motto's corner, read
between the issuer and the motto, and a Kính gửi of one addressee whose list of names wraps over
five lines."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NOTE = ["SAOY", "Bộ Công", "Thời gian ký: 2025-10-09T16:52:54+07:00"]
NUMBER = ["Số: 4552/BCA-C04", "V/v rà soát cơ sở cai nghiện", "Hà Nội, ngày 09 tháng 10 năm 2025"]
KINH_GUI = ["Kính gửi: Uỷ ban nhân dân các tỉnh, thành phố An Giang, Cần Thơ,",
            "Cà Mau, Cao Bằng, Bắc Ninh, Tuyên Quang, Lai Châu, Lào Cai,",
            "Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Quảng",
            "Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng, Tây Ninh, Đồng", "Tháp, Vĩnh Long."]
BODY = ["Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội, Bộ Công an đề nghị "
        "Ủy ban nhân dân các tỉnh rà soát cơ sở cai nghiện.",
        "Bộ Công an trân trọng cảm ơn./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, C04.",
        "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Long"]


def test_a_signing_note_between_the_issuer_and_the_motto_is_set_apart() -> None:
    result = import_lines(["BỘ CÔNG AN", *NOTE, *MOTTO, *NUMBER, *KINH_GUI, *BODY])
    assert result.spec["co_quan"]["ten"] == "BỘ CÔNG AN"
    assert any("“SAOY”; “Bộ Công”; “Thời gian ký: 2025-10-09T16:52:54+07:00”" in w
               for w in result.warnings)


def test_a_line_under_the_motto_with_a_signing_time_is_left_alone() -> None:
    result = import_lines(["BỘ CÔNG AN", *MOTTO, *NUMBER, *KINH_GUI, *BODY])
    assert not any("digital signature" in w for w in result.warnings)


def test_a_kinh_gui_whose_list_of_names_wraps_is_one_addressee() -> None:
    spec = import_lines(["BỘ CÔNG AN", *MOTTO, *NUMBER, *KINH_GUI, *BODY]).spec
    assert spec["kinh_gui"] == [
        "Uỷ ban nhân dân các tỉnh, thành phố An Giang, Cần Thơ, Cà Mau, Cao Bằng, Bắc Ninh, "
        "Tuyên Quang, Lai Châu, Lào Cai, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, "
        "Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng, Tây Ninh, Đồng Tháp, Vĩnh Long"]
    assert spec["noi_dung"].startswith("Thực hiện Nghị quyết số 163/2024/QH15")


def test_a_kinh_gui_ending_in_a_comma_over_a_sentence_keeps_the_sentence_in_the_body() -> None:
    lines = ["BỘ CÔNG AN", *MOTTO, *NUMBER, "Kính gửi: Ủy ban nhân dân tỉnh An Giang,",
             "Vừa qua, Bộ Công an đã nhận được báo cáo của các đơn vị về cơ sở cai nghiện.",
             *BODY]
    spec = import_lines(lines).spec
    assert spec["kinh_gui"] == ["Ủy ban nhân dân tỉnh An Giang"]
    assert spec["noi_dung"].startswith("Vừa qua, Bộ Công an")

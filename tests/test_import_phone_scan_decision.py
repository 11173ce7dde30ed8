"""`ntm-docgen import` on the shapes of a Quyết định photographed with a phone and read by OCR
(held_out_20's Đồng Nai decision, docs/accuracy.md): a căn cứ whose semicolon was read as a
colon, the dot of ``KT.`` read as a comma, and the Nơi nhận list read without its label between
the signature's lines."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 1772/QĐ-UBND", "Đồng Nai, ngày 30 tháng 5 năm 2025",
        "QUYẾT ĐỊNH", "Chấp thuận các vị trí được chuyển nhượng quyền sử dụng đất",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"]
CAN_CU = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025:",
          "Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;",
          "Theo đề nghị của Giám đốc Sở Xây dựng tại Công văn số 1030/SXD-QLN ngày 16 tháng 4 "
          "năm 2025."]
BODY = ["QUYẾT ĐỊNH:", "Điều 1. Chấp thuận các vị trí được chuyển nhượng, cụ thể như sau:",
        "1. Tên dự án: Khu dân cư theo quy hoạch.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./."]
SIGNED = ["TM. ỦY BAN NHÂN DÂN", "- Như Điều 2;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
          "- Lưu: VT, KTNS.", "KT, CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hồ Văn Hà"]


def test_a_can_cu_ending_in_a_colon_over_another_can_cu_is_one() -> None:
    spec = import_lines([*HEAD, *CAN_CU, *BODY, *SIGNED]).spec
    assert spec["can_cu"][0] == ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 "
                                 "năm 2025")
    assert len(spec["can_cu"]) == 3
    assert spec["noi_dung"].startswith("Điều 1. Chấp thuận")


def test_a_can_cu_ending_in_a_colon_over_its_list_opens_the_body() -> None:
    lines = [*HEAD, "Căn cứ kết quả kiểm tra, Ủy ban nhân dân tỉnh quyết định như sau:",
             "1. Tên dự án: Khu dân cư theo quy hoạch.", *BODY[1:], *SIGNED]
    spec = import_lines(lines).spec
    assert "can_cu" not in spec
    assert spec["noi_dung"].startswith("Căn cứ kết quả kiểm tra")


def test_the_dot_of_kt_read_as_a_comma_and_the_list_read_without_its_label() -> None:
    result = import_lines([*HEAD, *CAN_CU, *BODY, *SIGNED])
    spec = result.spec
    assert spec["ky"] == {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                          "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Hồ Văn Hà"}
    assert (spec["noi_nhan"], spec["luu"]) == (
        ["Như Điều 2", "Chủ tịch, các Phó Chủ tịch UBND tỉnh"], "VT, KTNS")
    assert not any("signed by" in w for w in result.warnings)


def test_a_comma_after_kt_before_words_in_sentence_case_stays() -> None:
    spec = import_lines([*HEAD, *CAN_CU, *BODY, "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
                         "CHỦ TỊCH", "KT, Phòng Kinh tế", "Hồ Văn Hà"]).spec
    assert "quyen_han" not in spec["ky"]

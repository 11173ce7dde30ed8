"""`ntm-docgen import` on scans whose header OCR read only in part (held_out_18's scans,
docs/accuracy.md): the slash of ``V/v`` read as another mark; no Số line read (a number written
over it) and the place and date line garbled: the header's other parts are read all the same,
and a motto further down (an attachment's form) is not the header's; the number and ký hiệu lost
beside the V/v, the ký hiệu read under a stamp with the date, the Kính gửi label in part; a
number unread with a ký hiệu whose hyphen OCR set apart (``Số:#4 /TTr -UBND``); a ký hiệu
opening with the issuer's initials (``CT-CS`` of the Cục Thuế), not a type's code; a mark with a
number before the issuer's name, left out with a warning."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
END = ["Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, KT.", "GIÁM ĐỐC",
       "Nguyễn Văn An"]


def test_the_slash_of_v_v_read_as_another_mark() -> None:
    for mark in "¿|\\":
        spec = import_lines(["UBND TỈNH LÀO CAI", "SỞ TÀI CHÍNH", *MOTTO, "Số: 15/STC-NS",
                             f"V{mark}v hướng dẫn lập dự toán",
                             "Lào Cai ngày 0Ÿ tháng 2# năm 2026",
                             "Kính gửi: Ủy ban nhân dân các xã.",
                             "Sở Tài chính hướng dẫn lập dự toán năm 2027.", *END]).spec
        assert (spec["loai"], spec["trich_yeu"], spec["dia_danh"]) == \
            ("CV", "hướng dẫn lập dự toán", "Lào Cai"), mark
        assert spec["kinh_gui"] == ["Ủy ban nhân dân các xã"]
        assert spec["noi_dung"].startswith("Sở Tài chính hướng dẫn")


def test_no_so_line_and_the_date_line_garbled() -> None:
    result = import_lines(["BỘ XÂY DỰNG", "V/v kiểm tra hiện trạng nhà ở", "công vụ tại các tỉnh",
                           *MOTTO, "Hà N2: nơàv I0 thá nơ 4 măm 2021",
                           "Kính gửi: Các Sở Xây dựng",
                           "Bộ Xây dựng đề nghị các Sở kiểm tra hiện trạng nhà ở công vụ.", *END,
                           "---", "PHỤ LỤC", "MẪU BÁO CÁO", "ĐƠN VỊ: SỞ XÂY DỰNG", *MOTTO,
                           "BÁO CÁO", "Hiện trạng nhà ở công vụ"])
    spec = result.spec
    assert (spec["co_quan"], spec["trich_yeu"]) == \
        ({"ten": "BỘ XÂY DỰNG"}, "kiểm tra hiện trạng nhà ở công vụ tại các tỉnh")
    assert spec["kinh_gui"] == ["Các Sở Xây dựng"]
    assert spec["noi_dung"].startswith("Bộ Xây dựng đề nghị")
    assert (spec["ky"]["chuc_vu"], spec["ky"]["ho_ten"]) == ("GIÁM ĐỐC", "Nguyễn Văn An")
    assert any("Hà N2: nơàv I0 thá nơ 4 măm 2021" in w for w in result.warnings)


def test_the_ky_hieu_read_apart_under_a_stamp_with_the_date() -> None:
    result = import_lines(["Ø92- THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: V/v triển khai các Nghị quyết",
                           "đơn giản hóa TTHC", ": gửi:", "Cá ĐỀN N4 TrTTTS7",
                           "/TTg-KTTH Hà Nội, ngày30 tháng 4 năm 2026",
                           "- Bộ trưởng các bộ;", "- Chủ tịch Ủy ban nhân dân các tỉnh.",
                           "Thủ tướng Chính phủ có ý kiến như sau.", *END])
    spec = result.spec
    assert (spec["trich_yeu"], spec.get("so"), spec["ky_hieu"], spec["dia_danh"],
            str(spec["ngay"])) == ("triển khai các Nghị quyết đơn giản hóa TTHC", None,
                                   "TTg-KTTH", "Hà Nội", "2026-04-30")
    assert spec["kinh_gui"] == ["Bộ trưởng các bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"]
    assert spec["noi_dung"].startswith("Thủ tướng Chính phủ có ý kiến")
    assert any("Cá ĐỀN N4 TrTTTS7" in w for w in result.warnings)
    assert spec["co_quan"]["ten"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert any("Ø92-" in w for w in result.warnings)


def test_an_unread_number_and_a_hyphen_set_apart_in_the_ky_hieu() -> None:
    spec = import_lines(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số:#4 /TTr -UBND",
                         "Lào Cai, ngày 0† tháng 02 năm 2025", "TỜ TRÌNH",
                         "Về việc miễn nhiệm chức danh Ủy viên", "Kính gửi: Hội đồng nhân dân tỉnh",
                         "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh.", *END]).spec
    assert (spec["loai"], spec.get("so"), spec["ky_hieu"], spec["dia_danh"], spec["trich_yeu"]) \
        == ("TTr", None, "TTr-UBND", "Lào Cai", "Về việc miễn nhiệm chức danh Ủy viên")
    assert spec["kinh_gui"] == ["Hội đồng nhân dân tỉnh"]


def test_a_ky_hieu_opening_with_the_issuer_s_initials_names_no_type() -> None:
    spec = import_lines(["BỘ TÀI CHÍNH", "CỤC THUẾ", *MOTTO, "Số: 2/CT-CS",
                         "V/v chính sách thuế", "Hà Nội, ngày 08 tháng 4 năm 2026",
                         "Kính gửi: Thuế tỉnh Ninh Bình.", "Cục Thuế có ý kiến như sau.",
                         *END]).spec
    assert (spec["loai"], spec["ky_hieu"], spec["trich_yeu"]) == ("CV", "CT-CS", "chính sách thuế")

"""`ntm-docgen import` on a scan whose Số line OCR read without a space (``Số:...../KH-DCT``,
the number left for the pen) under the date line, over the type name (held_out_20's Kế hoạch,
docs/accuracy.md): the Số line is whole, not a line cut after one word, and the type name
stays a line of its own."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

LINES = ["BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026",
         "Số:...../KH-DCT", "KẾ HOẠCH", "Khảo sát, xác định chỉ số hài lòng của người dân",
         "đối với dịch vụ giáo dục công năm 2026",
         "Căn cứ Công văn số 2637/BGDĐT-VP ngày 15 tháng 5 năm 2026 của Bộ Giáo dục và Đào tạo;",
         "Trường Đại học Công Thương ban hành Kế hoạch khảo sát năm 2026 như sau:",
         "1. Mục đích", "Ghi nhận ý kiến đánh giá của sinh viên./.", "Nơi nhận:", "- BGH;",
         "- Lưu: VT, QLCL.", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Thái Doãn Thanh"]


def test_a_so_line_read_without_spaces_keeps_the_type_name_under_it() -> None:
    spec = import_lines(LINES).spec
    assert (spec["loai"], spec["ky_hieu"]) == ("KH", "KH-DCT")
    assert spec["trich_yeu"] == ("Khảo sát, xác định chỉ số hài lòng của người dân đối với dịch "
                                 "vụ giáo dục công năm 2026")
    assert spec["can_cu"] == ["Căn cứ Công văn số 2637/BGDĐT-VP ngày 15 tháng 5 năm 2026 của Bộ "
                              "Giáo dục và Đào tạo"]
    assert spec["noi_dung"].startswith("Trường Đại học Công Thương ban hành")

"""A trích yếu printed in capitals, written as running text for a derived letter to cite: the
names and codes a clerk would write with capitals keep them, the common words do not."""

from __future__ import annotations

import pytest

from ntm_docgen.vietnamese.names import running_case


@pytest.mark.parametrize(("printed", "running"), [
    ("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026",
     "Kế hoạch phát triển kinh tế - xã hội năm 2026"),
    ("HỖ TRỢ CÁC XÃ TRÊN ĐỊA BÀN TỈNH", "Hỗ trợ các xã trên địa bàn tỉnh"),
    ("TRIỂN KHAI CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ",
     "Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("THỰC HIỆN NGHỊ ĐỊNH 30/2020/NĐ-CP TẠI UBND TỈNH LẠNG SƠN",
     "Thực hiện Nghị định 30/2020/NĐ-CP tại UBND tỉnh Lạng Sơn"),
    ("CÁC THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", "Các thành phố trực thuộc Trung ương"),
    ("BÁO CÁO CỦA TỈNH ỦY BÀ RỊA - VŨNG TÀU GIAI ĐOẠN II",
     "Báo cáo của Tỉnh ủy Bà Rịa - Vũng Tàu giai đoạn II"),
    ("BẢO HIỂM XÃ HỘI TỈNH KON TUM", "Bảo hiểm xã hội tỉnh Kon Tum"),
    ("XÃ HỘI HÓA GIÁO DỤC Ở PHƯỜNG HOÀN KIẾM, THÀNH PHỐ HÀ NỘI",
     "Xã hội hóa giáo dục ở phường Hoàn Kiếm, thành phố Hà Nội"),
    ("Sơ kết phong trào thi đua", "Sơ kết phong trào thi đua"),
])
def test_a_trich_yeu_in_capitals_reads_as_a_clerk_writes_it(printed, running):
    assert running_case(printed) == running

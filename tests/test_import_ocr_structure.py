"""`ntm-docgen import` on the lines OCR gave in the right words but in shapes that hid which
field they belong to (docs/accuracy.md): a stroke after a căn cứ's closing semicolon, the
căn cứ a Quyết định closes its list with."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
COMPANY_HEAD = ["CÔNG TY CP XÂY DỰNG AN BÌNH", *MOTTO, "Số: 12/2026/QĐ-CT",
                "Hà Nội, ngày 08 tháng 5 năm 2026", "QUYẾT ĐỊNH",
                "Phê duyệt Thiết kế bản vẽ thi công công trình kho chứa",
                "CÔNG TY CỔ PHẦN XÂY DỰNG AN BÌNH"]
DECIDED = ["QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Thiết kế bản vẽ thi công công trình kho chứa.",
           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;",
           "- Lưu: VT.", "TỔNG GIÁM ĐỐC", "Nguyễn Văn An"]


def test_a_stroke_after_a_can_cu_s_semicolon_ends_the_item() -> None:
    """``...; -`` at a line's end (a speck OCR read as a dash, or the next item's dash wrapped
    up): the căn cứ ends at its semicolon and the next line is a căn cứ of its own."""
    result = import_lines([*COMPANY_HEAD,
                           "Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014;",
                           "Căn cứ Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất, "
                           "bảo quản, vận chuyển vật liệu nổ công nghiệp - QCVN 01:2019/BCT; -",
                           "Các căn cứ pháp lý khác có liên quan;",
                           "Theo đề nghị của Phòng Kỹ thuật.", *DECIDED])
    assert result.spec["can_cu"] == [
        "Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014",
        "Căn cứ Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất, bảo quản, vận chuyển "
        "vật liệu nổ công nghiệp - QCVN 01:2019/BCT",
        "Các căn cứ pháp lý khác có liên quan", "Theo đề nghị của Phòng Kỹ thuật"]
    assert result.spec["noi_dung"].startswith("Điều 1. Phê duyệt")


def test_the_closing_can_cu_of_other_documents_stays_in_the_list() -> None:
    result = import_lines([*COMPANY_HEAD,
                           "Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014;",
                           "Các văn bản pháp luật khác có liên quan;",
                           "Theo đề nghị của Phòng Kỹ thuật.", *DECIDED])
    assert result.spec["can_cu"][1:] == ["Các văn bản pháp luật khác có liên quan",
                                         "Theo đề nghị của Phòng Kỹ thuật"]

"""`ntm-docgen import` on the lines OCR gave in the right words but in shapes that hid which
field they belong to (docs/accuracy.md): a stroke after a căn cứ's closing semicolon, the
căn cứ a Quyết định closes its list with; the Số and Lưu lines whose number or drafter
written by hand OCR read as marks, kept by their labels; a number OCR lost in the header that
the letter's own appendix cites."""

from __future__ import annotations

import pytest
from test_import_scan_shapes import _ocr_page

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.pageorder import order_page

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


def test_the_so_and_luu_lines_are_kept_though_their_hand_written_parts_read_as_marks() -> None:
    """Most of their signs are marks (a number, a drafter written by hand), yet their labels
    say which field they are: kept, and what OCR read right in them read into the fields (the
    ``¡`` OCR read for the small ``i`` of the drafter's note, an ``i``); a pen's strokes are
    still set apart."""
    head = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: †4/UBND-KTTH",
            "V/v đăng ký bổ sung nội dung", "Quảng Ngãi, ngày {tháng 02 năm 2025",
            "Kính gửi: Thường trực HĐND tỉnh"]
    sign = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, NC(V¡16).", "CHỦ TỊCH", "r3 Ấ u l| Ẳ",
            "Nguyễn Văn An"]
    lines, apart = order_page(_ocr_page([*head, "Đề nghị Thường trực HĐND tỉnh xem xét./.",
                                         *sign]), set())
    assert [x.text for x in lines] == [*head, "Đề nghị Thường trực HĐND tỉnh xem xét./.",
                                       *sign[:4], sign[5]]
    assert apart == [("ocr noise", 1, "r3 Ấ u l| Ẳ")]
    spec = import_lines([x.text for x in lines]).spec
    assert (spec.get("so"), spec["ky_hieu"], spec["luu"]) == (None, "UBND-KTTH", "VT, NC(Vi16)")
    assert spec["trich_yeu"] == "đăng ký bổ sung nội dung"


MINISTRY = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "V/v kiểm tra, khảo sát thực trạng phòng học bộ môn",
            *MOTTO, "Kính gửi: Các Sở Giáo dục và Đào tạo",
            "Bộ Giáo dục và Đào tạo đề nghị các Sở báo cáo trước ngày 20/4/2026.",
            "Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, GDPT.",
            "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn An", "---", "PHỤ LỤC 1",
            "Danh sách các Sở Giáo dục và Đào tạo được kiểm tra"]


def test_a_number_ocr_lost_is_taken_from_the_appendix_that_cites_the_letter() -> None:
    """No Số line read (a number typed over it), yet the letter's own appendix cites it in
    full: the number, ký hiệu and date are that line's, with a warning naming them."""
    result = import_lines([*MINISTRY,
                           "(Kèm theo Công văn số 1849 /BGDĐT-GDPT ngày 10 /4/2026",
                           "của Bộ Giáo dục và Đào tạo)", "Tháng 6/2026"])
    spec = result.spec
    assert (spec["loai"], spec["so"], spec["ky_hieu"], spec["ngay"].isoformat()) == \
        ("CV", 1849, "BGDĐT-GDPT", "2026-04-10")
    assert any("1849/BGDĐT-GDPT" in w and "10/04/2026" in w and "Kèm theo" in w
               for w in result.warnings)


def test_an_appendix_citing_another_letter_or_type_gives_no_number() -> None:
    """The appendix's line must name the letter's type and agree with what its header read."""
    for cited, header in (("Kế hoạch số 199/KH-BGDĐT ngày 05/02/2026", []),
                          ("Công văn số 1849/BGDĐT-GDPT ngày 10/4/2026", ["Số: /BGDĐT-KHTC"])):
        lines = [*MINISTRY[:1], *header, *MINISTRY[1:], f"(Kèm theo {cited})", "Tháng 6/2026"]
        assert import_lines(lines).spec.get("so") is None, cited


@pytest.mark.parametrize(("number_line", "cited", "so"), [
    ("Số:56ŸS /BCA-C04", "Công văn số: 5689/BCA-C04 ngày 16 tháng 12 năm 2025", 5689),
    ("Số:56ŸS /BCA-C04", "Công văn số: 5612/BCA-C05 ngày 16 tháng 12 năm 2025", 56),
    ("Số:56ŸS /BCA-C04", "Công văn số: 568/BCA-C04 ngày 16 tháng 12 năm 2025", 56),
    ("Số:56ŸS /BCA-C04", "Công văn số: 7789/BCA-C04 ngày 16 tháng 12 năm 2025", 56),
], ids=["digits-as-signs", "other-ky-hieu", "one-digit-short", "other-digits"])
def test_a_number_cut_short_is_the_appendix_s_whose_digits_begin_so(
        number_line: str, cited: str, so: int) -> None:
    """5689's Số line, its last two digits written by hand over print and read as two signs
    (``Số:56ŸS``), while its appendix cites the letter typed in full: the number and the day
    are the appendix's when its number begins with the digits read and has a digit for each
    sign, the ký hiệu the same; else the digits read stay, with the warning to write the
    signs by hand."""
    head = ["BỘ CÔNG AN", *MOTTO, number_line, "V/v dự kiến kế hoạch đầu tư công năm 2026",
            "Hà Nội, ngày |Š tháng 12 năm 2025", "Kính gửi: Các Bộ, cơ quan trung ương",
            "Bộ Công an đề nghị các Bộ gửi số liệu trước ngày 20/12/2025.", "Trân trọng./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, C04.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
            "Nguyễn Văn An", "---", "PHỤ LỤC", f"(Kèm theo {cited})", "Biểu số liệu"]
    result = import_lines(head)
    assert result.spec.get("so") == so
    cut = [w for w in result.warnings if "ŸS" in w]
    if so == 5689:
        assert result.spec["ngay"].isoformat() == "2025-12-16"
        assert cut and all("5689/BCA-C04" in w and "by hand" not in w for w in cut)
    else:
        assert result.spec.get("ngay") is None
        assert cut and all("by hand" in w for w in cut)


PLAN_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", *MOTTO, "Số: 672/KH-UBND",
             "Quảng Bình, ngày 17 tháng 4 năm 2024", "KẾ HOẠCH",
             "Thu thập thông tin về người lao động trên địa bàn tỉnh",
             "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "1. Mục đích thu thập thông tin.",
             "Yêu cầu các sở, ban, ngành tổ chức thực hiện Kế hoạch./.", "Nơi nhận:",
             "- Bộ LĐ-TBXH;", "- Công an tỉnh;", "- Lưu: VT, KSTTHC.", "KT. CHỦ TỊCH",
             "PHÓ CHỦ TỊCH", "Hoàng Xuân Tân"]
FORM = ["PHIẾU THÔNG TIN VỀ NGƯỜI LAO ĐỘNG", "1. Họ, chữ đệm và tên:", "Ghi chú:",
        "- Ghi số CCCD, trường hợp chưa có số CCCD thì ghi số CMND;",
        "- Ghi rõ theo thứ tự số nhà, đường phố, xóm, làng;"]


@pytest.mark.parametrize("label", ["Mẫu số 01", "Mẫu 02a", "Mẫu số 3:"])
def test_a_form_s_label_after_the_signature_opens_the_attachment(label: str) -> None:
    """held_out_30's Quảng Bình plan: the form it sends, labelled ``Mẫu số 01`` in small letters
    over its title, is an attachment; its notes' dashed lines are no Nơi nhận items."""
    spec = import_lines([*PLAN_HEAD, label, *FORM]).spec
    assert spec["noi_nhan"] == ["Bộ LĐ-TBXH", "Công an tỉnh"]
    assert spec["ky"]["ho_ten"] == "Hoàng Xuân Tân"
    assert "PHIẾU THÔNG TIN" in str(spec.get("phu_luc"))


def test_a_sentence_naming_a_form_is_no_attachment() -> None:
    """``Mẫu số 01`` inside a sentence, or closing one, opens nothing."""
    spec = import_lines([*PLAN_HEAD[:9], "Các đơn vị báo cáo theo", "Mẫu số 01.",
                         *PLAN_HEAD[10:]]).spec
    assert not spec.get("phu_luc")
    assert spec["noi_nhan"] == ["Bộ LĐ-TBXH", "Công an tỉnh"]

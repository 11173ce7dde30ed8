"""`ntm-docgen import` on what held_out_22's scans gave (docs/accuracy.md): a university's
letters signed by hand over a red seal, and the government portal's stamp read without its ĐẾN."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
SCHOOL = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ", *MOTTO]
NOTICE = [*SCHOOL, "Số: 534/TB-ĐHTĐ", "Cần Thơ, ngày 26 tháng 5 năm 2025", "THÔNG BÁO",
          "Về thời gian báo cáo trước Hội đồng tự đánh giá",
          "Ban Giám hiệu thông báo đến các nhóm thực hiện các công việc như sau:",
          "1. Soạn báo cáo trình bày tóm tắt;"]
LAST = "Đề nghị lãnh đạo các đơn vị có liên quan triển khai thực hiện đúng giờ và đầy đủ./."
LIST = ["- HĐT, BGH;", "- Các đơn vị liên quan (để t/h);", "Lưu: VT, TC-HC."]
SIGNED = ["HIỆU TRƯỞNG", "Trần Công Luận"]


def test_initials_by_hand_between_the_closing_mark_and_the_noi_nhan_label() -> None:
    """534: the initials written after ``./.`` and the Nơi nhận label read onto the body's
    last line (``đầy đủ./. lu Nơi nhận:``): the body ends with ``./.``, the initials are set
    apart with a warning, and the list under the label is the Nơi nhận."""
    raw = [*NOTICE, f"{LAST} lu Nơi nhận:", *LIST, *SIGNED]
    result = import_lines(raw)
    assert result.spec["noi_dung"].splitlines()[-1] == LAST
    assert result.spec["noi_nhan"] == ["HĐT, BGH", "Các đơn vị liên quan (để t/h)"]
    assert result.spec["luu"] == "VT, TC-HC"
    assert any("“lu”" in w for w in result.warnings)
    assert lost_lines(raw, result.spec, result.warnings) == []


def test_a_title_read_with_a_colon_on_its_last_letter() -> None:
    """1146: ``HIỆU TRƯỞNG:`` (a speck of the seal read as a colon): no title of the decree
    ends with one."""
    raw = [*NOTICE, LAST, "Nơi nhận:", *LIST, "HIỆU TRƯỞNG:", "Trần Công Luận"]
    assert import_lines(raw).spec["ky"]["chuc_vu"] == "HIỆU TRƯỞNG"


@pytest.mark.parametrize("vv", ["V/% Góp ý dự thảo Quy chế văn bằng,",
                                "V/v Góp ý dự thảo Quy chế văn bằng,"],
                         ids=["v-read-as-a-sign", "as-printed"])
def test_a_v_v_whose_second_v_ocr_read_as_a_sign(vv: str) -> None:
    """1135: ``V/%`` under the number is the công văn's V/v: its lines are the trích yếu, the
    date line under them gives the place, and the body opens under the Kính gửi."""
    raw = [*SCHOOL, "Số: 1135/ĐHTĐ", vv, "chứng chỉ của hệ thống GDQD",
           "Cần Thơ, ngày 24 tháng 10 năm 2025",
           "Kính gửi: Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo.",
           "Thực hiện Công văn số 6576/BGDĐT-QLCL ngày 17/10/2025 của Cục Quản lý chất lượng;",
           "Trường Đại học Tây Đô thống nhất với nội dung của dự thảo Quy chế.", "Trân trọng./.",
           "Nơi nhận:", "- Như trên;", "- Lưu: VT, TC-HC.", *SIGNED]
    spec = import_lines(raw).spec
    assert spec["trich_yeu"] == "Góp ý dự thảo Quy chế văn bằng, chứng chỉ của hệ thống GDQD"
    assert spec["dia_danh"] == "Cần Thơ"
    assert spec["noi_dung"].startswith("Thực hiện Công văn số 6576/BGDĐT-QLCL")


PM = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 1039/QĐ-TTg", "Hà Nội, ngày 24 tháng 9 năm 2024",
      "QUYẾT ĐỊNH", "Về việc kiện toàn thành viên Ban Chỉ đạo quốc gia",
      "triển khai thực hiện cam kết của Việt Nam"]
TRICH_YEU = "Về việc kiện toàn thành viên Ban Chỉ đạo quốc gia triển khai thực hiện cam kết " \
    "của Việt Nam"
DECISION = ["Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Theo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường.", "QUYẾT ĐỊNH:",
            "Điều 1. Kiện toàn thành viên Ban Chỉ đạo, cụ thể như sau:",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.",
            "Điều 3. Các Bộ trưởng, các thành viên Ban Chỉ đạo và các đồng chí có tên tại",
            "Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, NN (3b).", "THỦ TƯỚNG", "Phạm Minh Chính"]


@pytest.mark.parametrize("stamp", [
    ["sản rộn TIN mẽ TỪ CHÍNH PHÙ", "lÂyyava vs TFEAokpessed22s.esseeeeedeeeee"],
    ["cổne móc TIN TỪ CHÍNH PHÙ"],
    ["CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "ĐẾN", "Ngày: 25/9/2024"],
], ids=["its-row-read-as-signs", "its-name-alone", "its-den-read"])
def test_the_portal_s_stamp_read_without_its_den(stamp: list[str]) -> None:
    """970 and 1039: the portal's dấu đến beside the thẩm quyền, its ĐẾN not read: the line of
    its name, half of it in capitals and ending ``TỪ CHÍNH PHÙ``, and the row of signs under it
    are the stamp's, not the trích yếu's; they are named among the lines read into no field."""
    raw = [*PM, *stamp, "THỦ TƯỚNG CHÍNH PHỦ", *DECISION]
    result = import_lines(raw)
    assert result.spec["trich_yeu"] == TRICH_YEU
    assert result.spec["tham_quyen"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert lost_lines(raw, result.spec, result.warnings) == []


def test_a_trich_yeu_ending_with_the_portal_s_name_in_sentence_case_stays_whole() -> None:
    """A trích yếu line naming the portal in sentence case is no stamp."""
    title = ["Về việc đăng tải văn bản", "trên Cổng Thông tin điện tử Chính phủ"]
    spec = import_lines([*PM[:-2], *title, "THỦ TƯỚNG CHÍNH PHỦ", *DECISION]).spec
    assert spec["trich_yeu"] == " ".join(title)


def test_a_speck_on_the_tham_quyen_s_first_letter() -> None:
    """1039: ``-THỦ TƯỚNG CHÍNH PHỦ`` (the stamp's edge beside it) is the thẩm quyền, and the
    căn cứ under it are the căn cứ, not the body."""
    spec = import_lines([*PM, "-THỦ TƯỚNG CHÍNH PHỦ", *DECISION]).spec
    assert spec["tham_quyen"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert spec["noi_dung"].startswith("Điều 1. Kiện toàn")


def test_a_speck_between_can_and_cu() -> None:
    """1039: ``Căn.cứ Luật ...`` (a speck read for the space) opens the căn cứ."""
    decision = ["Căn.cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", *DECISION[1:]]
    spec = import_lines([*PM, "THỦ TƯỚNG CHÍNH PHỦ", *decision]).spec
    assert len(spec["can_cu"]) == 2
    assert spec["noi_dung"].startswith("Điều 1. Kiện toàn")


def test_an_article_named_at_the_start_of_a_wrapped_line() -> None:
    """1039: ``... có tên tại`` / ``Điều 1 chịu trách nhiệm ...``: the article named in the
    sentence, not a new article; an article's heading has a stop or its title after the
    number."""
    spec = import_lines([*PM, "THỦ TƯỚNG CHÍNH PHỦ", *DECISION]).spec
    assert spec["noi_dung"].splitlines()[-1] == (
        "Điều 3. Các Bộ trưởng, các thành viên Ban Chỉ đạo và các đồng chí có tên tại Điều 1 "
        "chịu trách nhiệm thi hành Quyết định này./.")


QD_539 = [*SCHOOL, "Số: 539/QĐ-ĐHTĐ", "Cần Thơ, ngày 04 tháng 9 năm 2025"]
TITLE_539 = ["Về việc thành lập Hội đồng sáng kiến Trường Đại học Tây Đô", "năm học 2024-2025",
             "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ",
             "Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01/08/2013 của Bộ Khoa học và Công nghệ;",
             "QUYẾT ĐỊNH:", "Điều 1. Thành lập Hội đồng sáng kiến.",
             "Điều 2. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
             "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, TC-HC.", *SIGNED]


@pytest.mark.parametrize("title", ["l lỒ, UYÉT ĐỊNH", "UYẾT ĐỊNH"], ids=["read-as-signs", "lost"])
def test_quyet_dinh_whose_large_q_the_scan_lost(title: str) -> None:
    """539: the title's large Q read as signs before ``UYÉT ĐỊNH`` (or not read): the line is
    the type name QUYẾT ĐỊNH, so the trích yếu, the thẩm quyền and the căn cứ under it are
    theirs, not the body's; a warning names the line as read."""
    result = import_lines([*QD_539, title, *TITLE_539])
    assert result.spec["loai"] == "QĐ"
    assert result.spec["trich_yeu"] == "Về việc thành lập Hội đồng sáng kiến Trường Đại học " \
        "Tây Đô năm học 2024-2025"
    assert result.spec["tham_quyen"] == "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ"
    assert result.spec["noi_dung"].startswith("Điều 1.")
    assert any(f"“{title}”" in w and "QUYẾT ĐỊNH" in w for w in result.warnings)


@pytest.mark.parametrize(("read", "right"), [
    ("- Các đơn vị thuộc trường (đề t/h);", "- Các đơn vị thuộc trường (để t/h);"),
    ("- Cổng TTĐT của Trường (đê t/b),", "- Cổng TTĐT của Trường (để t/b),"),
], ids=["de-t-h", "de-t-b"])
def test_the_note_of_a_noi_nhan_item_read_with_a_wrong_mark(read: str, right: str) -> None:
    """1146: ``(đề t/h)``, as OCR read the note ``(để t/h)`` of a Nơi nhận item (để thực
    hiện), and so ``(để t/b)`` (để thông báo): no letter writes đề before t/h or t/b."""
    from ntm_docgen.importer.ocrfix import mend_line

    assert mend_line(read.split()) == right.split()

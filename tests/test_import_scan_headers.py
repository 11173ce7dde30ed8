"""`ntm-docgen import` on the headers and issuers the scans of held_out_19 gave
(docs/accuracy.md): a Đ OCR read as an eth or as a Đ and an eth (``QĐÐ-TTg``); an issuer's
name wrapped onto a third line under its parent; the place and date line read with a v for the y
of ngày (``Hà Nói. ngàv 28 tháng 0 năm 2024``), the province's name in it with other marks; a
receiving office's ĐẾN stamp read between the lines of the trích yếu; initials written by hand
over the header read into the issuer's first line (``TU THỦ TƯỚNG CHÍNH PHỦ``); an article read
without the space before its number (``Điều3.``); an issuer's name OCR read without some of its
marks that the letter's text writes whole (``CỤC CANH SAT ĐIỀU TRA``)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO]
DECISION = ["Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;",
            "Căn cứ Nghị quyết số 668-NQ/ÐU ngày 27 tháng 6 năm 2026.", "QUYẾT ĐỊNH:",
            "Điều 1. Chấp thuận chủ trương đầu tư dự án khu công nghiệp.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("so", ["Số: 932/QĐÐ-UBND", "Số: 932/QÐ-UBND"], ids=["d-and-eth", "eth"])
def test_a_d_read_as_an_eth_is_a_d(so: str) -> None:
    raw = [*HEAD, so, "Lào Cai, ngày 02 tháng 7 năm 2026", "QUYẾT ĐỊNH",
           "Chấp thuận chủ trương đầu tư", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", *DECISION]
    result = import_lines(raw)
    assert (result.spec["so"], result.spec["ky_hieu"]) == (932, "QĐ-UBND")
    assert result.spec["can_cu"][1] == "Căn cứ Nghị quyết số 668-NQ/ĐU ngày 27 tháng 6 năm 2026"
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("issuer", "chu_quan", "ten"), [
    (["BỘ CÔNG AN", "CỤC CẢNH SÁT ĐIỀU TRA", "TỘI PHẠM VỀ MA TUÝ"], "BỘ CÔNG AN",
     "CỤC CẢNH SÁT ĐIỀU TRA\nTỘI PHẠM VỀ MA TUÝ"),
    (["BỘ TÀI CHÍNH", "CỤC THUẾ TỈNH", "LÀO CAI"], "BỘ TÀI CHÍNH", "CỤC THUẾ TỈNH\nLÀO CAI"),
    (["BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG"], "BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG"),
    (["BỘ TÀI CHÍNH", "CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC II"], "BỘ TÀI CHÍNH\nCỤC THUẾ",
     "CHI CỤC THUẾ KHU VỰC II"),
], ids=["wrapped-under-a-parent", "place-on-its-own-line", "two-lines", "three-bodies"])
def test_an_issuer_s_name_wrapped_under_its_parent(issuer: list[str], chu_quan: str,
                                                   ten: str) -> None:
    raw = [*issuer, *MOTTO, "Số: 3980/C04-P6", "V/v chuẩn bị triển khai Chương trình",
           "Hà Nội, ngày 28 tháng 8 năm 2025", "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng",
           "Đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo./.", "Nơi nhận:", "- Như trên;",
           "- Lưu: VT, P6.", "CỤC TRƯỞNG", "Nguyễn Văn An"]
    result = import_lines(raw)
    assert (result.spec["co_quan"].get("chu_quan"), result.spec["co_quan"]["ten"]) == \
        (chu_quan, ten)


TITLE = ["QUYẾT ĐỊNH", "Về việc xuất cấp hạt giống cây trồng từ nguồn dự trữ quốc gia",
         "hỗ trợ tỉnh Lào Cai", "THỦ TƯỚNG CHÍNH PHỦ",
         "Căn cứ Luật Dự trữ quốc gia ngày 20 tháng 11 năm 2012;", "QUYẾT ĐỊNH:",
         "Điều 1. Xuất cấp không thu tiền 80,48 tấn hạt giống lúa.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.", "Nơi nhận:",
         "- Như Điều 2;", "- Lưu: VT, KTTH (3).", "THỦ TƯỚNG", "Phạm Minh Chính"]
GOVERNMENT = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 1053/QĐ-TTg"]


@pytest.mark.parametrize(("place", "dia_danh"), [
    ("Hà Nội", "Hà Nội"), ("Hà Nói", "Hà Nội"), ("Thanh Hoá", "Thanh Hoá"),
    ("Lang Son", "Lang Son"), ("Phổ Phong", "Phổ Phong")],
    ids=["as-listed", "province-misread", "older-tone-place", "no-marks", "a-commune"])
def test_a_province_s_name_read_with_other_marks_in_the_date_line(place: str,
                                                                    dia_danh: str) -> None:
    result = import_lines([*GOVERNMENT, f"{place}, ngày 28 tháng 9 năm 2024", *TITLE])
    assert result.spec["dia_danh"] == dia_danh


def test_the_date_line_read_with_a_v_for_the_y_of_ngay() -> None:
    result = import_lines([*GOVERNMENT, "Hà Nội. ngàv 28 tháng 0 năm 2024", *TITLE])
    spec = result.spec
    assert (spec["dia_danh"], spec.get("ngay"), spec["tham_quyen"]) == \
        ("Hà Nội", None, "THỦ TƯỚNG CHÍNH PHỦ")
    assert spec["trich_yeu"] == \
        "Về việc xuất cấp hạt giống cây trồng từ nguồn dự trữ quốc gia hỗ trợ tỉnh Lào Cai"
    assert spec["can_cu"] == ["Căn cứ Luật Dự trữ quốc gia ngày 20 tháng 11 năm 2012"]


@pytest.mark.parametrize("stamp", ["[ĐẾN rơm", "ĐẾN Số: 1016", "ĐẾN Ngày: 05/9/2025"])
def test_a_received_stamp_between_the_lines_of_the_trich_yeu(stamp: str) -> None:
    title = [*TITLE[:2], stamp, *TITLE[2:]]
    result = import_lines([*GOVERNMENT, "Hà Nội, ngày 28 tháng 9 năm 2024", *title])
    assert result.spec["trich_yeu"] == \
        "Về việc xuất cấp hạt giống cây trồng từ nguồn dự trữ quốc gia hỗ trợ tỉnh Lào Cai"
    assert result.spec["tham_quyen"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert any(stamp in w for w in result.warnings)


def test_a_trich_yeu_line_that_opens_with_den_is_kept() -> None:
    raw = ["BỘ CÔNG AN", *MOTTO, "Số: 3980/C04-P6", "V/v chuẩn bị triển khai Chương trình",
           "đến năm 2030", "Hà Nội, ngày 28 tháng 8 năm 2025", "Kính gửi: UBND tỉnh Lâm Đồng",
           "Đề nghị UBND tỉnh quan tâm chỉ đạo./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
           "CỤC TRƯỞNG", "Nguyễn Văn An"]
    assert import_lines(raw).spec["trich_yeu"] == "chuẩn bị triển khai Chương trình đến năm 2030"


def test_initials_over_the_header_read_into_the_issuer_s_name() -> None:
    raw = ["TU", *GOVERNMENT, "Hà Nội, ngày 28 tháng 9 năm 2024", *TITLE]
    result = import_lines(raw)
    assert result.spec["co_quan"]["ten"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert any("“TU”" in w and "“TU THỦ TƯỚNG CHÍNH PHỦ”" in w for w in result.warnings)
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize("first", ["BỘ", "UBND", "V"], ids=["a-head", "three-letters", "a-letter"])
def test_a_word_before_a_name_o_5b_does_not_repeat_stays(first: str) -> None:
    head = [f"{first} THỦ TƯỚNG CHÍNH PHỦ" if first != "V" else "V BAN CHỈ ĐẠO", *MOTTO,
            "Số: 1053/QĐ-TTg"]
    result = import_lines([*head, "Hà Nội, ngày 28 tháng 9 năm 2024", *TITLE])
    if first == "V":  # ô 5b names another body: the issuer's name stays as read
        assert result.spec["co_quan"]["ten"] == "V BAN CHỈ ĐẠO"
    else:
        assert result.spec["co_quan"]["ten"] == f"{first} THỦ TƯỚNG CHÍNH PHỦ"


def test_an_article_read_without_the_space_before_its_number() -> None:
    title = [*TITLE[:7], "Điều2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.", *TITLE[8:]]
    result = import_lines([*GOVERNMENT, "Hà Nội, ngày 28 tháng 9 năm 2024", *title])
    assert result.spec["noi_dung"].split("\n")[-1] == \
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./."


CONG_VAN = [*MOTTO, "Số: 3980/C04-P6", "V/v chuẩn bị triển khai Chương trình",
            "Hà Nội, ngày 28 tháng 8 năm 2025", "Kính gửi: UBND tỉnh Lâm Đồng",
            "Cục Cảnh sát điều tra tội phạm về ma tuý, Bộ Công an đề nghị UBND tỉnh quan tâm./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CỤC TRƯỞNG", "Nguyễn Văn An"]


@pytest.mark.parametrize(("read", "ten"), [
    (["CỤC CANH SAT ĐIỀU TRA", "TỘI PHẠM VỀ MA TUY"],
     "CỤC CẢNH SÁT ĐIỀU TRA\nTỘI PHẠM VỀ MA TUÝ"),
    (["CỤC CẢNH SÁT ĐIỀU TRA", "TỘI PHẠM VỀ MA TÚY"], "CỤC CẢNH SÁT ĐIỀU TRA\nTỘI PHẠM VỀ MA TÚY"),
    (["CỤC CẢNH SÁT ĐIỀU TRA"], "CỤC CẢNH SÁT ĐIỀU TRA"),
], ids=["marks-lost", "other-tone-place-kept", "text-names-more"])
def test_an_issuer_s_name_takes_the_marks_the_letter_writes_it_with(read: list[str],
                                                                    ten: str) -> None:
    raw = ["BỘ CÔNG AN", *read, *CONG_VAN]
    result = import_lines(raw)
    assert result.spec["co_quan"]["ten"] == ten
    assert lost_lines(raw, result.spec, result.warnings) == []

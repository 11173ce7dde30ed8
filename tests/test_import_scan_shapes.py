"""`ntm-docgen import` on the shapes the scans of held_out_16 and held_out_17 gave
(docs/accuracy.md): a number written by hand over the Số line, a speck inside the type name, a
note in brackets wrapped under the title, a Biên bản under the motto whose type name OCR read
with other marks, parties signing side by side, the label Nơi nhận read as other words, a
company's name over its signer's title; a scanning app's mark and a pen's strokes read as signs,
set apart with a warning; capitals missing their ``^``, a province's name, a date and a range
of years as OCR parted them."""

from __future__ import annotations

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.ocrfix import mend_ocr
from ntm_docgen.importer.pageorder import pdf_text
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.setapart import set_apart

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO]
DECISION = ["Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;",
            "Xét Báo cáo thẩm định số 202/BC-BQL ngày 26 tháng 6 năm 2026.", "QUYẾT ĐỊNH:",
            "Điều 1. Chấp thuận chủ trương đầu tư dự án khu công nghiệp.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KT.", "CHỦ TỊCH", "Nguyễn Văn An"]


def test_a_number_written_by_hand_keeps_the_ky_hieu_and_the_header() -> None:
    result = import_lines([*HEAD, "Số: đ§ 4§ /QĐ-UBND", "Lào Cai, ngày 0Â tháng năm 2026",
                           "QUYẾT ĐỊNH", "Chấp thuận chủ trương đầu tư",
                           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", *DECISION])
    spec = result.spec
    assert (spec["loai"], spec.get("so"), spec["ky_hieu"], spec["dia_danh"]) == \
        ("QĐ", None, "QĐ-UBND", "Lào Cai")
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert spec["noi_dung"].startswith("Điều 1. Chấp thuận")


def test_a_speck_in_the_type_name_and_a_wrapped_note_under_the_title() -> None:
    result = import_lines([*HEAD, "Số: 2336/QĐ-UBND", "Lào Cai, ngày 02 tháng 7 năm 2026",
                           "QUYẾT:ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ",
                           "(Cấp lần đầu: Ngày 02 tháng", "7 năm 2026)",
                           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", *DECISION])
    spec = result.spec
    assert spec["loai"] == "QĐ"
    assert spec["trich_yeu"] == \
        "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ (Cấp lần đầu: Ngày 02 tháng 7 năm 2026)"
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert spec["can_cu"][0].startswith("Căn cứ Luật Đầu tư")


BIEN_BAN = [*MOTTO, "BIỂN BẢN KIỂM TRA", "Thực tế kho bảo quản vật liệu nổ công nghiệp",
            "Trên cơ sở đề nghị của Công ty cổ phần An Bình tại Văn bản số 12/CV-AB ngày "
            "25/06/2026 về việc báo cáo kết quả khắc phục các tồn tại của kho chứa vật liệu nổ",
            "Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra thực tế kho chứa.",
            "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản và có giá trị như nhau./.",
            "ĐD SỞ CÔNG THƯƠNG", "Đỗ Văn Cường", "ĐD CÔNG TY CP AN BÌNH", "Nguyễn Văn Chính"]


def test_a_bien_ban_under_the_motto_misread_by_one_mark() -> None:
    result = import_lines(BIEN_BAN)
    spec = result.spec
    assert spec["loai"] == "BB"
    assert spec["trich_yeu"] == "Thực tế kho bảo quản vật liệu nổ công nghiệp"
    assert spec["noi_dung"].startswith("Trên cơ sở đề nghị")
    assert spec["noi_dung"].rstrip().endswith("có giá trị như nhau./.")
    assert any("“BIỂN BẢN KIỂM TRA”" in w and "biên bản" in w and "“BIỂN BẢN”" in w
               for w in result.warnings)
    assert any("“KIỂM TRA”" in w for w in result.warnings)


def test_parties_signing_side_by_side_give_the_first_party() -> None:
    result = import_lines(BIEN_BAN)
    assert result.spec["ky"] == {"chuc_vu": "ĐD SỞ CÔNG THƯƠNG", "ho_ten": "Đỗ Văn Cường"}
    assert any("ĐD CÔNG TY CP AN BÌNH" in w for w in result.warnings)


def test_a_title_under_the_motto_of_an_issuer_stays_an_attachment_s() -> None:
    """Under a header with an issuer and no number, a heading stays the title of an
    attachment, as before."""
    result = import_lines([*HEAD, "BIÊN BẢN KIỂM TRA", "Thực tế kho bảo quản",
                           "Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra./.",
                           "CHỦ TỊCH", "Nguyễn Văn An"])
    assert result.spec["loai"] != "BB"


COMPANY = ["CÔNG TY CP ĐẦU TƯ XÂY DỰNG", "HẠ TẦNG VÀ GIAO THÔNG", *MOTTO,
           "Số: 89/QĐ-CTĐT", "Hà Nội, ngày 20 tháng 5 năm 2026", "QUYẾT ĐỊNH",
           "Phê duyệt thiết kế bản vẽ thi công", "TỔNG GIÁM ĐỐC CÔNG TY",
           "Căn cứ Luật Xây dựng số 50/2014/QH13;", "QUYẾT ĐỊNH:",
           "Điều 1. Phê duyệt thiết kế bản vẽ thi công công trình kho chứa.",
           "Quyết định này có hiệu lực kể từ ngày ký./.",
           "CÔNG TY CP ĐẦU TƯ XÂY DỰNG", "HẠ TẦNG VÀ GIAO THÔNG", "Xưa 3:", "- Phòng Kỹ thuật;",
           "- Lưu: VT.", "TỔNG GIÁM ĐỐC", "Nguyễn Thanh Việt"]


def test_the_label_noi_nhan_read_as_other_words() -> None:
    result = import_lines(COMPANY)
    spec = result.spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Phòng Kỹ thuật"], "VT")
    assert spec["noi_dung"].rstrip().endswith("kể từ ngày ký./.")
    assert any("“Xưa 3:”" in w and "Nơi nhận" in w for w in result.warnings)


def test_a_company_s_name_over_its_signer_s_title() -> None:
    assert import_lines(COMPANY).spec["ky"] == {"chuc_vu": "TỔNG GIÁM ĐỐC",
                                                "ho_ten": "Nguyễn Thanh Việt"}


def _ocr_page(rows: list[str]) -> Page:
    words = [Word(text, 72 + 40 * n, 72 + 40 * n + 36, 100 + 30 * r, 112 + 30 * r, 12,
                  line=r)
             for r, row in enumerate(rows) for n, text in enumerate(row.split())]
    return Page(1, 595, 842, words, ocr=True)


def test_a_scanning_app_s_mark_is_set_apart_with_a_warning() -> None:
    text = pdf_text([_ocr_page(["Biên bản được lập thành 02 bản./.", "ĐD SỞ CÔNG THƯƠNG",
                                "Đỗ Văn Cường", "Được quét bằng CamScanner"])])
    assert "Được quét bằng CamScanner" not in text.lines
    assert ("scanner app", 1, "Được quét bằng CamScanner") in text.set_apart
    warnings = set_apart(Source(text.lines, set_apart=tuple(text.set_apart), ocr_pages=(1,)))
    assert any("“Được quét bằng CamScanner” (p. 1)" in w and "scanned with" in w
               for w in warnings)


def test_the_strokes_of_a_pen_read_as_lone_signs_are_set_apart() -> None:
    text = pdf_text([_ocr_page(["ĐD SỞ CÔNG THƯƠNG", "q2", "r3 Ấ u l| Ẳ", "Đỗ Văn Cường"])])
    assert text.lines == ["ĐD SỞ CÔNG THƯƠNG", "Đỗ Văn Cường"]
    assert {x[2] for x in text.set_apart if x[0] == "ocr noise"} == {"q2", "r3 Ấ u l| Ẳ"}


def _mended(line: str) -> list[Word]:
    """The words of one OCR line, mended as the reader mends them."""
    return mend_ocr([Word(text, 10 * n, 10 * n + 8, 0, 10, 10, line=1)
                     for n, text in enumerate(line.split())])


def test_an_ocr_line_mended_by_the_dictionary_the_province_list_and_the_date() -> None:
    line = "CÔNG AN TỈNH LÂM ĐÒNG CỤC HÓA CHÁT TÔNG GIÁM ĐỐC ngày 16/ 12/2021 kỳ 2021- 2026"
    assert " ".join(w.text for w in _mended(line)) == (
        "CÔNG AN TỈNH LÂM ĐỒNG CỤC HÓA CHẤT TỔNG GIÁM ĐỐC ngày 16/12/2021 kỳ 2021 - 2026")


def test_a_speck_before_a_can_cu_is_a_line_of_its_own() -> None:
    mended = _mended("Ộ Căn cứ Văn bản đề nghị của Công ty;")
    assert mended[0].text == "Ộ" and mended[0].line != 1
    assert {w.line for w in mended[1:]} == {1}
    rows = [" ".join(w.text for w in mended if w.line == n) for n in sorted({w.line
                                                                            for w in mended})]
    text = pdf_text([_ocr_page(rows)])
    assert "Căn cứ Văn bản đề nghị của Công ty;" in text.lines
    assert ("ocr noise", 1, "Ộ") in text.set_apart


def test_a_tone_placed_by_the_older_rule_is_kept_as_printed() -> None:
    line = "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI - Uỷ ban nhân dân GIÁM ĐÓC"
    assert " ".join(w.text for w in _mended(line)) == (
        "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI - Uỷ ban nhân dân GIÁM ĐỐC")


def test_initials_written_between_the_number_and_the_date_are_set_apart() -> None:
    """The government portal's scan of 985/QĐ-TTg (held_out_21) reads initials written by hand
    (``HN,``) between the Số line and the place and date: they were the trích yếu, and the
    place, the date and the title were lost into the body; now a warning names them."""
    result = import_lines([*HEAD, "Số: 985/QĐ-UBND", "HN,", "Lào Cai, ngày 15 tháng 9 năm 2024",
                           "QUYẾT ĐỊNH", "Chấp thuận chủ trương đầu tư",
                           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", *DECISION])
    spec = result.spec
    assert (spec["so"], spec["dia_danh"], str(spec["ngay"])) == (985, "Lào Cai", "2024-09-15")
    assert spec["trich_yeu"] == "Chấp thuận chủ trương đầu tư"
    assert any("“HN,”" in w for w in result.warnings)

"""`ntm-docgen import` on a Biên bản kiểm tra of an issuer's inspection team (held_out_20,
docs/accuracy.md): its heading under the place and date of a header that prints no number, the
company inspected signing on the left of the team's head, and a Word header whose parent body
is set bold as its issuer is."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", *MOTTO, "Lào Cai, ngày 17 tháng 6 năm 2026"]
RECORD = [*HEAD, "BIÊN BẢN KIỂM TRA THỰC TẾ",
          "Phục vụ cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 3",
          "của Công ty TNHH Vật tư An Bình",
          "Căn cứ Nghị định số 161/2024/NĐ-CP ngày 18/12/2024 của Chính phủ quy định Danh mục "
          "hàng hóa nguy hiểm;",
          "Căn cứ Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh Lào Cai;",
          "Hôm nay, ngày 17 tháng 6 năm 2026, Đoàn kiểm tra của Sở Công Thương tiến hành kiểm "
          "tra thực tế điều kiện vận chuyển hàng hóa nguy hiểm của Công ty.",
          "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản./."]
SIGNED = [*RECORD, "ĐẠI DIỆN CÔNG TY", "Nguyễn Quang Thắng", "TRƯỞNG ĐOÀN", "Trần Trọng Trang"]


def test_a_heading_under_the_date_of_a_header_without_number_is_the_letter_s() -> None:
    spec = import_lines(SIGNED).spec
    assert spec["loai"] == "BB"
    assert spec["trich_yeu"] == ("Phục vụ cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 3 "
                                 "của Công ty TNHH Vật tư An Bình")
    assert [x[:30] for x in spec["can_cu"]] == ["Căn cứ Nghị định số 161/2024/N",
                                                 "Căn cứ Quyết định số 1696/QĐ-U"]
    assert spec["noi_dung"].startswith("Hôm nay, ngày 17 tháng 6 năm 2026")


def test_a_heading_qualified_by_four_words_leaves_them_out_with_a_warning() -> None:
    result = import_lines(SIGNED)
    assert any("“KIỂM TRA THỰC TẾ”" in w for w in result.warnings)


def test_the_company_inspected_signing_on_the_left_gives_way_to_the_team_s_head() -> None:
    result = import_lines(SIGNED)
    assert result.spec["ky"] == {"chuc_vu": "TRƯỞNG ĐOÀN", "ho_ten": "Trần Trọng Trang"}
    assert any("“ĐẠI DIỆN CÔNG TY”" in w and "“TRƯỞNG ĐOÀN”" in w for w in result.warnings)


def test_the_issuer_s_party_on_the_left_stays_the_signature() -> None:
    result = import_lines([*RECORD, "ĐD SỞ CÔNG THƯƠNG", "Trần Trọng Trang",
                           "ĐD CÔNG TY TNHH AN BÌNH", "Nguyễn Quang Thắng"])
    assert result.spec["ky"] == {"chuc_vu": "ĐD SỞ CÔNG THƯƠNG", "ho_ten": "Trần Trọng Trang"}


def test_a_word_header_set_wholly_bold_is_parted_as_a_text_s() -> None:
    bold = frozenset({"UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "BIÊN BẢN KIỂM TRA THỰC TẾ"})
    spec = import_lines(SIGNED, bold=bold, wrapped=False).spec
    assert spec["co_quan"] == {"chu_quan": "UBND TỈNH LÀO CAI", "ten": "SỞ CÔNG THƯƠNG"}


def test_a_word_header_with_its_issuer_alone_bold_keeps_the_bold_parting() -> None:
    lines = ["BỘ CÔNG THƯƠNG", "CỤC CÔNG NGHIỆP", "PHÒNG HÓA CHẤT", *SIGNED[2:]]
    spec = import_lines(lines, bold=frozenset({"CỤC CÔNG NGHIỆP", "PHÒNG HÓA CHẤT"}),
                        wrapped=False).spec
    assert spec["co_quan"] == {"chu_quan": "BỘ CÔNG THƯƠNG",
                               "ten": "CỤC CÔNG NGHIỆP\nPHÒNG HÓA CHẤT"}

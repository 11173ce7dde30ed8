"""`ntm-docgen import` on scans whose words OCR read right but whose parts went wrong
(docs/accuracy.md, "a scan's structure"): a plan's page opening with its own header where no
page break was read, an appendix's title over its (Kèm theo ...) with lines between, the
closing ./. with its last dot lost, signs read before a signer's name, a Biên bản's parties,
the signer's title read before the Nơi nhận label, a VPCP item's parts over undashed lines, a
trích yếu whose beginning the scan lost."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", *MOTTO, "Số: 2307/QĐ-UBND",
        "Sơn La, ngày 11 tháng 9 năm 2025", "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch tổng kết thi hành Luật Nuôi con nuôi",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kết.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."]
CLOSING = "Điều 3. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./."
NOI_NHAN = ["Nơi nhận:", "- Bộ Tư pháp (b/c);", "- Như Điều 3;", "- Lưu: VT, NC."]
SIGNED = ["CHỦ TỊCH", "Nguyễn Đình Việt"]


def test_a_plan_s_page_with_its_own_header_begins_an_attachment() -> None:
    """The plan issued with the decision opens with its issuer (misread) and the Quốc hiệu
    right under the signer's name, no page break read: it is an appendix, not Nơi nhận items."""
    plan = ["wt SƠN LA", *MOTTO, "KẾ HOẠCH", "Tổng kết thi hành Luật Nuôi con nuôi",
            "(Kèm theo Quyết định số 2307/QĐ-UBND ngày 11 tháng 9 năm 2025)",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Việc tổng kết cần thực hiện nghiêm túc, toàn diện từ cấp tỉnh đến cấp xã;",
            "- Kết quả tổng kết được xây dựng thành Báo cáo gửi về Bộ Tư pháp."]
    spec = import_lines([*HEAD, CLOSING, *NOI_NHAN, *SIGNED, *plan]).spec
    assert spec["noi_nhan"] == ["Bộ Tư pháp (b/c)", "Như Điều 3"]
    assert spec["ky"]["ho_ten"] == "Nguyễn Đình Việt"
    assert "Việc tổng kết cần thực hiện" in spec["phu_luc"][0]["noi_dung"]


def test_an_appendix_title_over_a_field_then_its_misread_kem_theo() -> None:
    """``DANH MỤC ...`` / ``(Lĩnh vực: Đường bộ)`` / ``(Ban hành vòm: theo Quyết định số ...``:
    the appendix begins at its title; its table's cells are neither Nơi nhận items nor the
    signer's name."""
    appendix = ["DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", "(Lĩnh vực: Đường bộ)",
                "(Ban hành vòm: theo Quyết định số 210/QĐ-UBND ngày 18 tháng 02 năm 2025",
                "của Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu)", "Tên thủ tục", "- Trực tiếp;",
                "- Trực tuyến toàn trình;", "TỔNG SỐ: 01 TTHC./."]
    spec = import_lines([*HEAD, CLOSING, *NOI_NHAN, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                         "Huỳnh Hữu Trí", *appendix]).spec
    assert spec["noi_nhan"] == ["Bộ Tư pháp (b/c)", "Như Điều 3"]
    assert spec["ky"]["ho_ten"] == "Huỳnh Hữu Trí"
    assert spec["phu_luc"][0]["tieu_de"].startswith("DANH MỤC THỦ TỤC")


def test_the_closing_with_its_last_dot_lost_keeps_its_closing() -> None:
    spec = import_lines([*HEAD, CLOSING[:-1], *NOI_NHAN, *SIGNED]).spec
    assert spec["noi_dung"].endswith("thi hành Quyết định này./.")


def test_signs_before_a_signer_s_name_of_three_words_are_left_out() -> None:
    """``Hà: Huỳnh Hữu Trí``: a colon no name has, the seal read before the name; two words
    after such signs (``Phạm: Minh Chính``) may be what is left of the name: not read."""
    spec = import_lines([*HEAD, CLOSING, *NOI_NHAN, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                         "Hà: Huỳnh Hữu Trí"]).spec
    assert spec["ky"]["ho_ten"] == "Huỳnh Hữu Trí"
    spec = import_lines([*HEAD, CLOSING, *NOI_NHAN, "THỦ TƯỚNG", "Phạm: Minh Chính"]).spec
    assert spec["ky"]["ho_ten"] != "Minh Chính"


BIEN_BAN = [*MOTTO, "BIÊN BẢN KIỂM TRA", "Công tác nghiệm thu kho chứa vật liệu nổ công nghiệp",
            "Hôm nay, ngày 31 tháng 03 năm 2026 Sở Công Thương tiến hành kiểm tra như sau:",
            "1. Kho đã hoàn thành, đủ điều kiện đưa vào sử dụng.",
            "2. Ý kiến của Chủ đầu tư: Hoàn toàn nhất trí với nội dung trong biên bản.",
            "ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ", "ĐẠI DIỆN SỞ CÔNG THƯƠNG Ữ", "PHÓ GIÁM ĐỐC",
            "XÂY DỰNG HẠ TẦNG CƠ SỞ", "Hoàng Văn Thuân", "Phạm Xuân Phường",
            "ĐẠI DIỆN CÔNG TY TNHH TƯ", "ĐẠI DIỆN CÔNG TY TNHH TƯ", "VẤN CÔNG NGHỆ MỎ",
            "VẤN VÀ ĐẦU TƯ SƠN THÁI", "Trần Chí Dũng", "Lương Văn Thắng",
            "THÀNH VIÊN THAM GIA", "Ông Đỗ Mạnh Cường", "Ông Ngô Ngọc Dũng",
            "Ông Đặng Tuấn Anh", "Ông Vũ Mạnh Hà"]


def test_a_bien_ban_s_parties_read_across_their_row() -> None:
    """Four parties and their members under the last paragraph, no Nơi nhận nor ./.: the
    paragraph is the body's last, and the signature is the Sở's (the party that names no
    enterprise), its title over the signer's, and its name, not the last member's."""
    spec = import_lines(BIEN_BAN).spec
    assert spec["noi_dung"].endswith("Hoàn toàn nhất trí với nội dung trong biên bản.")
    assert spec["ky"] == {"chuc_vu": "ĐẠI DIỆN SỞ CÔNG THƯƠNG\nPHÓ GIÁM ĐỐC",
                          "ho_ten": "Hoàng Văn Thuân"}


def test_the_signer_s_title_read_before_the_noi_nhan_label() -> None:
    """``... giáo dục... 4A“`` / ``HIỆU TRƯỞNG`` / ``Nơi nhận:``: the title is the signature's,
    the sentence above it the body's last, closed as the decree writes it."""
    lines = ["TRƯỜNG ĐẠI HỌC TÂY ĐÔ", *MOTTO, "Số: 561/TB-ĐHTĐ",
             "Cần Thơ, ngày 30 tháng 5 năm 2025", "THÔNG BÁO", "Về việc dịch minh chứng",
             "1. Mỗi đơn vị rà soát minh chứng.",
             "Đề nghị các đơn vị liên hệ Trung tâm Đảm bảo chất lượng giáo dục... 4A“",
             "HIỆU TRƯỞNG", "Nơi nhận:", "- HĐT, BGH;", "- Lưu: VT, TC-HC.", "Trần Công Luận"]
    spec = import_lines(lines).spec
    assert spec["noi_dung"].endswith("Trung tâm Đảm bảo chất lượng giáo dục./.")
    assert spec["ky"]["chuc_vu"] == "HIỆU TRƯỞNG"


def test_a_vpcp_item_goes_on_over_undashed_lines() -> None:
    lines = [*HEAD, CLOSING, "Nơi nhận:", "- Ban Bí thư Trung ương Đảng;",
             "- VPCP: BTCN, các PCN, Trợ lý, Thư ký của TTg,",
             "Trợ lý, Thư ký của PTTg Trần Hồng Hà;", "TGĐ Cổng TTĐT;",
             "các Vụ: TH, QHQT, CN, TCCV;", "- Lưu: Văn thư, NN (3b).", *SIGNED]
    spec = import_lines(lines).spec
    assert spec["noi_nhan"] == [
        "Ban Bí thư Trung ương Đảng",
        "VPCP: BTCN, các PCN, Trợ lý, Thư ký của TTg, Trợ lý, Thư ký của PTTg Trần Hồng Hà; "
        "TGĐ Cổng TTĐT; các Vụ: TH, QHQT, CN, TCCV"]


def test_a_trich_yeu_whose_beginning_was_lost_is_completed_from_the_opening() -> None:
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", *MOTTO, "Số: 3/2025/QĐ-UBND",
             "Phú Thọ, ngày 01 tháng 7 năm 2025", "QUYẾT ĐỊNH",
             "ơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ",
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
             "Ủy ban nhân dân tỉnh ban hành Quyết định Quy định chức năng, nhiệm vụ, quyền hạn "
             "và cơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ như sau:",
             "Điều 1. Vị trí và chức năng của Sở./.", *NOI_NHAN, "TM. ỦY BAN NHÂN DÂN",
             "CHỦ TỊCH", "Trần Duy Đông"]
    result = import_lines(lines)
    assert result.spec["trich_yeu"] == ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
                                        "chức của Sở Công Thương tỉnh Phú Thọ")
    assert any("ơ cấu tổ chức" in w for w in result.warnings)

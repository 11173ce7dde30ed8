"""`ntm-docgen import` on the headers the scans of held_out_22 and held_out_27 gave
(docs/accuracy.md, 2026-12-05): a mark written beside the issuer read as a line of its name
(``T1-P7``), the Đ of the issuer's abbreviation read as a D in the ký hiệu (``DHTĐ``), a tone
added to the issuer's name that the letter's text writes without it (``TÂY ĐỒ``), a trích
yếu's ``Về việc`` misread (``và việc``, ``è việc``), and the place and date line whose day and
month a pen wrote, read as marks, kept (``Cần Thơ, ngàyg)kthánglÙnăm 2025``)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.pageorder import order_page
from ntm_docgen.importer.pdflayout import Page, Word

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TC-HC.", "HIỆU TRƯỞNG", "Trần Văn An"]
SCHOOL = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ"]


def test_a_mark_under_the_issuer_is_not_its_name() -> None:
    raw = ["THỦ TƯỚNG CHÍNH PHỦ", "T1-P7", *MOTTO, "Số: 1039/QĐ-TTg",
           "Hà Nội, ngày 24 tháng 9 năm 2024", "QUYẾT ĐỊNH", "Về việc kiện toàn Ban Chỉ đạo",
           "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
           "QUYẾT ĐỊNH:", "Điều 1. Kiện toàn Ban Chỉ đạo./.", "Nơi nhận:", "- Như Điều 1;",
           "- Lưu: VT, QHQT.", "THỦ TƯỚNG", "Phạm Minh Chính"]
    result = import_lines(raw)
    assert result.spec["co_quan"]["ten"] == "THỦ TƯỚNG CHÍNH PHỦ"
    assert any("T1-P7" in w for w in result.warnings)
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("so", "ky_hieu"), [
    ("Số: 1135/DHTĐ", "ĐHTĐ"), ("Số: 1146/KH-DHTD", "KH-ĐHTĐ"), ("Số: 1146/KH-ĐHTĐ", "KH-ĐHTĐ"),
], ids=["first-d", "both-d", "as-printed"])
def test_the_issuer_s_initials_give_the_ky_hieu_its_d(so: str, ky_hieu: str) -> None:
    raw = [*SCHOOL, *MOTTO, so, "V/v góp ý dự thảo Quy chế văn bằng",
           "Cần Thơ, ngày 24 tháng 10 năm 2025", "Kính gửi: Cục Quản lý chất lượng",
           "Trường Đại học Tây Đô thống nhất với dự thảo./.", *END]
    result = import_lines(raw)
    assert result.spec["ky_hieu"] == ky_hieu
    assert any("DH" in w for w in result.warnings) is (ky_hieu != so.split("/")[-1])


def test_a_tone_ocr_added_to_the_issuer_is_the_text_s() -> None:
    raw = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC TÂY ĐỒ", *MOTTO, "Số: 534/TB-ĐHTĐ",
           "Cần Thơ, ngày 26 tháng 5 năm 2025", "THÔNG BÁO", "Về thời gian báo cáo",
           "Căn cứ Kế hoạch số 663/KH-ĐHTĐ của Hiệu trưởng Trường Đại học Tây Đô;",
           "Trường Đại học Tây Đô thông báo thời gian báo cáo./.", *END]
    assert import_lines(raw).spec["co_quan"]["ten"] == "TRƯỜNG ĐẠI HỌC TÂY ĐÔ"


@pytest.mark.parametrize("read", ["và việc", "è việc"], ids=["va", "e"])
def test_a_misread_ve_viec_opening_the_trich_yeu(read: str) -> None:
    raw = ["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", *MOTTO, "Số: 210/QĐ-UBND",
           "Bạc Liêu, ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH",
           f"{read} công bố Danh mục thủ tục hành chính", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
           "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:",
           "Điều 1. Công bố Danh mục./.", "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT.",
           "CHỦ TỊCH", "Phạm Văn Thiều"]
    assert import_lines(raw).spec["trich_yeu"] == "Về việc công bố Danh mục thủ tục hành chính"


def test_a_date_line_written_by_hand_is_no_noise() -> None:
    def words(line: int, top: float, text: str, x0: float) -> list[Word]:
        out = []
        for n, part in enumerate(text.split()):
            out.append(Word(part, x0 + 60 * n, x0 + 60 * n + 50, top, top + 12, 12.0, line=line))
        return out
    page = Page(1, 595.0, 842.0, [*words(0, 100, "Số: 441) /TB-ĐHTĐ", 80),
                                  *words(1, 100, "Cần Thơ, ngàyg)kthánglÙnăm 2025", 330),
                                  *words(2, 140, "THÔNG BÁO", 250)], ocr=True)
    ordered, apart = order_page(page, set())
    assert [x.text for x in ordered] == ["Số: 441) /TB-ĐHTĐ", "Cần Thơ, ngàyg)kthánglÙnăm 2025",
                                         "THÔNG BÁO"]
    assert apart == []


def test_the_date_under_a_receiving_stamp_read_as_words() -> None:
    raw = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: Z#@o/QĐ-TTg", "ren",
           "CÔNG THÔNG TTN ĐIỆN TU CHÍNH PHÙ đố TƯỚNg", "Hà Nội, ngày tháng 10 năm 2024",
           "QUYẾT ĐỊNH", "Thi hành kỷ luật đối với ông Nguyễn Văn A", "THỦ TƯỚNG CHÍNH PHỦ",
           "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
           "Điều 1. Thi hành kỷ luật./.", "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT, V.I.",
           "THỦ TƯỚNG", "Phạm Minh Chính"]
    result = import_lines(raw)
    assert (result.spec["dia_danh"], result.spec["nam"]) == ("Hà Nội", 2024)
    assert result.spec["trich_yeu"] == "Thi hành kỷ luật đối với ông Nguyễn Văn A"
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("read", "right"), [
    ("Về việc thi hành kỷ luật đối với ông Lê Ánh Dương, NayO8I40L2O A4. Chủ tịch Ủy ban nhân "
     "dân tỉnh Bắc Giang",
     "Về việc thi hành kỷ luật đối với ông Lê Ánh Dương, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
    ("Về việc thi hành kỷ luật đối với ông Lê Ánh Dương, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang",
     "Về việc thi hành kỷ luật đối với ông Lê Ánh Dương, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"),
], ids=["stamp-signs", "as-printed"])
def test_a_trich_yeu_under_a_stamp_mended_from_dieu_1(read: str, right: str) -> None:
    raw = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 1114/QĐ-TTg", "Hà Nội, ngày 07 tháng 10 năm 2024",
           "QUYẾT ĐỊNH", read, "THỦ TƯỚNG CHÍNH PHỦ",
           "Căn cứ Luật Tổ chức Chính phủ năm 2015;", "QUYẾT ĐỊNH:",
           "Điều 1. Thi hành kỷ luật bằng hình thức Cảnh cáo đối với ông Lê Ánh Dương, Chủ tịch "
           "Ủy ban nhân dân tỉnh Bắc Giang do đã có vi phạm.",
           "Điều 2. Quyết định này có hiệu lực từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;",
           "- Lưu: VT, V.I.", "THỦ TƯỚNG", "Phạm Minh Chính"]
    result = import_lines(raw)
    assert result.spec["trich_yeu"] == right
    assert any("NayO8I40L2O" in w for w in result.warnings) is (read != right)
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("under", "trich_yeu"), [
    ([], None), (["Về phương án di dời Cụm công nghiệp Đầm Hồng"],
                 "Về phương án di dời Cụm công nghiệp Đầm Hồng"),
], ids=["kind-only", "trich-yeu-under"])
def test_the_kind_of_a_bien_ban_is_no_trich_yeu(under: list[str], trich_yeu: str | None) -> None:
    raw = [*MOTTO, "BIÊN BẢN LÀM VIỆC", *under,
           "Căn cứ Văn bản số 4135/UBND-KT ngày 21/5/2026 của UBND tỉnh Lào Cai;",
           "Hôm nay, ngày 26/5/2026 tại Sở Công Thương tỉnh Lào Cai chúng tôi tiến hành làm việc.",
           "Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày./.", "ĐẠI DIỆN SỞ CÔNG THƯƠNG",
           "Nguyễn Đình Chiến"]
    result = import_lines(raw)
    assert result.spec["loai"] == "BB"
    assert result.spec["trich_yeu"] == (trich_yeu or "...")  # the placeholder: none printed
    assert lost_lines(raw, result.spec, result.warnings) == []


@pytest.mark.parametrize(("place", "text", "right"), [
    ("TỈNH BẠC LIEU", "trên địa bàn tỉnh Bạc Liêu", "TỈNH BẠC LIÊU"),
    ("TỈNH QUÁẢNG NGÃI", "các Khu công nghiệp Quảng Ngãi", "TỈNH QUẢNG NGÃI"),
    ("TỈNH HÒA BÌNH", "trên địa bàn tỉnh Hoà Bình", "TỈNH HÒA BÌNH"),
], ids=["marks-lost", "letter-read-twice", "tone-placed-otherwise"])
def test_the_issuer_s_place_as_the_letter_writes_it(place: str, text: str, right: str) -> None:
    raw = ["ỦY BAN NHÂN DÂN", place, *MOTTO, "Số: 209/QĐ-UBND",
           "Bạc Liêu, ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH", "Về việc công bố thủ tục",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Tổ chức chính quyền địa phương;",
           "QUYẾT ĐỊNH:", f"Điều 1. Công bố thủ tục áp dụng {text}./.", "Nơi nhận:",
           "- Như Điều 1;", "- Lưu: VT.", "CHỦ TỊCH", "Phạm Văn Thiều"]
    assert import_lines(raw).spec["co_quan"]["ten"] == f"ỦY BAN NHÂN DÂN\n{right}"


def test_a_date_line_cut_into_pieces_around_a_pen_s_marks() -> None:
    raw = [*SCHOOL, *MOTTO, "Số: 441) /TB-ĐHTĐ", "Cần Thơ, ngàyg)kthánglÙnăm 2025", "THÔNG BÁO",
           "Về việc xét tặng danh hiệu NGND, NGƯT lần thứ 17 - năm 2026",
           "Trường Đại học Tây Đô thông báo như sau./.", *END]
    result = import_lines(raw)
    assert (result.spec["dia_danh"], result.spec["nam"]) == ("Cần Thơ", 2025)
    assert "ngay" not in result.spec

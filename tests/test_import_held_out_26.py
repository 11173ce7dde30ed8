"""`ntm-docgen import` on what held_out_26 showed (docs/accuracy.md): a Biên bản whose parties
sign under "Đại diện" typed in sentence case over the party's name, and a letter as a province's
Công báo prints it (its running heads, its section heading and the authority it lists)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import PLACEHOLDER, import_lines
from ntm_docgen.importer.cleanlines import clean_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
END = ("Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày, được lập thành 04 bản, có giá trị "
       "pháp lý như nhau./.")
MINUTES = [*MOTTO, "BIÊN BẢN LÀM VIỆC",
           "Hôm nay, ngày 26/5/2026 tại Sở Công Thương chúng tôi cùng nhau tiến hành làm việc "
           "về Cụm công nghiệp Đầm Hồng. Cụ thể như sau:",
           "I. Thành phần tham gia", "Ông: Nguyễn Đình Chiến - Phó Giám đốc Sở Công Thương;",
           "Ông: Vũ Lân - Phó Giám đốc Sở Tài chính;", "Ông: Lê Anh Dũng - Chủ tịch;", END]


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


@pytest.mark.parametrize(("parties", "title", "name"), [
    (["Đại diện", "Sở Công Thương", "", "", "Nguyễn Đình Chiến", "", "Đại diện",
      "Sở Tài chính", "", "Vũ Lân", "", "Đại diện", "UBND phường Văn Phú", "", "Lê Anh Dũng"],
     "Đại diện Sở Công Thương", "Nguyễn Đình Chiến"),
    (["Đại diện", "UBND phường Văn Phú", "Lê Anh Dũng", "Đại diện", "Công ty CP An Bình",
      "Vũ Lân"], "Đại diện UBND phường Văn Phú", "Lê Anh Dũng"),
], ids=["three-bodies-word-table", "ward-then-company"])
def test_a_party_signing_under_dai_dien_in_sentence_case_is_the_signature(
        parties: list[str], title: str, name: str) -> None:
    spec = _read([*MINUTES, "", *parties])
    assert spec["ky"] == {"chuc_vu": title, "ho_ten": name}
    assert spec["noi_dung"].split("\n")[-1] == END


def test_dai_dien_in_the_body_is_no_signature() -> None:
    spec = _read([*MINUTES[:-1], "Đại diện các cơ quan cùng thống nhất nội dung như sau:",
                  "Một là, di dời Cụm công nghiệp Đầm Hồng./."])
    assert spec["noi_dung"].split("\n")[-1] == "Một là, di dời Cụm công nghiệp Đầm Hồng./."
    assert spec["ky"] == {"chuc_vu": PLACEHOLDER, "ho_ten": PLACEHOLDER}


GAZETTE = ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU",
           "CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025", "PHẦN VĂN BẢN KHÁC",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", *MOTTO, "Số: 353/QĐ-UBND",
           "Bà Rịa - Vũng Tàu, ngày 17 tháng 02 năm 2025", "QUYẾT ĐỊNH",
           "Về việc công bố Danh mục thủ tục hành chính lĩnh vực hộ tịch",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
           "QUYẾT ĐỊNH:",
           "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính thuộc thẩm quyền",
           "CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025                    17",
           "giải quyết của Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu.",
           "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định "
           "này./.", "KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Minh Thông"]


def test_a_letter_as_the_cong_bao_prints_it_keeps_its_own_issuer_and_paragraphs() -> None:
    spec = _read(GAZETTE)
    assert spec["co_quan"]["ten"] == "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU"
    assert "chu_quan" not in spec["co_quan"]
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"
    assert spec["noi_dung"].split("\n")[0] == (
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính thuộc thẩm quyền "
        "giải quyết của Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu.")


@pytest.mark.parametrize("line", [
    "CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025",
    "18 CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025",
    "CÔNG BÁO BÀ RỊA - VŨNG TÀU/Số 09/ Ngày 25-02-2025 17",
    "PHẦN VĂN BẢN KHÁC",
], ids=["running-head", "page-number-before", "page-number-after", "section"])
def test_the_cong_bao_s_furniture_is_set_aside(line: str) -> None:
    assert clean_lines(["Điều 1. Công bố", line, "thủ tục hành chính."]) == \
        ["Điều 1. Công bố", "thủ tục hành chính."]


@pytest.mark.parametrize(("lines", "kept"), [
    (["PHẦN VĂN BẢN KHÁC", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN"],
     ["ỦY BAN NHÂN DÂN"]),
    (["ỦY BAN NHÂN DÂN TỈNH", "KON TUM"], ["ỦY BAN NHÂN DÂN TỈNH", "KON TUM"]),
    (["PHẦN VĂN BẢN KHÁC", "ỦY BAN NHÂN DÂN TỈNH AN GIANG"], ["ỦY BAN NHÂN DÂN TỈNH AN GIANG"]),
], ids=["level-under-section", "level-wrapped-in-a-header", "issuer-named-under-section"])
def test_only_the_level_under_a_section_heading_is_the_gazette_s(
        lines: list[str], kept: list[str]) -> None:
    assert [x for x in clean_lines(lines) if x] == kept

"""What held_out_35's letters (docs/accuracy.md) showed the importer reading wrong, each as a rule
a clerk's letter justifies: a Nơi nhận whose text layer doubled every list mark (``- - Như Điều
5;``), and words in small type whose text layer lost their spaces before a name in capitals."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.runtogether import split_run_together

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 119/QĐ-UBND", "Ninh Bình, ngày 17 tháng 02 năm 2025",
        "QUYẾT ĐỊNH", "Công bố Danh mục thủ tục hành chính sửa đổi, bổ sung lĩnh vực Khám bệnh,",
        "chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Ninh Bình",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
        "Theo đề nghị của Giám đốc Sở Y tế.", "QUYẾT ĐỊNH:",
        "Điều 1. Công bố kèm theo Quyết định này 14 Danh mục thủ tục hành chính.",
        "Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./."]
#: the Nơi nhận as Ninh Bình 119's text layer gives it: each mark doubled, the second item and
#: the fourth in small type whose spaces were lost
END = ["Nơi nhận:", "- - Như Điều 5;", "- Cục KiểmsoátTTHC,VănphòngChính phủ",
       "- - Chủ tịch, các PCT UBND tỉnh;", "- - VNPTNinh Bình;", "- - Lưu: VT,TTTH-CB,VP6,VP7.",
       "MT20/VP7/2025/CBTTHC- SYT", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tống Quang Thìn"]


def test_a_doubled_list_mark_is_one_and_the_lost_spaces_come_back() -> None:
    lines = [*HEAD, *END]
    result = import_lines(lines)
    assert result.spec["noi_nhan"] == ["Như Điều 5", "Cục Kiểm soát TTHC, Văn phòng Chính phủ",
                                       "Chủ tịch, các PCT UBND tỉnh", "VNPT Ninh Bình"]
    # the Lưu line is read as the Lưu, its units as the office typed them
    assert result.spec["luu"].replace(" ", "") == "VT,TTTH-CB,VP6,VP7"
    assert lost_lines(lines, result.spec, result.warnings) == []


@pytest.mark.parametrize(("line", "read"), [
    ("- VNPTNinh Bình;", "- VNPT Ninh Bình;"),
    ("Chủ tịch UBNDThành phố", "Chủ tịch UBND Thành phố"),
    ("số 57/TTr-UBNDngày 10 tháng 6", "số 57/TTr-UBND ngày 10 tháng 6"),
    ("UBNDấp 3", "UBND ấp 3"),
    ("- Cục KiểmsoátTTHC, VPCP", "- Cục Kiểm soát TTHC, VPCP"),
    ("- Phòng CCHC(VLi); Cục KSTTHC", "- Phòng CCHC(VLi); Cục KSTTHC"),
    ("- CụcKSTTHC, VPCP", "- CụcKSTTHC, VPCP"),
], ids=["name-after-caps", "known-short-name", "word-after-caps", "no-name-after",
        "syllables-then-caps", "typed-with-spaces", "one-syllable-left-alone"])
def test_where_the_space_goes_back(line: str, read: str) -> None:
    """The last capital opens a name (``Ninh``) only where a name goes on after it or the
    capitals before it are a known short name; capitals after syllables that lost their own
    spaces get theirs back, one syllable before capitals is left as the office typed it."""
    assert split_run_together(line) == read


HG_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Số:313 /QĐ-UBND", "Hậu Giang, ngày 19 tháng 02 năm 2025",
           "QUYẾT ĐỊNH", "Về việc công bố Danh mục thủ tục hành chính đăng ký công bố hợp quy",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
           "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;",
           "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội.", "QUYẾT ĐỊNH:",
           "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.",
           "Điều 2. Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này./.",
           "Nơi nhận:", "- Như Điều 2;", "- TT. UBND tỉnh (để b/c);", "- Lưu: VT, SLĐTBXH."]


@pytest.mark.parametrize(("authority", "title"), [
    (["TUQ. CHỦ TỊCH"], "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ([], "GIÁM ĐỐC"),
], ids=["by-authorisation", "the-head-signs"])
def test_the_office_under_a_title_signed_by_authorisation(authority: list[str],
                                                          title: str) -> None:
    """Hậu Giang 313, signed for the Chủ tịch by the Sở's Giám đốc: his office printed under his
    title is part of it; under a head's own signature the line stays apart, as a seal's ring
    read there does."""
    lines = [*HG_HEAD, *authority, "GIÁM ĐỐC", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
             "Trần Thanh Liêm"]
    result = import_lines(lines)
    assert result.spec["ky"]["chuc_vu"] == title
    assert result.spec["ky"]["ho_ten"] == "Trần Thanh Liêm"

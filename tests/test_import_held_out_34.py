"""What held_out_34's letters (docs/accuracy.md) showed the importer reading wrong, each as a rule
a clerk's letter justifies: a syllable a PDF's text layer parted after its first consonants
(``Ngh ị định``), and a Nơi nhận item set in narrow type whose text layer kept no space."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.runtogether import join_parted, narrow_spaced, split_run_together

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 153/QĐ-UBND", "Tuyên Quang, ngày 20 tháng 02 năm 2025",
        "QUYẾT ĐỊNH", "Về việc công bố Danh mục thủ tục hành chính lĩnh vực nuôi con nuôi",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"]
CAN_CU = ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
          "hành chính; {word} định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ;")
BODY = ["Theo đề nghị của Giám đốc Sở Tư pháp,", "QUYẾT ĐỊNH:",
        "Điều 1. Công bố Danh mục thủ tục hành chính lĩnh vực nuôi con nuôi.",
        "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./."]
END = ["Nơi nhận:", "KT. CHỦ TỊCH", "{item}", "- Bộ Tư pháp; (báo cáo)", "PHÓ CHỦ TỊCH",
       "- Như Điều 2; (thực hiện)", "- Lưu: VT, THCBKS (Huyền).", "Hoàng Việt Phương"]


def _letter(word: str, item: str) -> list[str]:
    return [*HEAD, CAN_CU.format(word=word), *BODY, *(line.format(item=item) for line in END)]


def test_a_parted_syllable_and_a_narrow_item_read_as_the_page_prints_them() -> None:
    """Tuyên Quang 153: the căn cứ's ``Ngh ị định`` and the first item, squeezed onto one line in
    narrow type, ``VănphòngChínhphủ(CụcKSTTHC);(báocáo)`` in the text layer."""
    lines = _letter("Ngh ị", "- VănphòngChínhphủ(CụcKSTTHC);(báocáo)")
    result = import_lines(lines)
    assert result.spec["can_cu"][0].endswith("; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 "
                                             "của Chính phủ")
    assert result.spec["noi_nhan"][:2] == ["Văn phòng Chính phủ (Cục KSTTHC); (báo cáo)",
                                           "Bộ Tư pháp; (báo cáo)"]
    assert lost_lines(lines, result.spec, result.warnings) == []


@pytest.mark.parametrize(("line", "read"), [
    ("- Phòng CCHC(VLi);", "- Phòng CCHC(VLi);"),
    ("- Cục KSTTHC, VPCP (CDVCQG);", "- Cục KSTTHC, VPCP (CDVCQG);"),
    ("- Sở TTTT(để b/c);", "- Sở TTTT(để b/c);"),
    ("- VPUBtỉnh(CVP,PCVP);", "- VPUB tỉnh (CVP, PCVP);"),
    ("Phòng TH ấp 3, NH ông", "Phòng TH ấp 3, NH ông"),
    ("thị trấn Ng ọc Lặc", "thị trấn Ngọc Lặc"),
], ids=["typed-bracket", "typed-spaces", "typed-note", "narrow", "capitals", "parted-name"])
def test_only_a_line_without_spaces_is_spaced_again(line: str, read: str) -> None:
    """An item typed with its spaces keeps the bracket as its office writes it (Cà Mau's
    ``Phòng CCHC(VLi)``); a short name in capitals before a word is no parted syllable."""
    assert split_run_together(line) == read


def test_the_rules_leave_a_line_alone_where_they_do_not_apply() -> None:
    assert join_parted("Căn cứ Luật Tổ chức chính quyền địa phương") == \
        "Căn cứ Luật Tổ chức chính quyền địa phương"
    assert narrow_spaced("- Lưu: VT, KT(Nho).") == "- Lưu: VT, KT(Nho)."

"""What held_out_29's letters (docs/accuracy.md) showed the importer reading wrong, each as a rule
a clerk's letter justifies: the signature a Word file draws in a text box, one line a paragraph;
a level of place under ``ỦY BAN NHÂN DÂN`` ending the parent body's name."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml

from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.issuer import read_issuer
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_lines, read_source

LETTER = ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 269 /QĐ-UBND", "Sóc Trăng, ngày 17 tháng 02 năm 2025",
          "QUYẾT ĐỊNH", "Về việc công bố thủ tục hành chính lĩnh vực Hộ tịch",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
          "Theo đề nghị của Giám đốc Sở Tư pháp.", "QUYẾT ĐỊNH:",
          "Điều 1. Công bố thủ tục hành chính lĩnh vực Hộ tịch.",
          "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./."]
NOI_NHAN = ["Nơi nhận:", "- Như Điều 2;", "- Cổng TTĐT tỉnh;", "- Lưu: VT."]

#: The signature as Word saves it in a text box anchored to an empty paragraph: a paragraph a
#: line, empty ones where the pen signs; drawn (``mc:Choice``) and kept again (``mc:Fallback``).
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>"
                         if line else "<w:p/>" for line in lines)
    return (f"<w:r {_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
            f"<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>{paragraphs}"
            "</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")


def _word(path: Path, box: list[str]) -> Path:
    document = docx.Document()
    for line in LETTER:
        document.add_paragraph(line)
    document.add_paragraph()._p.append(parse_xml(_box(box)))
    for line in NOI_NHAN:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_each_paragraph_of_a_text_box_is_a_line(tmp_path: Path) -> None:
    """Sóc Trăng 269 signs in a text box: ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``, the name, each a
    paragraph of the box, were read as one line ``KT. CHỦ TỊCHPHÓ CHỦ TỊCH  Lâm Hoàng Nghiệp``."""
    lines = read_lines(_word(tmp_path / "qd.docx",
                             ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "  Lâm Hoàng Nghiệp"]))
    assert [line.strip() for line in lines if "TỊCH" in line or "Nghiệp" in line][-3:] == [
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lâm Hoàng Nghiệp"]


def test_a_signature_in_a_text_box_is_read_into_its_fields(tmp_path: Path) -> None:
    path = _word(tmp_path / "qd.docx", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Hoàng Nghiệp"])
    result = import_letter(path)
    assert result.spec["ky"] == {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
                                 "ho_ten": "Lâm Hoàng Nghiệp"}
    assert result.spec["noi_dung"].endswith("thi hành Quyết định này./.")
    assert result.spec["noi_nhan"] == ["Như Điều 2", "Cổng TTĐT tỉnh"]
    assert lost_lines(read_source(path).lines, result.spec, result.warnings) == []


def test_a_one_line_text_box_is_still_one_line(tmp_path: Path) -> None:
    lines = read_lines(_word(tmp_path / "qd.docx", ["DỰ THẢO"]))
    assert lines.count("DỰ THẢO") == 1


def _head(bold: set[str]) -> Any:
    return SimpleNamespace(bold=frozenset(bold), found=set(), warnings=[])


@pytest.mark.parametrize(("lines", "bold", "chu_quan", "ten"), [
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"],
     {"THÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"},
     "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], {"SỞ CÔNG THƯƠNG"},
     "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"),
    (["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], {"SỞ CÔNG THƯƠNG"},
     "UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"),
    (["ỦY BAN NHÂN DÂN", "XÃ BẢO ÁI"], {"XÃ BẢO ÁI"}, None, "ỦY BAN NHÂN DÂN\nXÃ BẢO ÁI"),
], ids=["hanoi-122", "place-not-bold-too", "parent-in-one-line", "place-last"])
def test_a_level_of_place_ends_the_parent_body_it_names(lines, bold, chu_quan, ten) -> None:
    """Hà Nội's Trung tâm Phục vụ hành chính công prints ``ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI``
    plain over its own bold name; its PDF's bold is told by a line's words, and the authority
    line bold below ends with ``THÀNH PHỐ HÀ NỘI`` too: the place still ends the parent's name.
    A place on the last line under a body of no place is where that body is: the two lines
    are the issuer's one name, its first line not bold (a black-box test's finding 19)."""
    head = _head(bold)
    read_issuer(lines, head)
    assert (head.chu_quan, head.ten) == (chu_quan, ten)


BRVT = ["ỦY BAN NHÂN DÂN .", "TỈNH BÀ RỊA – VỮNG TÀU", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: /QĐ-UBND", "Bà Rịa - Vũng Tàu, ngày “tháng năm 2025",
        "QUYẾT ĐỊNH", "Về việc giải thể Trung tâm Dịch vụ đối ngoại tỉnh Bà Rịa - Vũng Tàu",
        "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VỮNG TÀU",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về việc sáp nhập Sở Ngoại vụ vào Văn phòng "
        "Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu;", "QUYẾT ĐỊNH:",
        "Điều 1. Giải thể Trung tâm Dịch vụ đối ngoại tỉnh Bà Rịa – Vũng Tàu./.",
        "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT, SNV.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nguyễn Văn Thọ"]


def test_a_scans_issuer_is_written_as_its_text_writes_the_province() -> None:
    """Bà Rịa – Vũng Tàu 546, a scan: ``VŨNG`` read with a horn (``VỮNG``) in the issuer and the
    authority line, which the text writes ``Vũng`` three times; a speck after ``ỦY BAN NHÂN
    DÂN``; the date line's place, right as read, was replaced by the issuer's misread place
    because the two dashes differ (``-`` and ``–``), which is no letter off."""
    result = import_lines(BRVT)
    spec = result.spec
    assert spec["co_quan"]["ten"] == "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VŨNG TÀU"
    assert spec["tham_quyen"] == "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU"
    assert spec["dia_danh"] == "Bà Rịa - Vũng Tàu"
    assert any("VỮNG" in w and "co_quan" in w for w in result.warnings)


def test_a_province_the_text_writes_once_stays_as_read() -> None:
    """One writing in the text is no evidence against the issuer's own: the horn stays."""
    lines = [line.replace("Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu", "Ủy ban nhân dân tỉnh")
             for line in BRVT]
    spec = import_lines(lines).spec
    assert spec["co_quan"]["ten"] == "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VỮNG TÀU"


TAYNINH_END = ["Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết "
               "định này./.", "Nơi nhập", "- Như Điều 3; ˆ",
               "- Cục Kiểm soát TTHC - Văn phòng Chính phủ;", "- KSTT, TT.PVHCC; TTCB-TH;",
               "+ CN VT, VPUBND tỉnh.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hồng Thanh"]


def test_a_noi_nhan_read_nhap_and_a_luu_read_without_its_label() -> None:
    """Tây Ninh 308, a scan: the label read ``Nơi nhập``, the Lưu line ``+ CN VT, VPUBND tỉnh.``
    (``- Lưu:`` under the seal's ink); a Lưu line's first unit is the văn thư's, VT."""
    result = import_lines([*BRVT[:9], *BRVT[9:10], "QUYẾT ĐỊNH:", *TAYNINH_END])
    spec = result.spec
    assert spec["noi_nhan"] == ["Như Điều 3", "Cục Kiểm soát TTHC - Văn phòng Chính phủ",
                                "KSTT, TT.PVHCC; TTCB-TH"]
    assert spec["luu"] == "VT, VPUBND tỉnh"
    assert spec["noi_dung"].endswith("thi hành Quyết định này./.")
    assert any("“CN VT, VPUBND tỉnh”" in w and w.startswith("luu:") for w in result.warnings)


@pytest.mark.parametrize("line", ["Nơi nhập khẩu hàng hóa là cảng Cái Mép.",
                                  "- Nơi nhập hồ sơ: Trung tâm Phục vụ hành chính công;"])
def test_nhap_opening_a_sentence_is_no_label(line: str) -> None:
    """``Nơi nhập`` is the label only as the whole line: a sentence opening so is the body's."""
    lines = [*BRVT[:12], "Điều 1. Quy định như sau:", line, "Điều 2. Thi hành./.", *BRVT[13:]]
    spec = import_lines(lines).spec
    assert line.lstrip("- ").rstrip(";") in spec["noi_dung"]
    assert spec["noi_nhan"] == ["Như Điều 1"]


def test_an_item_naming_no_vt_stays_an_item() -> None:
    end = [x if not x.startswith("+ CN") else "- Văn phòng UBND tỉnh." for x in TAYNINH_END]
    spec = import_lines([*BRVT[:10], "QUYẾT ĐỊNH:", *end]).spec
    assert spec["noi_nhan"][-1] == "Văn phòng UBND tỉnh" and "luu" not in spec


def test_a_speck_before_the_enacting_words_is_no_paragraph() -> None:
    """Tây Ninh 308: the seal's ink over the last căn cứ read as ``bờt,`` on a line of its own
    above ``QUYẾT ĐỊNH:``, which then opened the text as its first paragraph."""
    result = import_lines([*BRVT[:10], "bờt,", "QUYẾT ĐỊNH:", *TAYNINH_END])
    assert result.spec["noi_dung"].startswith("Điều 3. Chánh Văn phòng")
    assert any("“bờt,”" in w and w.startswith("noi_dung:") for w in result.warnings)


def test_a_word_files_short_line_before_the_enacting_words_is_typed_and_kept() -> None:
    """A Word file's paragraphs are typed, not read from a scan: no speck to set apart there
    (found by a review)."""
    result = import_lines([*BRVT[:10], "bờt,", "QUYẾT ĐỊNH:", *TAYNINH_END], wrapped=False)
    assert not any("“bờt,”" in w for w in result.warnings)


@pytest.mark.parametrize("line", ["Điều 1.", "Nguyễn Văn A", "Căn cứ Luật Đất đai năm 2024"])
def test_a_line_with_a_number_or_words_before_the_enacting_words_stays(line: str) -> None:
    result = import_lines([*BRVT[:10], line, "QUYẾT ĐỊNH:", *TAYNINH_END])
    read = "\n".join([*result.spec.get("can_cu", []), result.spec["noi_dung"]])
    assert line in read and not any(f"“{line}”" in w for w in result.warnings)


def test_an_article_cut_after_a_comma_goes_on_under_a_long_line() -> None:
    """Tây Ninh 308's Điều 3 was cut in two: its first line ends ``Giám đốc các: Sở Y tế,`` and
    the scan's next line, joined with its own wrap, is longer than a printed line."""
    rest = ("Sở Thông tin và Truyền thông; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban "
            "nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan")
    end = ["Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các: Sở Y tế,", rest,
           "chịu trách nhiệm thi hành Quyết định này./.", *TAYNINH_END[1:]]
    spec = import_lines([*BRVT[:10], "QUYẾT ĐỊNH:", *end]).spec
    assert spec["noi_dung"].split("\n")[-1] == f"{end[0]} {rest} {end[2]}"

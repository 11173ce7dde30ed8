"""`ntm-docgen import` on the shapes held_out_9 showed, and the known miss before it: a signature
under a last sentence with no full stop, a Nơi nhận the copy cut to "Nơi", ô 5b wrapped onto a
second line, a blank number written with dots (``Số: ……/ BC-UBND``), a trích yếu ending in a
full stop, and a title line that carries the type name and the trích yếu together; and two
older misses: an issuer whose first letter the copy lost, a headless letter's number and date in
the web page's label."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_lines

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
HEAD = ("SỞ NỘI VỤ\n" + MOTTO + "Số: 15/HD-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2026\n"
        "HƯỚNG DẪN\nThi đua xây dựng nông thôn mới năm 2026\n")


def _spec(text: str) -> dict:
    return import_lines(text.splitlines()).spec


@pytest.mark.parametrize(("tail", "chuc_vu", "ho_ten"), [
    ("GIÁM ĐỐC\nLê Văn An\n", "GIÁM ĐỐC", "Lê Văn An"),
    ("GIÁM ĐỐC\n(đã ký)\nLê Văn An\n", "GIÁM ĐỐC", "Lê Văn An"),
    ("PHÓ GIÁM ĐỐC\nPHỤ TRÁCH\nHoàng Thị Hiền\n", "PHÓ GIÁM ĐỐC", "Hoàng Thị Hiền"),
], ids=["title-and-name", "with-stamp", "two-title-lines"])
def test_a_signature_under_a_sentence_without_its_full_stop(tail: str, chuc_vu: str,
                                                            ho_ten: str) -> None:
    spec = _spec(HEAD + "1. Các đơn vị đăng ký thi đua trước ngày 30/3/2026.\n"
                 + "2. Yêu cầu các đơn vị thực hiện nghiêm túc\n" + tail)
    assert (spec["ky"]["chuc_vu"], spec["ky"]["ho_ten"]) == (chuc_vu, ho_ten)
    assert spec["noi_dung"].splitlines()[-1] == "2. Yêu cầu các đơn vị thực hiện nghiêm túc"


@pytest.mark.parametrize("last", [
    "2. Đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho",  # cut after a word that goes on
    "2. Kết quả thi đua như sau:",                          # a list follows, not a signature
    "II. NHIỆM VỤ",                                        # a heading in capitals
], ids=["cut-after-cho", "colon", "heading"])
def test_a_caps_line_and_a_name_under_an_open_line_are_not_a_signature(last: str) -> None:
    spec = _spec(HEAD + "1. Các đơn vị đăng ký thi đua.\n" + last + "\nTRƯỞNG THÔN\nLê Văn An\n")
    assert spec["ky"] == {"chuc_vu": "...", "ho_ten": "..."}
    assert spec["noi_dung"].splitlines()[-1].endswith("Lê Văn An")


@pytest.mark.parametrize("cut", ["Nơi ", "Nơi nh", "Noi"], ids=["noi", "noi-nh", "no-marks"])
def test_a_noi_nhan_the_copy_cut_short_is_not_the_last_paragraph(cut: str) -> None:
    spec = _spec(HEAD + "Điều 1. Giao các sở thực hiện.\nĐiều 2. Chánh Văn phòng chịu trách "
                 "nhiệm thi hành Quyết định này./.\n" + cut + "\n")
    assert spec["noi_dung"].splitlines()[-1].endswith("thi hành Quyết định này./.")


def test_a_word_noi_inside_the_body_stays_in_it() -> None:
    spec = _spec(HEAD + "1. Kiểm tra tại\nNơi\nở của các hộ gia đình.\n")
    assert "Nơi" in spec["noi_dung"]


def test_the_authority_line_wrapped_onto_a_second_line() -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + MOTTO + "Số: 2360/QĐ-UBND\n"
                 + "Sơn La, ngày 02 tháng 11 năm 2012\nQUYẾT\nĐỊNH\nPHÊ DUYỆT ĐỀ ÁN NĂM 2020\n"
                 + "ỦY BAN NHÂN DÂN TỈNH\nSƠN LA\nCăn cứ Luật Tổ chức HĐND và UBND;\n"
                 + "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n")
    assert spec["tham_quyen"] == "ỦY BAN NHÂN DÂN TỈNH SƠN LA"
    assert spec["can_cu"] == ["Căn cứ Luật Tổ chức HĐND và UBND"]
    assert spec["noi_dung"] == "Điều 1. Phê duyệt Đề án."


def test_an_authority_line_is_not_joined_to_a_heading_under_it() -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n" + MOTTO + "Số: 20/QĐ-UBND\n"
                 + "Sơn La, ngày 02 tháng 11 năm 2012\nQUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN\n"
                 + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n")
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA"
    assert spec["noi_dung"] == "Điều 1. Phê duyệt."


@pytest.mark.parametrize("so", ["Số: ……/ BC-UBND", "Số: ....../BC-UBND", "Số: ___/BC-UBND"],
                         ids=["ellipsis", "dots", "underscores"])
def test_a_blank_number_written_with_dots(so: str) -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\n\n  XÃ QUỲNH MINH \n\n   " + so + "\n\n" + MOTTO
                 + "Quỳnh Minh, ngày 10 tháng 7 năm 2020\nBÁO CÁO\nTình hình kinh tế - xã hội\n"
                 + "PHẦN THỨ NHẤT\n")
    assert spec["co_quan"] == {"ten": "ỦY BAN NHÂN DÂN\nXÃ QUỲNH MINH", "viet_tat": "UBND"}
    assert (spec["ky_hieu"], "so" in spec) == ("BC-UBND", False)


@pytest.mark.parametrize(("title", "trich_yeu"), [
    ("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ THI ĐUA TRÊN ĐỊA BÀN TỈNH AN GIANG.\n",
     "BAN HÀNH QUY CHẾ THI ĐUA TRÊN ĐỊA BÀN TỈNH AN GIANG"),
    ("QUYẾT ĐỊNH\nVề việc tổ chức hội nghị v.v...\n", "Về việc tổ chức hội nghị v.v..."),
], ids=["full-stop-dropped", "ellipsis-kept"])
def test_the_trich_yeu_ends_without_a_full_stop(title: str, trich_yeu: str) -> None:
    spec = _spec("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n" + MOTTO + "Số: 08/2012/QĐ-UBND\n"
                 + "An Giang, ngày 06 tháng 6 năm 2012\n" + title + "Điều 1. Ban hành.\n")
    assert spec["trich_yeu"] == trich_yeu


def test_the_type_name_on_the_trich_yeu_line_is_not_part_of_it() -> None:
    spec = _spec("BỘ NỘI VỤ\n" + MOTTO + "Số: 422/HD-BNV\nHà Nội, ngày 02 tháng 3 năm 2004\n"
                 + "HƯỚNG DẪN CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2004\n"
                 + "Kính gửi: Sở Nội vụ các tỉnh.\nBộ Nội vụ hướng dẫn như sau:\n")
    assert (spec["loai"], spec["trich_yeu"]) == ("HD", "CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2004")


def test_cli_reads_the_signature_of_an_unpunctuated_letter(tmp_path: Path) -> None:
    letter = tmp_path / "hd.txt"
    letter.write_text(HEAD + "I. YÊU CẦU\nYêu cầu các đơn vị thực hiện nghiêm túc\nGIÁM ĐỐC\n"
                      "Lê Văn An\n", encoding="utf-8")
    out = tmp_path / "hd.yaml"
    result = CliRunner().invoke(main, ["import", str(letter), "-o", str(out)])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn An"}


@pytest.mark.parametrize(("first", "ten"), [
    ("Y BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM"),
    ("ỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN\nTỈNH KON TUM"),
    ("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM"),
], ids=["uy-ban", "hoi-dong", "whole"])
def test_an_issuer_whose_first_letter_the_copy_lost(first: str, ten: str) -> None:
    spec = _spec(first + "\nTỈNH KON TUM\n-------\n" + MOTTO + "Số: 2516/KH-UBND\n"
                 + "Kon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nTRIỂN KHAI NĂM 2014\n"
                 + "Căn cứ Quyết định số 34/2014/QĐ-TTg;\n")
    assert spec["co_quan"]["ten"] == ten


@pytest.mark.parametrize(("label", "so", "ngay"), [
    ("(144/GM-BCĐ ngày 16/11/2016)", 144, "2016-11-16"),
    ("(Số: 7/GM-UBND ngày 2/3/2026)", 7, "2026-03-02"),
    ("(5/QĐ-UBND ngày 02/01/2026)", None, None),  # a decision's number, not this invitation's
], ids=["label", "so-label", "other-type"])
def test_the_number_and_date_a_web_page_labels_a_headless_letter_with(
        label: str, so: int | None, ngay: str | None) -> None:
    spec = _spec("Các sở, ngành, huyện, TP\nGiấy mời thẩm định nông thôn mới năm 2016 " + label
                 + "\nThứ Hai, 21/11/2016 - 09:05\nGIẤY MỜI\nThẩm định các tiêu chí nông thôn mới\n"
                 + "Kính gửi: Các sở, ngành.\nVăn phòng Điều phối kính mời dự họp như sau:\n")
    assert (spec["loai"], spec.get("so")) == ("GM", so)
    assert (spec["ngay"].isoformat() if "ngay" in spec else None) == ngay


@pytest.mark.parametrize("name_lines", ["MP\nNguyễn Hoàng Giang", "MP Nguyễn Hoàng Giang"],
                         ids=["marks-on-their-own-line", "marks-on-the-names-line"])
def test_strokes_of_a_signature_read_as_capitals_before_the_name(name_lines: str) -> None:
    """held_out_18's Tờ trình scan: the signature's strokes over the name read as ``MP``."""
    result = import_lines((HEAD + "Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n"
                           "- Lưu: VT.\nCHỦ TỊCH\n" + name_lines + "\n").splitlines())
    assert result.spec["ky"] == {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Nguyễn Hoàng Giang"}
    assert any("“MP”" in w and "MP Nguyễn Hoàng Giang" in w for w in result.warnings)


@pytest.mark.parametrize("name_lines", ["sự\nNguyễn Thanh Việt", "sự Nguyễn Thanh Việt"],
                         ids=["word-on-its-own-line", "word-on-the-names-line"])
def test_strokes_of_a_signature_read_as_a_small_word_before_the_name(name_lines: str) -> None:
    """held_out_16's company scan: the signature's strokes over the name read as ``sự``, a word
    in small letters no signature holds, which a lone word's line then glued to the name."""
    result = import_lines((HEAD + "Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n"
                           "- Lưu: VT.\nTỔNG GIÁM ĐỐC\n" + name_lines + "\n").splitlines())
    assert result.spec["ky"] == {"chuc_vu": "TỔNG GIÁM ĐỐC", "ho_ten": "Nguyễn Thanh Việt"}
    assert any("“sự”" in w and "sự Nguyễn Thanh Việt" in w for w in result.warnings)


@pytest.mark.parametrize("name", ["Ma Thị Hoa", "NGUYỄN HOÀNG GIANG", "Lê Văn A"])
def test_a_name_without_strokes_is_kept_whole(name: str) -> None:
    result = import_lines((HEAD + "Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n"
                           "- Lưu: VT.\nGIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" + name + "\n").splitlines())
    assert result.spec["ky"]["ho_ten"] == name


def test_an_authority_line_read_with_a_dash_before_it_is_the_signatures() -> None:
    """held_out_18's Cục Thuế scan: ``- TL. CỤC TRƯỞNG`` under the Lưu line, a speck read as a
    dash, had become a Nơi nhận item ``TL``, the signature losing its first authority line."""
    spec = _spec(HEAD + "Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Ban PC;\n"
                 "- Lưu: VT, CS.\n- TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH\n"
                 "PHÓ TRƯỞNG BAN\nMạnh Thị Tuyết Mai\n")
    assert spec["noi_nhan"] == ["Như trên", "Ban PC"]
    assert spec["ky"] == {"quyen_han": ["TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN BAN CHÍNH SÁCH"],
                          "chuc_vu": "PHÓ TRƯỞNG BAN", "ho_ten": "Mạnh Thị Tuyết Mai"}


@pytest.mark.parametrize(("lines", "noi_nhan"), [
    (["- Sở Tư pháp các tỉnh, thành phố trực thuộc", "Trung ương (để thực hiện);",
      "- Cổng thông tin điện tử BTP (để đăng tải);"],
     ["Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương (để thực hiện)",
      "Cổng thông tin điện tử BTP (để đăng tải)"]),
    (["Sở A;", "Sở B;"], ["Sở A", "Sở B"]),
    (["- Sở A", "- Sở B;"], ["Sở A", "Sở B"]),
], ids=["wrapped-at-a-capital", "undashed-items", "dashed-items"])
def test_a_noi_nhan_item_wrapped_onto_a_line_opening_with_a_capital(
        lines: list[str], noi_nhan: list[str]) -> None:
    """The Bộ Tư pháp's Quyết định 86/2025 (held_out_31) wraps an item before "Trung ương":
    an undashed line ending with the item's ";" under a dashed item that has not ended goes
    on with it; undashed items each ending with ";" stay apart."""
    from ntm_docgen.importer.signature import read_signature

    sig = read_signature(["Nơi nhận:", "- Như Điều 3;", *lines, "- Lưu: VT, Cục HTQTCT.",
                          "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Mai Lương Khôi"])
    assert sig.noi_nhan == ["Như Điều 3", *noi_nhan]
    assert sig.luu == "VT, Cục HTQTCT"


@pytest.mark.parametrize(("lines", "noi_nhan", "luu"), [
    (["- VPCP (Cục KSTTHC); (báo cáo)", "- Cổng TTĐT tỉnh; Công báo tỉnh (đăng tải)"],
     ["VPCP (Cục KSTTHC); (báo cáo)", "Cổng TTĐT tỉnh; Công báo tỉnh (đăng tải)"], "VT, NC"),
    (["- Sở Y tế; (Đã ký)"], ["Sở Y tế"], "VT, NC"),
    (["- HCTC; Trung tâm PVHCC", "- Chuyên viên: NC1,3,4;"],
     ["HCTC; Trung tâm PVHCC", "Chuyên viên: NC1,3,4"], "VT, NC2"),
    (["- Sở Y tế; Phó Giám đốc"], ["Sở Y tế"], "VT, NC"),
    (["- Sở Y tế;"], ["Sở Y tế"], "VT, TTPVHCC. NHD"),
    (["- Sở Y tế;"], ["Sở Y tế"], "VT, TTPVHCC. NHĐ"),
    (["- Sở Y tế;"], ["Sở Y tế"], "VT, NC. ĐTH"),
    (["- Sở Y tế;"], ["Sở Y tế"], "VT, KT. ÂTH"),
], ids=["purpose-after-semicolon", "signed-note-apart", "second-body-after-semicolon",
        "small-title-apart", "drafter-initials",
        "drafter-initials-with-đ-last", "drafter-initials-with-đ-first",
        "drafter-initials-with-a-hat"])
def test_an_item_or_the_luu_going_on_after_its_end(
        lines: list[str], noi_nhan: list[str], luu: str) -> None:
    """Tuyên Quang's 149 and Ninh Thuận's 184 (held_out_32): an item's purpose typed after its
    ";" (``- Bộ GD&ĐT; (báo cáo)``), a second recipient sharing it (``Cổng TTĐT tỉnh; Công báo
    tỉnh (đăng tải)``) and the drafter's initials after the Lưu's full stop (``VT, TTPVHCC.
    NHD``) stay where they are typed; a signature's note on the item's line stays apart. Phú
    Thọ's 313 (held_out_33): a second body after the ";" with none after it (``- HCTC; Trung
    tâm PVHCC``) is the item's too; a title in small letters stays the signature's."""
    from ntm_docgen.importer.signature import read_signature

    sig = read_signature(["Nơi nhận:", "- Như Điều 4;", *lines, f"- Lưu: {luu}.",
                          "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Việt Phương"])
    assert sig.noi_nhan == ["Như Điều 4", *noi_nhan]
    assert sig.luu == luu


@pytest.mark.parametrize(("name", "ho_ten", "told"), [
    ("Huynh Hữu Trí", "Huỳnh Hữu Trí", True),
    ("Hoang Thi Hien", "Hoang Thi Hien", False),
    ("Mai Tiến Dũng", "Mai Tiến Dũng", False),
], ids=["one-word-unmarked", "page-without-marks", "listed-name"])
def test_a_family_name_read_without_its_marks(name: str, ho_ten: str, told: bool) -> None:
    """Bạc Liêu's 211 (held_out_31), a scan: its signer's ``Huỳnh`` read ``Huynh`` while
    ``Hữu Trí`` kept their marks. No family name is written so: it is the one listed name of
    those letters, and the clerk is told; a name read wholly without marks stays as read."""
    result = import_lines((HEAD + "1. Các đơn vị đăng ký thi đua trước ngày 30/3/2026.\n"
                           + "2. Yêu cầu các đơn vị thực hiện nghiêm túc./.\nGIÁM ĐỐC\n"
                           + name + "\n").splitlines())
    assert result.spec["ky"]["ho_ten"] == ho_ten
    assert any(w.startswith("ky.ho_ten:") and name in w for w in result.warnings) is told


def test_an_annex_part_under_the_signer_s_name() -> None:
    """Hà Giang's 210 (held_out_33): the annex opens on the page after the signature with its
    part, ``Phần I. DANH MỤC``, written small before the title in capitals, and no page break
    read between them. It opens the annex; the signer's name stays the name above it."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n" + MOTTO + "Số: 210 /QĐ-UBND\n"
            "Hà Giang, ngày 18 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục "
            "hành chính thay thế\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Tổ chức "
            "chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm "
            "theo Quyết định này Danh mục thủ tục hành chính.\nĐiều 2. Chánh Văn phòng Uỷ ban "
            "nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;"
            "\n- Lưu: VT, PVHCC, ĐM.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Gia Long\n"
            "Phần I. DANH MỤC\nTHỦ TỤC HÀNH CHÍNH THAY THẾ LĨNH VỰC HOẠT ĐỘNG XÂY DỰNG\n"
            "(Kèm theo Quyết định số: 210 /QĐ-UBND ngày 18 tháng 02 năm 2025 của Chủ tịch UBND "
            "tỉnh Hà Giang)\n| TT | Mã TTHC | Tên TTHC |\n|---|---|---|\n| 1 | 1.009972 | Thẩm "
            "định |\n")
    spec = import_lines(text.splitlines()).spec
    assert spec["ky"]["ho_ten"] == "Hoàng Gia Long"
    assert spec["phu_luc"][0]["tieu_de"].startswith("Phần I. DANH MỤC")

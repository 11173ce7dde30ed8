"""`ntm-docgen import` on shapes held_out_13 showed (letters of communes and wards after
1 July 2025, and of 2025): ``Sau khi thống nhất ...`` inside a Quyết định's căn cứ, a Lưu line
without its colon naming the unit that keeps the copy, a Nơi nhận item wrapped after a comma, a
stray mark before the issuer's first line, a number written by hand that OCR reads as a dash, a
ký hiệu cut after a hyphen on its line (``TTr- CAT-PC04``), a footnote's call against its word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from ntm_docgen import api
from ntm_docgen.files.pdf import convert
from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_source

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
QD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG SA ĐÉC\n" + MOTTO + "Số: 149/QĐ-UBND\n"
      "Sa Đéc, ngày 31 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập Ban bầu cử\n"
      "ỦY BAN NHÂN DÂN PHƯỜNG SA ĐÉC\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
      "{agreed};\n"
      "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội Phường.\n"
      "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban bầu cử ở đơn vị bầu cử số 1.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
      "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Tâm\n")
KH = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\n" + MOTTO
      + "Số: 16/KH-MTTQ-BTT\nLương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\n"
      "Thực hiện công tác bầu cử\n"
      "Ban Thường trực xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n"
      "Trên đây là Kế hoạch của Ban Thường trực./.\n")
SIGN = "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân\n"


def _read(text: str):  # type: ignore[no-untyped-def]
    return import_lines(text.splitlines())


@pytest.mark.parametrize("agreed", [
    "Sau khi thống nhất với Thường trực Hội đồng nhân dân phường Sa Đéc",
    "Sau khi có ý kiến của Ban Thường vụ Đảng ủy phường",
    "- Sau khi xin ý kiến Thường trực Hội đồng nhân dân phường",
], ids=["thong-nhat", "co-y-kien", "dashed-xin-y-kien"])
def test_an_agreement_inside_the_can_cu_stays_in_it(agreed: str) -> None:
    spec = _read(QD.format(agreed=agreed)).spec
    assert spec["can_cu"][1] == agreed.removeprefix("- ")
    assert spec["can_cu"][2].startswith("Theo đề nghị")
    assert spec["noi_dung"].startswith("Điều 1. Thành lập")


def test_an_agreement_opens_no_can_cu_of_its_own() -> None:
    spec = _read(KH.replace("Ban Thường trực xây dựng", "Sau khi thống nhất, Ban Thường trực "
                            "xây dựng") + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + SIGN).spec
    assert not spec.get("can_cu")
    assert spec["noi_dung"].startswith("Sau khi thống nhất, Ban Thường trực")


@pytest.mark.parametrize(("luu_line", "luu"), [
    ("- Lưu Ban xây dựng Đảng.", "Ban xây dựng Đảng"),
    ("- Lưu Phòng Tổng hợp.", "Phòng Tổng hợp"),
    ("- Lưu Văn phòng, TH.", "Văn phòng, TH"),
], ids=["ban", "phong", "van-phong"])
def test_luu_without_its_colon_naming_the_unit_that_keeps_it(luu_line: str, luu: str) -> None:
    spec = _read(KH + f"Nơi nhận:\n- Thường trực Đảng ủy (Báo cáo);\n{luu_line}\n" + SIGN).spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Thường trực Đảng ủy (Báo cáo)"], luu)


def test_a_recipient_named_after_a_surname_lu_is_still_a_recipient() -> None:
    spec = _read(KH + "Nơi nhận:\n- Lưu Văn An;\n- Lưu: VT.\n" + SIGN).spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Lưu Văn An"], "VT")


def test_a_recipient_wrapped_after_a_comma_is_one_recipient() -> None:
    spec = _read(KH + "Nơi nhận:\n- BTT Ủy ban MTTQ VN xã;\n"
                 "- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,\nVP Đảng uỷ;\n"
                 "- Văn phòng HĐND, UBND xã;\n- Lưu: MTTQ\n" + SIGN).spec
    assert spec["noi_nhan"] == ["BTT Ủy ban MTTQ VN xã",
                                "Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ",
                                "Văn phòng HĐND, UBND xã"]


def test_a_recipient_wrapped_over_several_lines_ending_with_commas_is_one_recipient() -> None:
    """held_out_17's Thông báo of the UBND tỉnh Quảng Ngãi: one item over four lines, each
    ending with a comma until the last; its middle lines had gone to the signature's column."""
    spec = _read(KH + "Nơi nhận:\n- CT, PCT UBND tỉnh;\n- Các Sở: Tài chính, Kế hoạch và Đầu tư,\n"
                 "Tài nguyên và Môi trường, Xây dựng,\nLao động - Thương binh và Xã hội,\n"
                 "Nội vụ, Tư pháp;\n- Thanh tra tỉnh;\n- Lưu: VT.\n" + SIGN).spec
    assert spec["noi_nhan"] == [
        "CT, PCT UBND tỉnh",
        "Các Sở: Tài chính, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, "
        "Lao động - Thương binh và Xã hội, Nội vụ, Tư pháp", "Thanh tra tỉnh"]


def test_recipients_ending_with_commas_stay_apart() -> None:
    spec = _read(KH + "Nơi nhận:\n- HĐND phường,\n- UBND phường,\n- Lưu: VTMT.\n" + SIGN).spec
    assert spec["noi_nhan"] == ["HĐND phường", "UBND phường"]


@pytest.mark.parametrize("luu_line", ["Lưu: VT, VP.", "Lưu VT."], ids=["colon", "no-colon"])
def test_a_luu_line_whose_dash_was_lost_after_a_comma_is_still_the_luu(luu_line: str) -> None:
    """The last recipient ends with a comma (or OCR read its semicolon as one) and the Lưu line
    under it lost its dash: it is the Lưu, not the end of that recipient."""
    spec = _read(KH + f"Nơi nhận:\n- Như trên;\n- Sở Nội vụ,\n{luu_line}\n" + SIGN).spec
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên", "Sở Nội vụ"], luu_line[4:].strip(
        " :."))


@pytest.mark.parametrize("mark", ["/", "*", ". "], ids=["slash", "star", "dot"])
def test_a_stray_mark_before_the_issuer_is_no_part_of_its_name(mark: str) -> None:
    result = _read(mark + KH + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + SIGN)
    assert result.spec["co_quan"]["chu_quan"] == "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH"
    assert result.spec["co_quan"]["ten"] == "BAN THƯỜNG TRỰC"


@pytest.mark.parametrize(("so_line", "so", "ky_hieu"), [
    ("Số - /TTr- CAT-PC04", None, "TTr-CAT-PC04"),
    ("Số: 298/TTr- CAT-PC04", 298, "TTr-CAT-PC04"),
    ("Số:     /TTr- CAT-PC04", None, "TTr-CAT-PC04"),
    ("Số: 298/TTr-CAT-PC04", 298, "TTr-CAT-PC04"),
], ids=["hand-written-read-as-dash", "wrapped-after-hyphen", "blank-and-wrapped", "whole"])
def test_the_number_line_of_a_police_letter(so_line: str, so: int | None, ky_hieu: str) -> None:
    text = ("BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG\n" + so_line + "\n" + MOTTO
            + "Lâm Đồng, ngày 24 tháng 10 năm 2025\nTỜ TRÌNH\nV/v xin chủ trương\n"
            "Kính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng.\nHiện nay, trên địa bàn tỉnh.\n"
            "Kính báo cáo đồng chí Chủ tịch UBND tỉnh chỉ đạo./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu VT, PC04 (Đội 1).\nGIÁM ĐỐC\nTrương Minh Đương\n")
    spec = _read(text).spec
    assert (spec.get("so"), spec["ky_hieu"]) == (so, ky_hieu)
    assert spec["co_quan"] == {"chu_quan": "BỘ CÔNG AN", "ten": "CÔNG AN TỈNH LÂM ĐỒNG",
                               "viet_tat": "CAT-PC04"}
    assert spec["dia_danh"] == "Lâm Đồng"


def _superscript_after(path: Path, word: str, mark: str) -> None:
    """Put ``mark`` in superscript right after ``word`` in the body of the Word file."""
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        if word in paragraph.text:
            text = paragraph.text
            head, tail = text.split(word, 1)
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = head + word
            paragraph.add_run(mark).font.superscript = True
            paragraph.add_run(tail)
            break
    document.save(str(path))


@pytest.fixture(scope="module")
def noted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A công văn printed to PDF whose last paragraph calls a footnote (``hành chính¹``) and
    whose first one measures a plot in m²."""
    work = tmp_path_factory.mktemp("noted")
    spec = {"loai": "CV", "co_quan": {"chu_quan": "UBND TỈNH LÂM ĐỒNG", "ten": "SỞ NỘI VỤ"},
            "so": 12, "ky_hieu": "SNV-CCHC", "dia_danh": "Lâm Đồng", "ngay": date(2025, 9, 18),
            "trich_yeu": "góp ý dự thảo Báo cáo", "kinh_gui": ["Các sở, ban, ngành"],
            "noi_dung": "Khu đất có diện tích 500 m rộng, đã đo đạc xong.\n"
                        "Đề nghị gửi văn bản về Sở Nội vụ (qua Phòng Cải cách hành chính) "
                        "trước ngày 30/9/2025./.",
            "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                   "ho_ten": "Nguyễn Văn An"},
            "noi_nhan": ["Như trên"], "luu": "VT, CCHC"}
    path = work / "noted.docx"
    path.write_bytes(api.render_bytes(api.parse_spec(spec), today=date(2025, 9, 18)))
    _superscript_after(path, "hành chính", "1")
    _superscript_after(path, "500 m", "2")
    convert([path], work)
    return work / "noted.pdf"


def test_a_footnote_call_is_no_part_of_its_word(noted: Path) -> None:
    result = import_letter(noted)
    paragraphs = result.spec["noi_dung"].split("\n")
    assert "(qua Phòng Cải cách hành chính) trước ngày" in paragraphs[-1]
    assert "500 m2 rộng" in paragraphs[0]  # an exponent is kept
    assert lost_lines(read_source(noted).lines, result.spec, result.warnings) == []


ARTICLE_3 = ("Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc Cơ quan Ủy ban "
             "Mặt trận Tổ quốc Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi "
             "hành Quyết định này")


@pytest.mark.parametrize(("article", "last"), [
    (ARTICLE_3, "Quyết định này có hiệu lực kể từ ngày ký./."),
    (ARTICLE_3 + " -", ARTICLE_3 + " - Quyết định này có hiệu lực kể từ ngày ký./."),
], ids=["typed-whole-no-full-stop", "long-line-cut-at-a-dash"])
def test_a_paragraph_typed_whole_without_its_full_stop_ends_there(article: str,
                                                                  last: str) -> None:
    text = QD.format(agreed="Sau khi thống nhất với Thường trực Hội đồng nhân dân phường").replace(
        "Điều 2. Quyết định này", article + "\nQuyết định này")
    paras = _read(text).spec["noi_dung"].split("\n")
    assert paras[-1] == last


@pytest.mark.parametrize(("read", "right"), [
    ("Sa Đéo", "Sa Đéc"), ("Sa Đéc", "Sa Đéc"), ("Hà Nội", "Hà Nội")])
def test_the_place_one_letter_off_the_issuers_is_the_issuers(read: str, right: str) -> None:
    """OCR read the date line's ``Đồng Nai`` as ``Đẳng Nai`` under ``TỈNH ĐỒNG NAI`` (held_out_20's
    1772, a phone scan): a place one letter off the place the issuer's name ends with is written as
    the issuer writes it; the issuer's own place and any other place stay as read."""
    text = QD.format(agreed="Căn cứ Nghị quyết").replace("Sa Đéc, ngày", read + ", ngày")
    assert _read(text).spec["dia_danh"] == right

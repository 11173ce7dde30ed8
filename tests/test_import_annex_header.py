"""`ntm-docgen import` of a Quyết định whose phụ lục page prints a header of its own (the
issuer, the Quốc hiệu and the Tiêu ngữ over ``PHỤ LỤC``, held_out_34's Ninh Thuận 179): one
phụ lục, its title and note read, the header named in a warning, not an empty phụ lục of its
own."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
LETTER = ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", *MOTTO, "Số: 179/QĐ-UBND",
          "Ninh Thuận, ngày 19 tháng 02 năm 2025", "QUYẾT ĐỊNH",
          "Về việc công bố danh mục thủ tục hành chính", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
          "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.",
          "Điều 2. Các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.",
          "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, PVHCC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
          "Nguyễn Long Biên", "---"]
ANNEX = ["PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG",
         "(Ban hành kèm theo Quyết định số 179/QĐ-UBND ngày 19/02/2025 của Chủ tịch Ủy ban nhân "
         "dân tỉnh Ninh Thuận)", "1. Tuyển sinh trung học phổ thông."]


def test_the_annex_page_s_own_header_is_named_and_left_out() -> None:
    lines = [*LETTER, "ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", *MOTTO, *ANNEX]
    result = import_lines(lines)
    (annex,) = result.spec["phu_luc"]
    assert annex["ten"] == "PHỤ LỤC"
    assert annex["tieu_de"] == "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"
    assert annex["ghi_chu"].startswith("(Ban hành kèm theo Quyết định số 179/QĐ-UBND")
    assert annex["noi_dung"] == "1. Tuyển sinh trung học phổ thông."
    (said,) = [w for w in result.warnings if w.startswith("phu_luc[0]")]
    assert "ỦY BAN NHÂN DÂN / TỈNH NINH THUẬN / CỘNG HÒA XÃ HỘI" in said
    assert lost_lines(lines, result.spec, result.warnings) == []


def test_an_annex_without_a_header_of_its_own_reads_as_before() -> None:
    result = import_lines([*LETTER, *ANNEX])
    (annex,) = result.spec["phu_luc"]
    assert annex["ten"] == "PHỤ LỤC" and annex["noi_dung"].startswith("1. Tuyển sinh")
    assert not [w for w in result.warnings if w.startswith("phu_luc")]


@pytest.mark.parametrize("page", [
    ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", *MOTTO, "Phụ lục I", *ANNEX[1:]],
    ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "", "", *MOTTO, "", "PHỤ LỤC I", *ANNEX[1:]],
    ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", *MOTTO, "Số: 179/QĐ-UBND",
     "Ninh Thuận, ngày 19 tháng 02 năm 2025", "Phụ lục I", *ANNEX[1:]],
], ids=["label-in-sentence-case", "cells-apart-as-word-reads-them", "with-its-own-number"])
def test_a_header_over_a_phu_luc_label_in_any_case_gives_one_phu_luc(page) -> None:
    """``Phụ lục I`` as the decree and render print it, the header's cells read apart by blank
    lines (a Word table), the page's own Số and date lines: one phụ lục, no empty one."""
    lines = [*LETTER, *page]
    result = import_lines(lines)
    (annex,) = result.spec["phu_luc"]
    assert annex["ten"] in ("Phụ lục I", "PHỤ LỤC I")
    assert annex["tieu_de"] == "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"
    (said,) = [w for w in result.warnings if w.startswith("phu_luc[0]")]
    assert "TỈNH NINH THUẬN" in said and "Số:" not in said
    assert lost_lines(lines, result.spec, result.warnings) == []
    if "Số: 179/QĐ-UBND" in page:  # the page's own number and date kept, opening it
        assert annex["noi_dung"].startswith("Số: 179/QĐ-UBND\nNinh Thuận, ngày 19 tháng 02")


def test_a_sentence_dated_under_the_motto_is_no_date_line_of_the_header() -> None:
    """A biên bản's first sentence (``Hôm nay, ngày 15 tháng 3 năm 2026, tại …``) under the
    page's Quốc hiệu is its text, not the header's date line."""
    from ntm_docgen.importer.attachments import page_header

    page = ["ỦY BAN NHÂN DÂN", *MOTTO, "BIÊN BẢN",
            "Hôm nay, ngày 15 tháng 3 năm 2026, tại trụ sở UBND xã, chúng tôi gồm:"]
    header, numbered, rest = page_header(page)
    assert header == ["ỦY BAN NHÂN DÂN", *MOTTO] and numbered == [] and rest == page[3:]


def test_a_form_s_header_with_blanks_stays_the_form_s_text() -> None:
    """A blank form sent to be filled in (``Mẫu số 01`` / ``UBND XÃ ………`` / the Quốc hiệu):
    its header is the form's own, kept in it, no warning."""
    form = ["Mẫu số 01", "UBND XÃ ………", *MOTTO, "BÁO CÁO", "Kết quả xây dựng nông thôn mới",
            "I. KẾT QUẢ", "1. Tiêu chí đạt được: …"]
    result = import_lines([*LETTER, *form])
    assert "UBND XÃ ………" in result.spec["phu_luc"][0]["tieu_de"]
    assert not [w for w in result.warnings if w.startswith("phu_luc")]

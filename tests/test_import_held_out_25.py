"""`ntm-docgen import` on what held_out_25 showed (docs/accuracy.md): a PDF whose letters a
printer driver drew as outlines, a trích yếu whose lines end in ";", a Lưu whose units a ";"
parts, and a copy's signing note read on one line over the issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_lines, pdfwords
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.ocrfix import mend_line
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.signing import labelled_note

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
SENTENCE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 của Quốc hội."


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


def _pdf(path: Path, pages: list[tuple[int, int]]) -> Path:
    """A PDF of pages each drawing ``curves`` small curved paths (a letter's outlines, or an
    emblem's) and ``lines`` lines of text."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    for curves, lines in pages:
        for n in range(curves):
            x, y = 60 + (n % 60) * 8, 780 - (n // 60) * 12
            shape = canvas.beginPath()
            shape.moveTo(x, y)
            shape.curveTo(x + 2, y + 6, x + 4, y + 6, x + 6, y)
            shape.close()
            canvas.drawPath(shape, stroke=0, fill=1)
        for n in range(lines):
            canvas.drawString(60, 300 - n * 14, SENTENCE)
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def ocr_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages read by OCR, each read as one line of words (no Tesseract run)."""
    calls: list[int] = []

    def ocr_page(path: Path, data: bytes, index: int, width: float, height: float) -> Page:
        calls.append(index)
        return Page(index + 1, width, height, [Word("Trang", 60, 90, 60, 72, 12)], ocr=True)

    monkeypatch.setattr(pdfwords, "_ocr_pdf_page", ocr_page)
    monkeypatch.setattr(pdfwords, "check_ocr", lambda path: None)
    return calls


@pytest.mark.parametrize(("pages", "read"), [
    ([(900, 0), (0, 4)], [0]),
    ([(900, 4), (0, 4)], []),
    ([(40, 0), (0, 4)], []),
], ids=["outlined-page", "curves-beside-text", "emblem-alone"])
def test_a_page_whose_letters_are_outlines_is_read_by_ocr(tmp_path: Path, ocr_calls: list[int],
                                                          pages: list, read: list) -> None:
    """qd_2025_sonla_2307: "printed to PDF" by a driver that drew each letter as a curved path,
    the decision's pages have no text layer and no image covering them; they were taken for
    pages of text with nothing on them and the letter was refused. Such a page is read by OCR
    as a scan is; a page of text with paths beside it, or a blank page with an emblem, is not."""
    pdfwords.read_pdf_text(_pdf(tmp_path / "letter.pdf", pages))
    assert ocr_calls == read


FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
CAPTION = "Biểu đồ 1. Kết quả giải quyết hồ sơ nuôi con nuôi từ 2011"  # 38 letters


def _chart(path: Path, caption: str) -> Path:
    """A phụ lục's page: a scatter chart of 750 small round markers over the page, its caption
    in the text layer under it."""
    import random

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Serif", FONT))
    canvas = Canvas(str(path), pagesize=(595, 842))
    spread = random.Random(2307)
    for _ in range(750):
        canvas.circle(spread.uniform(80, 540), spread.uniform(300, 760), 1.5, stroke=0, fill=1)
    canvas.setFont("Serif", 13)
    canvas.drawString(80, 270, caption)
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize(("caption", "read"), [(CAPTION, []), ("", [0])],
                         ids=["captioned-chart", "chart-alone"])
def test_a_chart_page_with_its_caption_is_read_from_its_text_layer(
        tmp_path: Path, ocr_calls: list[int], caption: str, read: list) -> None:
    """A chart drawn as 750 markers with a caption of 38 letters was taken for letters drawn
    as outlines (600 curves, under 200 letters) and sent to OCR, which fails where Tesseract
    is not installed; the markers stand scattered, not in lines of a letter's size, so the
    caption is read from the layer. With no text at all the page is still read by OCR."""
    text = pdfwords.read_pdf_text(_chart(tmp_path / "chart.pdf", caption))
    assert ocr_calls == read
    assert text.lines == [caption or "Trang"]


def test_outlined_letters_with_a_line_of_text_beside_them_are_still_read_by_ocr(
        tmp_path: Path, ocr_calls: list[int]) -> None:
    """qd_2025_sonla_2307's outlines stand in lines (54 to 77 on a baseline, 6.5 points
    high): a page of them beside a short text layer (one line, under 200 letters) is still
    read by OCR."""
    pdfwords.read_pdf_text(_pdf(tmp_path / "letter.pdf", [(900, 1), (0, 4)]))
    assert ocr_calls == [0]


PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", *MOTTO, "Số: 209/QĐ-UBND",
            "Bạc Liêu, ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH"]
ROADS = ["Về việc công bố Danh mục thủ tục hành chính mới ban hành",
         "thuộc thẩm quyền giải quyết của Sở Giao thông vận tải;",
         "Sở Xây dựng; Ủy ban nhân dân cấp huyện;",
         "Ủy ban nhân dân cấp xã trên địa bàn tỉnh Bạc Liêu", "(Lĩnh vực: Đường bộ)"]
DECIDED = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
           "Theo đề nghị của Giám đốc Sở Giao thông vận tải.", "QUYẾT ĐỊNH:",
           "Điều 1. Công bố kèm theo Quyết định này Danh mục 02 thủ tục hành chính.",
           "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định "
           "này./."]
SIGNED = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Hữu Trí"]


def test_a_trich_yeu_whose_lines_end_in_semicolons_goes_on_to_the_tham_quyen() -> None:
    """qd_2025_baclieu_209: the title names the agencies parted by ";" at its lines' ends; it was
    cut after its first line, and the thẩm quyền, the căn cứ and Điều 1 went into the body. Under
    a Quyết định's title a line ending in ";" goes on with it when ô 5b follows."""
    spec = _read([*PROVINCE, *ROADS, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", *DECIDED,
                  "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", *SIGNED])
    assert spec["trich_yeu"] == " ".join(ROADS)
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
    assert len(spec["can_cu"]) == 2
    assert spec["noi_dung"].startswith("Điều 1.")


def test_a_line_with_a_semicolon_and_no_tham_quyen_after_it_ends_the_title() -> None:
    """Without ô 5b under it, a line ending in ";" is no part of the title (the body's, or a
    căn cứ's), as before."""
    spec = _read([*PROVINCE, ROADS[0], "Căn cứ Luật Tổ chức chính quyền địa phương;",
                  *DECIDED[1:], "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", *SIGNED])
    assert spec["trich_yeu"] == ROADS[0]


@pytest.mark.parametrize(("zone", "luu"), [
    (["- Như Điều 2;", "- Lưu: VT; KSTTHC (MN,07).", *SIGNED], "VT; KSTTHC (MN,07)"),
    (["KT. CHỦ TỊCH", "- Như Điều 2;", "- Lưu: VT, TH. PHÓ CHỦ TỊCH", "Huỳnh Hữu Trí"], "VT, TH"),
    (["KT. CHỦ TỊCH", "- Như Điều 2;", "PHÓ CHỦ TỊCH", "- Lưu: VT; KSTTHC. Huỳnh Hữu Trí"],
     "VT; KSTTHC"),
], ids=["semicolon-between-units", "title-after-the-stop", "name-after-units-a-semicolon-parts"])
def test_a_luu_keeps_the_units_a_semicolon_parts(zone: list[str], luu: str) -> None:
    """qd_2025_baclieu_209: ``- Lưu: VT; KSTTHC (MN,07).`` was cut at its ";", the rest taken
    for the signature's column on the same line. A Lưu line gives the other column only what
    follows its closing full stop (``VT, TH. PHÓ CHỦ TỊCH``), past a ";" between its units
    (``VT; KSTTHC. Huỳnh Hữu Trí``: the name was kept in the Lưu)."""
    spec = _read([*PROVINCE, ROADS[0], *DECIDED, "Nơi nhận:", *zone])
    assert spec["luu"] == luu
    assert spec["ky"]["chuc_vu"] == "PHÓ CHỦ TỊCH"
    assert spec["ky"]["ho_ten"] == "Huỳnh Hữu Trí"


def test_a_copys_signing_note_on_one_line_is_no_part_of_the_issuer() -> None:
    """kh_2025_cantho_70: a scan signed as a SAO Y; OCR read the note's mark and the agency on
    one line (``SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ,``) over its time, over the issuer.
    The note is the copy's, the issuer the letter's two lines."""
    note = ["SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ,",
            "Thời gian ký: 2025-09-15T09:07:04+07:00"]
    assert labelled_note([*note, "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", *MOTTO]) == (0, 2)
    spec = _read([*note, "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", *MOTTO, "Số: 70/KH-UBND",
                  "Cần Thơ, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
                  "Thực hiện công tác dân vận năm 2025",
                  "Trên đây là Kế hoạch thực hiện công tác dân vận năm 2025./.", "Nơi nhận:",
                  "- Bộ Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                  "Trần Văn Lâu"])
    assert spec["co_quan"]["ten"] == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"


def test_specks_under_a_luu_without_its_stop_are_no_items() -> None:
    """ct_2024_quangngai_11: its Lưu line ends with the drafter and no stop (``- Lưu: VT,
    KTN.Bảo``); under the title and the name OCR read the seal seen through the blank last page
    as specks, one with a dash (``+ T1``), and the lines under it were taken for one more
    recipient; the speck beside an item (``Công an tỉnh; s``) was kept in it."""
    spec = _read([*PROVINCE, ROADS[0], *DECIDED, "Nơi nhận:", "- Bộ Tư pháp (b/c);",
                  "- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh; s", "- Lưu: VT, KTN.Bảo",
                  "CHỦ TỊCH", "Nguyễn Hoàng Giang", "Hạ", "+ T1", "mã", "SN", "tà"])
    assert spec["noi_nhan"] == ["Bộ Tư pháp (b/c)", "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh"]
    assert spec["luu"] == "VT, KTN.Bảo"
    assert spec["ky"]["ho_ten"] == "Nguyễn Hoàng Giang"


@pytest.mark.parametrize(("under", "items"), [
    (["CHỦ TỊCH", "Nguyễn Hoàng Giang", "Hạ x S21 v", "th, TH Lái lát P",
      "văn 7 - CN «hi Xa) ĐÊM;", "NS Ề", "+ T1", "mã SN", "tà"], ["Bộ Tư pháp (b/c)"]),
    (["- Cổng TTĐT tỉnh;", "CHỦ TỊCH", "Nguyễn Hoàng Giang"],
     ["Bộ Tư pháp (b/c)", "Cổng TTĐT tỉnh"]),
], ids=["seal-signs-under-the-title", "item-read-under-the-luu"])
def test_a_line_ending_in_a_semicolon_under_the_signed_luu_is_no_item(
        under: list[str], items: list[str]) -> None:
    """ct_2024_quangngai_11: under its Lưu line (``- Lưu: VT, KTN.Bảo``, no stop), its title
    and its name, OCR read the seal through the blank last page for sixty lines, one of them
    ending in ``;`` (``văn 7 - CN «hi Xa) ĐÊM;``): taken for a recipient, it opened the list
    again and ``+ T1`` became one more. The Lưu is the list's last line (Nghị định 30, ô 9b);
    once the signer's title stands under it, a line ending in ``;`` is no item. An item OCR
    read right under the Lưu, before the title, still is one."""
    spec = _read([*PROVINCE, ROADS[0], *DECIDED, "Nơi nhận:", "- Bộ Tư pháp (b/c);",
                  "- Lưu: VT, KTN.Bảo", *under])
    assert spec["noi_nhan"] == items
    assert spec["luu"] == "VT, KTN.Bảo"


@pytest.mark.parametrize(("read", "at", "day"), [
    ("Sơn La, ngày II tháng 09 năm 2025", 3, "11"), ("Sơn La, ngày Il tháng 9 năm 2025", 3, "11"),
    ("Sơn La, ngày 11 tháng 09 năm 2025", 3, "11"), ("cử II đại biểu tháng 9", 1, "II"),
], ids=["II", "Il", "digits", "no-ngay"])
def test_a_day_read_in_letters_for_its_ones_is_a_day(read: str, at: int, day: str) -> None:
    """qd_2025_sonla_2307: OCR read the typed day ``11`` as ``II`` (``ngày II tháng 09``), and
    the letter lost its date. Between ``ngày`` and ``tháng`` such a word is a day, as it is a
    month between ``tháng`` and ``năm``; elsewhere it is left as read."""
    assert mend_line(read.split())[at] == day

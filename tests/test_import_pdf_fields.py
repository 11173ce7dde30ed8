"""A letter issued through an e-office system whose form field fills the Số line or the date
line with the whole of it (review9 finding 14): ``7432/UBND-XD`` after the printed ``Số:``, or
``ngày 21 tháng 7 năm 2026`` after the place. Such a field is the letter's own: the letter
reads with its number and date, nothing is told as a note. A field holding a note, or a
signature's own words, stays apart as before.

The PDFs are made here: a kế hoạch's page drawn with a Vietnamese font, one form field in its
header whose appearance is drawn with the same font (as e-office systems stamp it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fieldlook import FONT, drawn_look

from ntm_docgen.importer import import_letter

BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"
#: Where the field lies: after the printed ``Số:``, or after the place of the date line.
BOXES = {"so": (122, 740, 110, 16), "ngay": (358, 740, 200, 16)}


def _letter(path: Path, field: str, text: str) -> Path:
    """A kế hoạch of UBND tỉnh Lạng Sơn whose Số line prints ``Số:`` and whose date line
    prints ``Lạng Sơn,``, the form field ``field`` (``so`` or ``ngay``) filling the one with
    ``text``, the other printed whole."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Serif", FONT))
    pdfmetrics.registerFont(TTFont("SerifB", BOLD))
    page = Canvas(str(path), pagesize=(595, 842))

    def centred(x: float, y: float, line: str, bold: bool = False, size: float = 13) -> None:
        page.setFont("SerifB" if bold else "Serif", size)
        page.drawCentredString(x, y, line)

    centred(150, 790, "ỦY BAN NHÂN DÂN")
    centred(150, 774, "TỈNH LẠNG SƠN", True)
    centred(400, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, 12)
    centred(400, 774, "Độc lập - Tự do - Hạnh phúc", True)
    page.setFont("Serif", 13)
    page.drawString(100, 745, "Số:" if field == "so" else "Số: 12/KH-UBND")
    page.drawString(300, 745, "Lạng Sơn," if field == "ngay"
                    else "Lạng Sơn, ngày 21 tháng 7 năm 2026")
    x, y, width, height = BOXES[field]
    page.acroForm.textfield(name=field, value="-", x=x, y=y, width=width, height=height,
                            borderWidth=0)  # its appearance is drawn below, in Vietnamese
    centred(297, 700, "KẾ HOẠCH", True, 14)
    centred(297, 684, "Triển khai chương trình xây dựng nông thôn mới năm 2026", True)
    page.setFont("Serif", 13)
    page.drawString(80, 650, "I. MỤC ĐÍCH, YÊU CẦU")
    page.drawString(80, 632, "1. Tổ chức triển khai có hiệu quả chương trình trên địa bàn tỉnh./.")
    page.setFont("SerifB", 12)
    page.drawString(80, 560, "Nơi nhận:")
    page.setFont("Serif", 11)
    page.drawString(80, 546, "- Các sở, ban, ngành;")
    page.drawString(80, 532, "- Lưu: VT, NC.")
    centred(430, 560, "TM. ỦY BAN NHÂN DÂN", True)
    centred(430, 544, "CHỦ TỊCH", True)
    centred(430, 480, "Nguyễn Văn An", True)
    page.showPage()
    page.save()
    return _drawn_in(path, field, text)


def _drawn_in(path: Path, field: str, text: str) -> Path:
    """``path`` with the appearance of its field ``field`` drawing ``text`` in the page's font
    (a standard font of a field has no ă, ơ, ư)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    _x, _y, width, height = BOXES[field]
    writer = PdfWriter(clone_from=path)
    widget = writer.pages[0]["/Annots"][0].get_object()
    assert widget["/T"] == field
    widget[NameObject("/AP")] = DictionaryObject(
        {NameObject("/N"): drawn_look(writer, path, width, height, text)})
    writer.write(path)
    return path


@pytest.mark.parametrize(("field", "text"), [
    ("so", "12/KH-UBND"), ("so", "7432/UBND-XD"), ("ngay", "ngày 21 tháng 7 năm 2026"),
], ids=["number-and-ky-hieu", "e-office-number", "date-line"])
def test_a_field_filling_the_so_or_date_line_whole_is_the_letters_own(
        tmp_path: Path, field: str, text: str) -> None:
    """It was dropped as "a note drawn over the page": the letter read with no number (a
    draft to the register and to copy --allocate) or no date."""
    result = import_letter(_letter(tmp_path / "ke-hoach.pdf", field, text))
    so, ky_hieu = ("7432", "UBND-XD") if "7432" in text else ("12", "KH-UBND")
    assert (str(result.spec.get("so")), result.spec.get("ky_hieu")) == (so, ky_hieu)
    assert str(result.spec.get("ngay")) == "2026-07-21"
    assert result.spec.get("dia_danh") == "Lạng Sơn"
    assert not [w for w in result.warnings if text in w], result.warnings


@pytest.mark.parametrize(("field", "text"), [
    ("so", "Đã xem, chuyển NC"), ("ngay", "Thời gian ký: 21/07/2026"),
], ids=["a-note", "a-signing-time"])
def test_a_field_holding_a_note_stays_apart_and_is_told(
        tmp_path: Path, field: str, text: str) -> None:
    result = import_letter(_letter(tmp_path / "ke-hoach.pdf", field, text))
    assert text not in str(result.spec)
    assert any(text in w for w in result.warnings), result.warnings

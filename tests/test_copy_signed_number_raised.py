"""Quảng Ngãi's signed thông báo 542/TB-UBND and 565/TB-UBND print ``Số:      /TB-UBND`` and
draw their number in a signature field whose digits sit two points above the printed line: a
copy refused them as drafts ("has no number yet"), for the digits' middle stood over the
colon's own ink, though ``pdftotext`` and ``import`` read 542. A draft with no field, its
number blank, is still refused.

The PDFs are made here: the Số line in a Vietnamese font, and a signature field after it
whose appearance draws the number a little higher than the line (as the signing software of
Quảng Ngãi's văn thư stamps it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fieldlook import FONT, drawn_look

from ntm_docgen import copies
from ntm_docgen.errors import InputFileError

#: The printed Số line's baseline, and where the field lies (left, bottom, width, height).
BASELINE = 745
FIELD = (124, 740, 40, 20)


def _letter(path: Path, number: str | None, raised: float) -> Path:
    """A thông báo whose page prints ``Số:`` and ``/TB-UBND`` with a gap between, and (unless
    ``number`` is None, a draft) a signature field drawing ``number`` in the gap, its baseline
    ``raised`` points above the printed line's."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Serif", FONT))
    page = Canvas(str(path), pagesize=(595, 842))
    page.setFont("Serif", 13)
    page.drawCentredString(150, 790, "ỦY BAN NHÂN DÂN")
    page.drawCentredString(150, 774, "TỈNH QUẢNG NGÃI")
    page.drawString(100, BASELINE, "Số:")
    page.drawString(166, BASELINE, "/TB-UBND")
    page.drawString(300, BASELINE, "Quảng Ngãi, ngày 06 tháng 11 năm 2024")
    page.drawCentredString(297, 700, "THÔNG BÁO")
    page.drawString(80, 650, "Ủy ban nhân dân tỉnh thông báo việc tham dự Hội nghị./.")
    page.showPage()
    page.save()
    return path if number is None else _signed(path, number, raised)


def _signed(path: Path, number: str, raised: float) -> Path:
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    left, bottom, width, height = FIELD
    writer = PdfWriter(clone_from=path)
    look = drawn_look(writer, path, width, height, number, BASELINE - bottom + raised, 13)
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("Signature3"),
        NameObject("/F"): FloatObject(132),
        NameObject("/Rect"): ArrayObject(FloatObject(v) for v in (left, bottom, left + width,
                                                                  bottom + height)),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): look})})
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref]), NameObject("/SigFlags"): FloatObject(3)})
    writer.write(path)
    return path


@pytest.mark.parametrize("raised", [0, 2, 3], ids=["on-the-line", "two-points-up",
                                                    "three-points-up"])
def test_a_number_drawn_a_little_above_the_so_line_is_read(tmp_path: Path, raised: float):
    signed = _letter(tmp_path / "thong-bao.pdf", "542", raised)
    assert copies.number_read(signed) == "542/TB-UBND"
    assert copies.draft_number(signed, header_only=True) is None
    copies.check_issued(signed)  # not refused as a draft


def test_a_draft_with_its_number_blank_is_still_refused(tmp_path: Path):
    draft = _letter(tmp_path / "du-thao.pdf", None, 0)
    assert copies.draft_number(draft) == "/TB-UBND"
    with pytest.raises(InputFileError, match="TB-UBND"):
        copies.check_issued(draft)


def test_a_number_in_a_field_on_another_line_is_not_taken(tmp_path: Path):
    """A field's digits a whole line above (a stamp's time over the header) are not the
    number: the draft stays a draft."""
    far = _letter(tmp_path / "du-thao.pdf", "542", 16)
    assert copies.draft_number(far) == "/TB-UBND"

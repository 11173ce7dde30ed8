"""A TRÍCH SAO of a scan whose number the clerk wrote by hand (Bạc Liêu's 210/QĐ-UBND, OCR read
``410`` and was unsure of it) printed ``Số: 410/QĐ-UBND`` and told nothing of it, though
import flags the word. The copy now holds the number and the day to the importer's evidence:
a number whose own word on the Số line OCR was unsure of, and a day read from the pen's blank
that the letter's own dates belie (its digital signature's time, read where the importer reads
it), are left blank as the paper had them before the pen, with a warning naming the field to
write in from the paper; the words OCR was unsure of inside the parts kept
(``Xi07/2021/NĐ-CP`` for 107) are named. A number read sure or from the pen's blank, and a
typed day, are printed whatever OCR was unsure of elsewhere or a footer's time says.

The scan's reading is stood in for (the lines OCR gives, the words it was unsure of), so no
test waits for Tesseract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_copy_chain import copy, pdf_letter, spec_of

from ntm_docgen.importer import build
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.unsure import gather


def _lines(signed: str | None, so: str = "410", end: tuple[str, ...] = (),
           centre: bool = False) -> list[str]:
    """The scan's lines as OCR gives them: the digital signature's note over the header (as
    Bạc Liêu's 210 reads, or as an e-government centre prints it; none when ``signed`` is
    None), then the letter, then ``end``."""
    note = [] if signed is None else ["Cơ quan: Uỷ ban nhân", "Bạc Liêu LJCU, 111i",
                                      "Thời gian ký:", f"{signed} 07:55:27"]  # 210's, as read
    if signed is not None and centre:  # Quảng Ngãi's: the importer knows it for a note
        note = ["TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@baclieu.gov.vn", f"{signed} 07:55:27",
                "+07:00"]
    return [*note, "ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", f"Số: {so}/QĐ-UBND",
            "Bạc Liêu, ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH",
            "Về việc công bố Danh mục thủ tục hành chính mới ban hành",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Nghị định số Xi07/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;",
            "Căn cứ Nghị định số 12/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Giao thông vận tải.", "QUYẾT ĐỊNH:",
            "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.", "Nơi nhận:",
            "- Như Điều 2;", "- Lưu: VT, KSTTHC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
            "Huỳnh Hữu Trí", *end]


@pytest.fixture
def read_as(monkeypatch):
    """The scan's reading stood in for: its lines (the day of its signature's note, its
    number, what follows the letter), the words OCR was unsure of, and what was read from the
    pen's blanks (``("ngay", "18/02/2025")``: ``importer/handwritten``)."""
    def stand_in(signed: str | None, unsure: list[str], so: str = "410",
                 by_hand: tuple[tuple[str, str], ...] = (), end: tuple[str, ...] = (),
                 centre: bool = False) -> None:
        def read(path: Path) -> Source:
            gather({"text": unsure, "conf": [40.0] * len(unsure)})
            return Source(_lines(signed, so, end, centre), ocr_pages=(1,), set_apart=tuple(
                (f"by hand: {field}", 1, value) for field, value in by_hand))
        monkeypatch.setattr(build, "read_source", read)
    return stand_in


def _trich(runner, tmp_path: Path):
    original = pdf_letter(tmp_path / "quyet dinh quet.pdf")  # its text is stood in for
    out = tmp_path / "trich.pdf"
    made = copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), out, "--trich", "Điều 1")
    assert made.exit_code == 0, made.output
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    return " ".join(made.output.split()), text


def test_a_number_ocr_was_unsure_of_is_left_blank_and_told(runner, tmp_path, read_as):
    read_as("19.02.2025", ["410/QĐ-UBND", "Xi"])
    said, text = _trich(runner, tmp_path)
    assert "410" not in text and "Số: /QĐ-UBND" in text
    assert "ngày 18 tháng 02 năm 2025" in text  # the day agrees with the signature's note
    assert "so: the number of the original was written by hand and OCR was not sure of it " \
           "(it read “410”)" in said
    assert "write the number in by hand from the paper before the copy is signed" in said


def test_a_number_read_from_the_pens_blank_is_printed_and_told(runner, tmp_path, read_as):
    """Import read 241 from the digits written in the blank (``by hand: so``: Tiền Giang's 241
    and Điện Biên's 339, each right; its readings must agree) and tells the clerk to check it:
    the copy prints it and passes the warning on."""
    read_as("19.02.2025", [], so="241", by_hand=(("so", "241"),))
    said, text = _trich(runner, tmp_path)
    assert "Số: 241/QĐ-UBND" in text and "so: the number of the original" not in said
    assert "so: the number 241 was read from the digits written by hand" in said, said


@pytest.mark.parametrize("unsure", [["12/2021/NĐ-CP"], ["1.", "(12)", "12.", "15/3/2021"]],
                         ids=["a-can-cu-number", "items-and-days"])
def test_a_typed_number_read_sure_is_printed_whatever_else_ocr_doubted(
        runner, tmp_path, read_as, unsure):
    """``Số: 12/QĐ-UBND`` read sure; OCR unsure of a căn cứ's ``12/2021/NĐ-CP``, an item's
    number, a day: none is the Số line's word, so the number is the paper's."""
    read_as("19.02.2025", unsure, so="12")
    said, text = _trich(runner, tmp_path)
    assert "Số: 12/QĐ-UBND" in text and "so: the number" not in said, said


def test_the_words_ocr_was_unsure_of_in_the_parts_kept_are_named(runner, tmp_path, read_as):
    read_as("19.02.2025", ["410/QĐ-UBND", "Xi", "hiệu"])  # "hiệu": in Điều 2 only
    said, _text = _trich(runner, tmp_path)
    assert "OCR was unsure of these words in the parts the copy keeps: “Xi”; check" in said, said


def test_a_number_ocr_read_sure_is_printed(runner, tmp_path, read_as):
    read_as("19.02.2025", ["Xi"])
    said, text = _trich(runner, tmp_path)
    assert "Số: 410/QĐ-UBND" in text and "so: the number" not in said


@pytest.mark.parametrize("centre", [False, True], ids=["labelled-note", "centres-note"])
def test_a_day_the_signature_belies_is_left_blank_and_told(runner, tmp_path, read_as, centre):
    """The day read from the pen's blank, signed a month after: the importer's rule holds a
    letter to be dated at most DAYS_BEFORE_SIGNING days before its signature's note (read
    into no part, or left out of the letter by the importer as a note)."""
    read_as("19.03.2025", [], by_hand=(("ngay", "18/02/2025"),), centre=centre)
    said, text = _trich(runner, tmp_path)
    assert "18 tháng" not in text and "năm 2025" in text and "Số: 410/QĐ-UBND" in text
    assert "ngay: OCR read the day of the original as 18/02/2025, which does not agree" in said


def test_a_typed_day_is_printed_whatever_the_signature_says(runner, tmp_path, read_as):
    """A day no pen wrote is the paper's own: a letter printed, signed on paper and signed
    digitally a month later keeps it."""
    read_as("19.03.2025", [])
    said, text = _trich(runner, tmp_path)
    assert "ngày 18 tháng 02 năm 2025" in text and "ngay: OCR read" not in said


@pytest.mark.parametrize("by_hand", [(), (("ngay", "18/02/2025"),)], ids=["typed", "by-pen"])
def test_a_footers_time_is_no_signature(runner, tmp_path, read_as, by_hand):
    """``Ngày in: 19/03/2025 08:12`` under the letter is when it was printed, not signed."""
    read_as(None, [], by_hand=by_hand, end=("Ngày in: 19/03/2025 08:12",))
    said, text = _trich(runner, tmp_path)
    assert "ngày 18 tháng 02 năm 2025" in text and "ngay: OCR read" not in said, said


def _signed_on(original: Path, when: str) -> Path:
    """``original`` with a digital signature's field whose dictionary was made ``when``
    (``D:20250319075527+07'00'``), its appearance the note's time."""
    from fieldlook import drawn_look
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=original)
    look = drawn_look(writer, original, 160, 20, "Thời gian ký: 19.03.2025 07:55:27")
    value = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Sig"), NameObject("/M"): TextStringObject(when),
        NameObject("/Name"): TextStringObject("Ủy ban nhân dân tỉnh Bạc Liêu")}))
    field = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("Signature1"),
        NameObject("/F"): FloatObject(132), NameObject("/V"): value,
        NameObject("/Rect"): ArrayObject(FloatObject(v) for v in (400, 800, 560, 820)),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): look})}))
    writer.pages[0][NameObject("/Annots")] = ArrayObject([field])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field]), NameObject("/SigFlags"): FloatObject(3)})
    writer.write(original)
    return original


@pytest.mark.parametrize(("when", "kept"), [("D:20250319075527+07'00'", False),
                                            ("D:20250219075527+07'00'", True)],
                         ids=["a-month-after", "the-day-after"])
def test_a_day_by_pen_is_held_to_the_pdfs_signature(runner, tmp_path, read_as, when, kept):
    """No note read on the page: the PDF's signature field says when it was signed, as the
    importer reads it (``pdfstamps.signers``)."""
    read_as(None, [], by_hand=(("ngay", "18/02/2025"),))
    original = _signed_on(pdf_letter(tmp_path / "quyet dinh quet.pdf"), when)
    out = tmp_path / "trich.pdf"
    made = copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), out, "--trich", "Điều 1")
    assert made.exit_code == 0, made.output
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert ("ngày 18 tháng 02 năm 2025" in text) is kept
    assert ("ngay: OCR read the day" in " ".join(made.output.split())) is not kept

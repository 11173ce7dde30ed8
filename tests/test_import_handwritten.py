"""The number and the day a pen wrote in a scan's blanks, read a second time
(importer/handwritten.py): taken only when every way of reading agrees and the date is
plausible, always with a warning; the crops in tests/data/handwritten are real (provenance.tsv:
page 1 drawn at 300 dpi after the PDF's annotations were flattened, turned level, cut)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from ntm_docgen.importer import handwritten, pentrust
from ntm_docgen.importer.handwritten import pen_kept, read_blanks
from ntm_docgen.importer.pageorder import pdf_text
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.scan import ink_only
from ntm_docgen.importer.setapart import by_hand, set_apart

DATA = Path(__file__).parent / "data" / "handwritten"
#: The margin the reader cuts round a line (pixels).
PAD = 12


def _line(name: str, text: str) -> tuple[Any, list[Word]]:
    """A real line cut from a scan, and the page's reading of it as one word (scale 1: points
    are pixels), the cut's margin round it."""
    image = Image.open(DATA / name).convert("RGB")
    return image, [Word(text, PAD, image.width - PAD, PAD, image.height - PAD, 20.0, line=1)]


def _read(image: Any, words: list[Word]) -> tuple[list[str], list[tuple[str, str]]]:
    out, found = read_blanks(pen_kept(image), words, 1.0, 10.0 * image.height)
    return [w.text for w in out], found


def test_a_number_written_by_hand_is_read_when_every_way_agrees() -> None:
    image, words = _line("so.ttr_2025_quangngai_09.png", "Số: 0) /TIr-UBND")
    assert _read(image, words) == (["Số: 09 /TIr-UBND"], [("so", "09")])


def test_a_number_glued_to_its_slash_is_cut_at_the_ink_between() -> None:
    """280 written close to ``Số:``: Tesseract's boxes put the bound through the 2."""
    image, words = _line("so.bc_2024_quangngai_280.pen.png", "Số: /BC-UBND")
    assert _read(image, words) == (["Số: 280 /BC-UBND"], [("so", "280")])


def test_a_slash_the_page_reading_took_for_a_bracket() -> None:
    """``Số:l145)TB-ĐHTĐ``: the line has no slash; it once stopped the whole reading."""
    image, words = _line("so.bc_2024_quangngai_280.pen.png", "Số:l145)BC-UBND")
    assert _read(image, words) == (["Số: 280 /BC-UBND"], [("so", "280")])


def test_a_ky_hieu_read_as_its_own_word_stays_where_it_was_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """464 of the Thủ tướng: the page read ``Số:`` and ``/TTg-CĐS`` apart, and the layout
    put the ký hiệu before the place and date beside it; the number is written after ``Số:``
    and the ký hiệu's word is left where it is (made one word, the date line lost its place)."""
    monkeypatch.setattr(handwritten, "_number", lambda pen, mine, scale: "464")
    words = [Word("Số:", 10, 40, 10, 30, 20.0, line=1),
             Word("/TTg-CĐS", 60, 140, 10, 30, 20.0, line=1)]
    out, found = read_blanks(Image.new("L", (200, 60), 255), words, 1.0, 600.0)
    assert [(w.text, w.x0) for w in out] == [("Số: 464", 10), ("/TTg-CĐS", 60)]
    assert found == [("so", "464")]


def test_a_line_tesseract_reads_nothing_on_is_left_as_read() -> None:
    """No letter read on the cut (Tesseract's answer then has no keys): once it stopped the
    whole reading as a damaged PDF."""
    blank = Image.new("RGB", (500, 80), "white")
    words = [Word("Số: /TB-UBND", PAD, 500 - PAD, PAD, 80 - PAD, 20.0, line=1)]
    assert _read(blank, words) == (["Số: /TB-UBND"], [])


def test_a_number_read_differently_once_the_image_changes_is_left_blank() -> None:
    """3980, its 80 run into the slash: one look agrees on 390, others read 3939 or 339."""
    image, words = _line("so.cv_2025_bca_3980.pen.png", "Số: /C04-P")
    assert _read(image, words) == (["Số: /C04-P"], [])


def test_a_number_tesseract_reads_differently_is_read_by_pp_ocr() -> None:
    """493 in blue ink, its open 4 read ``92``, ``02`` and ``4`` by Tesseract (nothing taken
    from it); PP-OCR reads 493 in its four looks (penread.py)."""
    image, words = _line("so.tb_2025_lamdong_493.blue.png", "Số: /TB-UBND")
    assert _read(image, words) == (["Số: 493 /TB-UBND"], [("so", "493")])


def test_a_number_tesseract_reads_nothing_on_is_read_by_pp_ocr() -> None:
    """2191 of the Cục Thuế, read ``ZJØI`` on the page: Tesseract's ways agree on no digits;
    PP-OCR's four looks read 2191 (one with a full stop after it, left out)."""
    image, words = _line("so.cv_2026_cucthue_2191.pen.png", "Số: ZJØI /CT-CS")
    assert _read(image, words) == (["Số: 2191 /CT-CS"], [("so", "2191")])


def test_a_day_by_pen_is_read_by_pp_ocr_and_held_to_the_signing() -> None:
    """Quảng Ngãi's 20 written over ``ngày``: taken since the signature's note is of the 21st;
    without the note too (two digits in the printed month), but not when the page cites a
    letter made after it."""
    image = Image.open(DATA / "ngay.ttr_2025_quangngai_09.pen.png").convert("RGB")
    line = Word("Quảng Ngãi, ngàytháng 01 năm 2025", PAD, image.width - PAD, PAD,
                image.height - PAD, 20.0, line=1)
    note = Word("21.01.2025 09:27:35", 0, 90, 0, 10, 10.0, line=0)
    pen = pen_kept(image)
    out, found = read_blanks(pen, [note, line], 1.0, 10.0 * image.height)
    assert found == [("ngay", "20/01/2025")]
    assert out[-1].text == "Quảng Ngãi, ngày 20 tháng 01 năm 2025"
    assert read_blanks(pen, [line], 1.0, 10.0 * image.height)[1] == [("ngay", "20/01/2025")]
    later = Word("theo Công văn số 12/UBND-VX ngày 22/01/2025", 0, 90, 0, 10, 10.0, line=0)
    assert read_blanks(pen, [later, line], 1.0, 10.0 * image.height)[1] == []


@pytest.mark.parametrize(("tesseract", "pen", "taken"), [
    ("09", "09", "09"), ("09", None, "09"), (None, "464", "464"), ("5240", "52401", None),
    (None, None, None)], ids=["agreed", "tesseract-alone", "pp-ocr-alone", "differing", "none"])
def test_a_value_is_never_taken_against_the_other_reader(
        monkeypatch: pytest.MonkeyPatch, tesseract: str | None, pen: str | None,
        taken: str | None) -> None:
    monkeypatch.setattr(handwritten, "_agreed", lambda blank, times: tesseract)
    monkeypatch.setattr(handwritten, "digits", lambda blank: pen)
    assert handwritten._read(Image.new("L", (200, 60), 255), (10, 150)) == taken


@pytest.mark.parametrize(("tesseract", "pen", "taken"), [
    ("19", "19", "19"), ("19", None, None), (None, "30", "30"), ("19", "30", None)],
    ids=["agreed", "tesseract-alone", "pp-ocr-alone", "differing"])
def test_a_day_no_signature_holds_needs_pp_ocr(monkeypatch: pytest.MonkeyPatch,
                                                tesseract: str | None, pen: str | None,
                                                taken: str | None) -> None:
    """A day on a scan without a signing note (held only by its two digits, the printed month
    and the dates it cites): Tesseract alone, the weaker on handwriting, is not enough."""
    monkeypatch.setattr(handwritten, "_agreed", lambda blank, times: tesseract)
    monkeypatch.setattr(handwritten, "digits", lambda blank: pen)
    assert handwritten._read(Image.new("L", (200, 60), 255), (10, 150), both=True) == taken


@pytest.mark.parametrize(("looks", "taken"), [
    (["493/", "493", "493", "493"], "493"), (["2191。", "2191", "2191", "2191"], "2191"),
    (["464", "464", "464", "46"], "464"), (["23", "23", "23", "3"], "23"),
    (["464", "46", "464", "464"], None), (["464", "464", "464", "4"], None),
    (["464", "464", "464", "64"], "464"), (["464", "464", "464", "4644"], None),
    (["52401", "52401", "52401", "524"], None),
    (["39.80", "39.80", "39.80", "39.80"], None), (["", "", "", ""], None)],
    ids=["slash-beside", "full-stop-after", "the-wide-look-lost-a-digit", "a-day's-first-lost",
         "a-close-look-lost-a-digit", "the-wide-look-lost-two", "the-wide-look-lost-the-first",
         "the-wide-look-read-more", "slash-as-1", "mark-inside", "nothing"])
def test_pp_ocr_takes_digits_when_its_looks_agree_or_the_wide_one_lost_one(
        monkeypatch: pytest.MonkeyPatch, looks: list[str], taken: str | None) -> None:
    from ntm_docgen.importer import penread

    said = iter(looks)
    monkeypatch.setattr(penread, "_look", lambda blank, margin: next(said))
    assert penread.digits(Image.new("L", (120, 60), 255)) == taken


def test_a_missing_reader_of_the_pen_is_told_and_reads_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PP-OCR (Python 3.13, OpenCV without libGL) a blank is read by Tesseract alone:
    the recogniser's part reads nothing, and why is said, with the library to install."""
    from ntm_docgen.importer import penread

    def missing() -> None:
        raise OSError("libGL.so.1: cannot open shared object file")

    monkeypatch.setattr(penread, "_recogniser", missing)
    monkeypatch.setattr(penread, "_MISSING", [])
    assert penread.digits(Image.new("L", (80, 40), 255)) is None
    said = penread.missing() or ""
    assert "libGL.so.1" in said and "libgl1" in said


def test_a_blue_pen_is_kept_where_the_page_reading_drops_it() -> None:
    image = Image.open(DATA / "so.tb_2025_lamdong_493.blue.png").convert("RGB")
    digits = (95, 0, 235, image.height)  # the blue 493 between "Số:" and the slash

    def dark(grey: Any) -> int:
        return sum(grey.crop(digits).histogram()[:128])

    assert dark(ink_only(image)) < 50 < 500 < dark(pen_kept(image))


def test_a_red_seal_over_the_blank_does_not_change_the_number() -> None:
    """A seal's red ring drawn across the handwritten 09: the red channel drops it."""
    image, words = _line("so.ttr_2025_quangngai_09.png", "Số: 0) /TIr-UBND")
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, -120, 300, 160), outline=(205, 40, 45), width=7)
    draw.line((90, 10, 260, 75), fill=(205, 40, 45), width=6)
    assert _read(image, words) == (["Số: 09 /TIr-UBND"], [("so", "09")])


@pytest.mark.parametrize(("day", "signed", "dates", "taken"), [
    ("13", date(2025, 11, 13), (), date(2025, 11, 13)),
    ("13", date(2025, 11, 18), (), date(2025, 11, 13)),
    ("13", date(2025, 11, 19), (), None),
    ("13", date(2025, 11, 12), (), None),
    ("13", None, (), date(2025, 11, 13)),
    ("3", None, (), None),
    ("03", None, (), date(2025, 11, 3)),
    ("13", None, (date(2025, 11, 14),), None),
    ("13", None, (date(2025, 11, 13), date(2925, 11, 14)), date(2025, 11, 13)),
    ("31", date(2025, 12, 1), (), None),
    ("0", date(2025, 11, 13), (), None),
    (None, date(2025, 11, 13), (), None),
], ids=["signed-that-day", "five-days-after", "six-days-after", "signed-before",
        "no-note-two-digits", "no-note-one-digit", "no-note-a-nought-first",
        "before-a-letter-it-cites", "a-cited-year-misread", "no-such-day", "day-0",
        "not-agreed"])
def test_a_day_is_taken_only_as_a_real_date_the_letter_allows(
        monkeypatch: pytest.MonkeyPatch, day: str | None, signed: date | None,
        dates: tuple[date, ...], taken: date | None) -> None:
    image, words = _line("ngay.tb_2025_lamdong_493.blue.png",
                         "Lâm Đông, ngày - tháng 11 năm 2025")
    monkeypatch.setattr(handwritten, "_read", lambda crop, span, both=False: day)
    monkeypatch.setattr(handwritten, "held", lambda *args: None)  # the looks' day: pensigned
    found = handwritten._day(pen_kept(image), words, 1.0, 2025, "11", signed, dates)
    assert found == taken


def test_a_1_where_the_blanks_ink_runs_into_the_cut_is_not_a_digit() -> None:
    """5240's blank as cut: the ký hiệu's slash stands at its right edge, and PP-OCR's three
    close looks read it ``52401``; a ``1`` there is refused, the digits inside are not."""
    blank = Image.open(DATA / "blank.so.cv_2025_bca_5240.slash.png")
    assert pentrust.edge_one(blank, "52401")
    assert not pentrust.edge_one(blank, "5240")
    assert not pentrust.edge_one(Image.new("L", (80, 40), 255), "521")


def test_a_number_with_a_1_cut_from_the_slash_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole Số line's read: the blank's value ending in a 1 where its ink touches the
    cut is not taken (``handwritten._number``)."""
    image, words = _line("so.bc_2024_quangngai_280.pen.png", "Số: /BC-UBND")
    monkeypatch.setattr(handwritten, "_read", lambda crop, span, both=False: "2801")
    monkeypatch.setattr(handwritten, "edge_one", lambda blank, value: value.endswith("1"))
    assert _read(image, words) == (["Số: /BC-UBND"], [])
    monkeypatch.setattr(handwritten, "_read", lambda crop, span, both=False: "280")
    assert _read(image, words) == (["Số: 280 /BC-UBND"], [("so", "280")])


def test_the_date_line_gets_the_day_read() -> None:
    words = [Word("21.01.2025 09:27:35", 0, 90, 0, 10, 10.0, line=0),
             Word("Lâm Đông, ngày - tháng 11 năm 2025", 0, 300, 20, 30, 10.0, line=1)]
    text = pentrust.with_day(words[1].text, date(2025, 11, 13))
    assert [w.text for w in handwritten._rewritten(words, words[1:], text)] == \
        ["21.01.2025 09:27:35", "Lâm Đông, ngày 13 tháng 11 năm 2025"]


def test_what_was_read_by_hand_goes_with_the_page() -> None:
    page = Page(1, 595, 842, [Word("Số: 09 /TTr-UBND", 50, 200, 100, 112, 12.0, line=0)],
                ocr=True, hand=[("so", "09")])
    assert ("by hand: so", 1, "09") in pdf_text([page]).set_apart


def test_a_number_read_by_hand_is_told_and_kept_out_of_the_furniture() -> None:
    source = Source(["Số: 09 /TTr-UBND"], set_apart=(("by hand: so", 1, "09"),
                                                     ("by hand: ngay", 1, "20/01/2025")),
                    ocr_pages=(1,))
    told = by_hand(source, {"so": 9, "ngay": date(2025, 1, 20)})
    assert len(told) == 2
    assert told[0].startswith("so: ") and "09" in told[0] and "(page 1)" in told[0]
    assert told[1].startswith("ngay: ") and "20/01/2025" in told[1]
    assert not any("09" in w for w in set_apart(source))
    assert by_hand(source, {"so": 8}) == []  # not the number the spec holds: nothing said


def test_a_day_not_read_is_hinted_by_the_signing_note_never_filled() -> None:
    source = Source(["TRUNG TÂM CÔNG BÁO", "21.01.2025 09:27:35", "ỦY BAN NHÂN DÂN"],
                    ocr_pages=(1,))
    told = by_hand(source, {"so": 9})
    assert len(told) == 1 and told[0].startswith("ngay: ") and "21/01/2025" in told[0]
    assert by_hand(source, {"ngay": date(2025, 1, 20)}) == []

"""A day written by hand that the digital signature's note holds (importer/pensigned.py): the
note leaves six days, so PP-OCR's looks need not all agree; the crops are real
(tests/data/handwritten/provenance.tsv: the date line as the reader cuts it, page 1 at 300 dpi,
turned level, its red channel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from ntm_docgen.importer import pensigned
from ntm_docgen.importer.handwritten import pen_kept, read_blanks
from ntm_docgen.importer.pdflayout import Word

DATA = Path(__file__).parent / "data" / "handwritten"
PAD = 12  # the margin the reader cuts round a line (pixels)


def _read(name: str, text: str, *above: str) -> list[tuple[str, str]]:
    """What the reader takes on a real date line read by the page as ``text``, ``above`` it
    the lines the page read over it (a signing note)."""
    image = Image.open(DATA / name).convert("RGB")
    line = Word(text, PAD, image.width - PAD, PAD, image.height - PAD, 20.0, line=1)
    notes = [Word(t, 0, 90, 0, 10, 10.0, line=n + 2) for n, t in enumerate(above)]
    return read_blanks(pen_kept(image), [*notes, line], 1.0, 10.0 * image.height)[1]


def test_a_day_the_looks_read_with_a_digit_lost_is_held_by_the_note() -> None:
    """Quảng Ngãi's Tờ trình 24 (held_out_18): the 07 written over ``ngày`` is read ``07``,
    ``07``, ``7``, ``0`` by PP-OCR's four looks; the Công báo's note of 07.02.2025 allows only
    2 to 7 February, and 07 is the one day of them read: taken. Without the note it is not."""
    text = "Quảng Ngãi, ngày 0† tháng 02 năm 2025"
    assert _read("ngay.ttr_2025_quangngai_24.pen.png", text, "07.02.2025 15:53:02",
                 "+07:00") == [("ngay", "07/02/2025")]
    assert _read("ngay.ttr_2025_quangngai_24.pen.png", text) == []


def test_a_note_read_with_its_marks_lost_holds_the_day() -> None:
    """Quảng Ngãi's Chỉ thị 04 (held_out_19): the Công báo's note ``18.03.2024 09:29:39`` was
    read ``18032024 092939``; it still holds 15 (read ``15``, ``15``, ``15``, ``45``), which the
    page read ``45``."""
    text = "Quảng Ngãi, ngày 45 tháng 3 năm 2024"
    assert _read("ngay.ct_2024_quangngai_04.pen.png", text, "18032024 092939", "+07:00") == \
        [("ngay", "15/03/2024")]
    assert _read("ngay.ct_2024_quangngai_04.pen.png", text, "2611202434586") == []


@pytest.mark.parametrize(("looks", "taken"), [
    (["17", "17", "7", "1"], "17"), (["15", "15", "15", "45"], "15"),
    (["15", "1", "#5", "15"], "15"), (["15", "15", "17", "15"], None),
    (["15", "", "", ""], None), (["155", "155", "15", "15"], None),
    (["15", "15", "5", "19"], "15"), (["15", "15", "4", "15"], None), (["", "", "", ""], None)],
    ids=["a-digit-lost", "no-day-of-the-note", "a-sign-read", "two-days-of-the-note",
         "one-look-alone", "a-digit-more", "a-day-after-the-note", "a-digit-misread",
         "nothing"])
def test_the_looks_give_one_day_of_the_note_or_none(looks: list[str], taken: str | None
                                                     ) -> None:
    """A note of 17 February 2025: the letter of 12 to 17 February."""
    fits = pensigned.in_window(2025, "02", date(2025, 2, 17), ())
    assert pensigned.day_of_window(looks, fits) == taken

"""The pen's ink told from the print by its colour (importer/penink.py): a blank written in
blue is read on the ink alone, the print taken away, and cut where the ink is; the grey line's
read and the ink's must not disagree. The crops in tests/data/handwritten are real
(provenance.tsv: page 1 drawn at 300 dpi, turned level, the line cut as the reader cuts it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from ntm_docgen.importer import handwritten, penink
from ntm_docgen.importer.handwritten import pen_kept, read_blanks
from ntm_docgen.importer.pdflayout import Word

DATA = Path(__file__).parent / "data" / "handwritten"
PAD = 12  # the margin the reader cuts round a line (pixels)


def _line(name: str, text: str) -> tuple[Any, list[Word]]:
    image = Image.open(DATA / name).convert("RGB")
    return image, [Word(text, PAD, image.width - PAD, PAD, image.height - PAD, 20.0, line=1)]


def test_a_number_in_blue_ink_is_read_on_the_ink_alone() -> None:
    """241 of Tiền Giang, in blue after ``Số:``: read in grey, the colon runs into the first
    look (``α241``) and nothing is taken; on the ink alone every look reads 241."""
    image, words = _line("so.qd_2025_tiengiang_241.blue.png", "Số: /QĐ-UBND")
    out, found = read_blanks(pen_kept(image), words, 1.0, 10.0 * image.height)
    assert ([w.text for w in out], found) == (["Số: 241 /QĐ-UBND"], [("so", "241")])
    grey = image.split()[0]  # the same line with its colour lost: as before, nothing
    assert read_blanks(pen_kept(grey), words, 1.0, 10.0 * image.height)[1] == []


def test_the_cut_follows_the_ink_into_the_y_of_ngay() -> None:
    """1146 of Tây Đô: the 2 of 28 is written into the italic ``y`` of ``ngày``; the grey
    cut starts after the ``y``, the ink's where the 2 begins, and holds no print."""
    image, words = _line("ngay.kh_2025_taydo_1146.blue.png", "Cần Thơ, ngày» tháng ; năm 2025")
    crop, chars, ink = handwritten._line_chars(pen_kept(image), words, 1.0)
    assert ink is not None
    found = handwritten._date_words(handwritten._keyed(chars))
    assert found is not None
    (_, (grey_left, _)), (blank, (left, right)) = handwritten._cuts(
        crop, ink, chars, found[0].end() - 1, found[1].start())
    assert blank is ink and left < grey_left - 8
    assert crop.crop((right + 2, 0, right + 60, crop.height)).getextrema()[0] < 100  # tháng
    tail = blank.crop((right + 2, 0, right + 60, blank.height))  # "tháng" in print: gone
    assert tail.getextrema() == (255, 255)


def test_the_cut_read_in_grey_and_on_the_ink_must_agree(monkeypatch: Any) -> None:
    """1146's day: were the grey line to read 8 (the 2 under the ``y``) and the ink 28,
    neither is taken."""
    image, words = _line("ngay.kh_2025_taydo_1146.blue.png", "Cần Thơ, ngày» tháng ; năm 2025")
    reads = iter(["8", "28", "10", "10"])
    monkeypatch.setattr(handwritten, "_read", lambda image, span, both=False: next(reads))
    assert read_blanks(pen_kept(image), words, 1.0, 10.0 * image.height)[1] == []


def test_the_ink_layer_keeps_the_blue_pen_and_drops_the_print() -> None:
    """Black print and a blue stroke on a bluish paper (a scan's tint): only the stroke is
    kept; a grey line has no layer."""
    line = Image.new("RGB", (200, 60), (221, 231, 245))
    draw = ImageDraw.Draw(line)
    draw.rectangle((10, 10, 40, 50), fill=(30, 32, 40))      # print
    draw.rectangle((100, 10, 130, 50), fill=(40, 60, 160))   # the pen's blue
    ink = penink.layer(line)
    assert ink is not None
    assert ink.crop((10, 10, 41, 51)).getextrema() == (255, 255)
    assert ink.crop((102, 12, 128, 48)).getextrema()[1] < 100
    assert ink.crop((0, 0, 90, 60)).getextrema() == (255, 255)
    assert penink.layer(line.convert("L")) is None
    assert penink.written(ink, (60, 180), (0, 200)) == (96, 135)


def test_a_value_narrower_than_its_ink_is_refused(monkeypatch: Any) -> None:
    """241's blue ink read as a single ``4`` (a digit lost, as 753's looped 2 was): the ink
    is wider than one digit, nothing is taken; all three digits are."""
    image, words = _line("so.qd_2025_tiengiang_241.blue.png", "Số: /QĐ-UBND")
    monkeypatch.setattr(handwritten, "_read", lambda image, span, both=False: "4")
    assert read_blanks(pen_kept(image), words, 1.0, 10.0 * image.height)[1] == []
    monkeypatch.setattr(handwritten, "_read", lambda image, span, both=False: "241")
    assert read_blanks(pen_kept(image), words, 1.0, 10.0 * image.height)[1] == [("so", "241")]

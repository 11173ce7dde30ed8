"""A pen's count written after a scan's Lưu line in the print's black ink, cut off before the
printed units are read again (importer/luupen.py), on real lines cut from scans
(tests/data/ocr_luu/provenance.tsv: 985's page 2, 464's and 999's page 3, 300 dpi as pdfium renders
them, in grey and straightened as the reader reads a page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import luupen
from ntm_docgen.importer.luupen import pens_noted
from ntm_docgen.importer.luuzone import zone_look

CROPS = Path(__file__).parent / "data" / "ocr_luu"

#: The Thủ tướng's 985, ``- Lưu: VT, KTTH (2).ND`` and a pen's ``6`` under its end, as the
#: page's reading gave it.
TTG_985 = [("-", 50, 69, 12, 6), ("Lưu:", 75, 51, 86, 33), ("VT,", 177, 50, 71, 40),
           ("KTTH", 262, 50, 123, 34), ("(2).ND,", 397, 50, 147, 50)]
#: The Thủ tướng's 464, ``- Lưu: VT, CĐS (2).LHQ`` and a pen's ``12`` under its end.
TTG_464 = [("-", 55, 75, 12, 6), ("Lưu:", 82, 57, 82, 33), ("VT,", 181, 56, 70, 40),
           ("CĐS", 266, 55, 86, 35), ("(2)LHQ.", 368, 55, 151, 55)]
#: The Thủ tướng's 999, ``- Lưu: VT, CN (02b).`` and a pen's ``48`` after it, small, its
#: foot 0.38 of the capitals under their baseline and 0.43 of its own height.
TTG_999 = [("-", 42, 63, 13, 5), ("Lưu:", 69, 44, 84, 33), ("VT,", 168, 44, 70, 40),
           ("CN", 252, 42, 61, 35), ("(02b).", 328, 42, 107, 42), ("„", 447, 60, 33, 29)]


def _data(words: list[tuple[str, int, int, int, int]]) -> dict[str, Any]:
    """Tesseract's ``image_to_data`` of one line: its words and their boxes."""
    return {"text": [w[0] for w in words], "conf": [90.0] * len(words),
            "left": [w[1] for w in words], "top": [w[2] for w in words],
            "width": [w[3] for w in words], "height": [w[4] for w in words],
            "block_num": [1] * len(words), "par_num": [1] * len(words),
            "line_num": [1] * len(words)}


@pytest.mark.parametrize(("crop", "words", "units"), [
    ("ttg_985.png", TTG_985, "VT, KTTH (2).ND"),
    ("ttg_464.png", TTG_464, "VT, CĐS (2).LHQ"),
    ("ttg_999.png", TTG_999, "VT, CN (02b)."),
], ids=["985-pen-6", "464-pen-12", "999-pen-48"])
def test_the_pens_count_under_the_line_is_cut_off(
        crop: str, words: list[tuple[str, int, int, int, int]], units: str) -> None:
    """The pen's digits hang under the type's baseline (by 0.38 to 0.94 of the capitals'
    height, 0.43 of their own and more): whitened, the printed units read as they print, and
    noted for the warning."""
    data = _data(words)
    with Image.open(CROPS / crop) as image, pens_noted() as pens:
        zone_look(image, data)
    assert " ".join(t for t in data["text"] if t) == f"- Lưu: {units}"
    assert pens == [units]


def test_the_pens_blots_are_told_by_their_depth() -> None:
    """On 985's line the type's capitals are 32 pixels high, and one blot alone, the pen's
    ``6``, hangs under their baseline (17 pixels); the brackets reach 8."""
    with Image.open(CROPS / "ttg_985.png") as image:
        grey = image.convert("L").crop((35, 35, 574, 125))
    found = luupen.blots(grey)
    base, height = luupen.type_of(found, (142, 15, 192, 55)) or (0, 0)
    assert height == 32
    line = [b for b in found if b[2] < base + luupen.NEXT * height]
    pen = luupen.pen_blots(line, 192, base, height)
    assert [b[:4] for b in pen] == [(488, 509, 29, 64)]


def test_a_printed_descender_is_no_pen() -> None:
    """A ``g`` set in the type (its foot a third of its height under the baseline) is not
    the pen's, where a digit hanging as deep, by half its height, is (capitals 32 high on a
    baseline at 52; each foot 14 under it)."""
    letter_g = (300, 340, 24, 66, [])  # its x-height 28 over the baseline
    digit = (300, 320, 36, 66, [])
    assert luupen.pen_blots([letter_g], 200, 52, 32) == []
    assert luupen.pen_blots([digit], 200, 52, 32) == [digit]


def test_the_printed_part_ends_after_its_last_printed_blot() -> None:
    """A pen's digit written right after ``VT``: whitened, and the printed part cut a few
    pixels after ``VT``, never at the digit's own edge."""
    from PIL import ImageDraw

    zone = Image.new("L", (300, 60), 255)
    draw = ImageDraw.Draw(zone)
    draw.rectangle((10, 10, 40, 42), fill=0)  # VT's capitals, 32 high on a baseline at 42
    draw.rectangle((46, 20, 60, 58), fill=0)  # a pen's digit hanging 16 under it
    clean = luupen.printed(zone, (10, 10, 32, 42))
    assert clean is not None
    assert clean.size == (41 + luupen.MARGIN, 60)
    assert clean.getextrema() == (0, 255) and clean.crop((41, 0, 47, 60)).getextrema()[0] == 255


def test_a_line_without_a_pen_is_left_to_the_other_looks() -> None:
    """4552's line (a drafter in small type, no pen) has no blot under its baseline: nothing
    is cut, nothing noted."""
    with Image.open(CROPS / "bca_4552.png") as image:
        grey = image.convert("L")
    assert luupen.printed(grey.crop((0, 0, grey.width, grey.height)),
                          (158, 7, 205, 45)) is None


def test_the_warning_names_the_units_kept() -> None:
    """A scan's Lưu whose pen's writing was cut off is told, naming the page and the units."""
    from ntm_docgen.importer.reading import Source
    from ntm_docgen.importer.setapart import by_hand

    source = Source(lines=[], ocr_pages=(1, 2), set_apart=(("by hand: luu", 2,
                                                            "VT, KTTH (2).ND"),))
    told = [w for w in by_hand(source, {"luu": "VT, KTTH (2).ND."}) if w.startswith("luu:")]
    assert told == ["luu: writing by hand after the Lưu line's units on the scan (page 2: a "
                    "count of copies, a stroke) was left out of “VT, KTTH (2).ND”: check the "
                    "line against the paper"]


def test_a_pages_reading_hands_the_cut_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The units a page's looks read without the pen's writing come out of ``ocr_page`` with
    the fields read by hand (``("luu", units)``), which the PDF reader sets apart as
    ``by hand: luu``."""
    from ntm_docgen.importer import ocrpage

    def read(image: Any, scale: float, first_page: bool) -> tuple[list[Any], list[Any]]:
        luupen.note("VT, CN (02b).")
        return [], [("so", "09")]

    monkeypatch.setattr(ocrpage, "_ocr_words", read)
    monkeypatch.setattr(ocrpage, "check_ocr", lambda path: None)
    words, hand = ocrpage.ocr_page(Path("999.pdf"), None, 0.24, first_page=False)
    assert hand == [("so", "09"), ("luu", "VT, CN (02b).")]

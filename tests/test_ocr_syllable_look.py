"""A scan's word read as no Vietnamese syllable, read again alone twice (importer/syllablelook.py,
called by ``ocrpage._tesseract``), on real lines cut from scans: Bộ Công an 4552's ``(gọi tắt
là Chương trình``, whose ``tắt`` in italics the whole page's reading gave as ``fãt`` at
confidence 20, and Tây Ninh 308's căn cứ ``trưởng, Chủ nhiệm``, read ``Irưởng,`` at 37; the
Thủ tướng's 464, 985 and 999, the end of each letter's last line with its closing ``./.``
(tests/data/ocr_words/provenance.tsv: each letter, its page and the box of the crop in the
reader's page image at 300 dpi, coloured ink set aside and levelled)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.secondread import Read
from ntm_docgen.importer.syllablelook import syllable_look

CROPS = Path(__file__).parent / "data" / "ocr_words"
CROP = CROPS / "bca_4552.png"
#: ``fãt``'s box in the crop and its line's height, as the page's reading gave them.
FAT = (300, 100, 359, 136)
LINE = 57


@pytest.mark.parametrize(("crop", "read", "again"), [
    ("bca_4552.png", Read("fãt", 20.0, FAT, LINE, 0), "tắt"),
    ("tayninh_308.png", Read("Irưởng,", 37.0, (125, 100, 285, 182), 82, 0), "trưởng,"),
], ids=["tắt-read-fãt", "trưởng-read-Irưởng"])
def test_a_word_of_no_syllable_is_read_again_alone(crop: str, read: Read, again: str) -> None:
    with Image.open(CROPS / crop) as image:
        found = syllable_look(image, [read], "vie")
    assert found[0][0] == again and found[0][1] >= 50


def test_a_syllable_a_code_and_a_number_are_not_read_again() -> None:
    """``gọi`` is a syllable; ``QĐ-TTg`` a code and ``2030`` a number: not looked at, even
    where their boxes hold the word of no syllable."""
    with Image.open(CROP) as image:
        reads = [Read(t, 20.0, FAT, LINE, 0) for t in ("gọi", "/QĐ-TTg", "2030")]
        assert syllable_look(image, reads, "vie") == {}


def test_a_word_the_letter_reads_again_elsewhere_is_its_own() -> None:
    with Image.open(CROP) as image:
        reads = [Read("fãt", 20.0, FAT, LINE, 0), Read("fãt", 90.0, (0, 0, 1, 1), LINE, 1)]
        assert syllable_look(image, reads, "vie") == {}


def test_the_page_reader_reads_the_word_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The crop read as the reader reads a block (``--psm 6``), its ``tắt`` given as the whole
    page's reading gave it (``fãt``, at 20): the words the reader gives hold ``tắt``."""
    noted = ocrpage.note_blanks

    def as_the_page_read(data: dict[str, Any], *args: Any) -> None:
        at = min(range(len(data["text"])), key=lambda i: abs(data["left"][i] - FAT[0])
                 + abs(data["top"][i] - FAT[1]))
        data["text"][at], data["conf"][at] = "fãt", 20.0
        noted(data, *args)

    monkeypatch.setattr(ocrpage, "note_blanks", as_the_page_read)
    with Image.open(CROP) as image:
        words = [w.text for w in ocrpage._tesseract(image.copy(), "--psm 6", 0.24)]
    assert "(gọi tắt là Chương" in " ".join(words)


#: The last word of each letter's body with its closing mark, as the whole page's reading gave
#: it: its text, confidence, box in the crop and its line's height.
ENDS = [("ttg_464_end.png", Read("phương./.", 81.0, (580, 55, 800, 110), 55, 0)),
        ("ttg_985_end.png", Read("này./.", 91.0, (564, 54, 696, 108), 54, 0)),
        ("ttg_999_end.png", Read("này./.", 92.0, (674, 78, 800, 132), 66, 0))]


@pytest.mark.parametrize(("crop", "read"), ENDS, ids=["464", "985", "999"])
def test_a_syllable_before_the_closing_mark_is_not_read_again(crop: str, read: Read) -> None:
    """``phương./.`` and ``này./.`` are syllables and the letter's closing mark: not read
    again, for a look at the word alone reads ``phương.`` and ``này,`` and the mark is lost."""
    with Image.open(CROPS / crop) as image:
        assert syllable_look(image, [read], "vie") == {}


def test_the_page_reader_keeps_the_closing_mark() -> None:
    """999's last line read as the reader reads a block (``--psm 6``): it ends ``./.``."""
    with Image.open(CROPS / "ttg_999_end.png") as image:
        words = [w.text for w in ocrpage._tesseract(image.copy(), "--psm 6", 0.24)]
    assert " ".join(words).endswith("Quyết định này./.")

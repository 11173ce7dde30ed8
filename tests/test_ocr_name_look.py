"""A scan's signer's name read again where the page's reading gave none
(``importer/signerlook.name_look``), on real bands of signature pages (tests/data/ocr_name:
each band cut full width at the reader's 300 dpi from the page as ``scan.ink_only`` leaves it
and straightened, its JSON the page's size, the band's top row and the words the page's
reading gave there; provenance.tsv names the letter, the page and the band's rows)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.signerlook import name_look

BANDS = Path(__file__).parent / "data" / "ocr_name"
SCALE = 72 / 300


def _read(image: object, at: tuple[float, float], first: int) -> list[Word]:
    return ocrpage._tesseract(image, "--psm 6", SCALE, at, first)


def _look(band: str) -> tuple[list[str], list[str]]:
    """The band's words as the page's reading gave them, and after the name's look, the band
    set on a white page of its page's size where it was cut."""
    kept = json.loads((BANDS / f"{band}.json").read_text(encoding="utf-8"))
    words = [Word(t, x0, x1, top, bottom, size, line=line)
             for t, x0, x1, top, bottom, size, line in kept["words"]]
    page = Image.new("L", tuple(kept["page"]), 255)
    with Image.open(BANDS / f"{band}.png") as image:
        page.paste(image.convert("L"), (0, kept["top"]))
    after = name_look(page, words, SCALE, _read)
    return [w.text for w in words], [w.text for w in after]


@pytest.mark.parametrize(("band", "lost", "read"), [
    ("ttg_932", "Phạm: Minh Chín", ["THỦ TƯỚNG", "Phạm Minh Chính"]),
    ("ttg_1139", None, ["Nguyễn Hòa Bình"]),
], ids=["932-title-and-name-under-the-stroke", "1139-name-under-the-ring"])
def test_a_name_the_page_lost_is_read_from_the_signer_s_half(
        band: str, lost: str | None, read: list[str]) -> None:
    """The Thủ tướng's 932 (the red seal and the black stroke over the title and the name: the
    page read `Phạm: Minh Chín` and no title) and 1139 (the black seal's ring over the name,
    read as signs) give the name, and 932 its title, as printed."""
    before, after = _look(band)
    assert not any(t in before for t in read)
    assert all(t in after for t in read)
    if lost is not None:
        assert lost in before and lost not in after


def test_a_name_read_otherwise_at_another_size_is_not_taken() -> None:
    """970's name under the ring reads `Hồ Đức Phóc` in the signer's half and otherwise cut
    alone and enlarged: a letter in doubt, so no name is taken (its print says `Phớc`)."""
    before, after = _look("ttg_970")
    assert after == before

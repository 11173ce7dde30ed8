"""A PDF page whose letters lie on their side or upside down (a page turned by its ``/Rotate``,
as a scanner's or a printer's PDF saves it) turned back, so its words are read upright."""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ntm_docgen.files.pages import PDFIUM

#: A page is turned when at least this share of its letters runs one other way than left to
#: right (a sideways caption or a stamp's letters on an upright page leave it as it is) ...
TURNED_SHARE = 0.6
#: ... and it has at least this many letters.
TURNED_LETTERS = 20

#: The turn (degrees clockwise, as ``/Rotate`` counts) that stands a letter running the way
#: its matrix's first column points (pdfminer's frame, y up) upright.
_TURNS = {(1, 0): 0, (0, -1): 270, (-1, 0): 180, (0, 1): 90}


def _way(matrix: Any) -> tuple[int, int] | None:
    """The way a letter's baseline runs, one of the four, or None for a slanted one.

    >>> _way((12, 0, 0, 12, 5, 5)), _way((0, -12, 12, 0, 5, 5)), _way((8, 8, -8, 8, 0, 0))
    ((1, 0), (0, -1), None)
    """
    a, b = float(matrix[0]), float(matrix[1])
    size = abs(a) + abs(b)
    if size <= 0:
        return None
    way = (round(a / size), round(b / size))
    return way if abs(abs(a) - abs(b)) > 0.8 * size and way in _TURNS else None


def page_turn(chars: list[dict[str, Any]]) -> int:
    """The degrees to add to a page's ``/Rotate`` so that most of its letters (``chars`` as
    pdfplumber gives them) read left to right; 0 when they do or when too few say.

    >>> def c(*m): return {"text": "a", "matrix": m}
    >>> page_turn([c(0, -12, 12, 0, 0, 0)] * 30), page_turn([c(12, 0, 0, 12, 0, 0)] * 30)
    (270, 0)
    >>> page_turn([c(-12, 0, 0, -12, 0, 0)] * 25 + [c(12, 0, 0, 12, 0, 0)] * 5)
    180
    >>> page_turn([c(0, 12, -12, 0, 0, 0)] * 5)
    0
    """
    ways = Counter(way for c in chars if str(c.get("text", "")).isalpha() and c.get("matrix")
                   for way in (_way(c["matrix"]),) if way is not None)
    letters = sum(ways.values())
    if letters < TURNED_LETTERS:
        return 0
    way, count = ways.most_common(1)[0]
    return _TURNS[way] if count >= TURNED_SHARE * letters else 0


def page_turns(pages: Any) -> dict[int, int]:
    """The pages (from 0) whose letters lie turned, each with the degrees to turn it by."""
    turns = {}
    for index, page in enumerate(pages):
        turn = page_turn(page.chars)
        if turn:
            turns[index] = turn
    return turns


def turned(data: bytes, turns: dict[int, int]) -> bytes:
    """The PDF ``data`` with each page of ``turns`` turned by its degrees (its ``/Rotate``
    set), the others as they were; pdfium writes it, one thread at a time."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            for index, turn in turns.items():
                page = document[index]
                page.set_rotation((page.get_rotation() + turn) % 360)
            out = io.BytesIO()
            document.save(out)
            return out.getvalue()
        finally:
            document.close()


@contextlib.contextmanager
def opened_upright(data: bytes) -> Iterator[tuple[Any, bytes, dict[int, int]]]:
    """The PDF ``data`` opened by pdfplumber with its turned pages turned back, the bytes it
    was opened from, and the turns; a PDF with none is opened and read once."""
    import pdfplumber

    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        turns = page_turns(pdf.pages)
        if turns:
            pdf.close()
            data = turned(data, turns)
            pdf = pdfplumber.open(io.BytesIO(data))
        yield pdf, data, turns
    finally:
        pdf.close()


def scan_turn(image: Any) -> int:
    """The degrees (clockwise) a scanned page's or a photo's picture is turned by, as
    Tesseract's look at its orientation (``--psm 0``, on the picture at half its size) tells
    it; 0 when it is upright or too bare to tell. Asked only of a page whose words read poorly
    as it stands (``uprightread``): its answer, however unsure, is then held against a second
    reading, so no bar on its confidence is set (a turned page of small print was told with
    a confidence of 2.6 to 3.6)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image.reduce(2), config="--psm 0",
                                       output_type=pytesseract.Output.DICT, timeout=60)
        turn = int(osd.get("rotate", 0)) % 360
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, RuntimeError,
            ValueError):  # too few letters to tell ("Too few characters"), or no answer:
        return 0  # the page is read as it stands
    return 0 if turn % 90 else turn


def upright_scan(image: Any) -> tuple[Any, int]:
    """A picture turned by ``scan_turn``'s degrees so its lines stand upright, and the
    degrees."""
    turn = scan_turn(image)
    return (image.rotate(-turn, expand=True), turn) if turn else (image, 0)

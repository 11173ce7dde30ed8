"""The bounds a scanned page of a PDF is held to before it is drawn for OCR (pdfium draws it
whole at OCR_DPI): the pixels of the images it holds and of the page drawn, within PDF_PIXELS,
and the page's longest side within what Tesseract reads; once drawn (or a photo opened), print
large enough for Tesseract to read a letter of it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PDF_PIXELS
from ntm_docgen.i18n import _, language, number

#: Resolution of a page rendered for OCR: the decree's 200 dpi for scans, a little more.
OCR_DPI = 300
#: The longest side, in pixels, of a picture Tesseract reads ("Image too large" past it).
OCR_SIDE = 32_767


def drawable(path: Path, page: int, width: float, height: float, images: list[Any]) -> None:
    """Refuse a scanned page holding an image of more pixels than PDF_PIXELS (``images``: each
    one's (width, height) as its dictionary says: a fax image of 60,000 × 60,000 pixels takes
    8 KB, and pdfium decoded it to draw an A4 page in 7.7 s and 240 MB; a JBIG2 one, as small,
    is its decoder's to bound), whose image drawn for OCR would have more, or with a side longer
    than Tesseract reads (a page of 5 m by 5 cm: told as a broken Tesseract when it reached
    it), before it is drawn: as a PDF original to copy is refused (``files/pdfinput.py``)."""
    where = _("{path} (page {number})").format(path=path, number=page)
    for size in images:
        PDF_PIXELS.check(_pixels(size), where)
    PDF_PIXELS.check(_drawn(width) * _drawn(height), where)
    if max(_drawn(width), _drawn(height)) > OCR_SIDE:
        raise InputFileError(where, _(
            "the scanned page is {width} × {height} cm, {long} pixels long drawn at {dpi} dpi "
            "for OCR, which reads at most {side} (an A4 page is 21 × 29.7 cm): scan the letter "
            "again page by page").format(
                width=_cm(width), height=_cm(height),
                long=number(max(_drawn(width), _drawn(height))), dpi=OCR_DPI,
                side=number(OCR_SIDE)))


def _cm(points: float) -> str:
    return number(round(points * 2.54 / 72))


def _drawn(side: float) -> int:
    """The pixels of a page's side drawn for OCR (a page of 842 points, 3,509)."""
    return math.ceil(float(side) * OCR_DPI / 72)


#: Print whose lines of letters stand at most this many pixels high on the picture OCR reads
#: holds no letter Tesseract can read: 2-point print drawn at 300 dpi stands 9 pixels high (by
#: :func:`print_height`), and Tesseract read a page of it as noise past its limit of 5 minutes;
#: 3-point print stands 13 and is read, 5- and 6-point print (the smallest a clerk prints) 19
#: and 23.
TINY_PRINT = 10
#: The width in pixels of the strips a page is measured in: narrow enough that a line of print
#: stays level across one on a scan turned a degree or two, wide enough to hold letters.
_STRIP = 160
#: The least a page must hold to be measured: lines of print (runs of inked rows, strip by
#: strip) and the share of the strips' rows they cover; a few specks of a blank page are none.
_RUNS, _COVER = 200, 0.1


def print_height(image: Any) -> int | None:
    """How high, in pixels, the page's lines of print stand: the rows of each vertical strip
    of ``image`` that hold ink, taken in runs (a line of letters), and the run at the middle
    of the ink (half the inked rows in shorter runs); None for a page of too little print.

    >>> from PIL import Image, ImageDraw
    >>> page = Image.new("L", (800, 1200), 255)
    >>> for y in range(20, 1180, 12):
    ...     ImageDraw.Draw(page).rectangle((20, y, 780, y + 8), fill=0)
    >>> print_height(page), print_height(Image.new("L", (800, 1200), 255))
    (9, None)
    """
    from PIL import Image

    ink = image.convert("L").point([255] * 160 + [0] * 96)  # ink white on black
    width, height = ink.size
    runs: list[int] = []
    for left in range(0, max(width - _STRIP, 0) + 1, _STRIP):
        rows = ink.crop((left, 0, left + _STRIP, height)).resize((1, height), Image.Resampling.BOX)
        start = None
        for y, value in enumerate([*rows.tobytes(), 0]):
            if value and start is None:
                start = y
            elif not value and start is not None:
                runs.append(y - start)
                start = None
    inked = sum(runs)
    strips = max(width // _STRIP, 1)
    if len(runs) < _RUNS or inked < _COVER * strips * height:
        return None
    seen = 0
    for run in sorted(runs):
        seen += run
        if seen * 2 >= inked:
            return run
    return None  # not reached: half the inked rows lie in some run


def readable_print(where: str | Path, image: Any, dpi: float) -> None:
    """Refuse a page whose print is too small for OCR to read a letter of it at the
    resolution it is read (``dpi``), before Tesseract spends its time limit on it."""
    from babel.numbers import format_decimal

    found = print_height(image)
    if found is not None and found <= TINY_PRINT:
        raise InputFileError(where, _(
            "the print on this page is too small to read: its lines of letters stand about "
            "{mm} mm high, {pixels} pixels at the {dpi} dpi it is read at, and OCR reads no "
            "letter under {least} pixels: scan the page again at a higher resolution (600 "
            "dpi), or ask for a copy printed in larger type").format(
                mm=format_decimal(round(found * 25.4 / dpi, 1), locale=language()), pixels=found,
                dpi=number(round(dpi)), least=TINY_PRINT + 1))


def _pixels(size: Any) -> int:
    """The pixels of an image of ``size`` (width, height) as a PDF says it; 0 when it is no
    pair of finite numbers (a damaged dictionary: pdfium then draws what it can).

    >>> _pixels((60_000, 60_000)), _pixels((None, 3)), _pixels("x"), _pixels((float("inf"), 1))
    (3600000000, 0, 0, 0)
    """
    try:
        width, height = (abs(float(v)) for v in size)
    except (TypeError, ValueError):
        return 0
    found = width * height
    return int(found) if math.isfinite(found) else 0

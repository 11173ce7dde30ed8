"""The bounds a scanned page of a PDF is held to before it is drawn for OCR (pdfium draws it
whole at OCR_DPI): the pixels of the images it holds and of the page drawn, within PDF_PIXELS,
and the page's longest side within what Tesseract reads."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PDF_PIXELS
from ntm_docgen.i18n import _, number

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

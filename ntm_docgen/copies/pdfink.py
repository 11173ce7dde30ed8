"""Where a page's content lies: read from its drawing objects, or from the rendered page.

A page of text and lines (every typeset letter) is measured from pdfium's bounds of its objects,
which are the glyphs' own outlines: the same box as the rendered page's dark pixels, within a
point, for a fraction of the cost (rendering loads and rasterises every glyph). A page with
anything else (a scan, an image, a shading, light or hidden ink, a rotated page, or an
annotation: a signature's visible stamp is one, drawn over the page but none of its objects) is
rendered with its annotations and its dark pixels measured, as before.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.units import mm

from ntm_docgen.copies.pdfblock import settings

DPI = 72
_INVISIBLE = (3, 7)  # text render modes that paint nothing (a scan's OCR layer, a clip)


@dataclass(frozen=True)
class Ink:
    """Where a page's content lies, in points from the page's top-left corner."""

    left: float
    right: float
    bottom: float
    top: float = 0.0


class _Render(Exception):
    """Raised when a page holds something its objects' bounds cannot measure."""


def open_document(data: bytes) -> pdfium.PdfDocument:
    """The PDF opened for measuring: its form fields drawn with the page (a signature's
    visible stamp is a form field)."""
    document = pdfium.PdfDocument(data)
    document.init_forms()
    return document


def ink(data: bytes | pdfium.PdfDocument, index: int) -> Ink | None:
    """The content box of page ``index`` above the bottom margin, or None for an empty page
    (``data``: the PDF's bytes, or the document already open by :func:`open_document`)."""
    document = open_document(data) if isinstance(data, bytes) else data
    try:
        page = document[index]
        try:
            return page_ink(page)
        finally:
            page.close()
    finally:
        if document is not data:
            document.close()


#: A band of a page's width, in points from its left edge: content is looked for there only.
Span = tuple[float, float]


def page_ink(page: pdfium.PdfPage, span: Span | None = None) -> Ink | None:
    """The content box of a page already loaded (see :func:`ink`), in ``span`` only when
    given (what lies above the content under a corner of the page)."""
    try:
        found = _from_objects(page, span)
    except _Render:
        found = _from_pixels(page, span)
    return found


def _from_objects(page: pdfium.PdfPage, span: Span | None = None) -> Ink | None:
    trang = settings()["trang"]
    if page.get_rotation() or pdfium_c.FPDFPage_GetAnnotCount(page.raw):
        raise _Render
    left, bottom, right, top = page.get_cropbox()
    cut = bottom + min(trang["le_duoi"] * mm, page.get_height() - 1)
    found: list[tuple[float, float, float, float]] = []
    for item in page.get_objects(max_depth=15):
        if not _dark(item, trang["nguong_muc"]):
            continue
        if item.level == 0:  # a form's bounds are its content's, in page space
            found.append(item.get_bounds())
    boxes = [(max(x0, left), max(y0, cut), min(x1, right), y1)
             for x0, y0, x1, y1 in found if y1 > cut
             and (span is None or (x1 - left > span[0] and x0 - left < span[1]))]
    if not boxes:
        return None
    return Ink(min(b[0] for b in boxes) - left, max(b[2] for b in boxes) - left,
               top - min(b[1] for b in boxes), top - max(b[3] for b in boxes))


def _dark(item: pdfium.PdfObject, threshold: int) -> bool:
    """Whether the object paints dark ink (False for hidden text); raise _Render for what
    only the rendered page can tell (images, shadings, light colours, unusual text modes)."""
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    if item.type == pdfium_c.FPDF_PAGEOBJ_FORM:
        return True
    if item.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
        mode = pdfium_c.FPDFTextObj_GetTextRenderMode(item.raw)
        if mode in _INVISIBLE:
            return False
        if mode != 0:
            raise _Render
        pdfium_c.FPDFPageObj_GetFillColor(item.raw, red, green, blue, alpha)
    elif item.type == pdfium_c.FPDF_PAGEOBJ_PATH:
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDFPath_GetDrawMode(item.raw, fill, stroke)
        if fill.value:
            pdfium_c.FPDFPageObj_GetFillColor(item.raw, red, green, blue, alpha)
            if _grey(red, green, blue) >= threshold:
                raise _Render  # a light or white fill may cover what is under it
        if stroke.value:
            pdfium_c.FPDFPageObj_GetStrokeColor(item.raw, red, green, blue, alpha)
        elif not fill.value:
            return False  # a path that paints nothing (a clip)
    else:
        raise _Render
    if _grey(red, green, blue) >= threshold:
        raise _Render
    return True


def _grey(red: ctypes.c_uint, green: ctypes.c_uint, blue: ctypes.c_uint) -> int:
    return (red.value * 299 + green.value * 587 + blue.value * 114) // 1000


#: The band along the paper's edges where no printer prints: what is dark there is the
#: scanner's (the black wedges a page scanned a degree askew gets at its edges, a shadow).
EDGE = 4 * mm


def _from_pixels(page: pdfium.PdfPage, span: Span | None = None) -> Ink | None:
    trang = settings()["trang"]
    # grey levels only, the bottom margin left out (never looked at), and the paper's edges
    bottom = min(trang["le_duoi"] * mm, page.get_height() - 1)
    width = page.get_width()
    edge = min(EDGE, width / 4, (page.get_height() - bottom) / 4)
    left, right = edge, edge
    if span is not None:  # only the band of the page's width asked for
        left = max(edge, min(span[0], width - edge - 1))
        right = max(edge, min(width - span[1], width - left - 1))
    image = page.render(scale=DPI / 72, grayscale=True,
                        crop=(left, bottom, right, edge)).to_pil()
    threshold = trang["nguong_muc"]
    box = image.point([255 if v < threshold else 0 for v in range(256)]).getbbox()
    if box is None:
        return None
    scale = 72 / DPI
    return Ink(box[0] * scale + left, box[2] * scale + left, box[3] * scale + edge,
               box[1] * scale + edge)


#: Fewer lines of text than this tell no column (a scan, a page of pictures).
_LINES = 5


def line_starts(page: pdfium.PdfPage) -> list[float]:
    """Where each line of the page's text starts, in points from its left edge (a line's
    pieces in other fonts joined by their baseline)."""
    left_edge = page.get_cropbox()[0]
    text = page.get_textpage()
    try:
        starts: dict[int, float] = {}
        for index in range(text.count_rects()):
            left, bottom, right, top = text.get_rect(index)
            if text.get_text_bounded(left, bottom, right, top).strip():
                line = round(bottom / 3)
                starts[line] = min(starts.get(line, left), left)
    finally:
        text.close()
    return [start - left_edge for start in starts.values()]


def column_left(starts: list[float]) -> float | None:
    """The left edge of the text column, where most lines start (the body's margin, where a
    header's issuer, centred in its cell, may stand further left), in points; None for fewer
    than a few lines of text.

    >>> column_left([58.0, 60.1, 85.0, 85.2, 85.1, 120.3, 85.0])
    85.0
    >>> column_left([85.0, 85.0]) is None
    True
    """
    if len(starts) < _LINES:
        return None
    most = Counter(round(start / mm) for start in starts).most_common(1)[0][0]
    return min(start for start in starts if round(start / mm) == most)

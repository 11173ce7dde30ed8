"""PDF pages as PNG images (the desk's previews), with chosen texts marked by numbered boxes."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

#: Preview resolution: 96 dpi gives an A4 page 794 px wide, sharp on a laptop screen.
DPI = 96
#: The mark's colour (red, as a reviewer's pen) and line width in pixels.
MARK = (200, 30, 30)
LINE = 3
#: Held around every use of pdfium here and in ``letter.paginate``: pdfium may not be called
#: from two threads at once, not even on two documents (pypdfium2's documentation), and the
#: desk draws the pages of several clerks' letters in its worker threads.
PDFIUM = threading.RLock()


@dataclass(frozen=True)
class Mark:
    """A box drawn round ``text`` (the first place it is found) with ``label`` beside it; an
    empty ``text`` (a finding about the whole letter: page size, margins) frames the first
    page, its label on the frame's top edge."""

    label: str
    text: str


def page_count(pdf: bytes) -> int:
    """The number of pages of ``pdf``."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def page_of(pdf: bytes, text: str) -> int | None:
    """The page (from 1) of ``pdf`` where ``text`` is first printed, as a mark finds it; None
    when no page prints it."""
    import pypdfium2 as pdfium

    if not text.strip():
        return None
    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            found = _find(document, [Mark("", text)])
        finally:
            document.close()
    return min(found) + 1 if found else None


def page_images(pdf: bytes, *, dpi: int = DPI, marks: Sequence[Mark] = (),
                max_pages: int = 50, pages: Sequence[int] | None = None) -> list[bytes]:
    """Each page of ``pdf`` (up to ``max_pages``; or the ``pages`` asked for, from 1) as PNG
    bytes, with ``marks`` boxed."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            # a signed letter's number and date are often stamped by the signing software as
            # the appearance of a signature field, which pdfium draws only with its forms on:
            # without them the page shows "Số: /KH-UBND" where the paper shows the number
            document.init_forms()
            scale = dpi / 72
            boxes = _find(document, marks) if marks else {}
            drawn = []
            shown = range(min(len(document), max_pages))
            wanted = shown if pages is None else [n - 1 for n in pages if n - 1 in shown]
            for index in wanted:
                page = document[index]
                # a copy of the pixels, which outlives the bitmap pdfium drew them in
                image = page.render(scale=scale).to_pil().convert("RGB")
                drawn.append((index, image, page.get_height()))
        finally:
            document.close()
    images = []
    for index, image, height in drawn:
        if index in boxes:
            _draw(image, [(label, None if rects is None else [
                (x0 * scale, (height - y1) * scale, x1 * scale, (height - y0) * scale)
                for x0, y0, x1, y1 in rects]) for label, rects in boxes[index]])
        images.append(png(image))
    return images


def png(image: Image.Image) -> bytes:
    """An RGB image's PNG bytes, deflated fast (level 1: the size barely differs); a page
    without colour (a letter's black text, no marks) as one grey channel: the same pixels,
    about half the bytes and half the time of three."""
    from PIL import ImageChops

    red, green, blue = image.split()
    if ImageChops.difference(red, green).getbbox() is None and \
            ImageChops.difference(green, blue).getbbox() is None:
        image = green
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _find(document, marks: Sequence[Mark]) -> dict[int, list]:  # type: ignore[no-untyped-def]
    """Where each mark's text first appears: page index -> [(label, [(l, b, r, t), ...])]."""
    found: dict[int, list] = {}
    for mark in marks:
        if not mark.text.strip():
            found.setdefault(0, []).append((mark.label, None))
    texts = []
    for index in range(len(document)):
        texts.append(document[index].get_textpage())
    for mark in marks:
        needle = " ".join(mark.text.split())[:60].rstrip(".… ")
        if not needle:
            continue
        for index, textpage in enumerate(texts):
            searcher = textpage.search(needle, match_case=False)
            hit = searcher.get_next()
            searcher.close()
            if hit is None:
                continue
            start, count = hit
            rects = [textpage.get_rect(i) for i in range(textpage.count_rects(start, count))]
            found.setdefault(index, []).append((mark.label, rects))
            break
    for textpage in texts:
        textpage.close()
    return found


def _draw(image, marks: list[tuple[str, list[tuple[float, float, float, float]] | None]]) -> None:  # type: ignore[no-untyped-def]
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=13)
    size = 18
    framed = [label for label, rects in marks if rects is None]
    if framed:  # the whole page: a frame inside its edge, the labels along its top
        edge = LINE + 2
        draw.rectangle((edge, edge, image.width - 1 - edge, image.height - 1 - edge),
                       outline=MARK, width=LINE)
        for index, label in enumerate(framed):
            at = edge + 12 + index * (size + 6)
            draw.ellipse((at, edge + 6, at + size, edge + 6 + size), fill=MARK)
            draw.text((at + size / 2, edge + 6 + size / 2), label, fill=(255, 255, 255),
                      anchor="mm", font=font)
    for label, rects in marks:
        if not rects:
            continue
        left = min(r[0] for r in rects) - 4
        top = min(r[1] for r in rects) - 3
        right = max(r[2] for r in rects) + 4
        bottom = max(r[3] for r in rects) + 3
        draw.rectangle((left, top, right, bottom), outline=MARK, width=LINE)
        x = max(0, left - size - 4)
        draw.ellipse((x, top, x + size, top + size), fill=MARK)
        draw.text((x + size / 2, top + size / 2), label, fill=(255, 255, 255), anchor="mm",
                  font=font)

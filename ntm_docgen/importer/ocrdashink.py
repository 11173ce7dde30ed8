"""A dash's own ink on a scanned page, where Tesseract's box for it holds more than the dash.

Tesseract reads a dash between two words as a word of its own, but on some pages it gives
it a narrow box as tall as the line (``17[83x40] -[25x73] năm``) and takes the dash's ink into
the box of the word before it: the box's width says nothing of the dash (a printed hyphen and
an en dash both measure 0.7 to 1.0 of a letter there), and the dash's place is not where its
box stands. The dash is looked for on the page as what it is, a bar of ink of its own,
wider than thick, between the baseline and the middle of the line's small letters, in the
space between the words on either side (the word before it taken from its left edge, its
box may hold the dash); its ink's width then tells its kind (``ocrsigns.dash_kind``) and its
ink is its box.
"""

from __future__ import annotations

from statistics import median
from typing import Any

#: Darker than this (0-255 grey) is ink, on the page as OCR reads it (``ocrpage``: grey, the
#: coloured ink set aside).
INK = 128
#: A dash's bar, in the median height of its line's words (about an em of 13-point type with
#: its marks): no thicker than a quarter, its middle from 0.05 to 0.7 above the median of the
#: words' bottoms (Times New Roman sets a hyphen's and an en dash's bar about 0.25 em above the
#: baseline; a word's box reaching under it, ``(09/3/2006``, ``Tây``, lowers the median by up
#: to a quarter); a mark over a small letter stands higher.
THICK, LOW, HIGH = 0.25, 0.05, 0.7
#: A bar narrower than this, in the same height, is a speck: a hyphen of 13-point type at 300
#: dpi is 15 pixels wide, the line's words about 45 tall.
NARROW = 0.2


def _parts(ink: Any) -> list[tuple[int, int, int, int]]:
    """The boxes ``(x0, y0, x1, y1)``, ends included, of the pieces of ink of ``ink`` (a
    boolean array) whose pixels touch side by side or corner to corner."""
    rows, cols = ink.shape
    seen = ink.copy()
    found = []
    for y in range(rows):
        for x in range(cols):
            if not seen[y, x]:
                continue
            seen[y, x] = False
            todo, box = [(y, x)], [x, y, x, y]
            while todo:
                cy, cx = todo.pop()
                box = [min(box[0], cx), min(box[1], cy), max(box[2], cx), max(box[3], cy)]
                for ny in range(max(cy - 1, 0), min(cy + 2, rows)):
                    for nx in range(max(cx - 1, 0), min(cx + 2, cols)):
                        if seen[ny, nx]:
                            seen[ny, nx] = False
                            todo.append((ny, nx))
            found.append((box[0], box[1], box[2], box[3]))
    return found


def dash_ink(image: Any, data: dict[str, Any], line: list[int], n: int) -> bool:
    """Whether the ink of ``line[n]``, a dash read by Tesseract in ``data`` (``image_to_data``'s
    columns, ``line`` its words' indexes left to right) on ``image``, was found: then its box
    is set to that ink, in place, and the box of the word before it ends where that word's
    own ink does, left of the dash. False, and ``data`` as read, where no one bar of ink
    between its neighbours is a dash's."""
    import numpy as np

    if n == 0 or n + 1 >= len(line):
        return False  # a dash with no word on one side: a bullet, not measured here
    before, after = line[n - 1], line[n + 1]
    tall = median(data["height"][i] for i in line)
    base = median(data["top"][i] + data["height"][i] for i in line)
    x0, x1 = data["left"][before], data["left"][after]
    y0, y1 = round(base - tall), round(base + tall * 0.1)
    if x1 - x0 < 2 or y0 < 0:
        return False
    ink = np.asarray(image.convert("L").crop((x0, y0, x1, y1))) < INK
    bars = []
    for left, top, right, bottom in _parts(ink):
        width, thick = right - left + 1, bottom - top + 1
        middle = y0 + (top + bottom) / 2
        if thick <= THICK * tall and width >= max(1.5 * thick, NARROW * tall) \
                and base - HIGH * tall <= middle <= base - LOW * tall:
            bars.append((left, top, width, thick))
    if len(bars) != 1:
        return False
    left, top, width, thick = bars[0]
    for k, v in (("left", x0 + left), ("top", y0 + top), ("width", width), ("height", thick)):
        data[k][line[n]] = v
    if data["left"][before] + data["width"][before] > x0 + left:  # the dash's ink in its box
        inked = np.flatnonzero(ink[:, :left].any(axis=0))
        if inked.size:
            data["width"][before] = int(inked[-1]) + 1
    return True

"""Read a tone mark from the shape of its stroke on a sharp print, where it stands stacked over
a ``^`` as Tesseract was not taught: the marks over a word found as blots of ink."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from ntm_docgen.importer.luupen import blots
from ntm_docgen.importer.secondread import (
    ACUTE,
    GRAVE,
    HOOK,
    TILDE,
    letters,
)

#: A word's print is sharp when this share of its ink (pixels darker than 224) is solid
#: (darker than 96): a page printed to PDF and rendered at 300 dpi gives about 0.8, a scan
#: of 321 dpi about 0.58, one of 150 dpi about 0.47, one of 87 dpi about 0.3 (their edges
#: grey); the decree asks 200 dpi of a scan.
SHARP = 0.4


def sharp(image: Any) -> bool:
    """The word's print in ``image`` (grey) has firm edges: its marks' strokes can be told.

    >>> from PIL import Image, ImageFilter
    >>> word = Image.new("L", (40, 20), 255)
    >>> word.paste(0, (5, 5, 35, 15))
    >>> sharp(word), sharp(word.filter(ImageFilter.GaussianBlur(3)))
    (True, False)
    """
    counts = image.histogram()
    ink = sum(counts[:224])
    return ink > 0 and sum(counts[:96]) >= SHARP * ink


@dataclass(frozen=True)
class Blot:
    """A blot of ink: its box in pixels and its pixels (x, y)."""

    left: int
    top: int
    right: int
    bottom: int
    pixels: tuple[tuple[int, int], ...]


def _marks(image: Any, line_height: int) -> list[Blot]:
    """The small blots of ink in ``image`` (a word's top, in grey) that touch none of its
    edges, in the order the page's rows meet them."""
    width, height = image.size
    out = []
    for left, after, top, bottom, pixels in sorted(blots(image), key=lambda b: b[4][0][::-1]):
        blot = Blot(left, top, after - 1, bottom, tuple(pixels))
        if len(pixels) >= 4 and blot.top > 0 and blot.bottom < height - 1 and blot.left > 0 \
                and blot.right < width - 1 and blot.bottom - blot.top < 0.35 * line_height \
                and blot.right - blot.left < 0.6 * line_height:
            out.append(blot)
    return out


def _joined(marks: list[Blot]) -> list[Blot]:
    """The blots of ``marks``, those side by side (their rows shared, a pixel apart at most)
    joined as one: a mark a scan broke in two where its stroke thins (the hook of ``Cổ`` read
    as two specks side by side over the ``^``). A blot over another (a tone over the ``^``)
    stays apart.

    >>> a, b = Blot(0, 0, 2, 3, ((0, 0),)), Blot(3, 0, 5, 7, ((4, 5),))
    >>> [(m.left, m.right, m.bottom, len(m.pixels)) for m in _joined([a, b])]
    [(0, 5, 7, 2)]
    >>> len(_joined([a, Blot(0, 5, 2, 7, ((1, 6),))])), len(_joined([a, Blot(5, 0, 7, 3, ())]))
    (2, 2)
    """
    out: list[Blot] = []
    for mark in marks:
        while True:
            near = next((m for m in out if mark.left <= m.right + 2 and m.left <= mark.right + 2
                         and mark.top <= m.bottom and m.top <= mark.bottom), None)
            if near is None:
                break
            out.remove(near)
            mark = Blot(min(mark.left, near.left), min(mark.top, near.top),
                        max(mark.right, near.right), max(mark.bottom, near.bottom),
                        near.pixels + mark.pixels)
        out.append(mark)
    return out


def stacked_tone(image: Any, line_height: int) -> str | None:
    """The tone mark set right above a circumflex or a breve, as a type that stacks them
    draws it (the hook of ``nổ`` upright over the ``^``), read from its stroke: the only blot
    that stands over another small blot; None when there is no such pair, or more than one.
    ``image``: the top of the word, in grey, with room above it."""
    marks = _joined(_marks(image, line_height))
    stacked = []
    for high in marks:
        for under in marks:
            overlap = min(high.right, under.right) - max(high.left, under.left) + 1
            if under is not high and 0 <= under.top - high.bottom <= 0.2 * line_height \
                    and overlap >= 0.5 * min(high.right - high.left + 1,
                                             under.right - under.left + 1):
                stacked.append(high)
                break
    if len(stacked) != 1:
        return None
    mark = stacked[0]
    top, pixels = mark.top, mark.pixels
    width, height = mark.right - mark.left + 1, mark.bottom - mark.top + 1
    if width >= 1.6 * height:
        return TILDE
    upper = [x for x, y in pixels if y < top + 0.3 * height]
    lower = [x for x, y in pixels if y >= top + 0.7 * height]
    if not upper or not lower:
        return None  # a speck, too small to tell its stroke
    lean = (sum(lower) / len(lower) - sum(upper) / len(upper)) / width
    return GRAVE if lean > 0.25 else ACUTE if lean < -0.25 else HOOK


def with_tone(word: str, tone: str) -> str:
    """``word`` with ``tone`` on its one letter shaped by a circumflex or a breve; the word as
    it was when it has no such letter, or more than one.

    >>> with_tone("nỗ", HOOK), with_tone("hỗ", GRAVE), with_tone("Kiêm", HOOK)
    ('nổ', 'hồ', 'Kiểm')
    >>> with_tone("câp", ACUTE), with_tone("côngô", ACUTE), with_tone("và", ACUTE)
    ('cấp', 'côngô', 'và')
    """
    signs = letters(word)
    hats = [n for n, (_, shapes, _) in enumerate(signs) if shapes & {"\u0302", "\u0306"}]
    if len(hats) != 1:
        return word
    base, shapes, _ = signs[hats[0]]
    signs[hats[0]] = (base, shapes, tone)
    return unicodedata.normalize("NFC", "".join(
        b + "".join(sorted(s)) + t for b, s, t in signs))

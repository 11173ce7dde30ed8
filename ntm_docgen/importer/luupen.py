"""A pen's count or stroke written after a scan's Lưu line in the print's own black ink, told
from the type by its depth, and the line's printed part read again without it.

A văn thư writes how many copies she filed (``12``, ``26``, ``48``) after the printed units,
often in the same black ink as the print: ``penink`` cannot set it apart by its colour, and
Tesseract reads it into the last unit (``(2).NDy`` for ``(2).ND`` and a ``6``). The pen's
digits are written larger than the type and hang under its baseline; the type's capitals
(``VT``, the line's first unit) sit on it. Each blot of ink after ``VT`` whose foot lies under
the type's baseline by ``DEEP`` of its capitals' height (and by ``SHARE`` of its own: a
printed ``g`` hangs a third) and which is ``TALL`` enough to be no comma is the pen's; the
line is cut where the pen begins, the pen's ink whitened, and the printed part read alone
(docs/accuracy.md, "a scan's Lưu line cut where the pen's count begins").
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from statistics import median
from typing import Any

from ntm_docgen.importer.noting import Noted

#: A blot whose foot lies this far under the type's baseline (in heights of its capitals) is
#: the pen's: a bracket reaches 0.28 under it on the scans measured, a printed ``g`` or ``y``
#: about a third.
DEEP = 0.36
#: ... and which hangs under it by this share of its own height at least: a printed ``g``,
#: ``p`` or ``y`` a third, a bracket a fifth; the pen's digits 0.43 and more.
SHARE = 0.4
#: A blot of the pen is this tall at least (in heights of the capitals): a comma is not.
TALL = 0.6
#: A blot this tall (in heights of the capitals) is the pen's wherever its foot is: a
#: bracket is 1.3.
HIGH = 1.5
#: A blot whose top lies this far under the baseline (in heights of the capitals) is of the
#: line under it; the pen's digits written under the line's baseline begin above it.
NEXT = 0.4
#: The white kept after the printed part's last blot (pixels).
MARGIN = 6
#: A pixel darker than this is ink.
INK = 128

#: One blot of ink: its first and after-last x, its top and its foot (pixels), its pixels.
Blot = tuple[int, int, int, int, list[tuple[int, int]]]
#: A box: left, top, right, bottom.
Box = tuple[int, int, int, int]

_NOTED: Noted[str] = Noted("pen_after_units")


def pens_noted() -> AbstractContextManager[list[str]]:
    """The Lưu lines whose pen's writing was cut off inside this block, as they were read."""
    return _NOTED.kept()


def note(read: str) -> None:
    """Note a Lưu line's units as they were read before the pen's writing was cut off."""
    _NOTED.note_once(read)


def blots(grey: Any) -> list[Blot]:
    """The blots of ink of ``grey`` (an image in grey), each a set of pixels touching one
    another (eight ways), left to right.

    >>> from PIL import Image, ImageDraw
    >>> image = Image.new("L", (40, 20), 255)
    >>> ImageDraw.Draw(image).rectangle((2, 3, 5, 9), fill=0)
    >>> ImageDraw.Draw(image).rectangle((20, 5, 22, 18), fill=0)
    >>> [b[:4] for b in blots(image)]
    [(2, 6, 3, 9), (20, 23, 5, 18)]
    """
    width, height = grey.size
    dark = bytearray(grey.point(lambda v: 1 if v < INK else 0).tobytes())
    out = []
    for start in range(width * height):
        if not dark[start]:
            continue
        dark[start] = 0
        stack, pixels = [start], []
        while stack:
            at = stack.pop()
            x, y = at % width, at // width
            pixels.append((x, y))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < width and 0 <= ny < height and dark[ny * width + nx]:
                        dark[ny * width + nx] = 0
                        stack.append(ny * width + nx)
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        out.append((min(xs), max(xs) + 1, min(ys), max(ys), pixels))
    return sorted(out, key=lambda b: b[0])


def stroke(found: list[Blot]) -> float:
    """The width of the strokes of ``found``: the median run of ink across a row."""
    runs = []
    for blot in found:
        rows: dict[int, list[int]] = {}
        for x, y in blot[4]:
            rows.setdefault(y, []).append(x)
        for xs in rows.values():
            xs.sort()
            run = 1
            for a, b in zip(xs, xs[1:], strict=False):
                if b == a + 1:
                    run += 1
                else:
                    runs.append(run)
                    run = 1
            runs.append(run)
    return float(median(runs)) if runs else 0.0


def type_of(found: list[Blot], capitals: Box) -> tuple[int, int] | None:
    """The type's baseline and its capitals' height, measured on the blots inside
    ``capitals`` (the box of ``VT``, its comma left out); None when there are none."""
    own = [b for b in found if capitals[0] <= (b[0] + b[1]) / 2 < capitals[2]
           and b[2] < capitals[3] and b[3] > capitals[1] and b[3] - b[2] > 4]
    if not own:
        return None
    base = max(b[3] for b in own)
    return base, base - min(b[2] for b in own)


def pen_blots(line: list[Blot], after: int, base: int, capitals: int) -> list[Blot]:
    """The blots of the line after x ``after`` that are the pen's: each whose foot hangs
    ``DEEP`` under the baseline ``base`` and ``SHARE`` of its height, and which is ``TALL``
    (of ``capitals``), or which is ``HIGH``, and each that begins after the first of them
    ends (a bracket it overlaps is the type's)."""
    deep = [b for b in line if b[0] >= after and (b[3] - b[2] >= HIGH * capitals or (
        b[3] - base >= max(DEEP * capitals, SHARE * (b[3] - b[2]))
        and b[3] - b[2] >= TALL * capitals))]
    if not deep:
        return []
    end = deep[0][1]
    return [b for b in line if b in deep or b[0] >= end]


def printed(zone: Any, capitals: Box) -> Any | None:
    """The Lưu line's ``zone`` (grey) with the pen's writing after its units and the line
    under it whitened, cut after its last printed blot, or None when no blot of it is the
    pen's; ``capitals``: the box of ``VT`` in it."""
    found = blots(zone)
    measured = type_of(found, capitals)
    if measured is None:
        return None
    base, height = measured
    line = [b for b in found if b[2] < base + NEXT * height]
    pen = pen_blots(line, capitals[2], base, height)
    if not pen:
        return None
    clean = zone.copy()
    for blot in [*pen, *(b for b in found if b not in line)]:
        for xy in blot[4]:
            clean.putpixel(xy, 255)
    kept = [b[1] for b in line if b not in pen]
    return clean.crop((0, 0, min(zone.width, max(kept, default=0) + MARGIN), zone.height))

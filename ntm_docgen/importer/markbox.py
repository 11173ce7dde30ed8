"""The boxed mark of a scan's header (ô 10b: ``KHẨN`` in a box of 20 × 8 mm, ``THƯỢNG KHẨN``
40 × 8, ``HỎA TỐC`` 30 × 8; a secrecy stamp ``MẬT`` framed alike), which Tesseract's reading
of the page loses inside its frame: the frame found from its four rules, its inside read again
alone, and the mark put among the page's words where it stands; a frame whose inside reads as
no mark is told (contract8 finding 4: an urgent letter imported as an ordinary one)."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.noting import Noted
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.letter.spec import DO_KHAN, DO_MAT

#: the header's share of the page searched for a frame
HEADER = 0.4
#: a frame's width and height, in millimetres, with room for a scan's scale
WIDE, HIGH = (12.0, 62.0), (5.0, 16.0)
#: a side of the frame is inked along this share of its length
SIDE = 0.8
#: how near (millimetres) the ends of the frame's top and bottom rules stand
ENDS = 2.0
#: grey levels under this are ink
INK = 150
MM = 72 / 25.4  # points in a millimetre
#: the marks a frame may hold, by their words without marks
MARKS = {key(v): v for v in (*DO_KHAN, *DO_MAT)}

_UNREAD: Noted[str] = Noted("marks_unread")


def marks_unread() -> AbstractContextManager[list[str]]:
    """What Tesseract read inside each frame of a header that holds no mark, inside this block
    (in this thread): told in a warning."""
    return _UNREAD.kept()


Frame = tuple[float, float, float, float]


def frames(grey: Any, scale: float) -> list[Frame]:
    """The frames (points: x0, top, x1, bottom) of a mark's size in the header of the page
    ``grey`` (a greyscale image; ``scale``: points per pixel): two rules of the same length
    one above the other, joined at both ends by inked sides."""
    mm = MM / scale  # pixels in a millimetre
    width = grey.width
    height = int(grey.height * HEADER)
    data = grey.crop((0, 0, width, height)).tobytes()
    ink = bytes((1 if v < INK else 0) for v in range(256))
    rows = [data[y * width:(y + 1) * width].translate(ink) for y in range(height)]
    runs = [(y, m.start(), m.end()) for y, row in enumerate(rows)
            for m in re.finditer(rb"(?<!\x01)\x01{%d,%d}(?!\x01)" % (int(WIDE[0] * mm),
                                                                   int(WIDE[1] * mm)), row)]
    found: list[Frame] = []
    for n, (y0, a0, b0) in enumerate(runs):
        for y1, a1, b1 in runs[n + 1:]:
            if y1 - y0 > HIGH[1] * mm:
                break
            if y1 - y0 < HIGH[0] * mm or abs(a1 - a0) > ENDS * mm or abs(b1 - b0) > ENDS * mm:
                continue
            if _side(rows, y0, y1, a0, a1) and _side(rows, y0, y1, b0 - 1, b1 - 1):
                box = (a0 * scale, y0 * scale, b0 * scale, y1 * scale)
                if not any(_near(box, f) for f in found):
                    found.append(box)
                break
    return found


def _side(rows: list[bytes], y0: int, y1: int, x0: int, x1: int) -> bool:
    """A vertical rule joins the rows ``y0`` and ``y1`` about ``x0`` (within a few pixels)."""
    inked = sum(1 for y in range(y0, y1) if any(rows[y][max(0, x + d):max(0, x + d) + 1] == b"\x01"
                                                for x in {x0, x1} for d in (-2, -1, 0, 1, 2)))
    return inked >= SIDE * (y1 - y0)


def _near(a: Frame, b: Frame) -> bool:
    return abs(a[0] - b[0]) < 3 * MM and abs(a[1] - b[1]) < 3 * MM


def read_mark(text: str) -> str | None:
    """The mark Tesseract's ``text`` reads as, its letters' marks forgiven; None for another.

    >>> read_mark("KHẨN"), read_mark("KHÂN"), read_mark("HOẢ TỐC"), read_mark("DỰ THẢO")
    ('KHẨN', 'KHẨN', 'HỎA TỐC', None)
    """
    words = " ".join(re.sub(r"[^\w\s]", " ", key(text)).split())
    return MARKS.get(words)


def boxed_marks(grey: Any, scale: float, words: list[Word], read: Any) -> list[Word]:
    """The page's words with the mark of each frame of its header put in, where Tesseract's
    reading of the page has no word of a mark inside it; ``read(crop)`` is Tesseract's text of
    an image. A frame read as no mark is noted (``marks_unread``) when its inside holds ink."""
    out = list(words)
    for x0, top, x1, bottom in frames(grey, scale):
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1
                  and top <= (w.top + w.bottom) / 2 <= bottom]
        if any(read_mark(w.text) for w in inside):
            continue
        pad = 0.8 * MM
        crop = grey.crop(tuple(round(v / scale) for v in (x0 + pad, top + pad, x1 - pad,
                                                          bottom - pad)))
        text = " ".join(str(read(crop)).split())
        mark = read_mark(text)
        if mark is None:
            unread = _UNREAD.now()
            if unread is not None and _inked(crop) and _unsure(text):
                unread.append(text)
            continue
        line = 1 + max((w.line for w in out), default=0)
        out = [w for w in out if w not in inside]
        out.append(Word(mark, x0 + 2 * MM, x1 - 2 * MM, top + 1.5 * MM, bottom - 1.5 * MM,
                        bottom - top - 3 * MM, bold=True, line=line))
    return out


def _unsure(text: str) -> bool:
    """Tesseract's ``text`` of a frame may be a mark misread: marks of no word, or words near
    a mark's; a frame of other words (``DỰ THẢO``) holds no mark.

    >>> _unsure(""), _unsure("K|I4N"), _unsure("KHAM"), _unsure("DỰ THẢO")
    (True, True, True, False)
    """
    from rapidfuzz import fuzz

    letters = re.sub(r"[^a-z ]", "", key(text))
    return len(letters.replace(" ", "")) < 3 or max(fuzz.ratio(letters, m) for m in MARKS) >= 50


def _inked(crop: Any) -> bool:
    """Ink stands inside the frame (letters, not an empty box)."""
    histogram = crop.histogram()
    return sum(histogram[:INK]) >= 0.01 * crop.width * crop.height

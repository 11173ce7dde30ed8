"""The pen's ink told from the print by its colour (``handwritten``): on a colour scan a clerk's
blue or violet ink is bluer than the page's paper by far, the black print and a red seal are
not; the blank is then read on the ink alone, the print taken away, and cut where the ink is,
not only where the printed words end (a day's first digit written into the italic ``y`` of
``ngày``; docs/accuracy.md, "the pen's ink told from the print")."""

from __future__ import annotations

from typing import Any

#: How much bluer than the paper (blue less red, 0-255) a pixel of a pen's ink is: the blue and
#: violet inks of the held-out scans stand 25 and more above their paper in hundreds of pixels
#: a blank, the print's edges on a grey scan in at most 30 pixels a line.
BLUER = 25
#: A pixel of ink is dark in the red channel (the paper of a bluish scan is not: 220 and more).
DARK = 170
#: The fewest pixels of the pen's ink that make a blank written in colour (a digit written at
#: 300 dpi has some hundreds; a grey scan's bluish specks a few dozen).
LEAST = 200
#: The widest run of columns without the pen's ink inside one written value (pixels): the gap
#: between two digits, not the space before the next printed word.
GAP = 12
#: The widest a digit written in a blank is, against the line's height (cut with its margin):
#: 0.34 to 0.59 in the values read right on the ink; 0.89 and 1.01 where a looped 2 was lost.
DIGIT_WIDEST = 0.75
#: The white kept round the ink when its blank is cut (pixels).
MARGIN = 4


def layer(line: Any) -> Any | None:
    """The pen's ink of a line cut in colour, in grey on white, the print and the paper taken
    away; None when the line is not in colour. A pixel is the pen's when it is dark and bluer
    than the paper by ``BLUER``, or by half that beside such a pixel (a stroke's soft edges,
    a dark violet); it is drawn with the red channel's darkness, made twice as dark (blue ink
    is paler in it than the print)."""
    from PIL import Image, ImageChops, ImageFilter

    if line.mode != "RGB":
        return None
    red, _green, blue = line.split()
    paper = _paper(line)
    bluer = ImageChops.subtract(blue, red, offset=paper[0] - paper[2])  # the paper's tint out
    dark = red.point(lambda v: 255 if v < DARK else 0)
    strong = ImageChops.multiply(bluer.point(lambda v: 255 if v >= BLUER else 0), dark)
    weak = ImageChops.multiply(bluer.point(lambda v: 255 if v >= BLUER // 2 else 0), dark)
    mask = ImageChops.multiply(weak, strong.filter(ImageFilter.MaxFilter(5)))
    out = Image.new("L", line.size, 255)
    out.paste(red.point(lambda v: v // 2), mask=mask)
    return out


def _paper(line: Any) -> tuple[int, int, int]:
    """The paper's colour: each channel's most frequent value."""
    return tuple(max(range(256), key=band.histogram().__getitem__)  # type: ignore[return-value]
                 for band in line.split())


def columns(ink: Any) -> list[int]:
    """The columns of ``ink`` (a layer) holding any of the pen's ink."""
    from PIL import Image

    dark = ink.point([255] * 255 + [0]).resize((ink.width, 1), Image.Resampling.BOX)
    return [x for x, v in enumerate(dark.tobytes()) if v > 0]


def written(ink: Any, span: tuple[int, int], limits: tuple[int, int]) -> tuple[int, int] | None:
    """Where the pen wrote the value of the blank ``span`` (pixels of the line), on its ink:
    the ink's columns met in the blank, grown on each side while the ink runs on with gaps
    narrower than ``GAP``, no further than ``limits`` (the printed words around the blank);
    None when the blank holds too little of the pen's ink to be written in colour.

    >>> from PIL import Image, ImageDraw
    >>> ink = Image.new("L", (300, 40), 255)
    >>> draw = ImageDraw.Draw(ink)
    >>> draw.rectangle((95, 5, 110, 35), fill=40); draw.rectangle((118, 5, 140, 35), fill=40)
    >>> written(ink, (105, 200), (60, 260))
    (91, 145)
    >>> written(ink, (105, 200), (100, 260)), written(ink, (200, 280), (60, 299))
    ((100, 145), None)
    """
    left, right = span
    inked = columns(ink.crop((limits[0], 0, limits[1], ink.height)))
    inked = [x + limits[0] for x in inked]
    inside = [x for x in inked if left <= x < right]
    if not inside or _pixels(ink.crop((left, 0, right, ink.height))) < LEAST:
        return None
    low, high = inside[0], inside[-1]
    for x in reversed([x for x in inked if x < low]):
        if low - x > GAP:
            break
        low = x
    for x in (x for x in inked if x > high):
        if x - high > GAP:
            break
        high = x
    return max(limits[0], low - MARGIN), min(limits[1], high + 1 + MARGIN)


def _pixels(ink: Any) -> int:
    """The pixels of the pen's ink in ``ink``."""
    return int(ink.point([1] * 255 + [0]).histogram()[1])


def whole(value: str, width: int, height: int) -> bool:
    """Whether ``value`` read on the ink cut ``width`` pixels wide can be all that the ink
    holds there: no digit wider than ``DIGIT_WIDEST`` of the line's ``height`` (753's 23 read
    ``3`` on 73 pixels of a line 82 high, its looped 2 lost).

    >>> whole("23", 73, 82), whole("3", 73, 82), whole("241", 114, 100)
    (True, False, True)
    """
    return width <= DIGIT_WIDEST * height * len(value)


def agreed(values: list[str | None]) -> str | None:
    """The value the cuts of a blank read, or None when none does or two read otherwise (the
    grey line's ``8`` and the ink's ``28``: neither is taken).

    >>> agreed(["28", None]), agreed([None, "28"]), agreed(["28", "28"]), agreed(["8", "28"])
    ('28', '28', '28', None)
    """
    found = {v for v in values if v is not None}
    return found.pop() if len(found) == 1 else None

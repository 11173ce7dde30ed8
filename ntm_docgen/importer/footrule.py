"""A scanned page's footnotes. A text layer tells them by their type's size (``pageorder``);
on a scan OCR's lines are sized by their height, which a line of short letters makes small
too, and the note's raised mark (``¹``) is often lost. What a scan does show is the short
rule Word draws over the notes at the left margin: found on the image in the gaps between the
lines OCR read, it sets apart the lines under it when they are in a smaller type than the
body's, so a note is never spliced into the body of a letter read from a scan."""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import Line, Page, Word, opens_signature

#: The line that opens a note: its mark (``1``, ``(2)``, ``*``, ``¹``) then its text.
NOTE_MARK = re.compile(r"^(\(?\d{1,2}(?![\d.,])\)?|\*+|[¹²³⁴⁵⁶⁷⁸⁹])\s*\S")  # not ``1.500``
#: A note's rule is short (Word's is 5 cm of a 21 cm page), never the page's whole width.
_RULE = (0.12, 0.55)
#: How far the rule may begin from the text's left edge, and how thick it may be (a scan's
#: slope draws it over a few rows), in parts of the page's width and height.
_MARGIN, _THICK = 0.05, 0.012
#: The notes' type against the body's: a note is set in 10 pt under a body of 13 or 14 pt.
_SMALLER = 0.85


def foot_rules(image: Any, words: list[Word], scale: float) -> list[float]:
    """The heights (in points from the page's top, ``scale`` points a pixel) of the short
    rules drawn from the text's left edge in the lower half of the scanned page ``image``, in
    the gaps between the lines of ``words`` OCR read there; coloured ink (a stamp) left out."""
    from ntm_docgen.importer.scan import ink_only

    grey = ink_only(image)
    width, height = grey.size
    boxes = [tuple(v / scale for v in (w.x0, w.top, w.x1, w.bottom)) for w in words
             if w.text.strip() and w.bottom / scale > height / 2]
    if not boxes:
        return []
    starts = sorted(b[0] for b in boxes)
    left = max(0, round(starts[len(starts) // 20] - _MARGIN * width))
    found = []
    for top, bottom in _gaps(boxes, height):
        band = grey.crop((left, top, round(0.7 * width), bottom))
        row = _rule(band, width, height)
        if row is not None:
            found.append((top + row) * scale)
    return found


def _gaps(boxes: list[tuple[float, ...]], height: int) -> list[tuple[int, int]]:
    """The rows of the page's lower half no word stands on, as (first, last + 1) runs."""
    gaps, reached = [], height // 2
    for _x0, top, _x1, bottom in sorted(boxes, key=lambda b: b[1]):
        if top - reached >= 3:
            gaps.append((reached, int(top)))
        reached = max(reached, int(bottom) + 1)
    if round(0.97 * height) - reached >= 3:
        gaps.append((reached, round(0.97 * height)))
    return gaps


def _rule(band: Any, width: int, height: int) -> int | None:
    """The row of a short rule in ``band`` (a gap between lines, from the text's left edge
    less a margin), or None: its dark columns run unbroken (gaps of 2 pixels forgiven) for a
    part of the page's width ``_RULE``, starting at the text's edge, over a few rows, with
    no ink above or below it (a table's border has its columns' lines)."""
    from PIL import Image

    dark = band.point([255] * 128 + [0] * 128)  # ink white on black
    columns = list(dark.resize((band.width, 1), Image.Resampling.BOX).tobytes())
    start, end = _longest_run([i for i, v in enumerate(columns) if v > 0])
    if not _RULE[0] * width <= end - start <= _RULE[1] * width or start > 2 * _MARGIN * width \
            or start == 0 or end == band.width:  # a line the band cuts runs on: no rule
        return None
    under = dark.crop((start, 0, end, band.height))
    rows = list(under.resize((1, band.height), Image.Resampling.BOX).tobytes())
    inked = [i for i, v in enumerate(rows) if v >= 13]  # a twentieth of the rule's length
    if not inked or inked[-1] - inked[0] + 1 > max(4, _THICK * height):
        return None
    rule = under.crop((0, max(0, inked[0] - 2), end - start, inked[-1] + 3))
    if under.histogram()[255] - rule.histogram()[255] > 0.05 * (end - start):
        return None  # ink above or below it: a table's bottom border and its columns' lines
    return (inked[0] + inked[-1]) // 2


def _longest_run(indices: list[int]) -> tuple[int, int]:
    """The longest run of ``indices`` (sorted) broken by gaps of at most two, as (first,
    last + 1); (0, 0) when there is none."""
    best, first, last = (0, 0), None, None
    for i in indices:
        if first is None or last is None or i - last > 3:
            first = i
        last = i
        if last + 1 - first > best[1] - best[0]:
            best = (first, last + 1)
    return best


def scanned_footnotes(lines: list[Line], page: Page) -> tuple[list[Line], list[str]]:
    """The lines of scanned ``page`` without its footnotes, and the notes: the lines under a
    rule of ``page.rules`` to the page's foot, in a smaller type than the lines above
    (``_SMALLER``, their middle sizes held), none opening a Nơi nhận or a signature."""
    for rule in sorted(page.rules):
        at = next((i for i, line in enumerate(lines) if line.top >= rule), len(lines))
        foot, above = lines[at:], lines[:at]
        sizes = [w.size for line in above for s in line.segments for w in s]
        if not foot or not sizes or len(foot) > 12 or any(
                opens_signature(x.text) or key(x.text).startswith("noi nhan") for x in foot):
            continue
        if median(max(w.size for s in x.segments for w in s) for x in foot) \
                <= _SMALLER * median(sizes):  # a line's height, which a bracket makes taller
            return _uncalled(above, len(foot)), notes_of(foot)
    return lines, []


def notes_of(foot: list[Line]) -> list[str]:
    """The notes the lines ``foot`` hold: a line opening with a mark opens one, the others go
    on the one before (the first opens one, its mark lost by OCR or not)."""
    notes: list[str] = []
    for line in foot:
        if NOTE_MARK.match(line.text) or not notes:
            notes.append(line.text)
        else:
            notes[-1] = f"{notes[-1]} {line.text}"
    return notes


#: A note's raised call as OCR reads it against its word: ``đạo!;``, ``tải!``, ``đồng?,``.
_CALL = re.compile(r"(?<=\w)[!?](?=[,;.:]?$)")


def _uncalled(lines: list[Line], most: int) -> list[Line]:
    """``lines`` with the calls of the page's notes OCR read as ``!`` or ``?`` against a word
    taken out, at most ``most`` of them (the notes' lines): a letter's body asks and exclaims
    nothing, and the call means nothing once its note is set apart."""
    left = most
    for line in lines:
        for segment in line.segments:
            for n, word in enumerate(segment):
                if left and _CALL.search(word.text):
                    segment[n] = replace(word, text=_CALL.sub("", word.text))
                    left -= 1
    return lines

"""The note in small type after the Lưu line's last unit (``CN(M.Cường)``: the drafter, as
Nghị định 30 lets an office add it), read again on its own from a scanned page.

Tesseract reads a line at one size: the note, smaller and set below the line's baseline,
comes out as marks glued to the unit before it (``CNạw. cường``, ``CN cường)``). Cut from the
line where its ink drops under the baseline and read alone, it reads as printed; it is taken
only when it reads as a note in brackets.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.importer.signzone import luu_label
from ntm_docgen.vietnamese.text import nfc

#: A run of ink whose lowest pixel lies this far under the line's baseline (in heights of the
#: line) is set low: the note's small type is, a capital of the line is not.
LOW = 0.12
#: A run of ink at the line's end shorter than this (in heights of the line) is a mark after
#: the note: its full stop.
MARK = 0.35
#: The note is this wide at least (in heights of the line): brackets round a name.
WIDE = 1.5
#: A gap this wide (in heights of the line) before the note is a space (``CN (Dũng)``).
SPACE = 0.3
#: A word further than this (in heights of the line) from the word before it is no part of
#: the Lưu line: the stamp beside it, read into the same line.
APART = 2.0
#: How much the note is enlarged for its reading: its type is about two thirds of the line's.
ENLARGE = 1.5
#: The least confidence (of 100) of each word of the note read alone.
SURE = 60.0
#: A note as the decree's Lưu line ends with it: a name or initials in brackets.
_NOTE = re.compile(r"^\([^()]*[^\W\d_][^()]*\)$")
#: A unit's abbreviation read alone (``CN``, ``TCHC``).
_UNIT = re.compile(r"^[A-ZĐ][A-ZĐ0-9]*$")
#: The signs a line's last word ends with after its letters (``.``, ``)-``).
_TAIL = re.compile(r"[^\w)]*$")

Box = tuple[int, int, int, int]


def _runs(columns: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """The runs (first, after last) of columns with ink, between blank columns."""
    out, start = [], None
    for x, column in enumerate([*columns, None]):
        if column is not None and start is None:
            start = x
        elif column is None and start is not None:
            out.append((start, x))
            start = None
    return out


def note_span(grey: Any, box: Box) -> tuple[int, int, int] | None:
    """Where the note in small type ends the line whose words' box is ``box`` in ``grey``:
    its first and after-last x in the image, and the blank before it (pixels); None when the
    line ends in no such note.

    The line's baseline is where most columns of its first part (``- Lưu: VT,``) end; walking
    back from the line's end past its full stop, each run of ink that reaches under it by
    ``LOW`` of the line's height is the note's, up to the first that does not (the unit's
    last capital)."""
    left, top, right, bottom = box
    height = bottom - top
    if height <= 0 or right <= left:
        return None
    crop = grey.crop((left, top, min(grey.width, right + round(0.2 * height)),
                      min(grey.height, bottom + round(0.5 * height))))
    width, rows = crop.size
    dark = crop.point([1] * 128 + [0] * 128).tobytes()
    columns: list[tuple[int, int] | None] = []
    for x in range(width):
        inked = [y for y in range(rows) if dark[y * width + x]]
        columns.append((inked[0], inked[-1]) if inked else None)
    bottoms = Counter(c[1] for c in columns[:round(0.4 * width)] if c is not None)
    if not bottoms:
        return None
    base = bottoms.most_common(1)[0][0]
    size = max(base, 1)
    runs = _runs(columns)

    def extent(run: tuple[int, int]) -> tuple[int, int]:
        inked = [c for c in columns[run[0]:run[1]] if c is not None]
        return min(c[0] for c in inked), max(c[1] for c in inked)

    last = len(runs) - 1
    while last >= 0 and extent(runs[last])[1] - extent(runs[last])[0] < MARK * size:
        last -= 1
    first = last
    while first >= 0 and extent(runs[first])[1] >= base + LOW * size:
        first -= 1
    if first == last or first < 0:
        return None
    start, stop = runs[first + 1][0], runs[last][1]
    if stop - start < WIDE * size:
        return None
    return left + start, left + stop, start - runs[first][1]


def _read(image: Any, box: Box, lang: str, config: str) -> list[tuple[str, float]]:
    """The words Tesseract reads in ``box`` of ``image`` alone, with a white margin round it,
    enlarged ``ENLARGE`` times."""
    import pytesseract
    from PIL import Image, ImageOps

    crop = image.crop((box[0], box[1], min(image.width, box[2]), min(image.height, box[3])))
    crop = crop.convert("L")
    margin = max(4, (box[3] - box[1]) // 2)
    crop = ImageOps.expand(crop, margin, fill=255)
    crop = crop.resize((round(crop.width * ENLARGE), round(crop.height * ENLARGE)),
                       Image.Resampling.LANCZOS)
    data = pytesseract.image_to_data(crop, lang=lang, config=config,
                                     output_type=pytesseract.Output.DICT,
                                     timeout=OCR_SECONDS.value())
    return [(nfc(t).strip(), float(c)) for t, c in zip(data["text"], data["conf"], strict=True)
            if nfc(t or "").strip() and float(c) >= 0]


def tesseract_lines(data: dict[str, Any]) -> list[list[int]]:
    """The places of the words in ``data`` (``image_to_data``'s) line by line, as Tesseract
    set them (block, paragraph, line); blanks and its non-words (confidence -1) left out."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if nfc(text or "").strip() and float(data["conf"][i]) >= 0:
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                             []).append(i)
    return list(lines.values())


def read_notes(image: Any, data: dict[str, Any], lang: str) -> None:
    """Tesseract's words on ``image`` (``data``, as ``image_to_data`` gives them) with the note
    in small type after the Lưu line's last unit read again alone, in place: the unit and the
    note made one word (``CN(M.Cường).``), or two when a space stands between them."""
    for words in tesseract_lines(data):
        if luu_label(" ".join(data["text"][i] for i in words).lstrip("-–•+ ")):
            _mend(image, data, words, lang)


def _mend(image: Any, data: dict[str, Any], words: list[int], lang: str) -> None:
    """The Lưu line of ``words`` (places in ``data``) with its note read alone, in place."""
    height = max(data["height"][i] for i in words)
    line = luu_line(data, words)
    box = (min(data["left"][i] for i in line), min(data["top"][i] for i in line),
           max(_right(data, i) for i in line),
           max(data["top"][i] + data["height"][i] for i in line))
    found = note_span(image.convert("L") if image.mode != "L" else image, box)
    if found is None:
        return
    start, stop, gap = found
    note = _read(image, (start, box[1], stop, box[3] + round(0.5 * (box[3] - box[1]))),
                 lang, "--psm 7")
    text = " ".join(t for t, _ in note)
    if not note or min(c for _, c in note) < SURE or not _NOTE.match(text):
        return
    kept = [i for i in line if _right(data, i) <= start + 1]
    cut = [i for i in line if data["left"][i] < start < _right(data, i) - 1]
    after = [i for i in line if i not in kept and i not in cut]
    if cut:  # the unit read with the note's first signs: read again without them
        head = data["text"][cut[0]]
        if not _UNIT.match(head):
            unit = _read(image, (data["left"][cut[0]], box[1], start, box[3]), lang, "--psm 8")
            head = unit[0][0].rstrip(".,:;") if len(unit) == 1 else ""
        if not _UNIT.match(head):
            return
        carrier, glued = cut[0], True
    elif kept and after:
        head, carrier, glued = data["text"][kept[-1]], kept[-1], gap < SPACE * height
    else:
        return
    if not glued:
        head, carrier = "", after[0]
    tail = _TAIL.search(data["text"][(after or cut)[-1]])
    data["text"][carrier] = head + text + (tail.group() if tail else "")
    data["width"][carrier] = stop - data["left"][carrier]
    for i in [*cut, *after]:
        if i != carrier:
            data["text"][i] = ""


def luu_line(data: dict[str, Any], words: list[int]) -> list[int]:
    """The words of a Tesseract line (places in ``data``) up to the first that stands
    ``APART`` from the one before it: the Lưu line without the stamp read beside it."""
    height = max(data["height"][i] for i in words)
    line = words[:1]
    for i in words[1:]:
        if data["left"][i] - _right(data, line[-1]) > APART * height:
            break
        line.append(i)
    return line


def _right(data: dict[str, Any], i: int) -> int:
    return int(data["left"][i] + data["width"][i])

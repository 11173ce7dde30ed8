"""Ruled tables of a scanned page read as tables: the rules found in the picture (long runs of
ink across and down), the cells they part filled with the words OCR read in them
(``pdfgrid.grid_of``), as a text layer's ruled tables are (contract8 finding 5: a scan's table
of three columns came back with its last column under the next heading)."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.motto import opens_motto
from ntm_docgen.importer.noting import Noted
from ntm_docgen.importer.ocrblank import tell_table, told_tables, unruled
from ntm_docgen.importer.pdfgrid import Grid, grid_of
from ntm_docgen.importer.pdflayout import Word

#: Tesseract's words on an image placed at an origin (points).
Read = Callable[[Any, tuple[float, float]], list[Word]]

#: a rule across a table is at least this share of the page's width; a rule down it, of the
#: table's height
ACROSS, DOWN = 0.25, 0.9
#: grey levels under this are ink
INK = 150
#: how near (points) the ends of two rules of one table stand
ENDS = 6.0
#: the ink thickened by this many pixels (odd), so that a rule that slopes by a few pixels
#: over its length stays one run
THICKEN = 5
#: a row of a table is at least this high (points): the rules of a line's thickness are one
ROW = 8.0
#: pixels whited out on each side of a rule before a table is read again without its rules
EDGE = 2

_GRIDS: Noted[Grid] = Noted("scan_grids")


def grids_read() -> AbstractContextManager[list[Grid]]:
    """The ruled tables read on the pages OCR reads inside this block (in this thread)."""
    return _GRIDS.kept()


def note_grids(grey: Any, scale: float, words: list[Word], read: Read | None = None
               ) -> list[Grid]:
    """Note the ruled tables of the page ``grey`` (points: ``scale`` a pixel) holding
    ``words``, when a caller asks (``grids_read``); they are returned too."""
    grids = _GRIDS.now()
    if grids is None:
        return []
    found = scan_grids(grey, scale, words, read)
    grids.extend(found)
    return found


def _runs(image: Any, least: int) -> list[tuple[int, int, int]]:
    """The runs of ink at least ``least`` pixels long on each row: (row, start, end)."""
    data = image.tobytes()
    ink = bytes((1 if v < INK else 0) for v in range(256))
    width = image.width
    pattern = re.compile(rb"\x01{%d,}" % max(1, least))
    return [(y, m.start(), m.end()) for y in range(image.height)
            for m in pattern.finditer(data[y * width:(y + 1) * width].translate(ink))]


def _rules(runs: list[tuple[int, int, int]]) -> list[tuple[float, int, int]]:
    """Runs on neighbouring rows that overlap, joined: one rule each (its middle row, its
    ends); a rule sloping by a pixel or two is read on two rows, each a part of it."""
    rules: list[list[int]] = []  # first row, last row, start, end
    for y, a, b in runs:
        same = next((r for r in rules if y - r[1] <= 2 and a < r[3] and r[2] < b), None)
        if same:
            same[1:] = [y, min(same[2], a), max(same[3], b)]
        else:
            rules.append([y, y, a, b])
    return [((r[0] + r[1]) / 2, r[2], r[3]) for r in rules]


def scan_grids(grey: Any, scale: float, words: list[Word], read: Read | None = None
               ) -> list[Grid]:
    """The ruled tables of a scanned page: three rules across or more with the same ends,
    rules down between them at both ends and between the columns. Its cells are read again
    without its rules (``read``: Tesseract on an image, its origin in points): the page's
    reading takes a rule and the letter beside it for one word (``Ẹ`` for ``Lý`` on a scan
    turned a little, ``LSTT``), a cell both readings read alike keeps the page's spacing, and
    the page's words fill the table where that reading does not. A table read neither way
    is told (``ocrblank.tell_table``)."""
    from PIL import Image, ImageFilter

    if grey.mode != "L":
        grey = grey.convert("L")
    page = grey
    grey = grey.filter(ImageFilter.MinFilter(THICKEN))  # a rule a scan left sloping, whole
    near = ENDS / scale
    across = sorted(_rules(_runs(grey, int(ACROSS * grey.width))))
    tables: list[list[tuple[float, int, int]]] = []
    for rule in across:
        table = next((t for t in tables if abs(t[-1][1] - rule[1]) <= near
                      and abs(t[-1][2] - rule[2]) <= near), None)
        if table is not None and rule[0] - table[-1][0] >= ROW / scale:
            table.append(rule)
        elif table is None:
            tables.append([rule])
    out = []
    for table in (t for t in tables if len(t) >= 3):
        x0, x1 = min(r[1] for r in table), max(r[2] for r in table)
        top, bottom = table[0][0], table[-1][0]
        box = grey.crop((max(0, x0 - 3), round(top), x1 + 3, round(bottom) + 1))
        down = _rules(_runs(box.transpose(Image.Transpose.TRANSPOSE),
                            int(DOWN * (bottom - top))))  # a row of it: a column
        xs = sorted(max(0, x0 - 3) + d[0] for d in down)
        columns = [x for n, x in enumerate(xs) if not n or x - xs[n - 1] > ROW / scale]
        if len(columns) < 3:
            continue
        rows = [[(a * scale, t0[0] * scale, b * scale, t1[0] * scale)
                 for a, b in zip(columns, columns[1:], strict=False)]
                for t0, t1 in zip(table, table[1:], strict=False)]
        bbox = (columns[0] * scale, top * scale, columns[-1] * scale, bottom * scale)
        grid = grid_of(bbox, rows, _cells(words))
        if read is not None and _worded(bbox, words):
            crop = (columns[0], round(top), columns[-1] + 1, round(bottom) + 1)
            again = read(unruled(page.crop(crop), EDGE), (crop[0] * scale, crop[1] * scale))
            grid = _spaced(grid_of(bbox, rows, _cells(again)), grid) or grid
        if grid is None and read is not None and _worded(bbox, words):
            told = told_tables()  # a block read again as running text is told already
            if not any(w.text in told for w in words if Grid(*bbox, ()).holds(w)):
                tell_table(_first_row(rows[0], words))
        if grid is not None:
            out.append(grid)
    return out


def _spaced(again: Grid | None, first: Grid | None) -> Grid | None:
    """The table read again without its rules, each cell whose letters the page's reading
    read alike as that reading spaced it (``Sơ kết`` where the second ran it ``Sơkết``).

    >>> a = Grid(0, 0, 1, 1, (("STT", "Sơkết"), ("1", "Lý Văn")))
    >>> _spaced(a, Grid(0, 0, 1, 1, (("LSTT", "Sơ kết"), ("mĩ 1", "Ẹ Vẵn")))).rows
    (('STT', 'Sơ kết'), ('1', 'Lý Văn'))
    """
    if again is None or first is None or len(again.rows) != len(first.rows):
        return again

    def same(a: str | None, b: str | None) -> bool:
        return a is not None and b is not None and "".join(a.split()) == "".join(b.split())

    rows = tuple(tuple(b if same(a, b) else a for a, b in zip(r, s, strict=False))
                 for r, s in zip(again.rows, first.rows, strict=True))
    return replace(again, rows=rows)


def _cells(words: list[Word]) -> list[Word]:
    """The words as a cell holds them: a rule read as ``|`` or ``_`` beside a word taken off."""
    cells = [replace(w, text=w.text.strip("|_")) for w in words]
    return [w for w in cells if w.text]


def _worded(bbox: tuple[float, float, float, float], words: list[Word]) -> bool:
    """Words stand in the table's box, none of a letter's header or signature (a header laid
    out in a ruled table is no table of the body)."""
    box = Grid(*bbox, ())
    inside = [w for w in words if box.holds(w) and any(c.isalnum() for c in w.text)]
    lines = [" ".join(w.text for w in sorted(inside, key=lambda w: w.x0) if w.line == n)
             for n in sorted({w.line for w in inside})]
    return bool(inside) and not any(opens_motto(x) or key(x).startswith(("noi nhan", "so:"))
                                    for x in lines)


def _first_row(cells: list[tuple[float, float, float, float]], words: list[Word]) -> str:
    """A table's first row as read, its cells parted by `` | ``: the words whose middles
    stand in each of its cells."""
    texts = []
    for x0, top, x1, bottom in cells:
        held = sorted((w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1
                       and top <= (w.top + w.bottom) / 2 <= bottom
                       and w.bottom - w.top <= bottom - top), key=lambda w: w.x0)
        texts.append(" ".join(w.text for w in held))
    return " | ".join(texts)

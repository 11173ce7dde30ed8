"""The blocks of a scanned page in which Tesseract's reading of the whole page found no word
though they hold ink, as it does with a ruled table (contract7: the rows of a plan's table
were lost), read again as one block of text; kept only when that reading gives words."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ntm_docgen.importer.noting import Noted
from ntm_docgen.importer.pdflayout import Word

#: a block at least this share of the page's width, and this many of its lines tall
WIDE = 0.3
LINES_TALL = 2
#: words of two letters or digits or more a block's second reading gives, and their share
WORDS, SHARE = 3, 0.6

Box = tuple[float, float, float, float]
_TABLES: Noted[str] = Noted("ocr_tables")
_BLANKS: Noted[Box] = Noted("ocr_blanks")


def noting_blanks() -> AbstractContextManager[list[Box]]:
    """The blank blocks of the runs of Tesseract inside this block (``note_blanks``)."""
    return _BLANKS.kept()


def note_blanks(data: dict[str, Any], scale: float, origin: tuple[float, float],
                page_width: float) -> None:
    """Note the blank blocks of one run of Tesseract, when a caller asks (``noting_blanks``)."""
    blanks = _BLANKS.now()
    if blanks is not None:
        blanks += blank_blocks(data, scale, origin, page_width)


def tables_read() -> AbstractContextManager[list[str]]:
    """The first row of each block read again inside this block (in this thread): a ruled
    table, which the page's lines give as running text; told in a warning."""
    return _TABLES.kept()


def blank_blocks(data: dict[str, Any], scale: float, origin: tuple[float, float],
                 page_width: float) -> list[Box]:
    """The blocks (points: x0, top, x1, bottom) of Tesseract's page ``data`` that hold no
    word: Tesseract took their ink for a picture. Only a block as wide as a table and two
    lines tall or more."""
    boxes: dict[int, Box] = {}
    read: set[int] = set()
    heights = []
    for i, text in enumerate(data["text"]):
        block = data["block_num"][i]
        left, top = data["left"][i] * scale, data["top"][i] * scale
        box = (origin[0] + left, origin[1] + top, origin[0] + left + data["width"][i] * scale,
               origin[1] + top + data["height"][i] * scale)
        if data["level"][i] == 2:
            boxes[block] = box
        elif (text or "").strip() and float(data["conf"][i]) >= 0:
            read.add(block)
            heights.append(data["height"][i] * scale)
    line = sorted(heights)[len(heights) // 2] if heights else 0.0
    return [box for block, box in boxes.items() if block not in read and line
            and box[2] - box[0] >= WIDE * page_width and box[3] - box[1] >= LINES_TALL * line]


def read_again(page: Any, blanks: list[Box], scale: float,
               read: Callable[[Any, tuple[float, float], int], list[Word]],
               first: int) -> list[tuple[Box, list[Word]]]:
    """Each blank block of ``page`` read again without its rules (``read``: the image, its
    origin in points, its first line's number), with its words, where that reading gives
    words, not specks."""
    out: list[tuple[Box, list[Word]]] = []
    for box in blanks:
        at = max((w.line for _, words in out for w in words), default=first - 1) + 1
        words = read(unruled(page.crop(tuple(round(v / scale) for v in box))), box[:2], at)
        worded = [w for w in words if sum(c.isalnum() for c in w.text) >= 2]
        if len(worded) >= WORDS and len(worded) >= SHARE * len(words):
            rows = _rows(words)
            out.append((box, rows))
            tell_table(rows[0].text)
    return out


def tell_table(first_row: str) -> None:
    """Note a table read as running text by its first row (its cells parted by `` | `` where
    they are known), when a caller asks (``tables_read``)."""
    told = _TABLES.now()
    if told is not None:
        told.append(first_row)


def told_tables() -> list[str]:
    """The tables told so far inside ``tables_read`` (their first rows)."""
    return list(_TABLES.now() or ())


def untell_table(first_row: str) -> None:
    """A table told by ``read_again`` that its rules let be read cell by cell after all."""
    told = _TABLES.now()
    if told is not None and first_row in told:
        told.remove(first_row)


def _rows(words: list[Word]) -> list[Word]:
    """Each line Tesseract read of a table as one word across its cells: the page's lines
    keep a row whole, its cells in order, where they read a column of cells at a time."""
    out = []
    for line in sorted({w.line for w in words}):
        row = sorted((w for w in words if w.line == line), key=lambda w: w.x0)
        out.append(Word(" ".join(w.text for w in row), row[0].x0, max(w.x1 for w in row),
                        min(w.top for w in row), max(w.bottom for w in row),
                        max(w.size for w in row), line=line))
    return out


def unruled(image: Any, edge: int = 0) -> Any:
    """``image`` (grey) with its rules whited out: each row and column of pixels more than
    half dark, a table's lines, over which Tesseract reads no word; with ``edge`` pixels on
    each side of them, the grey a straightened scan leaves along a rule."""
    width, height = image.size
    rows = [y for y in range(height) if _dark(image, (0, y, width, y + 1)) > 0.5]
    columns = [x for x in range(width) if _dark(image, (x, 0, x + 1, height)) > 0.5]
    if not rows and not columns:
        return image
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    for y in rows:
        draw.rectangle([(0, y - edge), (width, y + edge)], fill=255)
    for x in columns:
        draw.rectangle([(x - edge, 0), (x + edge, height)], fill=255)
    return out


def _dark(image: Any, box: tuple[int, int, int, int]) -> float:
    """The share of dark pixels in ``box`` of a grey image."""
    counts = image.crop(box).histogram()
    return sum(counts[:128]) / max(1, sum(counts[:256]))

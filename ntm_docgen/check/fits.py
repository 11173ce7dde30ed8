"""Whether a letter surely prints on one page when no program counted its pages (its lines
measured high), or surely does not (measured low)."""

from __future__ import annotations

import math
from collections.abc import Collection

from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.props import NS, number, w
from ntm_docgen.check.reader import Document

#: a line of Times New Roman is 1.15 of its size high; with a margin, so that the sum is high
LINE_HEIGHT = 1.25
#: each paragraph's text taken this much wider than Times New Roman's widths say
WIDER = 1.1
#: measured low: a line of Times New Roman at single spacing (1.15 of its size, less a
#: margin) and each text as wide as Times New Roman's widths say, a tabbed line one line
LINE_HEIGHT_LOW = 1.1
#: a picture (DrawingML, VML) or an embedded object: a height the text does not tell; a line
#: shape (the rule under the issuer) takes none
_PICTURE = ".//pic:pic|.//w:object|.//*[local-name()='imagedata']"


def fits_one_page(doc: Document, low: bool = False, without: Collection[Para] = ()) -> bool:
    """True when every paragraph of a letter of one section, measured high (each line 1.25 of
    its size, each text 10 % wider, each piece of a tabbed line a line of its own, the cells
    of a row the tallest of them), fits in the height its margins leave on the page; False
    when it holds a picture, an object or a text box, whose height the text does not tell.
    With ``low``, True when the letter of one section does not surely run past its first
    page: its lines measured low (1.1 of their size, as wide as the widths say, a tabbed line
    one line, the larger of a paragraph's spacings only; a picture, a text box, takes no
    height) fit on it. The paragraphs ``without`` are left out."""
    room = page_room(doc)
    left = {id(para) for para in without}
    total = height_of(doc, [para for para in doc.paras if id(para) not in left], low) \
        if room is not None else None
    return total is not None and room is not None and total <= room


def page_room(doc: Document) -> float | None:
    """The height (twips) the margins of a letter of one section leave on its page; None for
    a letter of several sections or without its page's size."""
    if len(doc.sections) != 1:
        return None
    size, margins = doc.sections[0].find("w:pgSz", NS), doc.sections[0].find("w:pgMar", NS)
    if size is None or margins is None:
        return None
    return number(size.get(w("h"))) - abs(number(margins.get(w("top")))) - \
        abs(number(margins.get(w("bottom"))))


def height_of(doc: Document, paras: list[Para], low: bool = False) -> float | None:
    """The height (twips) ``paras`` take at most (with ``low``, at least), the cells of a row
    the tallest of them; None, measured high, when one holds a picture, an object or a text
    box, whose height the text does not tell (measured low, it takes none)."""
    total = 0.0
    rows: dict[str, dict[str, float]] = {}  # the height of each cell, by row
    for para in paras:
        if para.container == "textbox" or para.el.xpath(_PICTURE):
            if low:
                continue
            return None
        height = _height(para, doc, low)
        if para.cell is None:
            total += height
            continue
        tree = para.cell.getroottree()
        row = rows.setdefault(tree.getpath(para.cell.getparent()), {})
        cell = tree.getpath(para.cell)
        row[cell] = row.get(cell, 0.0) + height
    return total + sum(max(cells.values()) for cells in rows.values())


def _height(para: Para, doc: Document, low: bool = False) -> float:
    """The height (twips) a paragraph takes at most (with ``low``, at least): its lines and the
    space around it."""
    props = para.props
    size = max((r.props.size for r in para.runs), default=14.0)
    natural = size * 20 * (LINE_HEIGHT_LOW if low else LINE_HEIGHT)
    if props.line_rule == "exact":
        line = float(props.line)
    elif props.line_rule == "atLeast":
        line = max(float(props.line), natural)
    else:
        line = natural * max(props.line, 240) / 240
    area = text_area(para, doc.styles) - max(props.first_line, 0)
    lines = 0
    pieces = para.segments() or [Line(para, [])]
    if low:  # the pieces of a tabbed line on one line, its text no wider than measured
        width = sum(line_width(piece) for piece in pieces)
        lines = max(1, math.ceil(width / area)) if area > 0 else 1
        return lines * line + max(props.before, props.after, 0)
    for piece in pieces:
        width = line_width(piece) * WIDER
        lines += max(1, math.ceil(width / area)) if area > 0 else 1
    return lines * line + max(props.before, 0) + max(props.after, 0)

"""Ruled tables of a PDF page's text layer read as tables: the cells pdfplumber finds between
the rules, each filled with the page's words that stand in it, written as the body's pipe
rows (contract §2), as a Word letter's ruled table is (``docxtext.pipe_rows``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.motto import opens_motto
from ntm_docgen.importer.pdflayout import Word

#: the share of a grid's places that may be covered by a cell spanning them (a header cell
#: over two columns); rules under words (links, a signature's line) make grids mostly of such
#: places, and so do paragraphs boxed by a frame
MERGED = 0.3


@dataclass(frozen=True)
class Grid:
    """A ruled table of a page: its box (points from the top-left corner) and its rows of
    cells' text, a cell covered by one spanning it given as ``None``."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[tuple[str | None, ...], ...]

    def holds(self, word: Word) -> bool:
        """The word stands inside the table's box."""
        x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom

    def pipe_rows(self) -> list[str]:
        """The table as pipe rows, a ``|---|`` line under the first; a ``|`` in a cell is
        written ``\\|``, a covered place is an empty cell.

        >>> Grid(0, 0, 1, 1, (("STT", "Tiêu chí"), ("1", "a | b"), (None, ""))).pipe_rows()
        ['| STT | Tiêu chí |', '|---|---|', '| 1 | a \\\\| b |', '|  |  |']
        """
        out = []
        for n, row in enumerate(self.rows):
            out.append("| " + " | ".join((c or "").replace("|", "\\|") for c in row) + " |")
            if n == 0:
                out.append("|" + "---|" * len(row))
        return out


def page_grids(page: Any, words: list[Word]) -> list[Grid]:
    """The ruled tables of a pdfplumber ``page`` whose cells hold the page's ``words`` as a
    table's do: two rows and two columns or more, few places covered by spanning cells, no
    word across a rule, and neither the letter's header nor its signature in a cell."""
    grids = []
    for table in page.find_tables({"vertical_strategy": "lines",
                                   "horizontal_strategy": "lines"}):
        grid = _grid(table, words)
        if grid is not None:
            grids.append(grid)
    return grids


def _grid(table: Any, words: list[Word]) -> Grid | None:
    return grid_of(tuple(float(v) for v in table.bbox), [list(row.cells) for row in table.rows],
                   words)


Box = tuple[float, float, float, float]


def grid_of(bbox: tuple[float, ...], rows: list[list[Any]], words: list[Word]) -> Grid | None:
    """The table of cell boxes ``rows`` (``None`` for a place a spanning cell covers) in the
    box ``bbox``, filled with the ``words`` standing in its cells; None when it is no table a
    letter's body holds (see ``page_grids``)."""
    width = max((len(r) for r in rows), default=0)
    places = sum(len(r) for r in rows)
    if len(rows) < 2 or width < 2 or sum(c is None for r in rows for c in r) > MERGED * places:
        return None
    x0, top, x1, bottom = bbox
    box = Grid(x0, top, x1, bottom, ())
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        if not box.holds(word):
            continue
        place = _cell_of(rows, word)
        if place is None:
            return None  # a word across a rule: no grid of cells
        texts.setdefault(place, []).append(word)
    cells = tuple(tuple(None if c is None else _text(texts.get((i, j), []))
                        for j, c in enumerate(row)) + (None,) * (width - len(row))
                  for i, row in enumerate(rows))
    flat = [key(c) for row in cells for c in row if c]
    if not flat or any(opens_motto(c) or c.startswith(("noi nhan", "so:")) for c in flat):
        return None  # the header or the signature laid out in a ruled table
    return Grid(x0, top, x1, bottom, cells)


def _cell_of(rows: list[list[Any]], word: Word) -> tuple[int, int] | None:
    """The row and column of the cell holding all of ``word``; None when it crosses a rule."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell is None:
                continue
            c0, ctop, c1, cbottom = (float(v) for v in cell)
            if c0 <= x <= c1 and ctop <= y <= cbottom:
                return (i, j) if word.x0 >= c0 - 1 and word.x1 <= c1 + 1 else None
    return None


def _text(words: list[Word]) -> str:
    """A cell's words line by line (by their baselines), left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if lines and abs(word.bottom - lines[-1][-1].bottom) <= 0.45 * max(word.size, 4):
            lines[-1].append(word)
        else:
            lines.append([word])
    return " ".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0))
                    for line in lines)

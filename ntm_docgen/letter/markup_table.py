"""Geometry of the body's pipe tables (contract §2): borders on the text area, 6 pt around."""

from __future__ import annotations

import re

from ntm_docgen.files.ooxml import paragraph, ppr, rpr
from ntm_docgen.letter import layout_rules as L

# Left and right padding inside a cell (Word's 1.9 mm), written out so the table can be shifted
# by exactly this much: Word and LibreOffice in compatibility mode 14 measure w:tblInd to the
# text of the first cell, so the left border lands on the margin.
CELL_MARGIN = 108
# The gap between a table and the paragraph above it, as the body's 6 pt between paragraphs.
GAP_ABOVE = 6
# The paragraph that keeps a table apart from the next block (Word merges adjacent tables) is
# one point high; the next paragraph brings its own 6 pt before.
GAP_BELOW = 1


def cells(line: str) -> list[str]:
    r"""The cells of one ``| a | b |`` row; ``\|`` is a literal bar.

    >>> cells("| STT | A \\| B |"), cells("x|y")
    (['STT', 'A | B'], ['x', 'y'])
    """
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def column_widths(rows: list[list[str]], columns: int, width: int = L.TEXT_WIDTH) -> list[int]:
    """Share the text width between columns by their longest cell, none under 1.5 cm.

    >>> column_widths([["STT", "Nội dung dài hơn nhiều"], ["1", "x"]], 2)
    [2027, 7327]
    """
    longest = [max((len(r[i]) if i < len(r) else 0) for r in rows) for i in range(columns)]
    weights = [max(n, 4) for n in longest]
    minimum = 850
    spare = width - minimum * columns
    widths = [minimum + spare * w // sum(weights) for w in weights]
    widths[-1] += width - sum(widths)
    return widths


def spacer(height: float, keep_next: bool = False) -> str:
    """An empty paragraph exactly ``height`` points high (a 1 pt mark, no spacing).

    >>> 'w:line="120" w:lineRule="exact"' in spacer(6), "<w:keepNext/>" in spacer(6, True)
    (True, True)
    """
    props = ppr(before=0, after=0, keep_next=keep_next).replace(
        'w:after="0"/>', f'w:after="0" w:line="{round(height * 20)}" w:lineRule="exact"/>')
    return paragraph("", props.replace("</w:pPr>", rpr(size=1) + "</w:pPr>"))


def table_properties(width: int) -> str:
    """``w:tblPr`` of a body table: its borders on the text area from margin to margin.

    >>> props = table_properties(9354)
    >>> '<w:tblInd w:w="108" w:type="dxa"/>' in props, '<w:left w:w="108"' in props
    (True, True)
    """
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = (f'<w:top w:w="0" w:type="dxa"/><w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
               f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/>')
    return (f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>'
            f'<w:tblInd w:w="{CELL_MARGIN}" w:type="dxa"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar>{margins}</w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>')

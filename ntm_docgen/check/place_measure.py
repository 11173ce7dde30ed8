"""Where a header line prints in its table: a cell's left edge, the width a line is laid out
in, a line's printed width and the middle it prints at (twips), read by the header's places."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from ntm_docgen.check.elements import Letter
from ntm_docgen.check.geometry import cell_margins, cell_width, line_width, run_width, text_area
from ntm_docgen.check.paras import Line, Para, Run
from ntm_docgen.check.props import NS, number, w
from ntm_docgen.letter.fit import text_width


def table_of(para: Para) -> etree._Element | None:
    return next(para.cell.iterancestors(w("tbl")), None) if para.cell is not None else None


def cell_left(tc: etree._Element) -> float:
    """Where a cell begins (twips) from its table's left edge: the grid columns its row skips
    (``w:gridBefore``) and the cells before it."""
    row = tc.getparent()
    tbl = next(tc.iterancestors(w("tbl")), None)
    grid = [number(c.get(w("w"))) for c in tbl.iterfind("w:tblGrid/w:gridCol", NS)] \
        if tbl is not None else []
    before = row.find("w:trPr/w:gridBefore", NS)
    left = sum(grid[:int(number(before.get(w("val"))))]) if before is not None else 0.0
    for cell in row.iterfind("w:tc", NS):
        if cell is tc:
            break
        left += cell_width(cell)
    return left


def area_left(para: Para, letter: Letter) -> float:
    """Where a cell's paragraph is laid out from, inside its cell (its margin and indent)."""
    return cell_margins(para.cell, letter.doc.styles)[0] + max(para.props.left, 0) \
        if para.cell is not None else 0.0


def printed_middle(line: Line, letter: Letter, lo: float = 0, hi: float = 99) -> float | None:
    """Where the middle of a one-line header line prints (twips from its table's left edge),
    with the spaces typed before it and the blank left in it for a number, its runs' sizes
    brought into ``lo``-``hi`` points; None for a line placed by tabs or wider than its cell
    (its place is the wrapping's)."""
    para = line.para
    runs = [Run(r.el, r.text, replace(r.props, size=min(max(r.props.size, lo), hi)))
            for r in line.runs]
    if not runs or "\t" in para.text or para.cell is None:
        return None
    lead = run_width(para.text[:len(para.text) - len(para.text.lstrip(" "))], runs[0].props)
    texts = [r.text for r in runs]
    texts[0], texts[-1] = texts[0].lstrip(), texts[-1].rstrip()
    if len(texts) == 1:
        texts[0] = texts[0].strip()
    width = sum(run_width(t, r.props) for t, r in zip(texts, runs, strict=True))
    area = laid_area(para, letter)
    if lead + width > area:
        return None if para.props.align not in ("center", "distribute") else \
            cell_left(para.cell) + area_left(para, letter) + area / 2
    start = cell_left(para.cell) + area_left(para, letter)
    if para.props.align in ("center", "distribute"):
        return start + (area + lead) / 2
    if para.props.align in ("right", "end"):
        return start + area - width / 2
    return start + lead + width / 2


def laid_area(para: Para, letter: Letter, into_margins: bool = False) -> float:
    """The width a header line is laid out in, an indent set below zero taken as none: a
    line pushed past its cell by a negative indent prints inside it in LibreOffice (a Quốc
    hiệu given 15 mm more than its cell printed 2 mm off its middle there, not 8.6 mm).
    ``into_margins``: as wide as the line may run, a negative indent taking the cell's own
    margin on that side and no more (a Quốc hiệu of 95.7 mm indented -1.9 mm in a cell of
    93.9 mm inside its margins prints on one line)."""
    left, right = max(-para.props.left, 0), max(-para.props.right, 0)
    below: float = left + right
    if into_margins and para.cell is not None:
        margins = cell_margins(para.cell, letter.doc.styles)
        below -= min(left, margins[0]) + min(right, margins[1])
    return text_area(para, letter.doc.styles) - below


def printed_width(line: Line, size: float | None = None) -> float:
    """The width (twips) a line prints: Times New Roman's widths with each run's characters
    set closer or wider (``line_width``: ``w:spacing``, twips a character) and scaled
    (``w:w``), as clerks condense a Quốc hiệu to hold it on one line, italic letters as
    italic; in ``size`` points when given."""
    runs = [Run(r.el, r.text, replace(r.props, size=size or r.props.size)) for r in line.runs]
    total = line_width(Line(line.para, runs))
    for run in runs:
        text = re.sub(r"\s+", " ", run.text)
        upright = text_width(text, run.props.size, run.props.bold)
        if run.props.italic:  # a date line: Times New Roman's italic letters, a little wider
            total += text_width(text, run.props.size, run.props.bold, True) - upright
        scale = _scale(run.el)
        if scale != 100:
            total += upright * (scale - 100) / 100
    return total


def _scale(run: etree._Element) -> int:
    found = run.find("w:rPr/w:w", NS)
    return int(number(found.get(w("val")), 100)) if found is not None else 100


def mm_to_twips(value: float) -> float:
    """Millimetres in twips.

    >>> round(mm_to_twips(3))
    170
    """
    return value * 1440 / 25.4


def resized(line: Line, lo: float, hi: float) -> Line:
    """``line`` with each run's size brought into ``lo``-``hi`` points, as --fix sets it."""
    return Line(line.para, [Run(r.el, r.text, replace(r.props, size=min(max(r.props.size, lo),
                                                                        hi)))
                            for r in line.runs])

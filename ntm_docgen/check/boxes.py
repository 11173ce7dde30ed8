"""Boxed marks (ô 10b KHẨN, ô 11 XEM XONG TRẢ LẠI): the box found and measured as drawn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from ntm_docgen.check.common import how_said, num, where
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import (
    cell_width,
    enclosing_box,
    line_width,
    mm,
    shapes_in,
    text_area,
)
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.props import NS, number, w
from ntm_docgen.i18n import _

if TYPE_CHECKING:
    from ntm_docgen.check.elements import Letter

_SIDES = {"top", "left", "bottom", "right"}


@dataclass(frozen=True)
class Box:
    """A box around a mark: width and height in twips, and how it is drawn."""

    width: float
    height: float
    how: str


def _line_height(line: Line) -> float:
    """One line of the mark's text in twips (single spacing, Times New Roman)."""
    size = max((r.props.size for r in line.runs), default=13)
    return size * 20 * rules()["boxes"]["line_height_em"]


def _only_mark(paras: list[Para], line: Line) -> bool:
    return all(not p.clean or p.clean == line.clean for p in paras)


def _run_border(line: Line, letter: Letter) -> etree._Element | None:
    for run in line.runs:
        for level in letter.doc.styles.run_levels(run.el, line.para.el):
            bdr = level.find("w:bdr", NS)
            if bdr is not None:
                return bdr if bdr.get(w("val"), "nil") not in ("nil", "none") else None
    return None


def _edge(el: etree._Element | None) -> tuple[float, float]:
    """Border width and spacing of a border element, in twips."""
    if el is None:
        return 0.0, 0.0
    return number(el.get(w("sz")), 4) * 20 / 8, number(el.get(w("space"))) * 20


def _cell_boxed(cell: etree._Element) -> bool:
    tbl = next(cell.iterancestors(w("tbl")))
    found: set[str] = set()
    for level in (cell.find("w:tcPr/w:tcBorders", NS), tbl.find("w:tblPr/w:tblBorders", NS)):
        if level is None:
            continue
        for side in _SIDES - found:
            edge = level.find(f"w:{side}", NS)
            if edge is not None:
                found.add(side)
                if edge.get(w("val"), "nil") in ("nil", "none"):
                    return False
    return found == _SIDES


def box_around(letter: Letter, line: Line) -> Box | None:
    """The box drawn around a one-line mark, or None: a text box holding only the mark, a
    character border, a four-sided paragraph border, a bordered table cell holding only the mark,
    or a rectangle anchored next to the mark or in its cell."""
    para = line.para
    paras = letter.doc.paras
    if para.container == "textbox":
        inner = [p for p in paras if p.container == "textbox" and
                 next(p.el.iterancestors("{*}txbxContent")) is
                 next(para.el.iterancestors("{*}txbxContent"))]
        box = enclosing_box(para)
        if box is not None and _only_mark(inner, line):
            return Box(box.width, box.height, "text box")
    bdr = _run_border(line, letter)
    if bdr is not None:
        size, space = _edge(bdr)
        return Box(line_width(line) + 2 * (size + space), _line_height(line) + 2 * size,
                   "character border")
    if para.props.borders >= _SIDES:
        pbdr = next((lv.find("w:pBdr", NS) for lv in letter.doc.styles.para_levels(para.el)
                     if lv.find("w:pBdr", NS) is not None), None)
        edges = {s: _edge(pbdr.find(f"w:{s}", NS) if pbdr is not None else None) for s in _SIDES}
        width = text_area(para, letter.doc.styles) + sum(edges[s][0] + edges[s][1]
                                                         for s in ("left", "right"))
        height = _line_height(line) + sum(edges[s][0] + edges[s][1] for s in ("top", "bottom"))
        return Box(width, height, "paragraph border")
    if para.cell is not None and _cell_boxed(para.cell) and \
            _only_mark([p for p in paras if p.cell is para.cell], line):
        row = para.cell.getparent().find("w:trPr/w:trHeight", NS)
        height = max(number(row.get(w("val"))) if row is not None else 0, _line_height(line))
        return Box(cell_width(para.cell), height, "table cell")
    near = paras[max(para.index - 1, 0):para.index + 2]
    if para.cell is not None:
        near += [p for p in paras if p.cell is para.cell and p not in near]
    rects = [s for p in near for s in shapes_in(p.el) if s.kind == "box" and s.height > 0
             and s.width >= line_width(line)]
    if rects:
        best = min(rects, key=lambda s: s.width)
        return Box(best.width, best.height, "rectangle")
    return None


def check_boxes(letter: Letter, key: str, lines: list[Line]) -> list[Finding]:
    """Each mark of ``key`` (``do_khan``, ``pham_vi``) is boxed, at the decree's size if it
    gives one (``boxes`` in check_rules.yaml)."""
    data = rules()["boxes"]
    sizes, tol = data.get(key) or {}, data["tolerance_mm"]
    out: list[Finding] = []
    for line in lines:
        size = sizes.get(line.clean)
        wanted = f"{num(size[0])} × {num(size[1])} mm (±{num(tol)} mm)" if size else \
            _("a single-line box")
        box = box_around(letter, line)
        if box is None:
            out.append(Finding(f"{key}.box", where(line.para), short(line.clean),
                               _("not boxed"), _("{mark} in a box: {size}").format(
                                   mark=line.clean, size=wanted), anchor=line.para.el,
                               note=_('"{mark}" is not in a box; draw a box around it ({size})')
                               .format(mark=line.clean, size=f"{num(size[0])} × {num(size[1])} "
                                       f"mm (±{num(tol)} mm)" if size else _("one line high"))))
            continue
        if size is None:
            continue
        got = (mm(box.width), mm(box.height))
        if all(abs(g - s) <= tol for g, s in zip(got, size, strict=True)):
            continue
        out.append(Finding(f"{key}.box", where(line.para), short(line.clean),
                           _("a box of {width} × {height} mm ({how})").format(
                               width=num(got[0]), height=num(got[1]), how=how_said(box.how)),
                           _("{mark} in a box of {size}").format(mark=line.clean, size=wanted),
                           anchor=line.para.el,
                           note=_('the box around "{mark}" is {width} × {height} mm; make it '
                                  '{size}').format(
                               mark=line.clean, width=num(got[0]), height=num(got[1]),
                               size=f"{num(size[0])} × {num(size[1])} mm (±{num(tol)} mm)")))
    return out

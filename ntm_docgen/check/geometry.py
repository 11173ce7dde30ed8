"""Sizes on the page as a reader sees them: text widths, cells, line shapes and boxes (twips)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.props import NS, RunProps, Styles, number, w
from ntm_docgen.letter.context import text_width

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
VML = "urn:schemas-microsoft-com:vml"
EMU_PER_TWIP = 635
TWIPS_PER_MM = 1440 / 25.4
#: Twips per VML/CSS unit; a bare number in VML is a pixel (1/96 inch).
_UNITS = {"pt": 20, "in": 1440, "cm": 1440 / 2.54, "mm": 1440 / 25.4, "px": 15, "pc": 240,
          "emu": 1 / EMU_PER_TWIP, "": 15}
_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*([a-z]*)\s*$")
_NS_GROUP = {**NS, "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
             "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}
_NEXT_SECTION = etree.XPath("following::w:sectPr[1]", namespaces=NS)
_GEOMS = etree.XPath(".//a:prstGeom/@prst", namespaces=NS)
_CONNECTOR = etree.XPath(".//*[local-name()='cNvCnPr']")
_TEXT_BOX = etree.XPath(".//*[local-name()='txbx']")
DEFAULT_CELL_MARGIN = 108  # Word's "Normal Table" style: 0.19 cm left and right
A4_TEXT = 11906 - 2 * 1440  # a section without pgSz/pgMar: Word's 1-inch margins


def mm(twips: float) -> float:
    """Twips to millimetres, to a tenth.

    >>> mm(3175), mm(1134)
    (56.0, 20.0)
    """
    return round(twips / TWIPS_PER_MM, 1)


def vml_length(value: str | None) -> float:
    """A VML/CSS length in twips (``100pt``, ``2cm``, ``96`` pixels); 0 when unreadable.

    >>> vml_length("100pt"), vml_length("2.54cm"), vml_length("96"), vml_length("x")
    (2000.0, 1440.0, 1440.0, 0.0)
    """
    match = _LENGTH.match(value or "")
    if match is None or match[2] not in _UNITS:
        return 0.0
    return round(float(match[1]) * _UNITS[match[2]], 3)


def _point(value: str | None) -> tuple[float, float]:
    """A VML point (``"10pt,2pt"``) in twips; missing parts are 0.

    >>> _point("10pt,2pt"), _point("5pt"), _point(None)
    ((200.0, 40.0), (100.0, 0.0), (0.0, 0.0))
    """
    parts = [vml_length(v) for v in (value or "").split(",")[:2]]
    parts += [0.0] * (2 - len(parts))
    return parts[0], parts[1]


def _style_size(el: etree._Element) -> tuple[float, float]:
    """Width and height from a VML ``style`` attribute."""
    fields = dict(part.split(":", 1) for part in (el.get("style") or "").split(";")
                  if ":" in part)
    return (abs(vml_length(fields.get("width", "").strip())),
            abs(vml_length(fields.get("height", "").strip())))


@dataclass(frozen=True)
class Shape:
    """A drawn shape: ``line`` or ``box`` (a rectangle or text box), its extent in twips."""

    kind: str
    width: float
    height: float

    @property
    def horizontal(self) -> bool:
        """A line lying flat (at most 1 mm of rise over its length), as a rule is drawn."""
        return self.kind == "line" and self.width > 0 and self.height <= TWIPS_PER_MM


def _fallback(el: etree._Element) -> bool:
    return any(a.tag == MC_FALLBACK for a in el.iterancestors())


def _group_shapes(group: etree._Element) -> list[Shape]:
    """The lines and boxes of a DrawingML group, scaled from its child coordinates."""
    ext = group.find("wpg:grpSpPr/a:xfrm/a:ext", _NS_GROUP)
    child = group.find("wpg:grpSpPr/a:xfrm/a:chExt", _NS_GROUP)
    sx = number(ext.get("cx")) / (number(child.get("cx")) or 1) if ext is not None and \
        child is not None else 1
    sy = number(ext.get("cy")) / (number(child.get("cy")) or 1) if ext is not None and \
        child is not None else 1
    out = []
    for wsp in group.iterfind("wps:wsp", _NS_GROUP):
        kind, size = _drawing_kind(wsp), wsp.find("wps:spPr/a:xfrm/a:ext", _NS_GROUP)
        if kind is not None and size is not None:
            out.append(Shape(kind, number(size.get("cx")) * sx / EMU_PER_TWIP,
                             number(size.get("cy")) * sy / EMU_PER_TWIP))
    return out


def _drawing_kind(anchor: etree._Element) -> str | None:
    geoms = [str(g) for g in _GEOMS(anchor)]
    if _CONNECTOR(anchor) or \
            any(g.startswith("line") or "Connector" in g for g in geoms):
        return "line"
    if _TEXT_BOX(anchor) or \
            any(g in ("rect", "roundRect", "flowChartProcess") for g in geoms):
        return "box"
    return None  # pictures, charts, groups of several shapes


def _vml_shape(el: etree._Element) -> Shape | None:
    tag = etree.QName(el).localname
    if tag == "line":
        (x1, y1), (x2, y2) = _point(el.get("from")), _point(el.get("to"))
        return Shape("line", abs(x2 - x1), abs(y2 - y1))
    if tag == "shape" and "_x0000_t32" in (el.get("type") or ""):
        return Shape("line", *_style_size(el))
    if tag in ("rect", "roundrect") or (tag == "shape" and el.find(f"{{{VML}}}textbox")
                                         is not None):
        return Shape("box", *_style_size(el))
    return None


def shapes_in(p: etree._Element) -> list[Shape]:
    """The lines and boxes anchored in paragraph ``p`` itself (fallback copies left out)."""
    out: list[Shape] = []
    for anchor in p.iter(f"{{{WP}}}anchor", f"{{{WP}}}inline"):
        if _fallback(anchor) or next(anchor.iterancestors(w("p"))) is not p:
            continue
        group = anchor.find(".//wpg:wgp", _NS_GROUP)
        if group is not None:
            out += _group_shapes(group)
            continue
        kind = _drawing_kind(anchor)
        extent = anchor.find(f"{{{WP}}}extent")
        if kind is not None and extent is not None:
            out.append(Shape(kind, number(extent.get("cx")) / EMU_PER_TWIP,
                             number(extent.get("cy")) / EMU_PER_TWIP))
    for el in p.iter(f"{{{VML}}}line", f"{{{VML}}}shape", f"{{{VML}}}rect",
                     f"{{{VML}}}roundrect"):
        if _fallback(el) or next(el.iterancestors(w("p"))) is not p:
            continue
        if any(a.tag in (f"{{{VML}}}group", f"{{{VML}}}shape") for a in el.iterancestors()):
            continue
        shape = _vml_shape(el)
        if shape is not None:
            out.append(shape)
    return out


def enclosing_box(para: Para) -> Shape | None:
    """The extent of the text box that holds ``para`` (DrawingML or VML), or None."""
    for a in para.el.iterancestors():
        if a.tag in (f"{{{WP}}}anchor", f"{{{WP}}}inline"):
            extent = a.find(f"{{{WP}}}extent")
            if extent is not None:
                return Shape("box", number(extent.get("cx")) / EMU_PER_TWIP,
                             number(extent.get("cy")) / EMU_PER_TWIP)
        if a.tag in (f"{{{VML}}}shape", f"{{{VML}}}rect", f"{{{VML}}}roundrect"):
            return Shape("box", *_style_size(a))
    return None


def cell_width(tc: etree._Element) -> float:
    """The width of a table cell: its ``tcW`` in twips, or in fiftieths of a per cent of a
    table whose width is known (a Quốc hiệu's cell of 59.7 % of a table of 98.8 % of the text
    prints 90.6 mm wide in Word and LibreOffice, where its grid column says 96.7 mm), else its
    columns of the table grid."""
    tcw = tc.find("w:tcPr/w:tcW", NS)
    tbl = next(tc.iterancestors(w("tbl")), None)
    if tcw is not None and tcw.get(w("type"), "dxa") == "dxa" and number(tcw.get(w("w"))) > 0:
        return number(tcw.get(w("w")))
    if tbl is None:
        return 0
    share = _fraction(tcw)
    whole = _table_width(tbl)
    if share and whole:
        return share * whole
    grid = [number(c.get(w("w"))) for c in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
    row = tc.getparent()
    before = row.find("w:trPr/w:gridBefore", NS)
    start = int(number(before.get(w("val")))) if before is not None else 0
    for cell in row.iterfind("w:tc", NS):
        span = cell.find("w:tcPr/w:gridSpan", NS)
        width = int(number(span.get(w("val")), 1)) if span is not None else 1
        if cell is tc:
            return sum(grid[start:start + width])
        start += width
    return 0


def _fraction(width: etree._Element | None) -> float:
    """A ``tcW`` or ``tblW`` of type pct as a fraction: "2986" (fiftieths of a per cent) or
    "59.7%"; 0 when it is of another type or none."""
    if width is None or width.get(w("type")) != "pct":
        return 0.0
    value = width.get(w("w"), "")
    if value.endswith("%"):
        return number(value[:-1]) / 100
    return number(value) / 5000


def _table_width(tbl: etree._Element) -> float:
    """The width (twips) a table's ``tblW`` gives it, in twips or as a share of its section's
    text; 0 when it leaves the width to its columns (auto, none)."""
    width = tbl.find("w:tblPr/w:tblW", NS)
    if width is not None and width.get(w("type")) == "dxa":
        return number(width.get(w("w")))
    return _fraction(width) * section_width(tbl)


def cell_margins(tc: etree._Element, styles: Styles) -> tuple[float, float]:
    """Left and right margins inside a cell: its own, its table's, its table style's."""
    tbl = next(tc.iterancestors(w("tbl")), None)
    levels = [tc.find("w:tcPr/w:tcMar", NS)]
    if tbl is not None:
        levels.append(tbl.find("w:tblPr/w:tblCellMar", NS))
        style = tbl.find("w:tblPr/w:tblStyle", NS)
        chain = styles.chain(style.get(w("val")) if style is not None else None)
        chain += [s for s in styles.by_id.values() if s.get(w("type")) == "table"
                  and s.get(w("default")) in ("1", "true", "on")]
        levels += [s.find("w:tblPr/w:tblCellMar", NS) for s in chain]
    out = []
    for sides in (("left", "start"), ("right", "end")):
        value = None
        for level in (lv for lv in levels if lv is not None):
            side = next((level.find(f"w:{s}", NS) for s in sides
                         if level.find(f"w:{s}", NS) is not None), None)
            if side is not None:
                value = number(side.get(w("w")))
                break
        out.append(DEFAULT_CELL_MARGIN if value is None else value)
    return out[0], out[1]


def section_width(p: etree._Element) -> float:
    """The text width of the section a body paragraph belongs to."""
    sect = p.find("w:pPr/w:sectPr", NS)
    if sect is None:
        following = _NEXT_SECTION(p)
        sect = following[0] if following else None
    size = sect.find("w:pgSz", NS) if sect is not None else None
    margins = sect.find("w:pgMar", NS) if sect is not None else None
    if size is None or margins is None:
        return A4_TEXT
    return number(size.get(w("w"))) - abs(number(margins.get(w("left")))) - \
        abs(number(margins.get(w("right"))))


def text_area(para: Para, styles: Styles) -> float:
    """The width a paragraph's text is laid out in: its cell or section, less its indents."""
    if para.cell is not None:
        left, right = cell_margins(para.cell, styles)
        base = cell_width(para.cell) - left - right
    elif para.container == "textbox":
        box = enclosing_box(para)
        base = box.width if box is not None else section_width(para.el)
    else:
        base = section_width(para.el)
    return base - para.props.left - para.props.right


def line_width(line: Line) -> float:
    """The printed width of a line of text (Times New Roman metrics, each run's size and bold),
    spaces typed before and after it and runs of spaces inside it not counted: a line centred
    with spaces prints as wide as its words."""
    texts = [re.sub(r"\s+", " ", r.text) for r in line.runs]
    if texts:
        texts[0], texts[-1] = texts[0].lstrip(), texts[-1].rstrip()
        if len(texts) == 1:
            texts[0] = texts[0].strip()
    return sum(run_width(t, r.props) for t, r in zip(texts, line.runs, strict=True))


def run_width(text: str, props: RunProps) -> float:
    """The printed width of ``text`` in twips in a run of ``props``: its letters' widths and
    the spacing added after each (a Tiêu ngữ condensed by 0.3 pt prints 2.9 mm narrower)."""
    return text_width(text, props.size, props.bold) + len(text) * props.spacing

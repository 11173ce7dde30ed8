"""Where drawn lines print: each flat shape with the paragraph it hangs on and its offsets.

Word users draw the rule under the Tiêu ngữ or the issuer as a floating line (DrawingML
``wp:anchor``, VML ``v:line``), often anchored in the *next* paragraph (the "Số:" of the next
row) with a small vertical offset, or as a freeform or connector inside an inline group. A line is
judged where it prints: its anchor paragraph, its vertical offset from that paragraph's top, its
horizontal place in the column, and its extent after the group transforms.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ntm_docgen.check.geometry import (
    EMU_PER_TWIP,
    TWIPS_PER_MM,
    VML,
    WP,
    _point,
    _style_size,
)
from ntm_docgen.check.props import number, w

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NS_GROUP = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
#: a shape no taller than this prints as a line, whatever its geometry (freeform, rectangle)
FLAT = TWIPS_PER_MM * 1.5
#: shorter than this is a stray mark, not a rule
SHORT = TWIPS_PER_MM * 3


@dataclass(frozen=True)
class DrawnLine:
    """A flat line as it prints: its length, the paragraph it hangs on, its offsets (twips).

    ``dy`` is from the top of the anchor paragraph (None when relative to the page or margin);
    ``x`` the left end from the column's left edge (None when relative to the page or margin).
    """

    length: float
    para: etree._Element
    dy: float | None
    x: float | None
    how: str


def _skipped(el: etree._Element) -> bool:
    return any(a.tag == _FALLBACK for a in el.iterancestors())


#: colours a line may be drawn in that paper does not show
_PAPER = ("ffffff", "white", "window", "bg1", "lt1")


def _drawing_inked(anchor: etree._Element) -> bool:
    """False when a DrawingML shape surely prints nothing: hidden, or its outline set to none
    or to the paper's colour and its area (a flat rectangle's) not filled; an outline or fill
    the shape does not set is its style's, and prints."""
    docpr = anchor.find(f"{{{WP}}}docPr")
    if docpr is not None and docpr.get("hidden") in ("1", "true"):
        return False
    for sp in anchor.iter("{*}spPr"):
        if _shown(sp.find("{*}ln"), styled=True) or _shown(sp, styled=_filled_by_style(sp)):
            return True
    return False


def _shown(parent: etree._Element | None, styled: bool) -> bool:
    """True when ``parent`` (an outline, or a shape's properties for its fill) paints in a
    colour paper shows; ``styled``: what it paints when it says nothing (its style's)."""
    if parent is None:
        return styled
    if parent.find("{*}noFill") is not None:
        return False
    fill = parent.find("{*}solidFill")
    if fill is not None:
        colour = next(iter(fill), None)
        return colour is None or (colour.get("val") or "").lower() not in _PAPER
    return styled or any(parent.find(f"{{*}}{kind}") is not None
                         for kind in ("gradFill", "pattFill", "blipFill"))


def _filled_by_style(sp: etree._Element) -> bool:
    """True when a shape's style fills it: a closed shape with a fill reference of its own."""
    geom = sp.find("{*}prstGeom")
    if geom is not None and (geom.get("prst", "").startswith("line")
                             or "Connector" in geom.get("prst", "")):
        return False
    ref = sp.getparent().find("{*}style/{*}fillRef")
    return ref is not None and ref.get("idx", "0") != "0"


def _vml_inked(el: etree._Element) -> bool:
    """False when a VML shape surely prints nothing: its stroke off or in the paper's colour,
    and no fill of another colour (a VML shape is filled white unless told)."""
    stroke = el.find(f"{{{VML}}}stroke")
    off = (el.get("stroked") or "t").lower() in ("f", "false") or (
        stroke is not None and (stroke.get("on") or "t").lower() in ("f", "false"))
    colour = (el.get("strokecolor") or (stroke.get("color") if stroke is not None else None)
              or "black").split()[0].lower().lstrip("#")
    if not off and colour not in _PAPER:
        return True
    filled = (el.get("filled") or "t").lower() not in ("f", "false")
    fill = (el.get("fillcolor") or "white").split()[0].lower().lstrip("#")
    return etree.QName(el).localname != "line" and filled and fill not in _PAPER


def _offset(anchor: etree._Element, axis: str, near: tuple[str, ...]) -> float | None:
    pos = anchor.find(f"{{{WP}}}position{axis}")
    if pos is None:
        return 0.0
    if pos.get("relativeFrom") not in near:
        return None
    offset = pos.find(f"{{{WP}}}posOffset")
    return number(offset.text if offset is not None else None) / EMU_PER_TWIP


def _group_extents(group: etree._Element) -> list[tuple[float, float]]:
    """Width and height (twips) of each shape of a DrawingML group, through its transform."""
    xfrm = group.find(f"{{{_NS_GROUP}}}grpSpPr/{{*}}xfrm")
    sx = sy = 1.0
    if xfrm is not None and xfrm.find("{*}ext") is not None and xfrm.find("{*}chExt") is not None:
        ext, child = xfrm.find("{*}ext"), xfrm.find("{*}chExt")
        sx = number(ext.get("cx")) / (number(child.get("cx")) or 1)
        sy = number(ext.get("cy")) / (number(child.get("cy")) or 1)
    out = []
    for shape in group.iter("{*}wsp"):
        size = shape.find("{*}spPr/{*}xfrm/{*}ext")
        if size is not None and shape.find(".//{*}txbx") is None:
            out.append((number(size.get("cx")) * sx / EMU_PER_TWIP,
                        number(size.get("cy")) * sy / EMU_PER_TWIP))
    return out


def _drawing_lines(p: etree._Element) -> list[DrawnLine]:
    out: list[DrawnLine] = []
    for anchor in p.iter(f"{{{WP}}}anchor", f"{{{WP}}}inline"):
        if _skipped(anchor) or next(anchor.iterancestors(w("p"))) is not p \
                or not _drawing_inked(anchor):
            continue
        floating = anchor.tag == f"{{{WP}}}anchor"
        dy = _offset(anchor, "V", ("paragraph", "line")) if floating else 0.0
        x = _offset(anchor, "H", ("column", "character")) if floating else None
        group = anchor.find(f".//{{{_NS_GROUP}}}wgp")
        if group is not None:
            shapes = _group_extents(group)
            how = "group shape"
        else:
            extent = anchor.find(f"{{{WP}}}extent")
            if extent is None or anchor.find(".//{*}txbx") is not None \
                    or anchor.find(".//{*}pic") is not None:
                continue
            shapes = [(number(extent.get("cx")) / EMU_PER_TWIP,
                       number(extent.get("cy")) / EMU_PER_TWIP)]
            how = "line shape" if floating else "inline shape"
        out += [DrawnLine(width, p, dy, x, how) for width, height in shapes
                if height <= FLAT and width >= SHORT]
    return out


def _vml_lines(p: etree._Element) -> list[DrawnLine]:
    out: list[DrawnLine] = []
    for el in p.iter(f"{{{VML}}}line", f"{{{VML}}}shape", f"{{{VML}}}rect"):
        if _skipped(el) or next(el.iterancestors(w("p"))) is not p:
            continue
        if any(a.tag in (f"{{{VML}}}group", f"{{{VML}}}shape") for a in el.iterancestors()):
            continue
        if el.find(f"{{{VML}}}textbox") is not None or not _vml_inked(el):
            continue
        if etree.QName(el).localname == "line":
            (x1, y1), (x2, y2) = _point(el.get("from")), _point(el.get("to"))
            width, height = abs(x2 - x1), abs(y2 - y1)
        else:
            width, height = _style_size(el)
        style = el.get("style") or ""
        dy = None if "mso-position-vertical-relative:page" in style or \
            "mso-position-vertical-relative:margin" in style else 0.0
        if height <= FLAT and width >= SHORT:
            out.append(DrawnLine(width, p, dy, None, "VML line"))
    return out


def lines_in(p: etree._Element) -> list[DrawnLine]:
    """Every flat line anchored in paragraph ``p`` (fallback copies left out)."""
    return [*_drawing_lines(p), *_vml_lines(p)]

"""A header or a signature laid out in a table whose borders print: the decree's forms set the
header's two columns and the signature beside the Nơi nhận with no frame (Phụ lục I), and a
clerk who inserts a table in Word gets the "Table Grid" style, ruled all round, unless she sets
"No Border". Told, and fixed by turning the table's borders off (the text is left alone)."""

from __future__ import annotations

from functools import partial

from lxml import etree

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding
from ntm_docgen.check.paras import Line
from ntm_docgen.check.props import w
from ntm_docgen.i18n import _

#: The table's outer sides (Word 2007's and the strict names) and its inner rules.
SIDES = ("top", "bottom", "left", "right", "start", "end", "insideH", "insideV")
_OFF = {"nil", "none"}
#: What stands before ``w:tblBorders`` in a table's properties (CT_TblPr's order).
_BEFORE_BORDERS = {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                   "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd"}


#: What is said of each part's table.
_NOTES = {
    "dau": lambda: _("the header is set in a table whose borders print, a frame round each "
                     "cell; the decree's forms have none: select the table, then Borders > "
                     "No Border (Viền > Không Viền in Vietnamese Word)"),
    "chu_ky": lambda: _("the signature and the Nơi nhận are set in a table whose borders "
                        "print, a frame round each cell; the decree's forms have none: select "
                        "the table, then Borders > No Border (Viền > Không Viền in Vietnamese "
                        "Word)"),
}


def check_frames(letter: Letter) -> list[Finding]:
    """One finding for each table holding the header or the signature whose borders print
    round its cells (left, right and between the columns)."""
    parts = {"dau": [*letter.chu_quan, *letter.co_quan, letter.quoc_hieu, letter.tieu_ngu,
                         letter.so, letter.ngay],
             "chu_ky": [*letter.quyen_han, *letter.chuc_vu, letter.ho_ten, letter.noi_nhan]}
    styles = letter.doc.doc.styles.element
    out: list[Finding] = []
    seen: set[int] = set()
    for part, lines in parts.items():
        for line in lines:
            table = _table_of(line) if line is not None else None
            if line is None or table is None or id(table) in seen:
                continue
            seen.add(id(table))
            if not _framed_cells(table, _borders(table, styles)):
                continue
            out.append(Finding(
                f"khung.{part}", where(line.para), line.clean,
                _("a table whose borders print round its cells"),
                _("no frame: the table's borders off"), fix=partial(_unframe, table, styles),
                anchor=line.para.el,
                note=_NOTES[part]()))
    return out


def _table_of(line: Line) -> etree._Element | None:
    if line.para.container != "table":
        return None
    return next(line.para.el.iterancestors(w("tbl")), None)


def _borders(table: etree._Element, styles: etree._Element) -> dict[str, bool]:
    """Which sides print: the table style's borders (and the styles it is based on), each
    side given on the table itself in its place."""
    shown: dict[str, bool] = {}
    style = table.find(f"{w('tblPr')}/{w('tblStyle')}")
    chain: list[etree._Element] = []
    name = style.get(w("val")) if style is not None else None
    while name and len(chain) < 10:
        found = next((s for s in styles.iter(w("style")) if s.get(w("styleId")) == name), None)
        if found is None:
            break
        chain.append(found)
        based = found.find(w("basedOn"))
        name = based.get(w("val")) if based is not None else None
    for element in [*reversed(chain), table]:
        borders = element.find(f"{w('tblPr')}/{w('tblBorders')}")
        for side in borders if borders is not None else ():
            local = etree.QName(side).localname
            if local in SIDES:
                shown[local] = side.get(w("val")) not in _OFF
    return shown


def _edges(cell: etree._Element, col: int, last: int, shown: dict[str, bool]) -> bool:
    """Whether both upright edges of a cell print: its own borders (w:tcBorders, as Word
    writes them for cells chosen and given No Border), else the table's at that place."""
    own = cell.find(f"{w('tcPr')}/{w('tcBorders')}")
    sides = {etree.QName(x).localname: x.get(w("val")) not in _OFF
             for x in (own if own is not None else ())}
    left = sides.get("left", sides.get("start", shown.get("left" if col == 0 else "insideV",
                                                           False)))
    right = sides.get("right", sides.get("end", shown.get("right" if col == last else
                                                          "insideV", False)))
    return bool(left and right)


def _framed_cells(table: etree._Element, shown: dict[str, bool]) -> list[etree._Element]:
    """The cells with both upright edges printing, when they are half the table's or more
    (a frame round its cells); else none."""
    rows = [row.findall(w("tc")) for row in table.iter(w("tr"))]
    framed = [cell for cells in rows for col, cell in enumerate(cells)
              if _edges(cell, col, len(cells) - 1, shown)]
    return framed if 2 * len(framed) >= sum(map(len, rows)) > 0 else []


def _unframe(table: etree._Element, styles: etree._Element) -> None:
    """The table's borders set off on the table itself, whatever its style says, and the
    borders of the cells framed by their own (a cell with a rule under it alone keeps it)."""
    for cell in _framed_cells(table, _borders(table, styles)):
        own = cell.find(f"{w('tcPr')}/{w('tcBorders')}")
        if own is not None:
            for side in own:
                side.set(w("val"), "nil")
    props = table.find(w("tblPr"))
    if props is None:
        props = etree.Element(w("tblPr"))
        table.insert(0, props)
    borders = props.find(w("tblBorders"))
    if borders is None:  # in its place among the table's properties (the schema's order)
        borders = etree.Element(w("tblBorders"))
        before = [c for c in props if etree.QName(c).localname in _BEFORE_BORDERS]
        props.insert(props.index(before[-1]) + 1 if before else 0, borders)
    for side in list(borders):
        borders.remove(side)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, w(side)).set(w("val"), "nil")

"""Find the rules under the Tiêu ngữ, the issuer and the trích yếu as a document makes them: a
drawn line, typed underscores or hyphens, an underlined blank, a table cell's border."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from ntm_docgen.check.anchors import DrawnLine, lines_in
from ntm_docgen.check.geometry import (
    TWIPS_PER_MM,
    cell_width,
    line_width,
    text_area,
)
from ntm_docgen.check.paras import Line, Para, Run
from ntm_docgen.check.props import NS, Styles, w

if TYPE_CHECKING:
    from ntm_docgen.check.elements import Letter


@dataclass(frozen=True)
class Rule:
    """A drawn rule: its length in twips, how it is drawn, and the paragraph that draws it."""

    length: float
    how: str
    para: Para | None = None

    @property
    def resizable(self) -> bool:
        """A border of an empty paragraph: its indents can be set without moving any text."""
        return self.how == "paragraph border" and self.para is not None and not self.para.clean


def _container(para: Para) -> etree._Element | None:
    if para.cell is not None:
        return para.cell
    return next(para.el.iterancestors("{*}txbxContent"), None)


#: a line of typed characters that prints as a rule: underscores (solid) or hyphens (dashed)
TYPED_RULE = re.compile(r"^(?:_{4,}|[-–—─]{4,})$")


def typed_rule(text: str) -> bool:
    """True when a line is only characters typed to draw a rule.

    >>> typed_rule("________"), typed_rule("--------"), typed_rule("- Như trên;")
    (True, True, False)
    """
    return bool(TYPED_RULE.match(text.replace(" ", "")))


def _line_height(para: Para) -> float:
    size = max((r.props.size for r in para.runs), default=13)
    return size * 20 * 1.15


def _column_of(letter: Letter, para: Para) -> list[Para]:
    """The paragraphs printed under ``para`` in its column: the rest of its cell, then the cells
    below it (a rule hangs on the next row's "Số:"), then, under a table of one column (a
    title wrapped in a table), the body paragraphs after it; or the body paragraphs after it."""
    paras = letter.doc.paras
    if para.cell is None:
        return [p for p in paras[para.index + 1:para.index + 4] if p.cell is None]
    out: list[Para] = []
    cell: etree._Element | None = para.cell
    last = cell
    while cell is not None and len(out) < 8:
        out += [p for p in paras if p.cell is cell and p.index > para.index]
        last, cell = cell, _cell_below(cell)
    return out + _after_table(letter, last) if cell is None else out


def _after_table(letter: Letter, cell: etree._Element) -> list[Para]:
    """The body paragraphs right after the table of one column whose last row holds ``cell``
    (none after a table of several columns: the page's width is not the cell's)."""
    table = cell.getparent().getparent()
    if any(len(row.findall("w:tc", NS)) != 1 for row in table.findall("w:tr", NS)):
        return []
    by_el = {p.el: p for p in letter.doc.paras if p.cell is None}
    out: list[Para] = []
    nxt = table.getnext()
    while nxt is not None and nxt.tag == w("p") and len(out) < 3:
        if nxt in by_el:
            out.append(by_el[nxt])
        nxt = nxt.getnext()
    return out


def printed_lower(drawn: DrawnLine, para: Para) -> bool:
    """True when a line anchored in ``para`` prints under the paragraph after it (its offset
    from the anchor's top is more than one and a half lines): a rule hung on the first line of
    a trích yếu wrapped over two paragraphs."""
    return drawn.dy is not None and drawn.dy > 1.5 * _line_height(para)


def _drawn(letter: Letter, para: Para) -> list[Rule]:
    """The drawn lines that print under ``para``'s text, matched by where they print."""
    out: list[Rule] = []
    height = _line_height(para)
    width = cell_width(para.cell) if para.cell is not None else None
    for drawn in lines_in(para.el):
        if drawn.dy is None or drawn.dy >= 0.5 * height:
            out.append(Rule(drawn.length, drawn.how))
    above = letter.doc.paras[para.index - 1] if para.index else None
    if above is not None and above.clean and _container(above) is _container(para):
        out += [Rule(d.length, d.how) for d in lines_in(above.el) if printed_lower(d, above)]
    for nxt in _column_of(letter, para):
        for drawn in lines_in(nxt.el):
            if drawn.dy is not None and drawn.dy > 1.2 * _line_height(nxt):
                continue  # hung on the paragraph below, printed lower down
            if drawn.x is not None and width is not None and \
                    not -5 * TWIPS_PER_MM <= drawn.x + drawn.length / 2 <= width + 5 * TWIPS_PER_MM:
                continue  # printed beside the column, not under it
            out.append(Rule(drawn.length, drawn.how))
        if nxt.clean and not typed_rule(nxt.clean):
            break
    return out


def _typed(letter: Letter, line: Line) -> list[Rule]:
    """A rule typed as characters: the next piece of the line's paragraph (after a line break),
    or the next paragraph printed under it in its column, holding only underscores or hyphens."""
    pieces = line.para.segments()
    after = [p for i, p in enumerate(pieces) if i and pieces[i - 1].clean == line.clean]
    if not after:
        below = next((p for p in _column_of(letter, line.para) if p.clean), None)
        column = _tab_column(line)
        after = below.segments()[column:column + 1] if below is not None else []
    if not after or not typed_rule(after[0].clean):
        return _underlined_blank(letter, line)
    how = "typed underscores" if "_" in after[0].clean else "typed hyphens"
    return [Rule(0, how)]  # its printed length depends on the face and spacing: not judged


def _tab_column(line: Line) -> int:
    """The column ``line`` is typed in when its paragraph is a header's row laid out by tabs
    ("ỦY BAN NHÂN DÂN<Tab>Độc lập - Tự do - Hạnh phúc"): its rule is typed in the same column
    of the row under it ("XÃ TÂN THÀNH<Tab>______"); 0 for a paragraph of one line."""
    if "\n" in "".join(r.shown for r in line.para.runs):
        return 0
    pieces = [p.clean for p in line.para.segments()]
    return pieces.index(line.clean) if line.clean in pieces else 0


def _underlined_blank(letter: Letter, line: Line) -> list[Rule]:
    """A rule drawn as an underline of nothing but spaces or a tab, in the empty paragraphs
    printed right under the line: its length depends on the spaces and tab stops, not judged."""
    styles = letter.doc.styles
    for para in _column_of(letter, line.para):
        if para.clean:
            break
        if any(r.text and not r.text.strip() and _underlined(r, para, styles)
               for r in para.runs):
            return [Rule(0, "underlined spaces")]
    return []


def rules_under(letter: Letter, line: Line, beside: bool = True) -> list[Rule]:
    """Every rule printed under ``line``: an underline of the whole line, a bottom border of its
    paragraph, a top or bottom border of an empty paragraph under it, a line shape printed under
    it (wherever it is anchored), typed underscores or hyphens, a cell border; and when none of
    these and ``beside``, a line drawn in the paragraphs around (a text box's line floats)."""
    para, paras, styles = line.para, letter.doc.paras, letter.doc.styles
    out: list[Rule] = []
    underlined = [r for r in line.runs if r.text.strip() and _underlined(r, para, styles)]
    if underlined and len(underlined) == len([r for r in line.runs if r.text.strip()]):
        out.append(Rule(line_width(line), "underline"))
    if "bottom" in para.props.borders:
        out.append(Rule(text_area(para, styles), "paragraph border", para))
    for nxt in paras[para.index + 1:para.index + 4]:
        if _container(nxt) is not _container(para):
            break
        if nxt.props.borders & {"top", "bottom"}:
            out.append(Rule(text_area(nxt, styles), "paragraph border", nxt))
        if nxt.clean:
            break
    if para.cell is not None:
        if _cell_border(para.cell, "bottom"):
            out.append(Rule(cell_width(para.cell), "cell border"))
        below = _cell_below(para.cell)
        if below is not None and _cell_border(below, "top"):
            out.append(Rule(cell_width(below), "cell border"))
    out += _typed(letter, line)
    out += _drawn(letter, para)
    if not out and beside and para.cell is None:  # a text box: its lines float beside it
        owned = {id(s.para) for s in [letter.tieu_ngu, *letter.co_quan] if s is not None}
        for p in paras[max(para.index - 3, 0):para.index + 4]:
            if p.cell is None:  # the Tiêu ngữ's or the issuer's own rule is not another's
                out += [Rule(d.length, d.how) for d in lines_in(p.el) if p is para or
                        id(p) not in owned or printed_lower(d, p)]
    return out


def _underlined(run: Run, para: Para, styles: Styles) -> bool:
    for level in styles.run_levels(run.el, para.el):
        u = level.find("w:u", NS)
        if u is not None:
            return u.get(w("val"), "single") not in ("none", "0", "false")
    return False


def _cell_border(cell: etree._Element, side: str) -> bool:
    border = cell.find(f"w:tcPr/w:tcBorders/w:{side}", NS)
    return border is not None and border.get(w("val"), "nil") not in ("nil", "none")


def _cell_below(cell: etree._Element) -> etree._Element | None:
    row = cell.getparent()
    col = [c for c in row if c.tag == w("tc")].index(cell)
    nxt = row.getnext()
    while nxt is not None and nxt.tag != w("tr"):
        nxt = nxt.getnext()
    if nxt is None:
        return None
    cells = [c for c in nxt if c.tag == w("tc")]
    return cells[col] if col < len(cells) else None

"""Mechanical repairs for `check --fix`: fonts, sizes, bold/italic, margins, paper, padding.

Each function changes the XML in place and never touches what the text says; the repairs of
the words themselves (Unicode, marks, capitals) are in ``fixes_text``.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.text.font import Font
from docx.text.parfmt import ParagraphFormat
from lxml import etree

from ntm_docgen.check.findings import rules
from ntm_docgen.check.geometry import TWIPS_PER_MM
from ntm_docgen.check.props import NS, number, w

FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def set_size(runs: Iterable[etree._Element], points: float) -> None:
    """Give each run the size ``points`` (both the Latin and the complex-script size)."""
    for r in _unique(runs):
        Font(r).size = Pt(points)
        size_cs = r.find("w:rPr/w:szCs", NS)
        if size_cs is not None:
            size_cs.set(w("val"), str(round(points * 2)))


def set_toggle(runs: Iterable[etree._Element], name: str, value: bool) -> None:
    """Set bold (``name="bold"``) or italic on each run, overriding its styles."""
    for r in _unique(runs):
        setattr(Font(r), name, value)


def set_fonts(roots: Iterable[etree._Element], font: str, drawn: str = "") -> None:
    """Put ``font`` in the four ``w:rFonts`` slots of every run, style and default under roots,
    but a run of signs the font does not draw (``signs_only``)."""
    for root in roots:
        for rpr in root.iter(w("rPr")):
            parent = rpr.getparent()
            text = "".join(t.text or "" for t in parent.iterfind("w:t", NS))
            if parent.tag == w("r") and signs_only(text, drawn, _own_faces(rpr)):
                continue
            if parent.tag in (w("rPrDefault"), w("style"), w("r"), w("pPr")):
                fonts = rpr.find("w:rFonts", NS)
                if fonts is None:
                    if rpr.getparent().tag != w("rPrDefault"):
                        continue
                    fonts = etree.SubElement(rpr, w("rFonts"))
                    rpr.insert(0, fonts)
                for slot in FONT_SLOTS:
                    fonts.set(w(slot), font)
                    fonts.attrib.pop(w(f"{slot}Theme"), None)
                fonts.attrib.pop(w("asciiTheme"), None)
                fonts.attrib.pop(w("hAnsiTheme"), None)
                fonts.attrib.pop(w("cstheme"), None)


def signs_only(text: str, drawn: str, faces: Iterable[str] = ()) -> bool:
    """True for text of nothing but signs Times New Roman does not draw: mathematical symbols
    none of them in ``drawn``, or the glyphs of a symbol face (Word's Insert > Symbol in
    Wingdings or Symbol keeps them at U+F000-U+F0FF: a check box, an arrow, "≈"), which set in
    Times New Roman print as empty boxes; or signs typed as letters in ``faces`` that are all
    faces of signs (``font_symbol_faces``): a check box typed "þ" or "o" in Wingdings is a box,
    not a letter. A word (two letters in a row) typed in such a face is text, and told.

    >>> signs_only("∛", "√≤"), signs_only(" √ ", "√≤"), signs_only("x = 2", "√≤")
    (True, False, False)
    >>> signs_only("\uf0fe", ""), signs_only(" \uf06f ", ""), signs_only("\uf06f Có", "")
    (True, True, False)
    >>> signs_only(" ", ""), signs_only(" þ", "", {"Wingdings"}), signs_only("o", "", {"Arial"})
    (False, True, False)
    >>> signs_only("¨ o", "", {"wingdings 2"}), signs_only("þ", "", {"Wingdings", "Arial"})
    (True, False)
    >>> signs_only("¨ Có", "", {"Wingdings"})
    False
    """
    marks = [c for c in text if not c.isspace()]
    if marks and symbol_faces(faces) and not _WORD.search(text):
        return True
    return bool(marks) and all((unicodedata.category(c) == "Sm" and c not in drawn)
                               or 0xF000 <= ord(c) <= 0xF0FF for c in marks)


#: Two letters in a row: a word, not signs typed as letters.
_WORD = re.compile(r"[^\W\d_]{2}")


def symbol_faces(faces: Iterable[str]) -> bool:
    """True when ``faces`` are some, and all of them faces of signs (Wingdings, Symbol ...)."""
    named = {face.strip().casefold() for face in faces if face}
    signs = {face.casefold() for face in rules()["page"]["font_symbol_faces"]}
    return bool(named) and named <= signs


def _own_faces(rpr: etree._Element) -> set[str]:
    """The faces a run's own properties draw its text with (the slots of ``font_slots``)."""
    fonts = rpr.find("w:rFonts", NS)
    slots = rules()["page"]["font_slots"]
    return {fonts.get(w(slot)) or "" for slot in slots} - {""} if fonts is not None else set()




def set_color_black(runs: Iterable[etree._Element]) -> None:
    """Make each run's text black: its own colour, or one set over its style's (a link's
    character style colours it blue)."""
    for r in _unique(runs):
        color = r.find("w:rPr/w:color", NS)
        if color is None:
            Font(r).color.rgb = RGBColor(0, 0, 0)
            continue
        color.set(w("val"), "000000")
        for attr in ("themeColor", "themeTint", "themeShade"):
            color.attrib.pop(w(attr), None)


def set_body_layout(paras: Iterable[etree._Element], rule: str) -> None:
    """Give body paragraphs the decree's layout for one rule: justified, first-line indent
    1.27 cm (from the margin, justified), 6 pt after, or single line spacing."""
    for p in _unique(paras):
        fmt = ParagraphFormat(p)
        if rule == "body.justify":
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif rule == "body.indent":
            _drop_leading_tabs(p)  # the indent does their work, wherever the stops lie
            fmt.first_line_indent = Cm(1.27)
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # a body paragraph, as the decree sets it
            if fmt.left_indent:  # a whole paragraph pushed right: its lines start at the margin
                fmt.left_indent = 0
        elif rule == "body.spacing":
            fmt.space_after = Pt(6)
        elif rule == "body.line":
            fmt.line_spacing = 1.0


def _drop_leading_tabs(p: etree._Element) -> None:
    """Remove the tabs that begin paragraph ``p`` (typed with the Tab key to indent it), up to
    the first thing that prints: text, a break, or a mark such as a bullet typed as a Symbol
    character (``w:sym``), whose tab parts it from its text and is kept."""
    for r in p.iter(w("r")):
        if next(r.iterancestors(w("p"))) is not p:
            continue  # a text box's own paragraph
        for child in list(r):
            if child.tag == w("tab"):
                r.remove(child)
            elif child.tag not in _UNPRINTED and not (
                    child.tag == w("t") and not (child.text or "").strip()):
                return


#: What a run may hold before its first tab that prints nothing.
_UNPRINTED = frozenset(w(tag) for tag in ("rPr", "lastRenderedPageBreak", "bookmarkStart",
                                          "bookmarkEnd", "proofErr"))


def centre(p: etree._Element) -> None:
    """Centre paragraph ``p`` in its column (a header element set to one side)."""
    ParagraphFormat(p).alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_paper(sect_pr: etree._Element, width: int, height: int) -> None:
    """Set the paper size of a section (twips)."""
    set_page(sect_pr, "pgSz", "w", width)
    set_page(sect_pr, "pgSz", "h", height)


def set_page(sect_pr: etree._Element, tag: str, attr: str, twips: int) -> None:
    """Set one attribute of ``w:pgSz`` or ``w:pgMar`` in a section."""
    element = sect_pr.find(f"w:{tag}", NS)
    if element is None:
        element = etree.SubElement(sect_pr, w(tag))
    element.set(w(attr), str(twips))


def fit_tables(sect_pr: etree._Element, was_left: float | None = None) -> None:
    """Narrow each table of a section that runs past the paper's edge at the decree's margins
    to the width of the text they leave: every width of its grid, cells and table in the same
    proportion, so the table keeps its shape and where it starts. A form laid in a table for
    margins of 20 and 5 mm ran off the paper when --fix set the decree's 30 and 15 mm. The
    header's table is left as it is: its Quốc hiệu fills its column, and it reaches into the
    margin as many do; so is a table that ran past the paper at the left margin it had
    (``was_left``, twips), which its program lays out by its own rules (a grid of 561 mm that
    Word fits to the page)."""
    size, margins = sect_pr.find("w:pgSz", NS), sect_pr.find("w:pgMar", NS)
    if size is None or margins is None:
        return
    # the margins --fix leaves on both sides: a table is fitted once, whichever side is set first
    final = {side: min(max(abs(number(margins.get(w(side)))), lo * TWIPS_PER_MM),
                       hi * TWIPS_PER_MM)
             for side, (lo, hi) in rules()["page"]["margins_mm"].items()}
    paper, left = number(size.get(w("w"))), final["left"]
    text = paper - left - final["right"]
    for tbl in _section_tables(sect_pr):
        if _header_table(tbl):
            continue  # narrowed, its Quốc hiệu would print on two lines, its rules move
        grid = tbl.findall("w:tblGrid/w:gridCol", NS)
        indent = tbl.find("w:tblPr/w:tblInd", NS)  # a table set out into the margin: < 0
        shift = number(indent.get(w("w"))) if indent is not None and \
            indent.get(w("type"), "dxa") == "dxa" else 0
        width = sum(number(g.get(w("w"))) for g in grid)
        before = left if was_left is None else was_left
        if text <= 0 or width <= 0 or left + shift + width <= paper or \
                before + shift + width > paper + 5 * TWIPS_PER_MM:
            continue
        factor = (text - max(shift, 0)) / width
        # a table inside a cell too: its grid and width with its cells, or it overflows them
        for el in [*tbl.iter(w("gridCol")), *tbl.iter(w("tcW")), *tbl.iter(w("tblW"))]:
            if el.get(w("type"), "dxa") == "dxa" and el.get(w("w")) is not None:
                el.set(w("w"), str(int(number(el.get(w("w"))) * factor)))


def _header_table(tbl: etree._Element) -> bool:
    """True for the header's table: the one that holds the Quốc hiệu, or that opens the letter
    (a Mặt trận's prints its own motto there)."""
    if "XÃ HỘI CHỦ NGHĨA" in "".join(t.text or "" for t in tbl.iter(w("t"))).upper():
        return True
    return not any((t.text or "").strip() for el in tbl.itersiblings(preceding=True)
                   for t in el.iter(w("t")))


def _section_tables(sect_pr: etree._Element) -> list[etree._Element]:
    """The tables of the body that a section's properties close: after the paragraph that
    ends the section before, up to this one's (the last section's are the body's own)."""
    parent = sect_pr.getparent()
    if parent is None:
        return []
    holder = parent if parent.tag == w("body") else parent.getparent()  # w:p of a w:pPr
    body = holder.getparent() if holder is not None and holder.tag == w("p") else holder
    if body is None or body.tag != w("body"):
        return []
    children = list(body)
    end = children.index(sect_pr) if parent is body else children.index(holder)
    ends = [i for i, el in enumerate(children[:end])
            if el.tag == w("p") and el.find("w:pPr/w:sectPr", NS) is not None]
    return [el for el in children[(ends[-1] + 1 if ends else 0):end] if el.tag == w("tbl")]


def split_at_breaks(root: etree._Element) -> None:
    """Split every run that holds a line break or a tab into one run per line, each with a copy
    of the formatting, so that a fix to one line (the issuer under its parent body in one
    paragraph) never reaches the other. The text and its look are unchanged."""
    cuts = {w("br"), w("cr"), w("tab")}
    for r in list(root.iter(w("r"))):
        rpr = r.find("w:rPr", NS)
        content = [c for c in r if c is not rpr]
        groups: list[list[etree._Element]] = [[]]
        for child in content:
            groups[-1].append(child)
            if child.tag in cuts and child.get(w("type")) not in ("page", "column"):
                groups.append([])
        groups = [g for g in groups if g]
        if len(groups) < 2 or not any(c.tag == w("t") for c in content):
            continue
        anchor = r
        for group in groups[1:]:
            new = etree.Element(w("r"))
            if rpr is not None:
                new.append(copy.deepcopy(rpr))
            for child in group:
                new.append(child)
            anchor.addnext(new)
            anchor = new


def _unique(runs: Iterable[etree._Element]) -> list[etree._Element]:
    return list({id(r): r for r in runs}.values())  # each run once, in the order first seen


def set_indents(p: etree._Element, left: int, right: int | None = None) -> None:
    """Indent paragraph ``p`` by ``left`` and ``right`` twips (``left`` on both sides when
    ``right`` is None): the length and place of a rule it draws."""
    fmt = ParagraphFormat(p)
    fmt.left_indent = Twips(left)
    fmt.right_indent = Twips(left if right is None else right)

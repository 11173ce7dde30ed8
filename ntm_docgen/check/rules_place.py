"""Where the header prints: the issuer, the Quốc hiệu, the Tiêu ngữ and a công văn's V/v
centred in their column (ô 1, ô 2, ô 5b), the Quốc hiệu, the Tiêu ngữ and the date line (ô 4) each
on one line."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.common import aligned, num, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, element, rules, short
from ntm_docgen.check.geometry import cell_margins, cell_width, line_width, mm, run_width, text_area
from ntm_docgen.check.paras import Line, Para, Run
from ntm_docgen.check.props import NS, number, w
from ntm_docgen.check.rulers import wrapped
from ntm_docgen.i18n import N_, _
from ntm_docgen.letter.fit import text_width

#: The elements set centred in their column, in the order of the page.
CENTRED = ("chu_quan", "co_quan", "quoc_hieu", "tieu_ngu", "vv")


def check_places(letter: Letter) -> list[Finding]:
    """A header element set to one side of its column, and a Quốc hiệu or Tiêu ngữ that
    its column is too narrow to hold on one line, and a date line that wraps in it as well."""
    held = {(line.para.index, line.clean) for key in CENTRED for line in _lines(letter, key)}
    out: list[Finding] = []
    for key in CENTRED:
        out += _centred(letter, key, held)
    out += _so_under_issuer(letter)
    for key in ("quoc_hieu", "tieu_ngu", "ngay"):
        out += _one_line(letter, key)
    return out


def _so_under_issuer(letter: Letter) -> list[Finding]:
    """The "Số:" line of a header table whose middle prints away from the middle of the
    issuer's name above it (ô 3: the decree centres it under that name): set flush left in the
    issuer's column, or centred in a cell that is not under the issuer. A header typed in the
    body's paragraphs is ``rules_typed``'s."""
    issuer = letter.co_quan[-1] if letter.co_quan else None
    so = letter.so
    if so is None or issuer is None or so.para.cell is None or issuer.para.cell is None \
            or _table_of(so.para) is not _table_of(issuer.para):
        return []
    # an issuer's name set to one side is told on its own (co_quan.align): the number is held
    # to the middle of the name's column then, where the name belongs
    at = _printed_middle(so, letter)
    middle = _printed_middle(issuer, letter) if issuer.para.props.align in (
        "center", "distribute") else _cell_left(issuer.para.cell) + \
        _area_left(issuer.para, letter) + _area(issuer.para, letter) / 2
    # a line set to one side moves as --fix sets its size to the decree's: held at both sizes
    lo, hi = element("so")["size"]
    resized = _printed_middle(so, letter, lo, hi)
    slack = rules()["header_places"]["centre_tolerance_mm"]
    if at is None or middle is None or resized is None or \
            max(mm(abs(at - middle)), mm(abs(resized - middle))) <= slack:
        return []
    para = so.para
    name = element("so")["name"]
    values = {"name": name[:1].upper() + name[1:], "text": short(so.clean, 40),
              "offset": num(mm(abs(at - middle))), "issuer": short(issuer.clean, 30),
              "what": aligned(para.props.align)}
    cell_middle = _cell_left(para.cell) + cell_width(para.cell) / 2
    under = mm(abs(cell_middle - middle)) <= rules()["header_places"]["centre_tolerance_mm"]
    whole = [s.clean for s in para.segments()] == [so.clean] and not para.text[:1].isspace()
    return [Finding("so.align", where(para), short(so.clean), values["what"],
                    _("centred under the issuer"),
                    partial(_centre_in_cell, para.el) if whole and under else None,
                    anchor=para.el, note=_(_SO_PLACE[(under, para.props.align in (
                        "center", "distribute"))]).format(**values))]


#: A header table's "Số:" line away from the middle of the issuer's name, by whether its cell
#: is under the name and whether it is centred in it.
_SO_PLACE = {
    (True, False): N_('{name} "{text}" is {what}: its middle prints {offset} mm from the middle '
                      'of the issuer\'s name "{issuer}" above it; the decree centres it under '
                      "that name: centre the line"),
    (True, True): N_('{name} "{text}" is centred, but its paragraph\'s indents put its middle '
                     '{offset} mm from the middle of the issuer\'s name "{issuer}" above it; the '
                     "decree centres it under that name: set the line's indents to 0"),
    (False, False): N_('{name} "{text}" is {what} in a cell that is not under the issuer\'s '
                       'name "{issuer}": its middle prints {offset} mm from the name\'s middle; '
                       "the decree centres it under that name: move the line into the issuer's "
                       "column and centre it"),
    (False, True): N_('{name} "{text}" is centred in its cell, but the cell is not under the '
                      'issuer\'s name "{issuer}": the line\'s middle prints {offset} mm from the '
                      "name's middle; the decree centres it under that name: move the line into "
                      "the issuer's column, or drag the cell's borders in line with the "
                      "issuer's cell"),
}


def _centre_in_cell(p: etree._Element) -> None:
    """Centre a header line in its cell, its indents taken away."""
    fixes.centre(p)
    fixes.set_indents(p, 0, 0)


def _table_of(para: Para) -> etree._Element | None:
    return next(para.cell.iterancestors(w("tbl")), None) if para.cell is not None else None


def _cell_left(tc: etree._Element) -> float:
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


def _area_left(para: Para, letter: Letter) -> float:
    """Where a cell's paragraph is laid out from, inside its cell (its margin and indent)."""
    return cell_margins(para.cell, letter.doc.styles)[0] + max(para.props.left, 0) \
        if para.cell is not None else 0.0


def _printed_middle(line: Line, letter: Letter, lo: float = 0, hi: float = 99) -> float | None:
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
    area = _area(para, letter)
    if lead + width > area:
        return None if para.props.align not in ("center", "distribute") else \
            _cell_left(para.cell) + _area_left(para, letter) + area / 2
    start = _cell_left(para.cell) + _area_left(para, letter)
    if para.props.align in ("center", "distribute"):
        return start + (area + lead) / 2
    if para.props.align in ("right", "end"):
        return start + area - width / 2
    return start + lead + width / 2


def _lines(letter: Letter, key: str) -> list[Line]:
    found = getattr(letter, key)
    return [line for line in (found if isinstance(found, list) else [found]) if line is not None]


def _typed_apart(para: Para) -> bool:
    """A paragraph whose places are typed (tabs, runs of spaces): its alignment is not where
    its words print, so it is not judged by it."""
    text = "".join(r.text for r in para.runs)
    return "\t" in text or "   " in text.strip() or text[:1].isspace()


def _off_centre(line: Line, letter: Letter) -> float:
    """How far (twips) the middle of a line set to one side prints from its column's middle:
    half the room it leaves (none for a line that fills its column); of a justified line
    wrapped, its last line's, which is set to the left (its others fill the column)."""
    area = _area(line.para, letter)
    width = line_width(line)
    if width > area:  # wrapped: its widest line is set to the side
        width = wrapped(line, area, last=line.para.props.align == "both")
    return max(area - width, 0.0) / 2



def _centred(letter: Letter, key: str, held: set[tuple[int, str]]) -> list[Finding]:
    slack = mm_to_twips(rules()["header_places"]["centre_tolerance_mm"])
    for line in _lines(letter, key):
        para = line.para
        if para.props.align in ("center", "distribute") or _typed_apart(para) or \
                para.container not in ("table", "textbox"):
            continue
        offset = _off_centre(line, letter)
        if offset <= slack:
            continue
        what = aligned(para.props.align)
        # centred only when the paragraph holds nothing but the header's centred lines
        whole = all((para.index, s.clean) in held for s in para.segments())
        name = element(key)["name"]
        return [Finding(
            f"{key}.align", where(para), short(line.clean), what, _("centred in its column"),
            partial(fixes.centre, para.el) if whole else None, anchor=para.el,
            note=_('{name} "{text}" is {what}: it prints {offset} mm from the middle of its '
                   "column; centre it").format(name=name[:1].upper() + name[1:],
                                               text=short(line.clean, 40), what=what,
                                               offset=num(mm(offset))))]
    return []


def _one_line(letter: Letter, key: str) -> list[Finding]:
    found = getattr(letter, key)
    if found is None or _typed_apart(found.para) or not found.runs:
        return []
    area = _area(found.para, letter, into_margins=True)
    width = printed_width(found)
    slack = rules()["header_places"]["date_wrap_slack" if key == "ngay" else "wrap_slack"]
    if area <= 0 or width <= area * (1 + slack):
        return []
    lo = element(key)["size"][0]
    smaller = printed_width(found, lo)
    fits = smaller * (1 + slack) < area
    indented = found.para.props.left > 0 or found.para.props.right > 0
    name = element(key)["name"]
    return [Finding(
        f"{key}.wrap", where(found.para), short(found.clean),
        _("{width} mm in a column of {area} mm").format(width=num(mm(width)), area=num(mm(area))),
        _("the {name} on one line").format(name=name),
        partial(fixes.set_size, [r.el for r in found.runs], lo) if fits else None,
        anchor=found.para.el,
        note=(_(_DATE_WRAP[fits]) if key == "ngay" else
              _('{name} "{text}" is {width} mm wide and its column holds {area} mm: it prints '
                "on two lines; set it in {size} pt, or widen the column") if fits else
              _('{name} "{text}" is {width} mm wide and its paragraph\'s indents leave it '
                "{area} mm: it prints on two lines; make the indents smaller") if indented else
              _('{name} "{text}" is {width} mm wide and its column holds {area} mm: it prints '
                "on two lines; widen the column")).format(
                    name=name, text=found.clean, width=num(mm(width)), area=num(mm(area)),
                    size=num(lo)))]


#: A date line (ô 4) wrapped in its column, by whether the decree's smaller size holds it.
_DATE_WRAP = {
    True: N_('the date line "{text}" is {width} mm wide and its column holds {area} mm: it '
             "prints on two lines; set it in {size} pt, or widen the column, or write the place "
             "name shorter"),
    False: N_('the date line "{text}" is {width} mm wide and its column holds {area} mm: it '
              "prints on two lines; widen the column, or write the place name shorter"),
}


def _area(para: Para, letter: Letter, into_margins: bool = False) -> float:
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

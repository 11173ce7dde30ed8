"""Where the header prints: the issuer, the Quốc hiệu, the Tiêu ngữ and a công văn's V/v
centred in their column (ô 1, ô 2, ô 5b), the Quốc hiệu, the Tiêu ngữ and the date line (ô 4) each
on one line."""

from __future__ import annotations

from functools import partial

from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.common import aligned, num, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, element, rules, short
from ntm_docgen.check.geometry import cell_width, line_width, mm
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.place_measure import (
    area_left,
    cell_left,
    laid_area,
    mm_to_twips,
    printed_middle,
    printed_width,
    resized,
    table_of,
)
from ntm_docgen.check.rulers import wrapped
from ntm_docgen.i18n import N_, _

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
            or table_of(so.para) is not table_of(issuer.para):
        return []
    # an issuer's name set to one side is told on its own (co_quan.align): the number is held
    # to the middle of the name's column then, where the name belongs
    at = printed_middle(so, letter)
    middle = printed_middle(issuer, letter) if issuer.para.props.align in (
        "center", "distribute") else cell_left(issuer.para.cell) + \
        area_left(issuer.para, letter) + laid_area(issuer.para, letter) / 2
    # a line set to one side moves as --fix sets its size to the decree's: held at both sizes
    lo, hi = element("so")["size"]
    resized = printed_middle(so, letter, lo, hi)
    slack = rules()["header_places"]["centre_tolerance_mm"]
    if at is None or middle is None or resized is None or \
            max(mm(abs(at - middle)), mm(abs(resized - middle))) <= slack:
        return []
    para = so.para
    name = element("so")["name"]
    values = {"name": name[:1].upper() + name[1:], "text": short(so.clean, 40),
              "offset": num(mm(abs(at - middle))), "issuer": short(issuer.clean, 30),
              "what": aligned(para.props.align)}
    cell_middle = cell_left(para.cell) + cell_width(para.cell) / 2
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
    area = laid_area(line.para, letter)
    width = line_width(line)
    if width > area:  # wrapped: its widest line is set to the side
        width = wrapped(line, area, last=line.para.props.align == "both")
    return max(area - width, 0.0) / 2



def _centred(letter: Letter, key: str, held: set[tuple[int, str]]) -> list[Finding]:
    """An element's lines set to one side of their column: one finding, at the first, whose
    fix centres every such line of the element (an issuer's two lines set left: centring the
    first alone would print them apart)."""
    slack = mm_to_twips(rules()["header_places"]["centre_tolerance_mm"])
    off: list[tuple[Line, float]] = []
    for line in _lines(letter, key):
        para = line.para
        if para.props.align in ("center", "distribute") or _typed_apart(para) or \
                para.container not in ("table", "textbox") or \
                any(para is seen.para for seen, _offset in off):
            continue
        # held too in the size --fix gives it: a line that fills its column in 14 pt may
        # leave room, and print to one side, in 13 pt
        lo, hi = element(key).get("size", (0, 99))
        offset = max(_off_centre(line, letter), _off_centre(resized(line, lo, hi), letter))
        if offset > slack:
            off.append((line, offset))
    if not off:
        return []
    line, offset = off[0]
    para = line.para
    what = aligned(para.props.align)
    # centred only when each paragraph holds nothing but the header's centred lines
    whole = all((seen.para.index, s.clean) in held for seen, _o in off
                for s in seen.para.segments())
    name = element(key)["name"]
    values = {"name": name[:1].upper() + name[1:], "text": short(line.clean, 40), "what": what,
              "offset": num(mm(offset)), "more": len(off) - 1}
    note = _('{name} "{text}" is {what}: it prints {offset} mm from the middle of its '
             "column; centre it") if len(off) == 1 else \
        _('{name} "{text}" and {more} more of its lines are {what}: the first prints {offset} '
          "mm from the middle of its column; centre each of them")
    return [Finding(
        f"{key}.align", where(para), short(line.clean), what, _("centred in its column"),
        partial(_centre_all, [seen.para.el for seen, _o in off]) if whole else None,
        anchor=para.el, note=note.format(**values))]


def _centre_all(paras: list[etree._Element]) -> None:
    """Centre each of an element's lines set to one side."""
    for p in paras:
        fixes.centre(p)


def _one_line(letter: Letter, key: str) -> list[Finding]:
    found = getattr(letter, key)
    if found is None or _typed_apart(found.para) or not found.runs:
        return []
    area = laid_area(found.para, letter, into_margins=True)
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


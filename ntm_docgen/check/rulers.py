"""The rules under the Tiêu ngữ, the issuer and the trích yếu: found, then measured as drawn."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.anchors import DrawnLine, lines_in
from ntm_docgen.check.common import how_said, num, where
from ntm_docgen.check.findings import Finding, element, rules, short
from ntm_docgen.check.geometry import (
    TWIPS_PER_MM,
    cell_width,
    line_width,
    longest,
    mm,
    text_area,
)
from ntm_docgen.check.props import NS, Styles, w
from ntm_docgen.check.reader import Line, Para, Run
from ntm_docgen.i18n import N_, _

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
    below it (a rule hangs on the next row's "Số:"), or the body paragraphs after it."""
    paras = letter.doc.paras
    if para.cell is None:
        return [p for p in paras[para.index + 1:para.index + 4] if p.cell is None]
    out: list[Para] = []
    cell: etree._Element | None = para.cell
    while cell is not None and len(out) < 8:
        out += [p for p in paras if p.cell is cell and p.index > para.index]
        cell = _cell_below(cell)
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
        after = below.segments()[:1] if below is not None else []
    if not after or not typed_rule(after[0].clean):
        return _underlined_blank(letter, line)
    how = "typed underscores" if "_" in after[0].clean else "typed hyphens"
    return [Rule(0, how)]  # its printed length depends on the face and spacing: not judged


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


def rules_under(letter: Letter, line: Line) -> list[Rule]:
    """Every rule printed under ``line``: an underline of the whole line, a bottom border of its
    paragraph, a top or bottom border of an empty paragraph under it, a line shape printed under
    it (wherever it is anchored), typed underscores or hyphens, a cell border."""
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
    if not out and para.cell is None:  # a text box: its lines float beside it in the body
        for p in paras[max(para.index - 3, 0):para.index + 4]:
            if p.cell is None:
                out += [Rule(d.length, d.how) for d in lines_in(p.el)]
    return out


def _underlined(run: Run, para: Para, styles: Styles) -> bool:
    for level in styles.run_levels(run.el, para.el):
        u = level.find("w:u", NS)
        if u is not None:
            return u.get(w("val"), "single") not in ("none", "0", "false")
    return False


def _distance(rule: Rule, lo: float, hi: float) -> float:
    return max(lo - rule.length, rule.length - hi, 0)


def check_rule(letter: Letter, key: str, lines: list[Line]) -> list[Finding]:
    """The rule under ``lines`` (an element, ``key`` in check_rules.yaml ``rules_under``): there,
    and as long as the decree says, measured against the widest of the lines."""
    data = rules()["rules_under"][key]
    last = lines[-1]
    found = rules_under(letter, last)
    if not found:
        return [Finding(f"{key}.rule", where(last.para), short(last.clean),
                        _("no rule under {element}").format(element=_(RULE_UNDER[key])),
                        _(RULE_REQUIRED[key]), anchor=last.para.el,
                        note=_(NO_RULE[key]).format(text=short(last.clean, 40)))]
    typed: list[Finding] = []
    if all(r.how == "typed hyphens" for r in found):
        typed.append(Finding(
            f"{key}.rule_typed", where(last.para), short(last.clean),
            _("a rule typed as hyphens"), _(RULE_REQUIRED[key]), anchor=last.para.el,
            note=_("the rule under the {name} is typed as hyphens and prints as a dashed line; "
                   "draw it as a solid line (a line shape or a paragraph border)").format(
                name=element(key)["name"])))
    return typed + _measured(letter, key, data, lines, found)


def _measured(letter: Letter, key: str, data: dict, lines: list[Line],
              found: list[Rule]) -> list[Finding]:
    tolerance, last = rules()["rules_under"]["tolerance"], lines[-1]
    text = longest(lines, letter.doc.styles)
    found = [r for r in found if r.length > 0]  # a width the file does not give is not judged
    if text <= 0 or not found:
        return []
    if not data.get("ratio"):
        return _centre(key, last, found)
    low, high = data["ratio"]
    lo, hi = low * text * (1 - tolerance), high * text * (1 + tolerance)
    rule = min(found, key=lambda r: _distance(r, lo, hi))
    slack = rules()["rules_under"]["length_slack_mm"] * TWIPS_PER_MM
    if lo - slack <= rule.length <= hi + slack:
        return _centre(key, last, [rule])
    fix = None
    if rule.resizable and rule.para is not None:
        base = rule.length + rule.para.props.left + rule.para.props.right
        target = (low + high) / 2 * text
        fix = partial(fixes.set_indents, rule.para.el, round(max(base - target, 0) / 2))
    return [Finding(f"{key}.rule_length", where(last.para), short(last.clean),
                    _("a rule of {length} mm ({how}) under a line of {text} mm").format(
                        length=num(mm(rule.length)), how=how_said(rule.how), text=num(mm(text))),
                    _("{required}: {lo}–{hi} mm").format(required=_(RULE_REQUIRED[key]),
                                                         lo=num(mm(lo)), hi=num(mm(hi))), fix,
                    anchor=last.para.el,
                    note=_(RULE_LENGTH[key]).format(length=num(mm(rule.length)),
                                                    text=num(mm(text)), lo=num(mm(lo)),
                                                    hi=num(mm(hi))))]


#: The element a rule is under, as a sentence names it.
RULE_UNDER = {"tieu_ngu": N_("the Tiêu ngữ"), "co_quan": N_("the issuer's name"),
              "trich_yeu": N_("the trích yếu")}
#: The rule the decree asks for under each element.
RULE_REQUIRED = {
    "tieu_ngu": N_("a solid rule under the Tiêu ngữ, as long as the text"),
    "co_quan": N_("a solid rule under the issuer's name, 1/3–1/2 of the line"),
    "trich_yeu": N_("a solid rule under the trích yếu, 1/3–1/2 of the line"),
}
#: A rule not found: the sentence per element.
NO_RULE = {
    "tieu_ngu": N_('no rule is printed under the Tiêu ngữ "{text}"; draw a solid line under '
                   "it, as long as the text"),
    "co_quan": N_('no rule is printed under the issuer\'s name "{text}"; draw a solid line '
                  "under it, 1/3 to 1/2 of the line"),
    "trich_yeu": N_('no rule is printed under the trích yếu "{text}"; draw a solid line under '
                    "it, 1/3 to 1/2 of the line"),
}
#: A rule of the wrong length: the sentence per element.
RULE_LENGTH = {
    "tieu_ngu": N_("the rule under the Tiêu ngữ is {length} mm and the text {text} mm; draw "
                   "it as long as the text: {lo}–{hi} mm"),
    "co_quan": N_("the rule under the issuer's name is {length} mm and the name {text} mm; "
                  "draw it 1/3 to 1/2 of the line: {lo}–{hi} mm"),
    "trich_yeu": N_("the rule under the trích yếu is {length} mm and its line {text} mm; draw "
                    "it 1/3 to 1/2 of the line: {lo}–{hi} mm"),
}


def _centre(key: str, last: Line, found: list[Rule]) -> list[Finding]:
    """A rule drawn by an empty paragraph under centred text is centred under it ("đặt cân
    đối so với dòng chữ"): its indents lean no more than the text's, within the tolerance."""
    text = last.para.props
    drawn = [r.para for r in found if r.resizable and r.para is not None]
    if text.align != "center" or not drawn:
        return []
    rule = drawn[0].props
    offset = ((rule.left - rule.right) - (text.left - text.right)) / 2
    if abs(offset) <= rules()["rules_under"]["centre_tolerance_mm"] * TWIPS_PER_MM:
        return []
    half = (rule.left + rule.right + text.left - text.right) / 2
    fix = partial(fixes.set_indents, drawn[0].el, round(half),
                  round(rule.left + rule.right - half))
    note = _("the rule under {element} is {offset} mm right of the text's centre; centre it "
             "under the text") if offset > 0 else \
        _("the rule under {element} is {offset} mm left of the text's centre; centre it under "
          "the text")
    said = _("the rule {offset} mm to the right of the text's centre") if offset > 0 else \
        _("the rule {offset} mm to the left of the text's centre")
    element = _(RULE_UNDER[key])
    return [Finding(f"{key}.rule_centre", where(last.para), short(last.clean),
                    said.format(offset=num(mm(abs(offset)))),
                    _("the rule under {element} centred under it").format(element=element), fix,
                    anchor=last.para.el,
                    note=note.format(element=element, offset=num(mm(abs(offset)))))]


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

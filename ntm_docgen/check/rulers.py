"""The rules under the Tiêu ngữ, the issuer and the trích yếu measured as drawn: present, of the
decree's length, centred under their element (found by ``rulers_found``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from ntm_docgen.check import fixes
from ntm_docgen.check.common import how_said, num, where
from ntm_docgen.check.findings import Finding, element, rules, short
from ntm_docgen.check.geometry import TWIPS_PER_MM, line_width, mm, run_width, text_area
from ntm_docgen.check.paras import Line, Run
from ntm_docgen.check.props import Styles
from ntm_docgen.i18n import N_, _

if TYPE_CHECKING:
    from ntm_docgen.check.elements import Letter
from ntm_docgen.check.rulers_found import Rule, rules_under


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


def kem_theo_rule(letter: Letter) -> list[Finding] | None:
    """The rule of a text a decision issues: under its "(Kèm theo ...)" note, as the decree's
    form draws it (its length not judged there); None when it stands under the trích yếu, where
    ``check_rule`` measures it."""
    note = letter.kem_theo[-1]
    if rules_under(letter, note):
        return []
    if rules_under(letter, letter.trich_yeu[-1]):
        return None
    return [Finding("trich_yeu.rule", where(note.para), short(note.clean),
                    _('no rule under the "(Kèm theo ...)" note'),
                    _('a solid rule under the "(Kèm theo ...)" note'), anchor=note.para.el,
                    note=_('no rule is printed under "{text}", the note naming the decision '
                           "that issues this text; draw a short solid line under it, as the "
                           "decree's form does").format(text=short(letter.kem_theo[0].clean, 40)))]


def _measured(letter: Letter, key: str, data: dict, lines: list[Line],
              found: list[Rule]) -> list[Finding]:
    tolerance, last = rules()["rules_under"]["tolerance"], lines[-1]
    printed = longest(lines, letter.doc.styles, wraps=key == "trich_yeu")
    found = [r for r in found if r.length > 0]  # a width the file does not give is not judged
    if printed <= 0 or not found:
        return []
    if not data.get("ratio"):
        return _centre(key, last, found)
    low, high = data["ratio"]
    slack = rules()["rules_under"]["length_slack_mm"] * TWIPS_PER_MM
    # the line as printed, then in the size --fix gives it (a name in 14 pt set to 13 pt is
    # shorter, and a rule half of it before is longer than half after): held at both
    for text in (printed, _at_decree_size(letter, key, lines) or printed):
        lo, hi = low * text * (1 - tolerance), high * text * (1 + tolerance)
        rule = min(found, key=partial(_distance, lo=lo, hi=hi))
        if not lo - slack <= rule.length <= hi + slack:
            break
    else:
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
                    note=_((RULE_LENGTH if text == printed else RULE_LENGTH_RESIZED)[key]).format(
                        length=num(mm(rule.length)), text=num(mm(text)), lo=num(mm(lo)),
                        hi=num(mm(hi)), size=num(_decree_size(key, last))))]


def _at_decree_size(letter: Letter, key: str, lines: list[Line]) -> float:
    """The widest of ``lines`` with each run's size brought into the element's range, as
    --fix sets it; 0 for an element the decree gives no size."""
    size = element(key).get("size")
    if not size:
        return 0.0
    resized = [Line(line.para, [Run(r.el, r.text, replace(r.props, size=min(max(
        r.props.size, size[0]), size[1]))) for r in line.runs]) for line in lines]
    return longest(resized, letter.doc.styles, wraps=key == "trich_yeu")


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


#: As RULE_LENGTH, where the line is measured in the size the decree sets it (--fix's).
RULE_LENGTH_RESIZED = {
    "tieu_ngu": N_("the rule under the Tiêu ngữ is {length} mm and the text, in the {size} pt "
                   "the decree sets, {text} mm; draw it as long as the text: {lo}–{hi} mm"),
    "co_quan": N_("the rule under the issuer's name is {length} mm and the name, in the {size} "
                  "pt the decree sets, {text} mm; draw it 1/3 to 1/2 of the line: {lo}–{hi} mm"),
    "trich_yeu": N_("the rule under the trích yếu is {length} mm and its line, in the {size} pt "
                    "the decree sets, {text} mm; draw it 1/3 to 1/2 of the line: {lo}–{hi} mm"),
}


def _decree_size(key: str, line: Line) -> float:
    """The size --fix sets a line of element ``key`` in: its first run's, brought into range."""
    size = element(key).get("size") or (0, 99)
    now = line.runs[0].props.size if line.runs else size[0]
    return min(max(now, size[0]), size[1])


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


def wrapped(line: Line, area: float, last: bool = False) -> float:
    """The widest line that ``line`` prints when it is wider than ``area``: its words wrapped
    one after another as a word processor wraps them, a word never broken; with ``last``, the
    last line it prints (a justified paragraph's, set to the left)."""
    words: list[float] = [0.0]
    spaces: list[float] = [0.0]
    for run in line.runs:
        for piece in re.split(r"(\s+)", run.text):
            if not piece:
                continue
            width = run_width(piece, run.props)
            if piece.isspace():
                if words[-1]:
                    words.append(0.0)
                    spaces.append(width)
            else:
                words[-1] += width
    widest = current = 0.0
    for word, space in zip(words, spaces, strict=True):
        if current and current + space + word > area:
            widest, current = max(widest, current), word
        else:
            current += (space if current else 0.0) + word
    return current if last else max(widest, current)


def longest(lines: list[Line], styles: Styles, wraps: bool = False) -> float:
    """The widest of ``lines``, each no wider than its paragraph (a line pushed onto two by a
    run of spaces, "ỦY BAN NHÂN DÂN        TỈNH LÀO CAI", prints as two). With ``wraps`` (a
    trích yếu, whose paragraphs run over lines), a centred paragraph wider than its area is
    measured as it wraps, at its words; a one-line element fitted to its cell or its rule (the
    Tiêu ngữ, the issuer) is taken as wide as its area, which the widths cannot tell closer."""
    widths = []
    for line in lines:
        area = text_area(line.para, styles)
        raw = sum(run_width(r.text, r.props) for r in line.runs)
        width = line_width(line)
        if raw > area and line.runs and re.search(r"\s{3,}", line.clean_raw):
            width = max(run_width(piece.strip(), line.runs[0].props)
                        for piece in re.split(r"\s{3,}", line.clean_raw.strip()))
        elif wraps and width > area * (1 + rules()["rules_under"]["wrap_slack"]) and \
                line.para.props.align not in ("both", "distribute"):
            width = wrapped(line, area)  # a justified line is stretched to the full width
        widths.append(min(width, area))
    return max(widths, default=0)

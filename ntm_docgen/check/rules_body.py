"""Title and body rules: tên loại, trích yếu, Kính gửi, căn cứ and body paragraphs (ô 5a, 6, 9a)."""

from __future__ import annotations

import re
from functools import partial

from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.common import aligned, missing, num, style, where, wrapped
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.props import W, next_tab_stop
from ntm_docgen.check.reader import Para
from ntm_docgen.check.rulers import check_rule
from ntm_docgen.i18n import N_, _, ngettext
from ntm_docgen.letter.markup import heading_kind
from ntm_docgen.vietnamese.text import is_upper_vi


def check_body(letter: Letter) -> list[Finding]:
    """Every rule of the title block and the body."""
    found = [*_title(letter), *_repeated(letter), *_kinh_gui(letter), *_can_cu(letter),
             *_headings(letter),
             *_paragraphs(letter), *style("phu_luc", letter.phu_luc),
             *style("phu_luc_ghi_chu", letter.phu_luc_ghi_chu)]
    can_cu = {id(para.el) for para in letter.can_cu}
    for finding in found:  # the body's rules also read the Căn cứ lines: name their part
        if finding.element_key == "body" and id(finding.anchor) in can_cu:
            finding.part = "can_cu"
    return found


def _kinds(letter: Letter) -> list[tuple[Para, str | None, bool]]:
    """Each body paragraph with its heading kind (``markup.heading_kind``, the classifier
    render uses) and whether render centres it: a Phần/Chương/Mục heading and the capitals
    title right after one."""
    out: list[tuple[Para, str | None, bool]] = []
    previous: str | None = None
    for para in letter.body:
        kind = heading_kind(para.clean)
        out.append((para, kind, kind == "part" or (kind == "caps" and previous == "part")))
        previous = kind
    return out


def _headings(letter: Letter) -> list[Finding]:
    """Headings (I.–XX., Phần, Chương, Mục) bold; the marker of an Điều bold. An Điều whose
    marker prints bold but for its full stop is told so, not that it is not bold."""
    bad: list[tuple[Para, list]] = []
    stops: list[tuple[Para, list]] = []
    for para, kind, _centred in _kinds(letter):
        text = para.clean
        runs = [r for r in para.runs if r.text.strip()]
        stop_only = False
        if kind in ("roman", "part"):
            weak = [r for r in runs if not r.props.bold]
        elif kind == "dieu" and (marker := re.match(rules()["body"]["dieu_marker"], text)):
            covered, weak, worded = 0, [], False
            for run in runs:
                if covered >= marker.end():
                    break
                piece = run.text.lstrip() if not covered else run.text
                inside = piece[:marker.end() - covered]
                covered += len(piece)
                if not run.props.bold:
                    weak.append(run)
                    worded = worded or any(ch.isalnum() for ch in inside)
            stop_only = not worded
        else:
            continue
        if weak:
            (stops if stop_only else bad).append((para, weak))
    out = []
    if bad:
        found = _("heading not bold") if len(bad) == 1 else ngettext(
            "heading not bold (and {count} more heading)",
            "heading not bold (and {count} more headings)", len(bad) - 1).format(
            count=len(bad) - 1)
        note = _('the heading "{text}" is not bold; make it bold') if len(bad) == 1 else \
            _('the heading "{text}" and {more} more are not bold; make the headings (I.–XX., '
              'Phần, Chương, Mục, the Điều marker) bold')
        out.append(_heading_finding(bad, found, note))
    if stops:
        found = _("the full stop of an Điều marker not bold") if len(stops) == 1 else ngettext(
            "the full stop of an Điều marker not bold (and {count} more)",
            "the full stop of an Điều marker not bold (and {count} more)", len(stops) - 1).format(
            count=len(stops) - 1)
        note = _('the full stop of the marker of "{text}" is not bold; make the whole marker '
                 '"Điều N." bold') if len(stops) == 1 else \
            _('the full stop of the marker of "{text}" and of {more} more Điều is not bold; '
              'make each whole marker "Điều N." bold')
        out.append(_heading_finding(stops, found, note))
    return out


def _heading_finding(bad: list[tuple[Para, list]], found: str, note: str) -> Finding:
    para = bad[0][0]
    return Finding("body.heading", where(para), short(para.clean), found,
                   _("headings I.–XX., Phần, Chương, Mục and the Điều marker in bold"),
                   partial(fixes.set_toggle, [r.el for _p, weak in bad for r in weak],
                           "bold", True), anchor=para.el,
                   note=note.format(text=short(para.clean, 40), more=len(bad) - 1))


def _title(letter: Letter) -> list[Finding]:
    out: list[Finding] = []
    if letter.ten_loai is None:
        if not letter.vv:
            out.append(missing("ten_loai", _("no tên loại (KẾ HOẠCH, BÁO CÁO, …) nor V/v line"),
                               _("the type name in capitals, bold, centred; or a V/v line "
                                 "under the number for a công văn")))
        return out
    out += style("ten_loai", [letter.ten_loai])
    if letter.ten_loai.para.props.align != "center":
        align = aligned(letter.ten_loai.para.props.align)
        out.append(Finding("ten_loai.align", where(letter.ten_loai.para),
                           short(letter.ten_loai.clean), align, _("centred"),
                           anchor=letter.ten_loai.para.el,
                           note=_('the tên loại "{text}" is {what}; centre it').format(
                               text=letter.ten_loai.clean, what=align)))
    if not letter.trich_yeu:
        if letter.loai is not None and letter.loai.ma != "GM":
            out.append(Finding("trich_yeu.missing", where(letter.ten_loai.para),
                               short(letter.ten_loai.clean),
                               _("no trích yếu under the tên loại"),
                               _("the trích yếu in lower case, bold, centred under the tên loại"),
                               anchor=letter.ten_loai.para.el,
                               note=_('no trích yếu under "{text}"; type it under the tên loại, '
                                      'bold and centred').format(text=letter.ten_loai.clean)))
        return out
    out += style("trich_yeu", letter.trich_yeu)
    out += check_rule(letter, "trich_yeu", letter.trich_yeu)
    for line in letter.trich_yeu:
        if line.para.props.align != "center":
            align = aligned(line.para.props.align)
            out.append(Finding("trich_yeu.align", where(line.para), short(line.clean), align,
                               _("centred"), anchor=line.para.el,
                               note=_('the trích yếu "{text}" is {what}; centre it').format(
                                   text=short(line.clean, 40), what=align)))
            break
    return out


def _repeated(letter: Letter) -> list[Finding]:
    """A heading printed twice: "QUYẾT ĐỊNH:" (or the tên loại) again on the next line."""
    names = {*rules()["quyet_dinh_names"]}
    if letter.ten_loai is not None:
        names.add(letter.ten_loai.clean.rstrip(":"))
    out: list[Finding] = []
    paras = [p for p in letter.body if p.clean]
    for above, para in zip(paras, paras[1:], strict=False):
        text = para.clean.rstrip(":").strip()
        if text in names and above.clean.rstrip(":").strip() == text:
            out.append(Finding("body.repeated", where(para), short(para.clean),
                               _('"{text}" twice').format(text=para.clean),
                               _('"{text}" once').format(text=para.clean),
                               anchor=para.el,
                               note=_('"{heading}" is printed twice, one line under the other; '
                                      'delete the second').format(heading=para.clean)))
    if letter.ten_loai is not None and paras and \
            paras[0].clean.rstrip(":").strip() == letter.ten_loai.clean.rstrip(":") and \
            letter.ten_loai.clean.rstrip(":") not in rules()["quyet_dinh_names"]:
        out.append(Finding("body.repeated", where(paras[0]), short(paras[0].clean),
                           _('"{text}" twice').format(text=paras[0].clean),
                           _('"{text}" once').format(text=paras[0].clean),
                           anchor=paras[0].el,
                           note=_('the body repeats the tên loại "{heading}" printed above it; '
                                  'delete it from the body').format(heading=paras[0].clean)))
    return out


def _kinh_gui(letter: Letter) -> list[Finding]:
    if not letter.kinh_gui:
        return []
    head, items = letter.kinh_gui[0], letter.kinh_gui[1:]
    out = style("kinh_gui", letter.kinh_gui)
    at = where(head.para)
    if not head.clean.startswith("Kính gửi:"):
        out.append(Finding("kinh_gui.form", at, short(head.clean), f'"{short(head.clean, 20)}"',
                           _('"Kính gửi:" with a colon'), anchor=head.para.el,
                           note=_('the line reads "{text}"; begin it with "Kính gửi:" (with a '
                                  'colon)').format(text=short(head.clean, 20))))
    joined = wrapped([head, *items])[1:]
    for i, (item, text) in enumerate(joined):
        if item.para.bullet and not text.startswith(item.para.label.strip()):
            text = item.para.label + text  # the dash Word's list prints before it
        last = i == len(joined) - 1
        end = "." if last else ";"
        if not text.startswith("- ") or not text.endswith(end):
            note = _('the recipient "{text}" is not written "- <name>;"; begin it with "- " and '
                     'end it with ";"') if not last else \
                _('the last recipient "{text}" is not written "- <name>."; begin it with "- " '
                  'and end it with "."')
            out.append(Finding("kinh_gui.item", where(item.para), short(item.clean),
                               f'"{short(text)}"',
                               _('each recipient on its own line as "- <name>{end}" (";" after '
                                 'each, "." after the last)').format(end=end),
                               anchor=item.para.el,
                               note=note.format(text=short(text, 50))))
    return out


def _can_cu(letter: Letter) -> list[Finding]:
    out: list[Finding] = []
    lines = letter.can_cu
    for i, para in enumerate(lines):
        last = i == len(lines) - 1
        text = para.clean
        new_sentence = not last and text.endswith(".") and \
            lines[i + 1].clean.split()[0] != text.split()[0]  # "Căn cứ ... ." then "Thực hiện"
        if not last and not text.endswith(";") and not new_sentence:
            out.append(Finding("can_cu.punctuation", where(para), short(text),
                               _('ends with "{end}"').format(end=text[-1:]),
                               _('each căn cứ but the last ends with ";"'), anchor=para.el,
                               note=_('the căn cứ "{text}" ends with "{end}" and another '
                                      'follows it; end it with ";"').format(
                                   text=short(text, 40), end=text[-1:])))
        if last and letter.is_quyet_dinh and not text.endswith("."):
            out.append(Finding("can_cu.punctuation", where(para), short(text),
                               _('ends with "{end}"').format(end=text[-1:]),
                               _('the last căn cứ ends with "."'),
                               anchor=para.el,
                               note=_('the last căn cứ "{text}" ends with "{end}"; end it with '
                                      '"."').format(text=short(text, 40), end=text[-1:])))
    if letter.is_quyet_dinh:
        upright = [p for p in lines if any(not r.props.italic for r in p.runs if r.text.strip())]
        if upright:
            els = [r.el for p in upright for r in p.runs]
            out.append(Finding("can_cu.italic", where(upright[0]), short(upright[0].clean),
                               _("not italic"), _("căn cứ lines of a quyết định in italics"),
                               lambda: fixes.set_toggle(els, "italic", True),
                               anchor=upright[0].el,
                               note=_('the căn cứ "{text}" is not in italics; a quyết định '
                                      'prints its căn cứ in italics').format(
                                   text=short(upright[0].clean, 40))))
    return out


def _is_heading(para: Para) -> bool:
    return is_upper_vi(para.clean) or para.clean.endswith(":") and is_upper_vi(para.clean[:-1])


def _paragraphs(letter: Letter) -> list[Finding]:
    """Body text: size, justification, first-line indent, spacing and line spacing."""
    data = rules()["body"]
    out = style("body", letter.body)
    problems: dict[str, list[tuple[Para, str, str, str]]] = {}
    nxt = {id(a): b for a, b in zip(letter.body, letter.body[1:], strict=False)}
    # a permit or certificate (nhom chuyen_nganh) opens with the lines its own form centres
    opening = letter.nhom == "chuyen_nganh"
    for para, _kind, centred in _kinds(letter):
        props = para.props
        following = nxt.get(id(para))
        if following is not None and following.index == para.index + 1:
            gap = (props.after + following.props.before) / 20
            if gap < data["min_gap_pt"]:
                problems.setdefault("body.spacing", []).append(
                    (para, _("{gap} pt between paragraphs").format(gap=num(gap)),
                     _("at least {gap} pt between paragraphs (spacing before or after)")
                     .format(gap=num(data["min_gap_pt"])), f"{num(gap)} pt"))
        opening = opening and props.align == "center"
        if _is_heading(para) or para.clean.startswith(("Kính gửi", "- ", "+ ")) or para.bullet:
            continue
        if props.align == "center" and _centred_by_practice(para.clean):
            continue  # "(Chi tiết tại Phụ lục kèm theo)", "Phụ lục 1": centred as clerks do
        if _formula(para):
            continue  # a formula drawn as a picture or an equation, placed where it reads
        if opening:
            continue  # a permit's opening lines, centred by its own form
        if centred and props.align == "center" and props.first_line == 0:
            continue  # a Phần/Chương/Mục heading, centred as render lays it out
        if props.align not in ("both", "distribute"):
            problems.setdefault("body.justify", []).append(
                (para, aligned(props.align), _("justified"), aligned(props.align)))
        # a paragraph of one line prints its left indent as a first-line indent
        left = props.left if props.left > 0 and _one_line(para, letter) else 0
        indent = props.first_line + left
        if para.text.lstrip(" ").startswith("\t"):  # typed with the Tab key: the text starts
            start = props.left + props.first_line  # at the next tab stop, as it prints
            indent += next_tab_stop(start, props, letter.doc.styles.default_tab) - start
        indent_mm = indent * 25.4 / 1440
        if not any(lo <= indent_mm <= hi for lo, hi in data["first_line_mm"]):
            problems.setdefault("body.indent", []).append(
                (para, _("first-line indent {value} mm").format(value=num(indent_mm)),
                 _("first-line indent 1 cm or 1.27 cm"), f"{num(indent_mm)} mm"))
        line = _line_problem(para, data)
        if line:
            problems.setdefault("body.line", []).append(
                (para, line, _("line spacing from single to 1.5 lines"), line))
    for rule, found in problems.items():
        para, what, required, value = found[0]
        if len(found) > 1:
            what = ngettext("{found} (and {count} more paragraph)",
                            "{found} (and {count} more paragraphs)", len(found) - 1).format(
                found=what, count=len(found) - 1)
        els = [p.el for p, *_rest in found]
        singular, plural = BODY_NOTES[rule]
        note = (_(singular) if len(found) == 1 else _(plural)).format(
            text=short(para.clean, 40), more=len(found) - 1, what=value)
        out.append(Finding(rule, where(para), short(para.clean), what, required,
                           partial(fixes.set_body_layout, els, rule), anchor=para.el,
                           note=note))
    return out


def _one_line(para: Para, letter: Letter) -> bool:
    """True when a paragraph prints on one line: its left indent is where its first line
    starts, as a first-line indent would put it. Judged on the narrowest page the
    decree allows, with a first-line indent, so that setting the margins or the indent right
    (``--fix``) leaves it on one line."""
    pieces = para.segments()
    page = rules()["page"]
    margins = page["margins_mm"]
    narrowest = page["paper"]["width"] - (margins["left"][1] + margins["right"][1]) * TWIPS_MM
    area = min(text_area(para, letter.doc.styles), narrowest - para.props.left -
               para.props.right) - max(para.props.first_line, 12.7 * TWIPS_MM)
    return len(pieces) == 1 and line_width(pieces[0]) <= area


TWIPS_MM = 1440 / 25.4


#: The body findings' sentences: one paragraph, and several.
BODY_NOTES = {
    "body.justify": (N_('the body paragraph "{text}" is {what}; justify it'),
                     N_('the body paragraph "{text}" and {more} more are not justified; '
                        "justify them")),
    "body.indent": (N_('the body paragraph "{text}" has a first-line indent of {what}; indent '
                       "its first line 1 cm or 1.27 cm"),
                    N_('the body paragraph "{text}" and {more} more have no first-line indent '
                       "of 1 cm or 1.27 cm; indent their first lines")),
    "body.spacing": (N_('only {what} between "{text}" and the next paragraph; leave at least '
                        "6 pt between paragraphs"),
                     N_('only {what} between "{text}" and the next paragraph, and after {more} '
                        "more paragraphs; leave at least 6 pt between paragraphs")),
    "body.line": (N_('"{text}" has {what}; use single to 1.5 line spacing'),
                  N_('"{text}" and {more} more paragraphs have {what}; use single to 1.5 line '
                     "spacing")),
}


def _centred_by_practice(text: str) -> bool:
    """A note in brackets, a formula or an appendix heading, which clerks centre.

    >>> _centred_by_practice("(Chi tiết có Phụ lục 01 kèm theo)"), _centred_by_practice("Phụ lục 1")
    (True, True)
    >>> _centred_by_practice("Sở Nội vụ hướng dẫn như sau:")
    False
    """
    return (text.startswith("(") and text.endswith(")")) or "=" in text or \
        bool(re.match(rules()["phu_luc_heading"], text))


#: an object a formula is drawn with: a picture, an equation, an embedded object
_FORMULA = etree.XPath(".//w:drawing | .//m:oMath | .//w:object | .//w:pict",
                       namespaces={"w": W, "m": "http://schemas.openxmlformats.org/officeDocument/2006/math"})


def _formula(para: Para) -> bool:
    """A line holding a formula: a picture, an equation or an object beside a few characters
    of text ("Rc = Kc.[picture]; m"), which clerks centre or indent where it reads well."""
    if len(para.clean) > rules()["body"]["formula_max_chars"]:
        return False
    return bool(_FORMULA(para.el))


def _line_problem(para: Para, data: dict) -> str:
    props = para.props
    if props.line_rule == "auto":
        lines = props.line / 240
        lo, hi = data["line_auto"]
        return "" if lo - 0.01 <= lines <= hi + 0.01 else \
            _("line spacing {lines} lines").format(lines=num(lines))
    points = props.line / 20
    lo, hi = data["line_exact_pt"]
    if props.line_rule == "atLeast" and points < lo:
        return ""
    if lo <= points <= hi:
        return ""
    return (_("line spacing at least {points} pt") if props.line_rule == "atLeast" else
            _("line spacing exactly {points} pt")).format(points=num(points))

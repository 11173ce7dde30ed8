"""Body paragraphs' layout (ô 6): size, justification, first-line indent, spacing, line spacing."""

from __future__ import annotations

import re
from functools import partial

from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.common import aligned, num, style, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import W, next_tab_stop
from ntm_docgen.i18n import N_, _, ngettext
from ntm_docgen.letter.context import text_width
from ntm_docgen.letter.markup import heading_kind
from ntm_docgen.vietnamese.text import is_upper_vi


def kinds(letter: Letter) -> list[tuple[Para, str | None, bool]]:
    """Each body paragraph with its heading kind (``markup.heading_kind``, the classifier
    render uses) and whether it is centred as a heading is: a Phần/Chương/Mục heading and the
    capitals title right after one; the bold lines centred under a heading in capitals that
    is itself centred and bold ("BƯỚC MỘT" / "Tổ chức hội nghị hiệp thương ...")."""
    out: list[tuple[Para, str | None, bool]] = []
    previous: str | None = None
    titled = False  # under a heading in capitals set centred and bold ("BƯỚC MỘT"): its title
    for para in letter.body:
        kind = heading_kind(para.numbered)  # "II." drawn by Word's list: a heading
        centred = para.props.align == "center"
        titled = centred and _bold_start(para) and kind != "caps" and titled
        out.append((para, kind, kind == "part" or (kind == "caps" and previous == "part")
                    or titled))
        if kind == "caps":
            titled = centred and _bold_start(para)
        previous = kind
    return out


def _titles_astray(letter: Letter) -> dict[int, Para]:
    """The line of bold words right under a heading in capitals set centred and bold ("BƯỚC
    NĂM" / "Tổ chức hội nghị hiệp thương lần thứ ba ..."), set flush left: the heading's
    title, out of line with it; by id, with the heading. A numbered point ("1. Lĩnh vực nội
    vụ") set there opens the part's body."""
    return {id(para): above for above, para in zip(letter.body, letter.body[1:], strict=False)
            if heading_kind(above.numbered) == "caps" and above.props.align == "center"
            and _bold_start(above) and heading_kind(para.numbered) is None
            and para.props.align in ("left", "start") and len(para.clean) <= 160
            and not _MARKED.match(para.clean)
            and all(r.props.bold for r in para.runs if r.text.strip())}


#: a numbered or lettered point ("1. Lĩnh vực nội vụ", "a) ..."): a heading of the body's own
_MARKED = re.compile(r"^(\d+(\.\d+)*|[a-zđ]|[IVXLC]+)[.)]\s")


def _title_astray(para: Para, heading: Para) -> Finding:
    """The title under a centred heading, set to one side: centre it as the heading is."""
    return Finding("body.justify", where(para), short(para.clean), aligned(para.props.align),
                   _("centred, as the heading above it"), partial(fixes.centre, para.el),
                   anchor=para.el,
                   note=_('the title "{text}" under the heading "{heading}" is {align}; '
                          'centre it as the heading above').format(
                       text=short(para.clean, 40), heading=short(heading.clean, 30),
                       align=aligned(para.props.align)))


def _bold_start(para: Para) -> bool:
    """True when the paragraph's first printed words are bold."""
    return next((r.props.bold for r in para.runs if r.text.strip()), False)


def _is_heading(para: Para) -> bool:
    return is_upper_vi(para.clean) or para.clean.endswith(":") and is_upper_vi(para.clean[:-1])


def paragraphs(letter: Letter) -> list[Finding]:
    """Body text: size, justification, first-line indent, spacing and line spacing."""
    data = rules()["body"]
    out = style("body", letter.body)
    problems: dict[str, list[tuple[Para, str, str, str]]] = {}
    nxt = {id(a): b for a, b in zip(letter.body, letter.body[1:], strict=False)}
    noted = _note_over_lines(letter.body)
    # a permit or certificate (nhom chuyen_nganh) opens with the lines its own form centres
    opening = letter.nhom == "chuyen_nganh"
    astray = _titles_astray(letter)
    for para, kind, centred in kinds(letter):
        props = para.props
        following = nxt.get(id(para))
        if following is not None and following.index == para.index + 1 and \
                not _heading_and_its_note(para, following) and \
                not _one_line_broken(para, following) and \
                not (id(para) in noted and id(following) in noted):
            gap = (props.after + following.props.before) / 20
            if gap < data["min_gap_pt"]:
                problems.setdefault("body.spacing", []).append(
                    (para, _("{gap} pt between paragraphs").format(gap=num(gap)),
                     _("at least {gap} pt between paragraphs (spacing before or after)")
                     .format(gap=num(data["min_gap_pt"])), f"{num(gap)} pt"))
        opening = opening and props.align == "center"
        if _is_heading(para) or para.clean.startswith("Kính gửi") or para.bullet:
            continue
        if props.align == "center" and (_centred_by_practice(para.clean) or id(para) in noted):
            continue  # "(Chi tiết tại Phụ lục kèm theo)", "Phụ lục 1": centred as clerks do
        if _formula(para):
            continue  # a formula drawn as a picture or an equation, placed where it reads
        if opening:
            continue  # a permit's opening lines, centred by its own form
        if centred and props.align == "center" and (props.first_line == 0 or kind is None):
            continue  # a Phần/Chương/Mục heading, centred as render lays it out, or a title
        if id(para) in astray:
            out.append(_title_astray(para, astray[id(para)]))
            continue
        if props.align not in ("both", "distribute"):
            problems.setdefault("body.justify", []).append(
                (para, aligned(props.align), _("justified"), aligned(props.align)))
        # a paragraph of one line prints its left indent as a first-line indent
        left = props.left if props.left > 0 and _one_line(para, letter) else 0
        indent = props.first_line + left
        if para.text.lstrip(" ").startswith("\t"):  # typed with the Tab key: the text starts
            start = props.left + props.first_line  # at the next tab stop, as it prints
            indent += next_tab_stop(start, props, letter.doc.styles.default_tab) - start
        # indented with the space bar instead: the spaces' width as it prints, right within
        # one space (the space bar cannot hit 1.27 cm); a stray space after an indent is none
        spaced = indent == 0 and _spaces_width(para)
        indent, slack = (spaced, _spaces_width(para, 1)) if spaced else (indent, 0)
        indent_mm, slack_mm = indent * 25.4 / 1440, slack * 25.4 / 1440
        if not any(lo - slack_mm <= indent_mm <= hi + slack_mm
                   for lo, hi in data["first_line_mm"]):
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
        if rule == "body.indent" and len(found) > 1 and any(c in "123456789" for c in value):
            plural = INDENTED_NOTE  # the first is indented, by another width: not "no indent"
        note = (_(singular) if len(found) == 1 else _(plural)).format(
            text=short(para.clean, 40), more=len(found) - 1, what=value)
        out.append(Finding(rule, where(para), short(para.clean), what, required,
                           partial(fixes.set_body_layout, els, rule), anchor=para.el,
                           note=note))
    return out


def _spaces_width(para: Para, spaces: int | None = None) -> int:
    """The width in twips of the spaces typed at the start of a paragraph (``"      - Xác
    lập …"``), or of ``spaces`` of them, in its first run's size: a clerk who indents with
    the space bar sees the line indented by them."""
    if spaces is None:
        spaces = len(para.text) - len(para.text.lstrip(" "))
    if not spaces:
        return 0
    runs = [run for line in para.segments() for run in line.runs]
    return text_width(" " * spaces, runs[0].props.size if runs else 14, bold=False)


def _one_line(para: Para, letter: Letter) -> bool:
    """True when a paragraph prints on one line: its left indent is where its first line
    starts, as a first-line indent would put it. Judged on the narrowest page the
    decree allows, with a first-line indent, so that setting the margins or the indent right
    (``--fix``) leaves it on one line; a line measured up to ``wrap_slack`` wider prints on
    one line all the same (Times New Roman's widths err by about 1 %). An item of a list that
    hangs its number ("c)<Tab>Quy trình ...") starts its text at the left indent."""
    pieces = para.segments()
    page = rules()["page"]
    slack = 1 + rules()["body"]["wrap_slack"]
    margins = page["margins_mm"]
    narrowest = page["paper"]["width"] - (margins["left"][1] + margins["right"][1]) * TWIPS_MM
    area = min(text_area(para, letter.doc.styles), narrowest - para.props.left -
               para.props.right)
    if para.props.first_line >= 0:  # a hanging item's text starts at its left indent, the
        area -= max(para.props.first_line, 12.7 * TWIPS_MM)  # number in the hang before it
    return len(pieces) == 1 and line_width(pieces[0]) <= area * slack


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


#: Several paragraphs indented, the first by a width that is neither 1 cm nor 1.27 cm.
INDENTED_NOTE = N_('the first line of the body paragraph "{text}" is indented {what}, and {more} '
                   "more are not indented 1 cm or 1.27 cm either; indent their first lines 1 cm "
                   "or 1.27 cm")


def _heading_and_its_note(heading: Para, note: Para) -> bool:
    """True for a centred heading in capitals with its note in brackets centred right under it
    ("ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH" / "(Các nhóm sản phẩm ...)"): one block, as
    the tên loại and its trích yếu are, not two paragraphs to space apart."""
    return _is_heading(heading) and heading.props.align == "center" and \
        note.props.align == "center" and note.clean.startswith("(") and \
        note.clean.removesuffix(".").endswith(")")


def _note_over_lines(body: list[Para]) -> set[int]:
    """The paragraphs (their ids) of a note in brackets centred over two or three paragraphs,
    its line cut with Enter ("(Gửi kèm theo Phương án nổ mìn và hồ sơ ..." / "trên Quốc lộ
    279)."): one note, centred as clerks centre a note of one line."""
    out: set[int] = set()
    for i, first in enumerate(body):
        if first.props.align != "center" or not first.clean.startswith("(") or \
                _centred_by_practice(first.clean):
            continue
        for j in range(i + 1, min(i + 3, len(body))):
            lines = body[i:j + 1]
            if any(p.props.align != "center" or p.index != lines[0].index + k
                   for k, p in enumerate(lines)):
                break
            if _centred_by_practice(" ".join(p.clean for p in lines)):
                out.update(id(p) for p in lines)
                break
    return out


def _one_line_broken(upper: Para, lower: Para) -> bool:
    """Two centred paragraphs in capitals, the first no heading of its own (no ending colon):
    one authority line broken over two, as a decision's long thẩm quyền prints ("GIÁM ĐỐC
    TRUNG TÂM PHỤC VỤ HÀNH CHÍNH" / "CÔNG THÀNH PHỐ HÀ NỘI"), not two paragraphs to space apart."""
    return all(p.props.align == "center" and is_upper_vi(p.clean) for p in (upper, lower)) \
        and not upper.clean.endswith(":") and not lower.clean.endswith(":") \
        and heading_kind(upper.numbered) == heading_kind(lower.numbered) == "caps"  # no I.


def _centred_by_practice(text: str) -> bool:
    """A note in brackets (its full stop after it too), a formula or an appendix heading,
    which clerks centre.

    >>> _centred_by_practice("(Chi tiết có Phụ lục 01 kèm theo)"), _centred_by_practice("Phụ lục 1")
    (True, True)
    >>> _centred_by_practice("(Có Phụ lục chi tiết kèm theo)."), _centred_by_practice("(a) Xong.")
    (True, False)
    >>> _centred_by_practice("Sở Nội vụ hướng dẫn như sau:")
    False
    """
    note = text.removesuffix(".")  # one note: with a full stop after it, no ")" inside
    bracketed = note.startswith("(") and note.endswith(")") and \
        (note == text or ")" not in note[:-1])
    return bracketed or "=" in text or bool(re.match(rules()["phu_luc_heading"], text))


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

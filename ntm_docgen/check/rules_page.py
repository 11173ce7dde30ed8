"""Page rules: paper, margins and page numbers (Phụ lục I, Phần I, Mục I)."""

from __future__ import annotations

import re
from functools import partial

from docx.section import Section
from lxml import etree

from ntm_docgen.check import fixes
from ntm_docgen.check.common import aligned, num, num_range, style
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.pages import one_page, section_starts, several_pages
from ntm_docgen.check.paras import Line, Para
from ntm_docgen.check.props import NS, number, on, w
from ntm_docgen.check.reader import Document, read_paras
from ntm_docgen.check.tabs import tabbed_middle, typed_width
from ntm_docgen.i18n import N_, _

TWIPS_PER_MM = 1440 / 25.4
_PAGE_FIELD = re.compile(r"^\s*PAGE\b")


def mm(twips: float) -> float:
    """Twips to millimetres, to a tenth.

    >>> mm(1134), mm(1701), mm(850)
    (20.0, 30.0, 15.0)
    """
    return round(twips / TWIPS_PER_MM, 1)


def check_page(doc: Document, phu_luc: bool = False) -> list[Finding]:
    """Paper size and margins of every section. ``phu_luc``: the file is a phụ lục of its
    own, printed after the decision's pages: its first section may lie across (landscape) too,
    and --fix keeps it so."""
    out: list[Finding] = []
    data = rules()["page"]
    starts = section_starts(doc)
    for n, sect in enumerate(doc.sections, start=1):
        named = _('section {n} (the pages from "{text}" on)').format(
            n=n, text=starts[n]) if n in starts else _("section {n}").format(n=n)
        size = sect.find("w:pgSz", NS)
        width = number(size.get(w("w"))) if size is not None else 0
        height = number(size.get(w("h"))) if size is not None else 0
        a4w, a4h, tol = data["paper"]["width"], data["paper"]["height"], data["paper"]["tolerance"]
        portrait = abs(width - a4w) <= tol and abs(height - a4h) <= tol
        landscape = abs(width - a4h) <= tol and abs(height - a4w) <= tol
        if not portrait and not (landscape and (n > 1 or phu_luc)):
            wide = width > height and (n > 1 or phu_luc)
            out.append(Finding(
                "page.paper", _("section {n}").format(n=n), "",
                f"{num(mm(width))} × {num(mm(height))} mm",
                _("A4 portrait, 210 × 297 mm (landscape only for wide tables after page 1)"),
                partial(fixes.set_paper, sect, *((a4h, a4w) if wide else (a4w, a4h))),
                note=_("{section} is laid out on paper of {width} × {height} mm; set A4 "
                       "portrait, 210 × 297 mm (landscape only for a wide table after page "
                       "1)").format(section=named, width=num(mm(width)), height=num(mm(height)))
                if size is not None else _(
                    "{section} sets no paper size: it prints on the printer's default paper; "
                    "set A4 portrait, 210 × 297 mm").format(section=named)))
        margins = sect.find("w:pgMar", NS)
        if margins is None:
            out.append(Finding(
                "page.margin", _("section {n}").format(n=n), "", _("no margins"),
                _("margins of the decree"),
                partial(_all_margins, sect, data["margins_mm"]),
                note=_("{section} sets no margins: set top and bottom 20–25 mm, left "
                       "30–35 mm, right 15–20 mm").format(section=named)))
            continue
        moves = {}
        for side, (lo, hi) in data["margins_mm"].items():
            value = abs(number(margins.get(w(side)))) if margins is not None else 0
            got = mm(value)
            if not lo - data["margin_tolerance_mm"] <= got <= hi + data["margin_tolerance_mm"]:
                moves[side] = (value, round(min(max(got, lo), hi) * TWIPS_PER_MM), lo, hi)
        narrowed = sum(max(0, moves[s][1] - moves[s][0]) for s in ("left", "right") if s in moves)
        typed = _typed_line_pushed(doc, narrowed) if n == 1 and narrowed else None
        for side, (value, target, lo, hi) in moves.items():
            note = _(MARGIN_NOTES[side]).format(section=named, got=num(mm(value)), lo=num(lo),
                                                hi=num(hi))
            held = typed is not None and side in ("left", "right") and target > value
            if typed is not None and held:
                note = _("{note}; the fixed copy keeps this margin: the line “{line}”, its "
                         "columns typed with spaces, would no longer fit on one line; set the "
                         "header in a borderless table, then the margin").format(
                    note=note, line=short(typed.clean, 40))
            out.append(Finding(
                "page.margin", _("section {n}").format(n=n), "",
                _(MARGIN_FOUND[side]).format(got=num(mm(value))),
                _(MARGIN_REQUIRED[side]).format(lo=num(lo), hi=num(hi)),
                None if held else partial(_set_margin, sect, side, target), note=note))
    return out


def _typed_line_pushed(doc: Document, narrowed: float) -> Para | None:
    """A line of the text typed in columns with spaces or tabs (the issuer beside the Quốc
    hiệu) that fits its width now and would wrap, its columns broken, were the text
    ``narrowed`` (twips) by the decree's margins."""
    for para in doc.paras:
        if para.container != "body" or "\n" in para.text or len(para.segments()) < 2:
            continue
        width, room = typed_width(para, doc.styles), text_area(para, doc.styles)
        if room - narrowed < width <= room:
            return para
    return None


#: The margin findings' sentences, one per side.
MARGIN_NOTES = {
    "top": N_("the top margin of {section} is {got} mm; set it to {lo}–{hi} mm"),
    "bottom": N_("the bottom margin of {section} is {got} mm; set it to {lo}–{hi} mm"),
    "left": N_("the left margin of {section} is {got} mm; set it to {lo}–{hi} mm"),
    "right": N_("the right margin of {section} is {got} mm; set it to {lo}–{hi} mm"),
}


#: What a margin finding found and requires, one per side.
MARGIN_FOUND = {"top": N_("top margin {got} mm"), "bottom": N_("bottom margin {got} mm"),
                "left": N_("left margin {got} mm"), "right": N_("right margin {got} mm")}
MARGIN_REQUIRED = {"top": N_("top margin {lo}–{hi} mm"),
                   "bottom": N_("bottom margin {lo}–{hi} mm"),
                   "left": N_("left margin {lo}–{hi} mm"),
                   "right": N_("right margin {lo}–{hi} mm")}


def _all_margins(sect: etree._Element, margins: dict) -> None:
    for side, (lo, _hi) in margins.items():
        fixes.set_page(sect, "pgMar", side, round(lo * TWIPS_PER_MM))
    fixes.fit_tables(sect, 0)


def _set_margin(sect: etree._Element, side: str, twips: int) -> None:
    """One margin set to the decree's; a table it pushes past the paper narrowed to the text."""
    margins = sect.find("w:pgMar", NS)
    was = abs(number(margins.get(w("left")))) if margins is not None else 0
    fixes.set_page(sect, "pgMar", side, twips)
    fixes.fit_tables(sect, was)


def _has_page_field(root: etree._Element) -> bool:
    fields = [f.get(w("instr"), "") for f in root.iter(w("fldSimple"))]
    fields += [t.text or "" for t in root.iter(w("instrText"))]
    return any(_PAGE_FIELD.match(f) for f in fields)


def _holds_page_field(p: etree._Element) -> bool:
    """True when paragraph ``p`` holds a page field itself, not in a text box or frame it
    anchors: the number prints aligned as the paragraph around the field is (a frame centred
    on the margin holds its own paragraph, centred, in a header paragraph aligned left)."""
    own = [f for f in (*p.iter(w("fldSimple")), *p.iter(w("instrText")))
           if next(f.iterancestors(w("p")), None) is p]
    return any(_PAGE_FIELD.match(f.get(w("instr"), "") if f.tag == w("fldSimple")
                                 else f.text or "") for f in own)


def check_page_numbers(doc: Document, end: int | None = None) -> list[Finding]:
    """Page numbers: in the header, centred, 13–14 pt, none on page 1. ``end``: the index of
    the letter's last paragraph (its signature, its Nơi nhận); a page that starts after it is
    an attachment's, numbered on its own, or another paper's (the office's phiếu trình), and
    does not make the letter one of several pages. A letter that surely prints on one page
    prints only page 1's header and footer: a number kept off page 1 is not told."""
    out: list[Finding] = []
    if not doc.sections:
        return out
    sect = doc.sections[0]
    part = doc.doc.part

    def ref(kind: str, which: str) -> etree._Element | None:
        for reference in sect.iterfind(f"w:{kind}Reference", NS):
            if reference.get(w("type"), "default") == which:
                rid = reference.get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                                    "relationships}id")
                target = part.related_parts.get(rid)
                return getattr(target, "element", None)
        return None

    default, first = ref("header", "default"), ref("header", "first")
    title_pg = bool(on(sect.find("w:titlePg", NS)))
    footers = [ref("footer", t) for t in ("default", "first")]
    if one_page(doc, end):  # only page 1's header and footer print: a field kept off it never
        page_one = "first" if title_pg else "default"
        default, first, title_pg = ref("header", page_one), None, False
        footers = [ref("footer", page_one)]
    elif doc.setting_on("w:evenAndOddHeaders"):  # even pages print a header and footer of their own
        even = ref("header", "even")
        if even is not None and (default is None or not _has_page_field(default)):
            default = even
        footers.append(ref("footer", "even"))
    if any(f is not None and _has_page_field(f) for f in footers):
        on_page_one = footers[1] if title_pg else footers[0]  # the footer page 1 prints
        out.append(Finding("so_trang.place", _("footer of section {n}").format(n=1), "",
                           _("page number in the footer"),
                           _("page number centred in the top margin (header)"),
                           note=_("the page numbers are in the footer, page 1 numbered too; "
                                  "put them in the header, centred in the top margin, from "
                                  "page 2 (a different first page)")
                           if on_page_one is not None and _has_page_field(on_page_one) else
                           _("the page number is in the footer; put it in the header, "
                             "centred in the top margin")))
    numbered = default is not None and _has_page_field(default)
    if numbered:
        if not title_pg or (first is not None and _has_page_field(first)):
            out.append(Finding(
                "so_trang.first", _("header of section {n}").format(n=1), "",
                _("a page number on page 1"),
                _("no page number on page 1 (different first page)"),
                lambda: setattr(Section(sect, part), "different_first_page_header_footer", True),
                note=_("page 1 carries a page number; number the pages from page 2 (a "
                       "different first page)")))
        paras = [p for p in read_paras(default, doc.styles) if _holds_page_field(p.el)]
        for para in paras:
            if para.props.align != "center" and not _tabbed_to_centre(doc, para, sect):
                out.append(Finding("so_trang.align", _("header of section {n}").format(n=1),
                                   short(para.clean),
                                   aligned(para.props.align), _("centred"),
                                   note=_("the page number is not centred; centre it in the "
                                          "header")))
        lo, hi = rules()["elements"]["so_trang"]["size"]
        for finding in style("so_trang", paras):
            finding.where = _("header of section {n}").format(n=1)
            if finding.rule == "so_trang.size":  # not the field's text: the number Word last showed
                finding.text = ""
                finding.note = _("the page numbers in the header are in {found}; set them to "
                                 "{wanted}").format(found=finding.found, wanted=num_range(lo, hi))
            out.append(finding)
    elif several_pages(doc, end) and not any(
            f is not None and _has_page_field(f) for f in footers):
        lo, hi = rules()["elements"]["so_trang"]["size"]
        out.append(Finding("so_trang.missing", _("header of section {n}").format(n=1), "",
                           _("no page numbers in a letter of several pages"),
                           _("page numbers from page 2, centred in the header, {size}").format(
                               size=num_range(lo, hi)),
                           note=_("the letter has several pages and no page numbers; number "
                                  "them from page 2, centred in the header, {size}").format(
                               size=num_range(lo, hi))))
    return out


def _tabbed_to_centre(doc: Document, para: Para, sect: etree._Element) -> bool:
    """True when the page number is typed after tabs that take it to the middle of the
    section's text, within the header lines' tolerance, as it prints (two tabs to a centre
    stop at 82 mm of a 170 mm column: 1.5 mm from the middle of the page on LibreOffice's)."""
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    if size is None or margins is None:
        return False
    text = number(size.get(w("w"))) - abs(number(margins.get(w("left")))) - \
        abs(number(margins.get(w("right"))))
    middle = tabbed_middle(para, doc.styles, line_width(Line(para, para.runs)))
    column = para.props.left + (text - para.props.left - para.props.right) / 2
    slack = rules()["header_places"]["centre_tolerance_mm"] * TWIPS_PER_MM
    return middle is not None and abs(middle - column) <= slack

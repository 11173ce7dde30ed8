"""The signature lines (ô 7a, 7b) centred one under the other: where each prints when it is
set by tabs, spaces or indents in one column, and a block whose lines do not share one centre."""

from __future__ import annotations

from ntm_docgen.check.common import num, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, mm, run_width, text_area
from ntm_docgen.check.paras import Line
from ntm_docgen.check.props import Styles, next_tab_stop, tab_kinds
from ntm_docgen.i18n import _


def check_axis(letter: Letter) -> list[Finding]:
    """One finding when the authority, title and name lines, all in one column (the body or
    one cell), print with their middles further apart than the tolerance: each line named with
    where its middle prints, and the place of one centred tab stop that would hold them all (the
    middle of the right half of the column, as the decree's forms set the signature)."""
    lines = [*letter.quyen_han, *letter.chuc_vu, *([letter.ho_ten] if letter.ho_ten else [])]
    if len(lines) < 2 or len({(id(x.para.cell), x.para.container) for x in lines}) > 1:
        return []
    middles = [middle(line, letter.doc.styles) for line in lines]
    if any(m is None for m in middles):
        return []
    placed = [(line, m) for line, m in zip(lines, middles, strict=True) if m is not None]
    spread = max(m for _l, m in placed) - min(m for _l, m in placed)
    if spread <= rules()["header_places"]["centre_tolerance_mm"] * 1440 / 25.4:
        return []
    # the stop: the middle of the column's right half, the widest line still inside it
    column = lines[0].para.props.left + text_area(lines[0].para, letter.doc.styles)
    stop = min(column * 3 / 4, column - max(line_width(line) for line in lines) / 2)
    said = "; ".join(_('"{text}" at {at} mm').format(text=short(line.clean, 30),
                                                     at=num(mm(m))) for line, m in placed)
    name = letter.ho_ten or lines[-1]
    note = _("the signature lines do not print one under the other (their middles, from the "
             "left edge of their column: {lines}); centre them on one place: one centred tab "
             "stop at {at} mm with one tab before each line, or the signature in the right "
             "column of a two-column table without borders, each line centred") \
        if lines[0].para.cell is None else \
        _("the signature lines do not print one under the other (their middles, from the "
          "left edge of their cell: {lines}); delete the spaces and tabs typed before them and "
          "centre each line in its cell")
    return [Finding(
        "ho_ten.axis", where(lines[0].para), short(lines[0].clean),
        _("the signature lines' middles {spread} mm apart: {lines}").format(
            spread=num(mm(spread)), lines=said),
        _("the authority, title and name centred one under the other"),
        anchor=name.para.el, note=note.format(lines=said, at=num(mm(stop))))]


def middle(line: Line, styles: Styles) -> float | None:
    """Where the middle of ``line`` prints, in twips from its column's left edge: after the
    text, tabs and spaces typed before it on its line, each tab taken to the next stop (the
    last one reached placing it by its kind); a centred line in the middle of its indents (the
    first line's own), moved right by half the spaces typed before it. None where the layout is
    not read so (right-aligned, or centred with tabs or words before it)."""
    para = line.para
    text = para.text
    typed = "".join(r.text for r in line.runs)
    at = text.find(typed) if typed else -1
    if at < 0:
        return None
    at += len(typed) - len(typed.lstrip())  # spaces typed before the line push it right
    start = text.rfind("\n", 0, at) + 1
    width = line_width(line)
    align = para.props.align
    sized = [run.props for run in para.runs for _char in run.shown]
    pos = float(para.props.left + (para.props.first_line if start == 0 else 0))
    if align == "center":
        if text[start:at].strip(" \u00a0"):
            return None  # centred with tabs or words before it: not read here
        # spaces typed before a centred line print, and push its middle right by half of them
        lead = sum(run_width(text[i], sized[i]) for i in range(start, at))
        return (pos + para.props.left + text_area(para, styles)) / 2 + lead / 2
    if align not in ("left", "both"):
        return None
    kinds = tab_kinds(styles.para_levels(para.el))
    kind = "left"
    for i in range(start, at):
        if text[i] == "\t":
            pos = next_tab_stop(int(pos), para.props, styles.default_tab)
            kind = kinds.get(int(pos), "left")
        else:
            pos += run_width(text[i], sized[i])
    return {"left": pos + width / 2, "right": pos - width / 2}.get(kind, pos)

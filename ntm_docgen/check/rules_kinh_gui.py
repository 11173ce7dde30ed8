"""Kính gửi (ô 9a): its form, its recipients' dashes and stops, and their lines in line."""

from __future__ import annotations

from ntm_docgen.check.common import style, where, wrapped
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.paras import Line
from ntm_docgen.i18n import _
from ntm_docgen.letter.fit import text_width


def kinh_gui(letter: Letter) -> list[Finding]:
    """Kính gửi (ô 9a): its form, each recipient "- <name>;", the last ending ".", the
    recipients in line under one another."""
    if not letter.kinh_gui:
        return []
    head, items = letter.kinh_gui[0], letter.kinh_gui[1:]
    out = style("kinh_gui", letter.kinh_gui)
    out += _pushed_with_spaces(letter, items)
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


def _pushed_with_spaces(letter: Letter, items: list[Line]) -> list[Finding]:
    """A recipient pushed right with the space bar, with no left indent, that runs onto a second
    line: the second line starts at the left margin, out of line with the recipients, which the
    decree sets in line under one another ("- Thủ trưởng các cơ quan ... UBND" / "tỉnh;",
    the UBND tỉnh Lâm Đồng's công văn of 2025)."""
    out: list[Finding] = []
    slack = 1 + rules()["rules_under"]["wrap_slack"]
    for item in items:
        para = item.para
        spaces = len(para.text) - len(para.text.lstrip(" "))
        if spaces < 2 or para.props.left > 0 or not item.runs or len(para.segments()) > 1:
            continue
        size = item.runs[0].props.size
        pushed = text_width(" " * spaces, size, bold=False) + max(para.props.first_line, 0)
        if pushed + line_width(item) <= text_area(para, letter.doc.styles) * slack:
            continue
        out.append(Finding("kinh_gui.align", where(para), short(item.clean),
                           _("pushed right with spaces, its second line at the margin"),
                           _("the recipients in line under one another (a left indent, not "
                             "spaces)"), anchor=para.el,
                           note=_('the recipient "{text}" is pushed right with spaces and runs '
                                  "onto a second line, which starts at the left margin; set it "
                                  "with a left indent, in line with the other recipients")
                           .format(text=short(item.clean, 50))))
    return out

"""Title and body rules: tên loại, trích yếu, Kính gửi, căn cứ and body paragraphs (ô 5a, 6, 9a)."""

from __future__ import annotations

import re
from functools import partial

from ntm_docgen.check import fixes, fixes_text
from ntm_docgen.check.common import aligned, missing, style, where
from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.geometry import line_width, text_area
from ntm_docgen.check.heading_numbers import bold_numbers, numbers_to_bold
from ntm_docgen.check.heading_words import heading_runs
from ntm_docgen.check.paras import Para
from ntm_docgen.check.place_measure import mm_to_twips
from ntm_docgen.check.props import w
from ntm_docgen.check.rulers import check_rule, kem_theo_rule
from ntm_docgen.check.rules_case import trich_yeu_case
from ntm_docgen.check.rules_kinh_gui import kinh_gui
from ntm_docgen.check.rules_paragraphs import kinds, paragraphs
from ntm_docgen.check.tabs import tabbed_middle
from ntm_docgen.i18n import _, ngettext


def check_body(letter: Letter) -> list[Finding]:
    """Every rule of the title block and the body."""
    found = [*_title(letter), *_repeated(letter), *kinh_gui(letter), *_can_cu(letter),
             *_headings(letter),
             *paragraphs(letter), *style("phu_luc", letter.phu_luc),
             *style("phu_luc_ghi_chu", letter.phu_luc_ghi_chu)]
    can_cu = {id(para.el) for para in letter.can_cu}
    for finding in found:  # the body's rules also read the Căn cứ lines: name their part
        if finding.element_key == "body" and id(finding.anchor) in can_cu:
            finding.part = "can_cu"
    return found


def _headings(letter: Letter) -> list[Finding]:
    """Headings (I.–XX., Phần, Chương, Mục) bold; the marker of an Điều bold. An Điều whose
    marker prints bold but for its full stop is told so, not that it is not bold, and so is
    a heading bold but for the stop after its number ("III<b>.</b> HÌNH THỨC ...")."""
    bad: list[tuple[Para, list]] = []
    stops: list[tuple[Para, list]] = []
    marks: list[tuple[Para, list]] = []
    for para, kind, _centred in kinds(letter):
        text = para.clean
        runs = [r for r in para.runs if r.text.strip()]
        if para.label_run is not None and para.numbered != text:  # "II." drawn by Word's list
            runs.insert(0, para.label_run)
        stop_only = False
        if kind in ("roman", "part"):
            weak = [r for r in heading_runs(runs) if not r.props.bold]
            if weak and not any(ch.isalnum() for r in weak for ch in r.text):
                after_number = _after_number(runs, weak)
                if after_number:
                    marks.append((para, after_number))
                continue
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
        out.append(_heading_finding(bad, found, note, numbers_to_bold(
            [para for para, _weak in bad], letter.doc.paras)))
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
    if marks:
        found = ngettext("a heading bold but for its punctuation (and {count} more)",
                         "a heading bold but for its punctuation (and {count} more)",
                         len(marks) - 1).format(count=len(marks) - 1) if len(marks) > 1 \
            else _("a heading bold but for its punctuation")
        note = _('the heading "{text}" is bold but for the punctuation after its number; '
                 "make that bold too") if len(marks) == 1 else \
            _('the heading "{text}" and {more} more are bold but for the punctuation after '
              "their numbers; make it bold too")
        out.append(_heading_finding(marks, found, note))
    return out


def _after_number(runs: list, weak: list) -> list:
    """The runs of ``weak`` that stand right after a heading's number ("III" then "."), before
    its words. The decree prints the number and the title in bold; the colon or stop a clerk
    types after the title ("II. NỘI DUNG:") is no part of either, and not told."""
    out, before = [], ""
    for run in runs:
        if any(run is w_ for w_ in weak) and _NUMBER_ONLY.fullmatch("".join(before.split())):
            out.append(run)
        before += run.text
    return out


#: a heading's number alone, its blanks taken out, with the punctuation already typed after it
_NUMBER_ONLY = re.compile(r"(?:[IVXLCDM]+|(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\w+)[.:)\-–]*")


def _enacting(letter: Letter) -> Para | None:
    """A quyết định's enacting line under its căn cứ ("QUYẾT ĐỊNH:", a nghị quyết's "QUYẾT
    NGHỊ:"), as the decree's forms print it; None when there is none."""
    if not letter.is_quyet_dinh or not letter.can_cu or letter.can_cu[-1] not in letter.body:
        return None
    after = letter.body.index(letter.can_cu[-1]) + 1
    if after >= len(letter.body):
        return None
    para = letter.body[after]
    ends = {key(name) for name in rules()["can_cu_end"]}
    return para if key(para.clean.rstrip(":").strip()) in ends else None


def _heading_finding(bad: list[tuple[Para, list]], found: str, note: str,
                     numbers: list | None = None) -> Finding:
    para = bad[0][0]
    return Finding("body.heading", where(para), short(para.numbered), found,
                   _("headings I.–XX., Phần, Chương, Mục and the Điều marker in bold"),
                   partial(_bold, [r.el for _p, weak in bad for r in weak], numbers or []),
                   anchor=para.el,
                   note=note.format(text=short(para.numbered, 40), more=len(bad) - 1))


def _bold(runs: list, numbers: list) -> None:
    """Make the headings' runs bold, and the numbers Word's lists print before them."""
    fixes.set_toggle([r for r in runs if r.tag == w("r")], "bold", True)
    bold_numbers(numbers)


def _title(letter: Letter) -> list[Finding]:
    out: list[Finding] = []
    if letter.ten_loai is None:
        if not letter.vv:
            out.append(missing("ten_loai", _("no tên loại (KẾ HOẠCH, BÁO CÁO, …) nor V/v line"),
                               _("the type name in capitals, bold, centred; or a V/v line "
                                 "under the number for a công văn")))
        return out
    out += style("ten_loai", [letter.ten_loai])
    if letter.ten_loai.para.props.align != "center" and not _tabbed_to_middle(letter):
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
    out += trich_yeu_case(letter)
    noted = kem_theo_rule(letter) if letter.kem_theo else None  # under "(Kèm theo ...)"
    out += noted if noted is not None else check_rule(letter, "trich_yeu", letter.trich_yeu)
    for line in letter.trich_yeu:
        if line.para.props.align != "center":
            align = aligned(line.para.props.align)
            out.append(Finding("trich_yeu.align", where(line.para), short(line.clean), align,
                               _("centred"), anchor=line.para.el,
                               note=_('the trích yếu "{text}" is {what}; centre it').format(
                                   text=short(line.clean, 40), what=align)))
            break
    return out


def _tabbed_to_middle(letter: Letter) -> bool:
    """True when the tên loại is typed after tabs that take it to the middle of its column, as
    it prints ("\t\tQUYẾT ĐỊNH" on a centre tab stop at 80 mm of a 160 mm column): centred on
    the page, within the tolerance of the header's lines."""
    line = letter.ten_loai
    if line is None:
        return False
    para, styles = line.para, letter.doc.styles
    middle = tabbed_middle(para, styles, line_width(line))
    column = para.props.left + text_area(para, styles) / 2
    slack = mm_to_twips(rules()["header_places"]["centre_tolerance_mm"])
    return middle is not None and abs(middle - column) <= slack


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
    enacting = _enacting(letter)
    if enacting is not None and not enacting.clean.endswith(":"):
        runs = [r.el for r in enacting.runs]
        out.append(Finding("can_cu.enacting", where(enacting), short(enacting.clean),
                           f'"{enacting.clean}"', _('"{text}:" with its colon').format(
                               text=enacting.clean),
                           partial(fixes_text.end_with, runs, ":"), anchor=enacting.el,
                           note=_('the line "{text}" under the căn cứ has no colon; write '
                                  '"{text}:"').format(text=enacting.clean)))
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

"""What a clerk types by hand that the decree writes otherwise: an article "Điều 1:" with a
colon (ô 6), a trích yếu ended with a full stop (ô 5a, 5b), a phụ lục's title in ordinary
letters (Mục III, khoản 1)."""

from __future__ import annotations

import re
from functools import partial

from ntm_docgen.check import fixes_text
from ntm_docgen.check.common import num, where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, element, rules, short
from ntm_docgen.check.geometry import mm, run_width
from ntm_docgen.check.paras import Line
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import is_upper_vi, upper_vi

#: An article's number followed by a colon where the decree prints a full stop ("Điều 1:").
_DIEU_COLON = re.compile(r"^\s*Điều\s+\d+[a-zđ]?(\s*:)")
#: A trích yếu that ends with a full stop, not with an abbreviation's ("v.v.", "TP.").
_STOP = re.compile(r"(?<![.\s])(?<!v\.v)(?<!\b[A-ZĐ])(?<!\b[A-ZĐ]{2})(\.)\s*$")


def check_typed(letter: Letter) -> list[Finding]:
    """Each rule of this module, in the order of the page."""
    return [*_under_issuer(letter), *_trich_yeu_stop(letter), *_dieu_colon(letter),
            *_phu_luc_case(letter), *_phu_luc_title_line(letter)]


def _under_issuer(letter: Letter) -> list[Finding]:
    """A header typed in the body's paragraphs, its columns laid out by spaces and tabs (no
    table): the "Số:" line and a công văn's V/v set flush left, where the decree centres them
    under the issuer's name (ô 3, ô 5b), which the clerk centred with spaces."""
    issuer = letter.co_quan[-1] if letter.co_quan else None
    middle = _typed_middle(issuer) if issuer is not None else None
    if middle is None:
        return []
    slack = rules()["header_places"]["centre_tolerance_mm"]
    out = []
    for key, line in (("so", letter.so), ("vv", letter.vv[0] if letter.vv else None)):
        at = _typed_middle(line) if line is not None else None
        if line is None or at is None or line.para.text[:1].isspace() \
                or mm(abs(middle - at)) <= slack:
            continue
        name = element(key)["name"]
        out.append(Finding(f"{key}.align", where(line.para), short(line.clean),
                           _("flush left"), _("centred under the issuer"), anchor=line.para.el,
                           note=_('{name} "{text}" is set flush left: its middle prints {offset} '
                                  'mm from the middle of the issuer\'s name "{issuer}" above it; '
                                  "the decree centres it under that name").format(
                               name=name[:1].upper() + name[1:], text=short(line.clean, 40),
                               offset=num(mm(abs(middle - at))),
                               issuer=short(issuer.clean if issuer else "", 30))))
    return out


def _typed_middle(line: Line) -> float | None:
    """The middle (twips from the left margin) of ``line`` when it opens a paragraph of the
    body set left, placed by the spaces typed before it (a header laid out without a table);
    None elsewhere (a table's cell, a text box, a paragraph centred or opened by a tab)."""
    para = line.para
    if para.container != "body" or para.props.align not in ("left", "both", "") \
            or not para.segments() or para.segments()[0].clean != line.clean or not line.runs:
        return None
    lead = para.text[:len(para.text) - len(para.text.lstrip())]
    if "\t" in lead or "\n" in lead:
        return None
    # as typed: a blank of spaces left for the number ("Số:        /QĐ-UBND") prints its width
    texts = [r.text for r in line.runs]
    texts[0], texts[-1] = texts[0].lstrip(), texts[-1].rstrip()
    if len(texts) == 1:
        texts[0] = texts[0].strip()
    width = sum(run_width(t, r.props) for t, r in zip(texts, line.runs, strict=True))
    return para.props.left + para.props.first_line + run_width(lead, line.runs[0].props) \
        + width / 2


def _dieu_colon(letter: Letter) -> list[Finding]:
    """The articles of a quyết định (a nghị quyết) typed "Điều 1:": the decree prints the
    article's number followed by a full stop ("Điều 1."); one finding for them all."""
    if not letter.is_quyet_dinh:
        return []
    typed = [p for p in letter.body if _DIEU_COLON.match(p.clean)]
    if not typed:
        return []
    first = typed[0]
    marker = _DIEU_COLON.match(first.clean)
    shown = first.clean[:marker.end(1)].strip() if marker else first.clean

    def fix() -> None:
        for para in typed:
            fixes_text.replace_mark([r.el for r in para.runs], _DIEU_COLON.pattern, ".")

    note = _('the article "{text}" is numbered with a colon; the decree prints the article\'s '
             'number followed by a full stop: "{fixed}"') if len(typed) == 1 else \
        _('the article "{text}" and {more} more are numbered with a colon; the decree prints '
          'each article\'s number followed by a full stop: "{fixed}"')
    return [Finding("body.dieu_stop", where(first), short(first.clean), f'"{shown}"',
                    f'"{shown[:-1].rstrip()}."', fix, anchor=first.el,
                    note=note.format(text=shown, more=len(typed) - 1,
                                     fixed=shown[:-1].rstrip() + "."))]


def _trich_yeu_stop(letter: Letter) -> list[Finding]:
    """A trích yếu (a công văn's V/v) whose last line ends with a full stop: the decree's
    forms print none after it; a note, as the decree says it in no words."""
    out = []
    for key, lines in (("trich_yeu", letter.trich_yeu), ("vv", letter.vv)):
        last = lines[-1] if lines else None
        if last is None or not _STOP.search(last.clean) or not last.clean[:-1].strip():
            continue
        out.append(Finding(f"{key}.stop", where(last.para), short(last.clean),
                           _('"." at its end'), _("no full stop after the trích yếu"),
                           anchor=last.para.el,
                           note=_('the trích yếu "{text}" ends with a full stop; the decree\'s '
                                  "forms print none after it: delete the \".\"").format(
                               text=short(last.clean, 40))))
    return out


def _phu_luc_case(letter: Letter) -> list[Finding]:
    """A phụ lục's title, the line right under its heading "Phụ lục 01" (on a line of its own,
    as the decree lays it), not in capitals: the decree prints it in capitals, bold. A line
    under a title in capitals is its sub-title ("ĐỀ CƯƠNG BÁO CÁO" / "Tổng kết phong trào thi
    đua"), as render prints it; a line opening in a small letter goes on from the line above
    ("Phụ lục 1: Danh mục hồ sơ …" / "thủy điện Yên Hà …"); a form's own page ("Mẫu số 05")
    is the form's: none of them is told."""
    heading = re.compile(rules()["phu_luc_heading"], re.IGNORECASE)
    out = []
    for above, para in zip(letter.phu_luc, letter.phu_luc[1:], strict=False):
        text = para.clean
        if not heading.match(above.clean) or heading.match(text) or is_upper_vi(text) \
                or not text[:1].isupper():
            continue
        out.append(Finding("phu_luc.case", where(para), short(text), _("not in capitals"),
                           _("the title of a phụ lục in capitals"),
                           partial(fixes_text.upper_text, [r.el for r in para.runs]),
                           anchor=para.el,
                           note=_('the title of the phụ lục "{text}" is not in capitals; the '
                                  'decree prints it in capitals: "{upper}"').format(
                               text=short(text, 40), upper=short(upper_vi(text), 40))))
    return out


#: What joins a phụ lục's title typed on its heading's line to the heading: ":", ".", a dash.
_JOINED = re.compile(r"^[\s.:–—-]*")


def _phu_luc_title_line(letter: Letter) -> list[Finding]:
    """A phụ lục's title typed on the line of its heading ("Phụ lục 1: Danh mục hồ sơ ...",
    "Phụ lục: NỘI DUNG YÊU CẦU BÁO CÁO"): the decree sets "Phụ lục" and its number on a line of
    their own, and the title under them, in capitals (Mục III, khoản 1, điểm a and b)."""
    named = re.compile(rules()["phu_luc_named"], re.IGNORECASE)
    out = []
    for para in letter.phu_luc:
        heading = named.match(para.clean)
        title = _JOINED.sub("", para.clean[heading.end():]) if heading else ""
        if heading is None or not title[:1].isalpha():
            continue
        note = _('the title of the phụ lục "{title}" is typed on the line of its heading '
                 '"{heading}"; the decree sets the heading on a line of its own and the title '
                 'under it: press Enter after "{heading}" and delete what joins them') \
            if is_upper_vi(title) else \
            _('the title of the phụ lục "{title}" is typed on the line of its heading '
              '"{heading}", in ordinary letters; the decree sets the heading on a line of its '
              'own and the title under it, in capitals: press Enter after "{heading}", delete '
              'what joins them and type the title in capitals')
        out.append(Finding("phu_luc.title_line", where(para), short(para.clean),
                           _("the title on the heading's line"),
                           _("the heading on a line of its own, the title under it"),
                           anchor=para.el,
                           note=note.format(title=short(title, 40), heading=heading.group())))
    return out

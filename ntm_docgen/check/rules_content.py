"""What the page says that render warns of in a spec: a Quyết định without its authority line
or articles (letter/spec_warnings.decision_gaps), a letter dated from 1 July 2025 that names a
huyện or a province merged away (letter/two_levels.named_levels). The rules are render's; here
they read the page."""

from __future__ import annotations

import re
from datetime import date

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter, key
from ntm_docgen.check.findings import Finding, rules, short
from ntm_docgen.check.paras import Line
from ntm_docgen.check.rules_head import NGAY_FORM
from ntm_docgen.i18n import _
from ntm_docgen.letter.spec_warnings import decision_gaps
from ntm_docgen.letter.two_levels import named_levels
from ntm_docgen.vietnamese.text import is_upper_vi, ngay_so

#: "Kính gửi:" before the first recipient of its line
_KINH_GUI = re.compile(r"^\s*(kính\s+gửi|gửi)\s*:?\s*", re.IGNORECASE)


def check_content(letter: Letter) -> list[Finding]:
    """A decision's missing parts, and the three levels named after they ended."""
    return [*_decision(letter), *_levels(letter)]


def _decision(letter: Letter) -> list[Finding]:
    if letter.loai is None or letter.ten_loai is None:
        return []
    lines = [para.clean for para in letter.doc.paras]
    gaps = decision_gaps(letter.loai.ma, _authority(letter), lines)
    title = letter.ten_loai
    out = []
    if "tham_quyen" in gaps:
        out.append(Finding(
            "ten_loai.tham_quyen", where(title.para), short(title.clean),
            _("no line of the authority that issues it"),
            _("the issuing authority in capitals under the trích yếu"), anchor=title.para.el,
            note=_("the Quyết định does not say who issues it: type the authority's line under "
                   'the trích yếu, in bold capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", '
                   '"GIÁM ĐỐC SỞ …")')))
    if "dieu" in gaps:
        out.append(Finding(
            "ten_loai.dieu", where(title.para), short(title.clean), _("no article"),
            _('articles "Điều 1.", "Điều 2.", …'), anchor=title.para.el,
            note=_('the {name} has no article: a decision says what it decides in articles '
                   '("Điều 1. …", "Điều 2. …"), each at the start of its paragraph').format(
                       name=letter.loai.ten)))
    return out


def _authority(letter: Letter) -> bool:
    return authority(letter) is not None


def authority(letter: Letter) -> Line | None:
    """The line in capitals between the tên loại (its trích yếu) and the căn cứ: the authority
    that issues a Quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."), or None."""
    if letter.ten_loai is None:
        return None
    segs = letter.segments
    start = letter.pos(letter.ten_loai) + 1
    first_trich = letter.trich_yeu[0] if letter.trich_yeu else None
    ends = {key(name) for name in rules()["can_cu_end"]}
    for seg in segs[start:start + 12]:
        text = seg.clean
        if key(text.rstrip(":")) in ends or text.startswith(("Căn cứ", "Điều ")):
            return None
        if seg is not first_trich and is_upper_vi(text) and len(text.split()) >= 3:
            return seg
    return None


def _day(letter: Letter) -> tuple[date | None, int | None]:
    """The letter's day, or its year alone when the day or month is left blank."""
    match = NGAY_FORM.search(letter.ngay.clean) if letter.ngay is not None else None
    if match is None or not match["y"]:
        return None, None
    try:
        if match["d"] and match["m"]:
            return date(int(match["y"]), int(match["m"]), int(match["d"])), None
    except ValueError:  # day 32: the date line's own rules tell it
        return None, None
    return None, int(match["y"])


def _levels(letter: Letter) -> list[Finding]:
    day, year = _day(letter)
    if day is None and year is None:
        return []
    issuer = [*letter.chu_quan, *letter.co_quan]
    kinh_gui = [_KINH_GUI.sub("", line.clean) for line in letter.kinh_gui]
    addressed = [("kinh_gui", kinh_gui), ("noi_nhan", [x.clean for x in letter.noi_nhan_items])]
    found = named_levels([line.clean for line in issuer], addressed, day, year)
    said_day = ngay_so(day) if day is not None else f"…/…/{year}"
    out: list[Finding] = []
    for named in found:
        if named.kind == "merged":
            line = next((x for x in issuer if named.old.casefold() in x.clean.casefold()),
                        issuer[-1])
            out.append(_finding("co_quan.hai_cap", line, _(
                "{old} is no longer a province since 01/07/2025: it is part of {new}, and a "
                "letter dated {day} is issued by the bodies of {new}; check the issuer, the "
                "place and the date").format(old=named.old, new=named.new, day=said_day)))
        elif named.kind == "district_issuer":
            line = next(x for x in issuer if x.clean == named.line)
            out.append(_finding("co_quan.hai_cap", line, _(
                '"{line}" is a huyện\'s, but the letter is dated {day}: since 01/07/2025 local '
                "government has two levels, with no huyện; check the issuer and the "
                "date").format(line=short(named.line), day=said_day)))
    for path, rule, lines in (("kinh_gui", "kinh_gui.hai_cap", letter.kinh_gui),
                              ("noi_nhan", "noi_nhan_item.hai_cap", letter.noi_nhan_items)):
        told = [n for n in found if n.kind == "district_addressed" and n.path == path]
        if not told:
            continue
        first = lines[told[0].index]
        if len(told) == 1:
            note = _('"{item}" names the huyện, but the letter is dated {day}: since 01/07/2025 '
                     "there are no huyện; address the xã, phường and đặc khu")
        else:
            note = _('"{item}" and {more} more lines name the huyện, but the letter is dated '
                     "{day}: since 01/07/2025 there are no huyện; address the xã, phường and "
                     "đặc khu")
        out.append(_finding(rule, first, note.format(item=short(told[0].line),
                                                     more=len(told) - 1, day=said_day)))
    return out


def _finding(rule: str, line: Line, note: str) -> Finding:
    return Finding(rule, where(line.para), short(line.clean),
                   _("a level that ended on 01/07/2025"),
                   _("the two levels of local government since 01/07/2025"),
                   anchor=line.para.el, note=note)

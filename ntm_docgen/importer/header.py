"""Read the header of a letter: issuer, number and ký hiệu, place and date, type, trích yếu."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ntm_docgen.i18n import N_, _, said
from ntm_docgen.importer.cleaning import is_stamp, key, rules
from ntm_docgen.importer.headerzone import (
    cites_a_number,
    date_below_stamp,
    date_under,
    date_unread,
    header_start,
    mark_over_date,
    near_the_number,
)
from ntm_docgen.importer.headfix import (
    council,
    ky_hieu_marked,
    mark_over_issuer,
    mark_under_issuer,
    marked_over,
    number_goes_on,
    ve_viec,
    vv_goes_on_in_capitals,
    vv_lines_joined,
)
from ntm_docgen.importer.issuer import read_issuer
from ntm_docgen.importer.motto import find_mottos, read_marks, split_marks, split_motto
from ntm_docgen.importer.numberdate import (
    KY_HIEU_APART,
    VV,
    draft_month,
    read_ngay,
    read_so,
    so_suffix,
)
from ntm_docgen.importer.pagetitle import past_posted, read_page_label, read_page_title
from ntm_docgen.importer.title import read_type_and_title, trich_yeu_text
from ntm_docgen.importer.titlemarks import capitals
from ntm_docgen.vietnamese.donvi import province_spelled
from ntm_docgen.vietnamese.loai import Loai, TypeHeading, find_loai
from ntm_docgen.vietnamese.text import is_upper_vi

#: A Số line with no ký hiệu: the e-office system stamps it when the letter is issued, or it was
#: lost; every other field is read as with a full number.
NO_KY_HIEU = N_("ky_hieu: the Số line “{line}” prints no ký hiệu (left for the e-office system "
                "to stamp, or lost); it is left blank: write it from the letter as issued")
#: A number printed with a letter after it (``Số: 875a/UBND-VP``), the letter kept in a warning.
SO_SUFFIX = N_("so: the number is printed {so}{suffix} in “{line}”; a spec holds a whole number, "
               "so {so} was kept: write the “{suffix}” after it by hand")
# The Kính gửi label with its first word lost (``: gửi:``).
_GUI_LOST = re.compile(r"^\W*(?:\w{1,5}\s+)?gui\s*:$")
# A mark with a digit and a hyphen before the issuer's name in capitals (``Ø92- THỦ TƯỚNG``).
_LEADING_MARK = re.compile(r"^[^\s\d]{0,3}\d[^\s]*-\s+")


@dataclass
class Header:
    """What the header gave; ``body`` is the index of the first line after it."""

    chu_quan: str | None = None
    ten: str | None = None
    so: int | None = None
    so_line: str = ""  # the Số line as printed, without the date beside it
    ky_hieu: str | None = None
    dia_danh: str | None = None
    ngay: date | None = None
    nam: int | None = None
    thang: int | None = None  # a draft's month, printed before its day is written
    loai: Loai | None = None
    loai_from: str = ""
    trich_yeu: str | None = None
    tham_quyen: str | None = None
    do_khan: str | None = None
    do_mat: str | None = None
    body: int = 0
    found: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    #: a heading naming a document outside the type table (a permit, a decree, a petition)
    outside: TypeHeading | None = None
    bold: frozenset[str] = frozenset()  # the wholly bold lines of a Word document
    #: the Kính gửi label read only in part among the header's unread lines (``: gửi:``)
    gui_lost: bool = False
    #: the signs read after the number's digits (``Số: 56ŸS``) and the warning that names them
    so_cut: tuple[str, str] = ("", "")
    #: the warning told of a Số line that prints no ký hiệu (``Số: 12``, ``Số: 12/``, ``Số:``)
    no_code: str = ""


#: The rest of a ký hiệu on the line under ``Số:`` (``BCT-BTC-VKSNDTC-TANDTC``).
#: Its first part must hold a letter (checked where it is used: a class split in two around the
#: letter would rescan a long run of capitals from every start).
_KY_HIEU_REST = re.compile(r"(?<![A-ZĐ0-9&])[A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*(?=\s|$)")


def read_header(lines: list[str], bold: frozenset[str] = frozenset()) -> Header:
    """Find the header's parts in the first lines of a cleaned letter (``bold``: see Header)."""
    head = Header(bold=bold)
    limit = min(len(lines), 60)
    motto_at, not_motto = find_mottos(lines[:limit])
    near = motto_at[0] - 6 if motto_at else 0  # a number cited in a page title is not ô 3
    so_at = next((i for i in range(max(near, 0), limit) if read_so(lines[i])), None)
    motto_at = near_the_number(lines, motto_at, so_at)
    anchor = min([*motto_at, *([so_at] if so_at is not None else [])], default=None)
    if anchor is None:
        # No header at all (a web page, a lone attachment): look for the type name near the top.
        first = [i for i, line in enumerate(lines[:limit]) if line][:12]
        at = next((i for i in first if is_upper_vi(lines[i]) and find_loai(lines[i])), None)
        read_page_label([lines[i] for i in first if at is None or i < at],
                        find_loai(lines[at]) if at is not None else None, head)
        titled = read_page_title(lines, first[0], head) if at is None and first else None
        head.body = titled if titled is not None \
            else read_type_and_title(lines, at if at is not None else 0, head)
        if first:  # a portal's day of posting under the title (Thứ Hai, 28/04/2025)
            head.body = past_posted(lines, first[0] if at is None else at, head.body, head.warnings)
        return head
    start = header_start(lines, anchor)
    last = max([*motto_at, so_at if so_at is not None else -1])
    issuer: list[str] = []
    taken = -1  # the last line read as the end of a ký hiệu wrapped after its hyphen, or a V/v's
    for i in range(start, len(lines)):
        line = lines[i]
        if (i > last and not line) or i <= taken:
            continue
        marks, beside = split_marks(line) if line and read_marks(line) is None else ({}, line)
        if marks:  # "KHẨN Kon Tum, ngày ...": a mark on the row of another part of the header
            for name, value in marks.items():
                setattr(head, name, value)
            line = beside
            lines = [*lines[:i], line, *lines[i + 1:]]
        so = read_so(line)
        if so and cites_a_number(lines, i):
            issuer.append(line)  # "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": the issuer's own words
            continue
        if so:
            head.so, head.ky_hieu, line = so
            head.found.add("so")
            head.so_line = lines[i][:len(lines[i].rstrip()) - len(line)].strip()  # not the date
            after = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
            rest = _KY_HIEU_REST.match(lines[after].strip()) if after is not None else None
            if rest and not re.search("[A-ZĐ]", rest.group().split("-")[0]):
                rest = None
            if not line and head.ky_hieu.endswith("-") and rest and after is not None:
                # "Số: 24/HDLN-BCA-BQP-" / "BCT-BTC Hà Nội, ngày ...": the ký hiệu goes on
                head.ky_hieu += rest.group()
                left = lines[after].strip()[rest.end():].strip()
                lines = [*lines[:after], left, *lines[after + 1:]]
                taken = after if not left else taken
            suffix = so_suffix(lines[i])
            if suffix:
                told = said(SO_SUFFIX, so=head.so, suffix=suffix, line=lines[i])
                head.warnings.append(told)
                head.so_cut = (suffix, told)
            if VV.match(key(line)) and not is_upper_vi(line):
                lines = [*lines[:i], line, *lines[i + 1:]]  # "V/v ..." in the Số cell
                last = taken = _read_vv(lines, i, head)
                continue
        apart = KY_HIEU_APART.match(line) if "so" in head.found and not head.ky_hieu else None
        if apart:
            head.ky_hieu, line = apart.group("kh"), line[apart.end():].strip()
            last = max(last, i)
        ngay = read_ngay(line) if "ngay" not in head.found and len(line) < 120 else None
        if ngay:
            (head.dia_danh, head.ngay, head.nam), head.thang = ngay, draft_month(line)
            head.dia_danh = province_spelled(head.dia_danh) if head.dia_danh else head.dia_danh
            head.found.add("ngay")
            last = max(last, i)
            continue
        if so or not line or is_stamp(line):
            continue
        left, motto = split_motto(line) if i in motto_at or i <= last and i not in not_motto \
            else (line, False)
        if motto:
            head.found.add("quoc_hieu")
        if left and _special(left, head):
            continue
        if left and capitals(left) and find_loai(left) is None and i <= last:
            mark = _LEADING_MARK.match(left)
            if mark and capitals(left[mark.end():]):
                head.warnings.append(_("co_quan: “{mark}” before the issuer's name “{name}” was "
                                       "left out (a number written or stamped over the header?)")
                                     .format(mark=mark.group().strip(), name=left[mark.end():]))
                left = left[mark.end():]
            issuer.append(left)
            continue
        if VV.match(key(line)) and not is_upper_vi(line) and head.trich_yeu is None:
            # under the number, before the motto's column when a Word cell holds both
            taken = _read_vv(lines, i, head)  # its lines, a number's too, are the V/v's
            last = max(last, taken)
            continue
        if i <= last:
            continue
        under = date_under(lines, i) if "ngay" not in head.found and "so" in head.found \
            and not head.ky_hieu else (mark_over_date(lines, i) or date_below_stamp(lines, i)) \
            if "ngay" not in head.found and "so" in head.found else None
        if under is not None:
            head.warnings.append(_("the header's lines {lines} between the number and the date "
                                   "could not be read (a stamp over them?): check them against "
                                   "the paper").format(
                lines=", ".join(f"“{x}”" for x in lines[i:under] if x)))
            head.gui_lost = any(_GUI_LOST.match(key(x)) for x in lines[i:under])
            last = under
            continue
        if "ngay" not in head.found and date_unread(lines, i):
            head.warnings.append(_("ngay: the line “{line}” under the motto, where the place and "
                                   "date stand, could not be read (a scan?): write the place and "
                                   "the date from the paper").format(line=line))
            continue
        if issuer:
            head.found.add("issuer")
        head.body = read_type_and_title(lines, i, head)
        break
    else:
        head.body = len(lines)
    if head.so_line and not head.ky_hieu:
        head.no_code = _(NO_KY_HIEU).format(line=head.so_line)
        head.warnings.append(head.no_code)
    stray = mark_under_issuer(issuer)
    if stray:
        head.warnings.append(_("co_quan: “{mark}” under the issuer's name was left out (a mark "
                               "written or stamped beside the header?)").format(mark=stray))
        issuer = issuer[:-1]
    if over := mark_over_issuer(issuer):
        head.warnings.append(_("co_quan: “{mark}” before the issuer's name was left out (a mark "
                               "written or stamped beside the header?)").format(mark=over))
        issuer = [issuer[0].split(None, 1)[1], *issuer[1:]]
    read_issuer(issuer, head)
    if head.tham_quyen:
        _issuer_from_tham_quyen(head)
    _mended(head)
    return head


def _mended(head: Header) -> None:
    """The ký hiệu's Đ the issuer's name gives, and a trích yếu's misread ``Về việc``."""
    if head.ky_hieu:
        marked = ky_hieu_marked(head.ky_hieu, head.ten)
        if marked != head.ky_hieu:
            head.warnings.append(_("ky_hieu: “{read}” was written “{ky_hieu}”, as the initials "
                                   "of the issuer's name give it: check it against the paper")
                                 .format(read=head.ky_hieu, ky_hieu=marked))
            head.ky_hieu = marked
    if head.trich_yeu:
        head.trich_yeu = ve_viec(head.trich_yeu)


def _special(line: str, head: Header) -> bool:
    marks = read_marks(line)
    for name, value in (marks or {}).items():
        setattr(head, name, value)
    return marks is not None


def _read_vv(lines: list[str], i: int, head: Header) -> int:
    """The trích yếu of a công văn: ``V/v ...`` under the number, maybe over several lines."""
    first = lines[i]
    match = VV.match(key(first))
    parts = [first[match.end() if match else 0:].strip()]
    while i + 1 < len(lines) and lines[i + 1] and not read_ngay(lines[i + 1]) \
            and not rules()["mo_dau"]["kinh_gui"].match(key(lines[i + 1])) \
            and not _GUI_LOST.match(key(lines[i + 1])) \
            and (not capitals(lines[i + 1]) or number_goes_on(parts[-1], lines[i + 1])
                 or vv_goes_on_in_capitals(parts[0], lines[i + 1])) \
            and not is_stamp(lines[i + 1]):
        i += 1
        parts.append(lines[i])
    head.trich_yeu = trich_yeu_text(vv_lines_joined(parts))
    head.loai, head.loai_from = find_loai("CV"), "V/v"
    head.found.add("trich_yeu")
    return i


def _issuer_from_tham_quyen(head: Header) -> None:
    """Ô 5b repeats the issuer's full name: let it mend a header cut short or split wrongly.

    ``ỦY BAN THƯỜNG VỤ`` / ``QUỐC HỘI`` is one name when ô 5b reads ``ỦY BAN THƯỜNG VỤ QUỐC
    HỘI``; a header reading only ``ỦY BAN NHÂN DÂN`` is completed by ``... TỈNH HÒA BÌNH``.
    """
    if not head.tham_quyen or not head.ten:
        return
    named = council(" ".join(head.tham_quyen.split()))
    full = key(named)
    lines = [*(head.chu_quan or "").split("\n"), *head.ten.split("\n")]
    lines = [x for x in lines if x]
    if key(" ".join(" ".join(lines).split())) == full:
        head.ten, head.chu_quan = "\n".join(lines), None
    elif head.chu_quan is None and full.startswith(key(" ".join(head.ten.split())) + " "):
        head.ten = named
    elif head.chu_quan is None and marked_over(key(" ".join(head.ten.split())), full):
        read = head.ten
        mark, head.ten = read.split(maxsplit=1)
        head.warnings.append(_("co_quan: “{mark}” was left out of the issuer's name read "
                               "“{read}”: ô 5b repeats the name without it (initials written "
                               "over the header?)").format(mark=mark, read=read))


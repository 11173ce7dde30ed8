"""Read the header of a letter: issuer, number and ký hiệu, place and date, type, trích yếu."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import is_stamp, key, pipe_table, rules
from ntm_docgen.importer.issuer import read_issuer
from ntm_docgen.importer.motto import find_mottos, read_marks, split_marks, split_motto
from ntm_docgen.importer.pagetitle import read_page_label, read_page_title
from ntm_docgen.importer.signzone import NOI_NHAN, is_authority
from ntm_docgen.importer.title import capitals, read_type_and_title, trich_yeu_text
from ntm_docgen.vietnamese.donvi import province_spelled
from ntm_docgen.vietnamese.loai import Loai, TypeHeading, find_loai
from ntm_docgen.vietnamese.text import is_upper_vi

_SO = re.compile(r"^(?:(?:nghi quyet|quyet dinh|chi thi|cong van|luat|nghi dinh|thong tu|"
                 r"phap lenh) s[o6]\s*:|s[o6]\s*(?:hieu)?\s*"
                 r"(?=[:\s]))\s*:?[\s._…]*(?P<so>\d{1,9})?(?P<chu>[a-z]{1,2})?[\s._…]*/\s*(?P<kh>[^\s,;]+(?:(?:\s-\s?|-\s)[^\s,;-]+)*)")
# OCR reads the y of ngày as a v (``Hà Nói. ngàv 28``), or as an i before a day written by
# hand (``Cần Thơ, ngàiŠtháng 10 năm 2025``); never the Ngãi of Quảng Ngãi.
_NGAI = r"(?:nga[yv]|(?<!quang )ngai)"
_NGAY = re.compile(_NGAI + r"\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})"
                   r"\s*nam\s*(?P<y>\d{4})")
_NGAY_SO = re.compile(r"ngay\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
                      r"\s*[/.-]\s*(?P<y>\d{4})")
_NGAY_NHAP = re.compile(_NGAI + r"[^,]{0,8}?thang[^,]{0,8}?nam\s*(?P<y>\d{4})")
# A date left wholly blank for the day of signing, the year too ("Hà Nội, ngày  tháng  năm").
_NGAY_TRONG = re.compile(r"ngay[\s._…]{0,12}thang[\s._…]{0,12}nam[\s._…]*$")
# OCR may read the slash as another mark (``V¿v``, ``V|v``): any one mark between the two v;
# or lose the second v (``V/ dự kiến ...``) or read it as a sign (``V/% Góp ý ...``): the
# slash, maybe one sign, a space, then a word.
_VV = re.compile(r"^(?:(?:[vw]\s?[^\w\s]\s?v|ve viec)\b|[vw]/[^\w\s]?(?=\s[^\W\d_]))[\s:]*")
# A number the scan could not read (written by hand over the blank): the ký hiệu still is.
_SO_UNREAD = re.compile(r"^s[o6]\s*(?::\s*[^\s/]{1,6}(?:\s[^\s/]{1,6}){0,2}|[-–~]{1,3})\s*/\s*"
                        r"(?P<kh>[^\s,;]+(?:(?:\s-\s?|-\s)[^\s,;-]+)*)")
# A Số line whose number and ký hiệu OCR lost, the V/v beside it (``Số: V/v triển khai``).
_SO_BLANK = re.compile(r"^s[o6]\s*:\s*")
# The ký hiệu read apart from its Số line, with its slash (``/TTg-CĐS Hà Nội, ngày 30 ...``).
_KY_HIEU_APART = re.compile(r"^/\s*(?P<kh>[^\W\d_][^\s,;/]*-[^\s,;/]+)")
# The Kính gửi label with its first word lost (``: gửi:``).
_GUI_LOST = re.compile(r"^\W*(?:\w{1,5}\s+)?gui\s*:$")
# A mark with a digit and a hyphen before the issuer's name in capitals (``Ø92- THỦ TƯỚNG``).
_LEADING_MARK = re.compile(r"^[^\s\d]{0,3}\d[^\s]*-\s+")
# The slash OCR read as a closing bracket or a bar after a number written by hand
# (``Số:l145)TB-ĐHTĐ``): the mark between the number's few signs and a ký hiệu with its hyphen.
_SO_SLASH_MISREAD = re.compile(r"^s[o6]\s*:?\s*[^\s/()|]{1,6}\s*(?P<mark>[)|])\s*"
                               r"(?=[^\W\d_][^\s,;/()|]*-)")
# The slash OCR lost between the number and the ký hiệu (``Số: 1105KH-ĐKT``).
_SO_GLUED = re.compile(r"^s[o6]\s*:\s*(?P<so>\d{1,9})(?P<kh>[^\W\d_]{2,}[^\s,;/]*-[^\s,;/]+)")


@dataclass
class Header:
    """What the header gave; ``body`` is the index of the first line after it."""

    chu_quan: str | None = None
    ten: str | None = None
    so: int | None = None
    ky_hieu: str | None = None
    dia_danh: str | None = None
    ngay: date | None = None
    nam: int | None = None
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


#: The rest of a ký hiệu on the line under ``Số:`` (``BCT-BTC-VKSNDTC-TANDTC``).
#: Its first part must hold a letter (checked where it is used: a class split in two around the
#: letter would rescan a long run of capitals from every start).
_KY_HIEU_REST = re.compile(r"(?<![A-ZĐ0-9&])[A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*(?=\s|$)")


def read_so(line: str) -> tuple[int | None, str, str] | None:
    """``Số: 106/HD-SNV`` → ``(106, "HD-SNV", rest of the line)``; None for another line.

    >>> read_so("S6: 106 /HD-SNV Lang Son, ngay 31 thang 5 nam 2019")
    (106, 'HD-SNV', 'Lang Son, ngay 31 thang 5 nam 2019')
    >>> read_so("Số: 31/2020/QĐ-UBND"), read_so("Số:      /KH-UBND"), read_so("Số 5/TB-UBND")
    ((31, '2020/QĐ-UBND', ''), (None, 'KH-UBND', ''), (5, 'TB-UBND', ''))
    >>> read_so("Số: ……/ BC-UBND"), read_so("Số: ...../TB-UBND")
    ((None, 'BC-UBND', ''), (None, 'TB-UBND', ''))
    >>> read_so("Số: 4378 /SCT - CN Lào Cai, ngày 22"), read_so("Số: 2170 /QĐ - UBND")[1]
    ((4378, 'SCT-CN', 'Lào Cai, ngày 22'), 'QĐ-UBND')
    >>> read_so("Số: Éđã /HC-CNHC"), read_so("Số: 1105KH-ĐKT")
    ((None, 'HC-CNHC', ''), (1105, 'KH-ĐKT', ''))
    >>> read_so("Số: 298/TTr- CAT-PC04"), read_so("Số - /TTr- CAT-PC04")
    ((298, 'TTr-CAT-PC04', ''), (None, 'TTr-CAT-PC04', ''))
    >>> read_so("Số:#4 /TTr -UBND")
    (None, 'TTr-UBND', '')
    >>> read_so("Số: V/v triển khai")
    (None, '', 'V/v triển khai')
    >>> read_so("Số:l145)TB-ĐHTĐ"), read_so("Số: 12 (TB-UBND)") is None
    ((None, 'TB-ĐHTĐ', ''), True)
    >>> read_so("Số lượng 5 người") is None, read_so("Quyết định số 23/2007/QĐ-BX") is None
    (True, True)
    """
    match = _SO.match(key(line))
    blank = _SO_BLANK.match(key(line))
    if blank and _VV.match(key(line)[blank.end():]):
        return None, "", line[blank.end():].strip()  # "Số: V/v ...": number and ký hiệu lost
    misread = None if match else _SO_SLASH_MISREAD.match(key(line))
    if misread:
        return read_so(line[:misread.start("mark")] + "/" + line[misread.end("mark"):])
    if not match:
        glued = _SO_GLUED.match(key(line))
        if glued:
            return int(glued.group("so")), line[glued.start("kh"):glued.end("kh")].rstrip("."), \
                line[glued.end():].strip()
        unread = _SO_UNREAD.match(key(line))
        if unread and "-" in unread.group("kh"):
            code = re.sub(r"\s?-\s?", "-", line[unread.start("kh"):unread.end("kh")])
            return (None, *_wrapped_code(code.rstrip("."), line[unread.end():].strip()))
        return None
    so = int(match.group("so")) if match.group("so") and not _after_so(line, match) else None
    ky_hieu = re.sub(r"\s?-\s?", "-", line[match.start("kh"):match.end("kh")]).rstrip(".")
    return (so, *_wrapped_code(ky_hieu, line[match.end():].strip()))


def _wrapped_code(ky_hieu: str, rest: str) -> tuple[str, str]:
    """A ký hiệu cut after a hyphen on its own line (``TTr- CAT-PC04``): its rest is the code in
    capitals that follows, not the place and date after it.

    >>> _wrapped_code("TTr-", "CAT-PC04 Lâm Đồng, ngày"), _wrapped_code("TTr-", "Lâm Đồng")
    (('TTr-CAT-PC04', 'Lâm Đồng, ngày'), ('TTr-', 'Lâm Đồng'))
    """
    code = rest.split(maxsplit=1)
    if ky_hieu.endswith("-") and code and code[0].rstrip(".") \
            and not any(c.islower() for c in code[0]) and any(c.isalpha() for c in code[0]):
        return ky_hieu + code[0].rstrip("."), (code[1] if len(code) > 1 else "")
    return ky_hieu, rest


def so_suffix(line: str) -> str:
    """The letter written after the number (``Số: 875a/UBND-VP`` → ``a``), or ``""``.

    >>> so_suffix("Số: 875a/UBND-VP"), so_suffix("Số: 875/UBND-VP")
    ('a', '')
    """
    match = _SO.match(key(line))
    return line[match.start("chu"):match.end("chu")] if match and match.group("chu") \
        and match.group("so") else ""


def _after_so(line: str, match: re.Match[str]) -> bool:
    """The letters after the number are more than a suffix (``Số: 5abc/...``): no number."""
    return bool(match.group("chu")) and not match.group("so")


def read_ngay(line: str) -> tuple[str, date | None, int | None] | None:
    """``Hà Nội, ngày 31 tháng 7 năm 2018`` → ``("Hà Nội", date, 2018)``; a draft has no date.

    >>> read_ngay("Hà Nội, ngày 31 tháng 7 năm 2018")
    ('Hà Nội', datetime.date(2018, 7, 31), 2018)
    >>> read_ngay("Kon Tum, ngày    tháng    năm 2026"), read_ngay("Huế, ngày 05/12/2025")[1]
    (('Kon Tum', None, 2026), datetime.date(2025, 12, 5))
    >>> read_ngay("Đức Hợp, ngày ….. tháng 12 năm 2021"), read_ngay("Huế, ngày 05 tháng năm 2018")
    (('Đức Hợp', None, 2021), ('Huế', None, 2018))
    >>> read_ngay("Hà Nội, ngày    tháng    năm"), read_ngay("ngày tháng năm") is None
    (('Hà Nội', None, None), True)
    >>> read_ngay("Hà Nói. ngàv 28 tháng 9 năm 2024")
    ('Hà Nói', datetime.date(2024, 9, 28), 2024)
    >>> read_ngay("Cần Thơ, ngàiŠtháng 10 năm 2025")
    ('Cần Thơ', None, 2025)
    >>> read_ngay("Quảng Ngãi 25 tháng 3 năm 2025"), read_ngay("Quảng Ngãi tháng 3 năm 2025")
    (None, None)
    >>> read_ngay("Quảng Ngãi, ngày 25 tháng 3 năm 2025")
    ('Quảng Ngãi', datetime.date(2025, 3, 25), 2025)
    """
    k = key(line)
    found = _dated(_NGAY, k, line, False) or _dated(_NGAY_SO, k, line, True)
    if found:
        match, place = found
        y, m, d = (int(match.group(x)) for x in "ymd")
        try:
            return place, date(y, m, d), y
        except ValueError:
            return place, None, y
    found = _dated(_NGAY_NHAP, k, line, False)
    if found:
        return found[1], None, int(found[0]["y"])
    found = _dated(_NGAY_TRONG, k, line, False)
    if found and found[1]:
        return found[1], None, None
    return None


def _dated(pattern: re.Pattern[str], k: str, line: str,
           comma: bool) -> tuple[re.Match[str], str] | None:
    """The first date ``pattern`` finds in ``k`` (the line's key) and the place before it: the
    words back to the comma before them (``Hà Nội, ngày``); with ``comma``, a date without a
    comma before it is passed over. The place is cut here, not by the pattern, which would
    rescan the line from every word."""
    for match in pattern.finditer(k):
        before = k[:match.start()].rstrip()
        if before.endswith(","):
            before = before[:-1]
        elif comma:
            continue
        begin = before.rfind(",") + 1
        return match, line[begin:len(before)].strip(" ,.")
    return None


def split_cells(lines: list[str]) -> list[str]:
    """Put each cell of a header or signature row copied as ``a | b`` on a line of its own.

    >>> split_cells(["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "| a | b |"])
    ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '| a | b |']
    """
    out: list[str] = []
    table = pipe_table(lines)
    for n, line in enumerate(lines):
        if n in table:
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) > 1 and any(_framing(c) for c in cells):
            out.extend(c for c in cells if c)
        else:
            out.append(line)
    return out


def _framing(cell: str) -> bool:
    """A cell of the header or signature table (motto, number, date, Nơi nhận, authority)."""
    return bool(cell) and (split_motto(cell)[1] or read_so(cell) is not None
                           or read_ngay(cell) is not None or bool(NOI_NHAN.match(key(cell)))
                           or is_authority(cell))


def read_header(lines: list[str], bold: frozenset[str] = frozenset()) -> Header:
    """Find the header's parts in the first lines of a cleaned letter (``bold``: see Header)."""
    head = Header(bold=bold)
    limit = min(len(lines), 60)
    motto_at, not_motto = find_mottos(lines[:limit])
    near = motto_at[0] - 6 if motto_at else 0  # a number cited in a page title is not ô 3
    so_at = next((i for i in range(max(near, 0), limit) if read_so(lines[i])), None)
    motto_at = _near_the_number(lines, motto_at, so_at)
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
        return head
    start = _header_start(lines, anchor)
    last = max([*motto_at, so_at if so_at is not None else -1])
    issuer: list[str] = []
    taken = -1  # a line read as the end of a ký hiệu wrapped after its hyphen
    for i in range(start, len(lines)):
        line = lines[i]
        if (i > last and not line) or i == taken:
            continue
        marks, beside = split_marks(line) if line and read_marks(line) is None else ({}, line)
        if marks:  # "KHẨN Kon Tum, ngày ...": a mark on the row of another part of the header
            for name, value in marks.items():
                setattr(head, name, value)
            line = beside
            lines = [*lines[:i], line, *lines[i + 1:]]
        so = read_so(line)
        if so and _cites_a_number(lines, i):
            issuer.append(line)  # "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": the issuer's own words
            continue
        if so:
            head.so, head.ky_hieu, line = so
            head.found.add("so")
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
                head.warnings.append(_("so: the number is printed {so}{suffix} in “{line}”; a "
                                       "spec holds a whole number, so {so} was kept: write the "
                                       "“{suffix}” after it by hand").format(
                    so=head.so, suffix=suffix, line=lines[i]))
            if _VV.match(key(line)) and not is_upper_vi(line):
                lines = [*lines[:i], line, *lines[i + 1:]]  # "V/v ..." in the Số cell
                last = _read_vv(lines, i, head)
                continue
        apart = _KY_HIEU_APART.match(line) if "so" in head.found and not head.ky_hieu else None
        if apart:
            head.ky_hieu, line = apart.group("kh"), line[apart.end():].strip()
            last = max(last, i)
        ngay = read_ngay(line) if "ngay" not in head.found and len(line) < 120 else None
        if ngay:
            head.dia_danh, head.ngay, head.nam = ngay
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
        if _VV.match(key(line)) and not is_upper_vi(line) and head.trich_yeu is None:
            # under the number, before the motto's column when a Word cell holds both
            last = max(last, _read_vv(lines, i, head))
            continue
        if i <= last:
            continue
        under = _date_under(lines, i) if "ngay" not in head.found and "so" in head.found \
            and not head.ky_hieu else _mark_over_date(lines, i) \
            if "ngay" not in head.found and "so" in head.found else None
        if under is not None:
            head.warnings.append(_("the header's lines {lines} between the number and the date "
                                   "could not be read (a stamp over them?): check them against "
                                   "the paper").format(
                lines=", ".join(f"“{x}”" for x in lines[i:under] if x)))
            head.gui_lost = any(_GUI_LOST.match(key(x)) for x in lines[i:under])
            last = under
            continue
        if "ngay" not in head.found and _date_unread(lines, i):
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
    read_issuer(issuer, head)
    if head.tham_quyen:
        _issuer_from_tham_quyen(head)
    return head


def _near_the_number(lines: list[str], motto_at: list[int], so_at: int | None) -> list[int]:
    """The motto lines of the header: over the Số line or at most three lines under it (a
    motto further down opens an attachment), and the line that goes on with a motto line kept
    (the Tiêu ngữ under the Quốc hiệu, when a Word cell put the Số line and a two-line V/v
    before the motto's cell).

    >>> _near_the_number(["UBND TỈNH A", "Số: /UBND", "V/v triển khai", "thủ tục",
    ...                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ...                  [4, 5], 1)
    [4, 5]
    """
    kept: list[int] = []
    if so_at is None and motto_at:
        so_at = motto_at[0]  # no Số line read: the first motto is the header's
    for i in motto_at:
        above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if so_at is None or i <= so_at or sum(1 for x in lines[so_at:i] if x) <= 3 \
                or (kept and above == kept[-1]):
            kept.append(i)
    return kept


def _cites_a_number(lines: list[str], i: int) -> bool:
    """``lines[i]`` reads as a Số line but is the end of the issuer's name in capitals, with no
    colon (``ĐOÀN KIỂM TRA`` / ``THEO QUYẾT ĐỊNH`` / ``SỐ 1050/QĐ-SCT``): the letter's own Số
    line comes within the next lines.

    >>> _cites_a_number(["THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT", "CỘNG HÒA", "Số: 1105/KH-ĐKT"], 1)
    True
    >>> _cites_a_number(["SỞ CÔNG THƯƠNG", "SỐ 1050/QĐ-SCT", "CỘNG HÒA"], 1)
    False
    """
    line = lines[i]
    return is_upper_vi(line) and ":" not in line and i > 0 and capitals(lines[i - 1]) \
        and any(read_so(x) for x in lines[i + 1:i + 6])


def _header_start(lines: list[str], anchor: int) -> int:
    """The header's first line: the capitals over the motto or the number (the issuer), and
    over a ``V/v`` block right above the motto when the Số line between them could not be
    read (a number written by hand over it, a stamp).

    >>> _header_start(["BỘ CÔNG THƯƠNG", "V/v triển khai thực hiện", "thủ tục cấp",
    ...                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 3)
    0
    >>> _header_start(["Kết quả như sau:", "thủ tục cấp", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"], 2)
    2
    """
    start = anchor
    while start > 0 and (not lines[start - 1] or capitals(lines[start - 1])):
        start -= 1
    vv = next((j for j in range(start - 1, max(start - 6, -1), -1)
               if _VV.match(key(lines[j])) and not is_upper_vi(lines[j])), None)
    if vv is not None and vv > 0 and capitals(lines[vv - 1]) \
            and not any(read_ngay(x) or read_so(x) for x in lines[vv:start]):
        start = vv
        while start > 0 and (not lines[start - 1] or capitals(lines[start - 1])):
            start -= 1
    return start


def _date_under(lines: list[str], i: int) -> int | None:
    """The line at most four lines under ``lines[i]`` that holds the ký hiệu read apart from its
    Số line and the date (``/TTg-CĐS Hà Nội, ngày 30 ...``), when the lines between are short
    (a stamp read as words): the header goes on to it.

    >>> _date_under(["Cá ĐỀN N4", "/TTg-CĐS Hà Nội, ngày 30 tháng 4 năm 2026"], 0)
    1
    >>> _date_under(["Triển khai Kết luận số 18", "/TTg-CĐS Hà Nội, ngày 30 tháng 4"], 0) is None
    True
    """
    for j in range(i, min(i + 4, len(lines))):
        if _KY_HIEU_APART.match(lines[j]):
            return j if j > i else None
        if len(lines[j]) > 24:
            return None
    return None


def _mark_over_date(lines: list[str], i: int) -> int | None:
    """The place and date line right under ``lines[i]``, a mark of three letters at most
    between it and the Số line (``HN,``: initials written by hand on a scan): the header
    goes on to it.

    >>> _mark_over_date(["HN,", "Hà Nội, ngày 15 tháng 9 năm 2024"], 0)
    1
    >>> _mark_over_date(["QUYẾT ĐỊNH", "Hà Nội, ngày 15 tháng 9 năm 2024"], 0) is None
    True
    """
    after = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
    if after is None or sum(c.isalpha() for c in lines[i]) > 3 \
            or any(c.isdigit() for c in lines[i]) or not read_ngay(lines[after]):
        return None
    return after


def _date_unread(lines: list[str], i: int) -> bool:
    """``lines[i]``, under the header's motto or V/v and right over the Kính gửi, is the place
    and date line OCR garbled (a short line with a number in it, not in capitals): the body
    begins at the Kính gửi all the same.

    >>> _date_unread(["Độc lập - Tự do - Hạnh phúc", "Hà N2: nơàv I0 thá nơ 4 măm 2021",
    ...               "Kính gửi: Các Sở"], 1)
    True
    >>> _date_unread(["Độc lập - Tự do - Hạnh phúc", "Năm 2026 Sở đề nghị như sau:",
    ...               "Điều 1. Nội dung"], 1)
    False
    """
    line = lines[i]
    after = next((x for x in lines[i + 1:i + 3] if x), "")
    return len(line) <= 60 and any(c.isdigit() for c in line) and not capitals(line) \
        and bool(rules()["mo_dau"]["kinh_gui"].match(key(after)))


def _special(line: str, head: Header) -> bool:
    marks = read_marks(line)
    for name, value in (marks or {}).items():
        setattr(head, name, value)
    return marks is not None


def _read_vv(lines: list[str], i: int, head: Header) -> int:
    """The trích yếu of a công văn: ``V/v ...`` under the number, maybe over several lines."""
    first = lines[i]
    match = _VV.match(key(first))
    parts = [first[match.end() if match else 0:].strip()]
    while i + 1 < len(lines) and lines[i + 1] and not read_ngay(lines[i + 1]) \
            and not rules()["mo_dau"]["kinh_gui"].match(key(lines[i + 1])) \
            and not _GUI_LOST.match(key(lines[i + 1])) \
            and not capitals(lines[i + 1]) and not is_stamp(lines[i + 1]):
        i += 1
        parts.append(lines[i])
    head.trich_yeu = trich_yeu_text(" ".join(p for p in parts if p))
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
    full = key(" ".join(head.tham_quyen.split()))
    lines = [*(head.chu_quan or "").split("\n"), *head.ten.split("\n")]
    lines = [x for x in lines if x]
    if key(" ".join(" ".join(lines).split())) == full:
        head.ten, head.chu_quan = "\n".join(lines), None
    elif head.chu_quan is None and full.startswith(key(" ".join(head.ten.split())) + " "):
        head.ten = head.tham_quyen
    elif head.chu_quan is None and _marked(key(" ".join(head.ten.split())), full):
        read = head.ten
        mark, head.ten = read.split(maxsplit=1)
        head.warnings.append(_("co_quan: “{mark}” was left out of the issuer's name read "
                               "“{read}”: ô 5b repeats the name without it (initials written "
                               "over the header?)").format(mark=mark, read=read))


def _marked(issuer: str, full: str) -> bool:
    """``issuer`` (a key) is ``full`` with a word of one or two letters before it that begins
    no body (``tu thu tuong chinh phu``, not ``bo``): initials written by hand over the header,
    read into its first line."""
    first, _, rest = issuer.partition(" ")
    return rest == full and len(first) <= 2 and first.isalpha() \
        and first not in {key(h) for h in rules()["dau_ten"]}

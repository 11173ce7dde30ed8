"""Read the lines of a letter's header that hold its number and date: the Số line (number, ký
hiệu, a letter after the number; as OCR misreads it), the place and date line (a draft's
blanks too), and a header row copied as ``a | b`` parted into its cells."""

from __future__ import annotations

import re
from datetime import date

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.cleanlines import pipe_table
from ntm_docgen.importer.motto import split_motto
from ntm_docgen.importer.signzone import NOI_NHAN, is_authority
from ntm_docgen.vietnamese.text import plain_hyphens, plain_ky_hieu

_SO = re.compile(r"^(?:(?:nghi quyet|quyet dinh|chi thi|cong van|luat|nghi dinh|thong tu|"
                 r"phap lenh) s[o6]\s*:|s[o6]\s*(?:hieu)?\s*"
                 r"(?=[:\s]))\s*:?[\s._…]*(?P<so>\d{1,9})?(?P<chu>[a-z]{1,2})?[\s._…]*/[\s/]*(?P<kh>[^\s,;]+(?:(?:\s-\s?|-\s)[^\s,;-]+)*)")
# OCR reads the y of ngày as a v (``Hà Nói. ngàv 28``), or as an i before a day written by
# hand (``Cần Thơ, ngàiŠtháng 10 năm 2025``); never the Ngãi of Quảng Ngãi.
_NGAI = r"(?:nga[yv]|(?<!quang )ngai)"
_NGAY = re.compile(_NGAI + r"\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})\s*nam\s*(?P<y>\d{4})")
_NGAY_SO = re.compile(r"ngay\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
_NGAY_NHAP = re.compile(_NGAI + r"[^,]{0,8}?thang[^,]{0,8}?nam\s*(?P<y>\d{4})")
# A draft's date with its month printed and its day left blank (``ngày    tháng 10 năm 2025``).
_MONTH_ONLY = re.compile(_NGAI + r"[\s._…]{0,12}thang\s*(?P<m>\d{1,2})\s*nam\s*\d{4}")
# A date left wholly blank for the day of signing, the year too ("Hà Nội, ngày  tháng  năm"); or
# written by pen and misread, the year's last digit read as a sign ("ngày f6 tháng năm 202!").
_NGAY_TRONG = re.compile(r"ngay[\s._…]{0,12}thang[\s._…]{0,12}nam[\s._…]*$"
                         r"|ngay[^,]{0,12}?thang[^,]{0,12}?nam\s*\d{3}[^\w\s]\s*$")
# OCR may read the slash as another mark (``V¿v``, ``V|v``): any one mark between the two v;
# or lose the second v (``V/ dự kiến ...``) or read it as a sign (``V/% Góp ý ...``): the
# slash, maybe one sign, a space, then a word.
VV = re.compile(r"^(?:(?:[vw]\s?[^\w\s]\s?v|ve viec)\b|[vw]/[^\w\s]?(?=\s[^\W\d_]))"
                r"[\s:]*(?:\.\s+)?")  # "V/v. chuyển đơn": a dot typed after it too
# A number the scan could not read (written by hand over the blank): the ký hiệu still is.
_SO_UNREAD = re.compile(r"^s[o6]\s*(?::\s*[^\s/]{1,6}(?:\s[^\s/]{1,6}){0,2}|[-–~]{1,3})\s*/\s*"
                        r"(?P<kh>[^\s,;]+(?:(?:\s-\s?|-\s)[^\s,;-]+)*)")
# A Số line whose number and ký hiệu OCR lost, the V/v beside it (``Số: V/v triển khai``).
_SO_BLANK = re.compile(r"^s[o6]\s*:\s*")
# A Số line with no ký hiệu (``Số: 12``, ``Số: 12/``, ``Số:``): left for the e-office system to
# stamp, or lost; what follows, if anything, is the place and date or the V/v (checked by read_so).
_SO_BARE = re.compile(r"^s[o6]\s*:[\s._…]*(?P<so>\d{1,9})?[\s._…]*(?:/[\s._…/]*)?")
# The ký hiệu read apart from its Số line, with its slash (``/TTg-CĐS Hà Nội, ngày 30 ...``).
KY_HIEU_APART = re.compile(r"^/\s*(?P<kh>[^\W\d_][^\s,;/]*-[^\s,;/]+)")
# The slash OCR read as a closing bracket or a bar after a number written by hand
# (``Số:l145)TB-ĐHTĐ``): the mark between the number's few signs and a ký hiệu with its hyphen.
_SO_SLASH_MISREAD = re.compile(r"^s[o6]\s*:?\s*[^\s/()|]{1,6}\s*(?P<mark>[)|])\s*"
                               r"(?=[^\W\d_][^\s,;/()|]*-)")
# The slash OCR lost between the number and the ký hiệu (``Số: 1105KH-ĐKT``).
_SO_GLUED = re.compile(r"^s[o6]\s*:\s*(?P<so>\d{1,9})(?P<kh>[^\W\d_]{2,}[^\s,;/]*-[^\s,;/]+)")


def digits_printed(text: str, so: int | None) -> str:
    """The digits of the number ``so`` as the Số line ``text`` prints them; "" if none.

    >>> digits_printed("Số: 3/BC-UBND", 3), digits_printed("S6: 106 /HD-SNV", 106)
    ('3', '106')
    >>> digits_printed("Số: 003/QĐ-UBND", 3), digits_printed("Số: /KH-UBND", None)
    ('003', '')
    """
    return next((d for d in re.findall(r"\d+", text) if so is not None and int(d) == so), "")


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
    >>> read_so("Số: 12/KH\u2010UBND"), read_so("Số: 7/UBND\u2013VP")
    ((12, 'KH-UBND', ''), (7, 'UBND-VP', ''))
    >>> read_so("Số:#4 /TTr -UBND")
    (None, 'TTr-UBND', '')
    >>> read_so("Số: V/v triển khai")
    (None, '', 'V/v triển khai')
    >>> read_so("Số:l145)TB-ĐHTĐ"), read_so("Số: 12 (TB-UBND)") is None
    ((None, 'TB-ĐHTĐ', ''), True)
    >>> read_so("Số lượng 5 người") is None, read_so("Quyết định số 23/2007/QĐ-BX") is None
    (True, True)

    No ký hiệu opens with a slash: one read twice (a stroke of the pen over the blank, or typed
    twice) is one.

    >>> read_so("Số: 2 //QĐ-UBND"), read_so("Số: 15/ /KH-UBND")
    ((2, 'QĐ-UBND', ''), (15, 'KH-UBND', ''))
    """
    match = _SO.match(key(line))
    blank = _SO_BLANK.match(key(line))
    if blank and VV.match(key(line)[blank.end():]):
        return None, "", line[blank.end():].strip()  # "Số: V/v ...": number and ký hiệu lost
    if match and _place_for_code(line, match):
        match = None  # "Số: 12/ Kon Tum, ngày ...": no ký hiệu, the place after the slash
    misread = None if match else _SO_SLASH_MISREAD.match(key(line))
    if misread:
        return read_so(line[:misread.start("mark")] + "/" + line[misread.end("mark"):])
    if not match:
        glued = _SO_GLUED.match(key(line))
        if glued:
            return int(glued.group("so")), \
                plain_hyphens(line[glued.start("kh"):glued.end("kh")]).rstrip("."), \
                line[glued.end():].strip()
        unread = _SO_UNREAD.match(key(line))
        if unread and "-" in unread.group("kh"):
            code = plain_ky_hieu(line[unread.start("kh"):unread.end("kh")])
            return (None, *_wrapped_code(code.rstrip("."), line[unread.end():].strip()))
        return _bare(line)
    so = int(match.group("so")) if match.group("so") and not _after_so(line, match) else None
    ky_hieu = plain_ky_hieu(line[match.start("kh"):match.end("kh")]).rstrip(".")
    return (so, *_wrapped_code(ky_hieu, line[match.end():].strip()))


def _bare(line: str) -> tuple[int | None, str, str] | None:
    """A Số line that prints no ký hiệu: the number as printed, or none, and ``""`` for the
    ký hiệu; None when what follows is neither nothing, a place and date nor a V/v.

    >>> _bare("Số: 12"), _bare("Số: 12/"), _bare("Số:"), _bare("Số: …… /")
    ((12, '', ''), (12, '', ''), (None, '', ''), (None, '', ''))
    >>> _bare("Số: 12 Kon Tum, ngày 14 tháng 3 năm 2025")
    (12, '', 'Kon Tum, ngày 14 tháng 3 năm 2025')
    >>> _bare("Số: 12 người"), _bare("Số: 5 (năm)"), _bare("Số 12")
    (None, None, None)
    """
    bare = _SO_BARE.match(key(line))
    if not bare:
        return None
    rest = line[bare.end():].strip()
    if rest and not read_ngay(rest) and not VV.match(key(rest)):
        return None
    return (int(bare.group("so")) if bare.group("so") else None), "", rest


def _place_for_code(line: str, match: re.Match[str]) -> bool:
    """What the Số line's pattern took for the ký hiệu is the first word of the place and date
    line read onto it (``Số: 12/ Kon Tum, ngày 14 ...``): a word in small letters, no hyphen.

    >>> read_so("Số: 12/ Kon Tum, ngày 14 tháng 3 năm 2025")
    (12, '', 'Kon Tum, ngày 14 tháng 3 năm 2025')
    >>> read_so("Số: 12/UBND Kon Tum, ngày 14 tháng 3 năm 2025")
    (12, 'UBND', 'Kon Tum, ngày 14 tháng 3 năm 2025')
    """
    code = line[match.start("kh"):match.end("kh")]
    return "-" not in code and not code.isupper() \
        and read_ngay(line[match.start("kh"):]) is not None


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
    found = _dated(_NGAY_NHAP, k, line, False) or _dated_in_pieces(k, line)
    if found:
        return found[1], None, int(found[0]["y"])
    found = _dated(_NGAY_TRONG, k, line, False)
    if found and found[1]:
        return found[1], None, None
    return None


def draft_month(line: str) -> int | None:
    """The month a draft's date prints with its day left blank (a Giấy mời's, a draft sent for
    signing in that month); None when the day is written, or the month blank too.

    >>> draft_month("Hà Nội, ngày    tháng 10 năm 2025"), draft_month("ngày 05 tháng 10 năm 2025")
    (10, None)
    """
    found = _MONTH_ONLY.search(key(line))
    month = int(found["m"]) if found else 0
    return month if 0 < month < 13 else None


def _dated_in_pieces(k: str, line: str) -> tuple[re.Match[str], str] | None:
    """A draft's date whose blanks a pen filled, read as signs, and whose printed words OCR cut
    into pieces there (``Cần Thơ, ngàyg)kthángl Ùn ăm 2025``): the words from ``ngày`` to the
    year read with no space between them, when that stretch is short and holds a sign.

    >>> read_ngay("Cần Thơ, ngàyg)kthángl Ùn ăm 2025"), read_ngay("Cần Thơ, ngày làm n ăm 2025")
    (('Cần Thơ', None, 2025), None)
    """
    at = re.search(_NGAI, k)
    year = re.search(r"\d{4}\s*$", k)
    if not at or not year or year.start() - at.start() > 30 \
            or not re.search(r"[^\w\s]", k[at.start():year.start()]):
        return None
    compact = k[:at.start()] + re.sub(r"\s+", "", k[at.start():year.start()]) + " " + year.group()
    return _dated(_NGAY_NHAP, compact, line, False)


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
    """A cell of the header or signature table (motto, number, date, Nơi nhận, authority); a
    Số cell with its ký hiệu: ``Số: 1145|TB-ĐHTĐ`` is a slash misread, not two cells.

    >>> split_cells(["Số: 1145|TB-ĐHTĐ"])
    ['Số: 1145|TB-ĐHTĐ']
    """
    so = read_so(cell)
    return bool(cell) and (split_motto(cell)[1] or bool(so and so[1])
                           or read_ngay(cell) is not None or bool(NOI_NHAN.match(key(cell)))
                           or is_authority(cell))

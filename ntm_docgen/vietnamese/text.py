"""Vietnamese text the decree's way: NFC, dates, numbers, case. Pure functions only."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

#: Points inside an article follow the Vietnamese alphabet (Phụ lục I, ô 6): no f, j, w, z.
ALPHABET_DIEM = "abcdđeghiklmnopqrstuvxy"

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

#: The blanks a draft leaves for the day and month, and for the number, written by hand after
#: signing (nd30-layout.md: ``Số:      /KH-UBND``, ``ngày    tháng    năm 2026``).
DATE_GAP = " " * 4
NUMBER_GAP = " " * 6


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the composed form TCVN 6909:2001 asks for.

    >>> nfc("Hu\u0300ng") == "Hừng" or nfc("Hu\u0300ng") == "H\u00f9ng"
    True
    >>> len(nfc("Vie\u0323\u0302t"))
    4
    """
    return unicodedata.normalize("NFC", text)


def decomposed(text: str) -> bool:
    """True when ``text`` holds a letter typed as a base and its marks (``Vie\u0323\u0302t``),
    which NFC composes. A sign that NFC only swaps for another sign of its own (the ohm sign
    Ω, U+2126, for the Greek Ω; the Kelvin sign for K) is a symbol, not a letter decomposed.

    >>> decomposed("Vie\u0323\u0302t"), decomposed("Việt"), decomposed("<10 \u2126")
    (True, False, False)
    """
    kept = "".join(unicodedata.normalize("NFC", c) for c in text)
    return unicodedata.normalize("NFC", kept) != kept


def pad2(number: int) -> str:
    """Give numbers below 10 a leading zero, as the decree does for số and ngày.

    >>> pad2(5), pad2(9), pad2(10), pad2(1741)
    ('05', '09', '10', '1741')
    """
    return f"{number:02d}"


def thang(month: int) -> str:
    """Write a month as the decree does: a leading zero only for months 1 and 2.

    >>> thang(1), thang(2), thang(3), thang(12)
    ('01', '02', '3', '12')
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1..12")
    return f"0{month}" if month < 3 else str(month)


def ngay_thang_nam(day: date | None, year: int | None = None, month: int | None = None) -> str:
    """Write the date of ô 4: ``ngày 05 tháng 01 năm 2026``; a draft leaves day and month blank,
    or the day alone when the month is known (a meeting's month, a draft for signing in it).

    >>> ngay_thang_nam(date(2019, 6, 29))
    'ngày 29 tháng 6 năm 2019'
    >>> ngay_thang_nam(date(2026, 1, 5))
    'ngày 05 tháng 01 năm 2026'
    >>> ngay_thang_nam(date(2018, 10, 9))
    'ngày 09 tháng 10 năm 2018'
    >>> ngay_thang_nam(None, 2026)
    'ngày    tháng    năm 2026'
    >>> ngay_thang_nam(None, 2026, 1), ngay_thang_nam(None, 2025, 10)
    ('ngày    tháng 01 năm 2026', 'ngày    tháng 10 năm 2025')
    """
    if day is None:
        if year is None:
            raise ValueError("a draft date needs the year")
        gap = f" {thang(month)} " if month else DATE_GAP
        return f"ngày{DATE_GAP}tháng{gap}năm {year}"
    return f"ngày {pad2(day.day)} tháng {thang(day.month)} năm {day.year}"


def dia_danh_ngay(dia_danh: str, day: date | None, year: int | None = None,
                  month: int | None = None) -> str:
    """The whole ô 4 line: place, comma, date.

    >>> dia_danh_ngay("Hà Nội", date(2018, 7, 31))
    'Hà Nội, ngày 31 tháng 7 năm 2018'
    """
    return f"{nfc(dia_danh)}, {ngay_thang_nam(day, year, month)}"


def ngay_ngan(day: date) -> str:
    """The short date clerks write in running text and citations: ``31/7/2018``; the day and
    month padded as in ô 4 (:func:`thang`).

    >>> ngay_ngan(date(2018, 7, 31)), ngay_ngan(date(2019, 3, 5)), ngay_ngan(date(2026, 1, 29))
    ('31/7/2018', '05/3/2019', '29/01/2026')
    """
    return f"{pad2(day.day)}/{thang(day.month)}/{day.year}"


def ngay_so(day: date) -> str:
    """A date in messages and listings, as the command line takes it: ``05/01/2026``.

    >>> ngay_so(date(2026, 1, 5)), ngay_so(date(2025, 7, 1))
    ('05/01/2026', '01/07/2025')
    """
    return f"{pad2(day.day)}/{pad2(day.month)}/{day.year}"


def so_ky_hieu(so: int | None, ky_hieu: str) -> str:
    """The whole ô 3 line. A draft keeps a blank where the number will be written.

    >>> so_ky_hieu(5, "KH-UBND"), so_ky_hieu(1741, "HD-BTĐKT")
    ('Số: 05/KH-UBND', 'Số: 1741/HD-BTĐKT')
    >>> so_ky_hieu(None, "UBND-TH")
    'Số:      /UBND-TH'
    """
    if so is None:
        return f"Số:{NUMBER_GAP}/{ky_hieu}"
    return f"Số: {pad2(so)}/{ky_hieu}"


def so_hieu(so: int | None, ky_hieu: str) -> str:
    """Number and ký hiệu as cited in running text: ``1741/HD-BTĐKT``; a draft gives ``   /KH``.

    >>> so_hieu(106, "HD-SNV"), so_hieu(3, "KH-UBND")
    ('106/HD-SNV', '03/KH-UBND')
    """
    return f"{pad2(so) if so is not None else NUMBER_GAP}/{ky_hieu}"


def upper_vi(text: str) -> str:
    """Upper-case Vietnamese text, keeping NFC (``đ`` → ``Đ``, ``ơ`` → ``Ơ``, ``ư`` → ``Ư``).

    >>> upper_vi("đề cương báo cáo"), upper_vi("thương khẩn"), upper_vi("Ủy ban")
    ('ĐỀ CƯƠNG BÁO CÁO', 'THƯƠNG KHẨN', 'ỦY BAN')
    >>> upper_vi("Vie\u0323\u0302t") == "VIỆT"
    True
    """
    return nfc(nfc(text).upper())


def is_upper_vi(text: str) -> bool:
    """True when every letter of ``text`` is a capital (and there is at least one letter).

    >>> is_upper_vi("I. MỤC ĐÍCH, YÊU CẦU"), is_upper_vi("Đánh giá"), is_upper_vi("2019 - 2020")
    (True, False, False)
    """
    return text.isupper()


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics (``Đ`` → ``D``): for file names and forgiving look-ups.

    >>> strip_diacritics("Hướng dẫn Đặc khu")
    'Huong dan Dac khu'
    """
    return text if text.isascii() else _stripped(text)


def marked_share(texts: Iterable[str]) -> tuple[int, float]:
    """How many letters ``texts`` hold, and the share of them that carry a Vietnamese mark
    (a typed Vietnamese letter about a quarter; an OCR without the Vietnamese model hardly any).

    >>> marked_share(["Hướng dẫn", "Huong dan"])
    (16, 0.1875)
    """
    letters = [c for text in texts for c in text if c.isalpha()]
    marked = sum(1 for c in letters if strip_diacritics(c) != c)
    return len(letters), marked / len(letters) if letters else 0.0


@lru_cache(maxsize=1 << 14)
def _stripped(text: str) -> str:
    """strip_diacritics of a text with letters beyond ASCII; kept, since the importer looks at
    each line many times."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def so_la_ma(number: int) -> str:
    """Roman numerals for headings and appendix names (``Phụ lục II``).

    >>> so_la_ma(1), so_la_ma(4), so_la_ma(9), so_la_ma(14), so_la_ma(20)
    ('I', 'IV', 'IX', 'XIV', 'XX')
    """
    if number <= 0:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def diem(index: int) -> str:
    """The n-th point label (0-based) in the Vietnamese alphabet: ``a)``, ``b)``, ..., ``đ)``.

    >>> [diem(i) for i in range(7)]
    ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']
    """
    return f"{ALPHABET_DIEM[index]})"


def so(number: float | int, locale: str = "vi_VN") -> str:
    """Format a number for running text with the locale's separators (babel).

    >>> so(1500000), so(1234.5), so(1500000, "en_US")
    ('1.500.000', '1.234,5', '1,500,000')
    """
    from babel.numbers import format_decimal  # babel is loaded only when a number is printed

    return format_decimal(number, locale=locale)


def name_in_capitals(name: str) -> bool:
    """True when a word of the name (two letters or more) is all capitals; initials are fine.

    >>> [name_in_capitals(n) for n in ("NGUYỄN Văn An", "Nguyễn Văn An", "A B", "Lê Văn A")]
    [True, False, False, False]
    """
    return any(len(word) > 1 and word.isalpha() and word.isupper() for word in name.split())


#: What XML cannot hold, and the invisible marks that set text right to left (an override
#: would print a number or a name backwards, U+202E "TH-UBND" read as "DNBU-HT") or a byte order
#: mark inside text: no Vietnamese letter holds one.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
                      "\ufffe\uffff]")


def clean_control(text: str, lines: bool = True) -> str:
    """Text without the control characters XML cannot hold and the right-to-left marks (see
    ``_CONTROL``): Word's line and page breaks
    (``\\v``, ``\\f``) become new lines, a tab a space, the rest go; with ``lines=False``
    every line break becomes one space (a field printed on one line).

    >>> clean_control("V/v a\\vb\\x01c\\td"), clean_control("Hoàng Thị\\r\\nHiền", lines=False)
    ('V/v a\\nbc d', 'Hoàng Thị Hiền')
    >>> clean_control("Số: 12/\u202eUBND-TH\u202c\u200f")
    'Số: 12/UBND-TH'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\t", " "))
    if not lines:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return text


def close_matches(word: str, choices: list[str] | set[str] | tuple[str, ...]) -> list[str]:
    """The choices that look like a mistyped ``word`` (difflib), best first.

    >>> close_matches("KHH", ["KH", "HD", "QĐ"])
    ['KH']
    """
    import difflib  # loaded only for a mistyped value

    return difflib.get_close_matches(word, list(choices), n=3, cutoff=0.75)


#: every character typed for the hyphen: the Unicode and non-breaking hyphens text pasted from
#: a web page or a PDF brings, the figure, en and em dashes, the horizontal bar, the minus sign
TYPED_FOR_HYPHEN = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_FOR_HYPHEN = re.compile(f"[{TYPED_FOR_HYPHEN}]")


def plain_hyphens(text: str) -> str:
    """``text`` with every character typed for the hyphen made the keyboard's hyphen.

    >>> plain_hyphens("UBND\u2010VP"), plain_hyphens("QĐ\u2013UBND"), plain_hyphens("KH-UBND")
    ('UBND-VP', 'QĐ-UBND', 'KH-UBND')
    """
    return _FOR_HYPHEN.sub("-", text)


def plain_ky_hieu(text: str) -> str:
    """A ký hiệu as the decree writes it: its hyphens the keyboard's, no space round them.

    >>> plain_ky_hieu("SNV \u2013 TĐKT"), plain_ky_hieu("TTr- CAT-PC04")
    ('SNV-TĐKT', 'TTr-CAT-PC04')
    """
    return re.sub(r"\s?-\s?", "-", plain_hyphens(text))

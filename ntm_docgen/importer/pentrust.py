"""Whether a number or a day read in a pen's blank can be trusted (``handwritten``): a ``1`` at
the end of a number where the blank's ink runs into the cut, and a day held against the dates
the page gives itself; and the line with the value written into its blank."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.signing import signed_on

#: A letter is dated on the day its digital signature's note was made or a few days before:
#: of the 33 held-out letters with such a note, 31 are dated 0 to 5 days before it (one 17
#: days before, one 3 days after: those two days are never read by this rule).
DAYS_BEFORE_SIGNING = 5
#: The date of a letter the page cites by its number, ``số 4039/STC-HCSN ngày 20/11/2024`` or
#: ``ngày 20 tháng 11 năm 2024`` (unmarked): a deadline (``trước ngày 14/12/2025``) has none.
_CITED = re.compile(r"\bso:? ?\d[\w/.-]*,? ngay (?:(\d{1,2})/(\d{1,2})/(\d{4})\b"
                    r"|(\d{1,2}) thang (\d{1,2}) nam (\d{4}))")
#: The printed words before the blanks, in the key of Tesseract's letters read one by one.
SO = re.compile(r"s[o6]\s*:?")
NGAY = re.compile(r"(?<!quang)(?<!quang )nga[yvi]")


def edge_one(blank: Any, value: str) -> bool:
    """Whether ``value`` has a ``1`` at an end where the blank's ink touches its edge: the
    stroke may be the colon of ``Số:`` or the ký hiệu's slash cut in, not a digit (5240's
    slash read ``52401``). ``blank``: the blank as read, in grey.

    >>> from PIL import Image, ImageDraw
    >>> blank = Image.new("L", (60, 40), 255)
    >>> ImageDraw.Draw(blank).line((59, 5, 59, 35), fill=0, width=1)
    >>> edge_one(blank, "521"), edge_one(blank, "52"), edge_one(blank, "152")
    (True, False, False)
    """
    grey = blank.convert("L")
    first, last = (grey.crop((x, 0, x + 1, grey.height)).getextrema()[0]
                   for x in (0, grey.width - 1))
    return (value.startswith("1") and first < 128) or (value.endswith("1") and last < 128)


def cited(lines: Iterable[str]) -> list[date]:
    """The dates of the letters the page's lines cite by their number (``Công văn số
    4039/STC-HCSN ngày 20/11/2024``), a digital signature's note left out: a letter cites only
    what was made before it.

    >>> cited(["theo Công văn số 4039/STC-HCSN ngày 20/11/2024,", "21.01.2025 09:27:35",
    ...        "Nghị quyết số 12/NQ-HĐND ngày 31 tháng 2 năm 2024", "trước ngày 14/12/2025"])
    [datetime.date(2024, 11, 20)]
    """
    found = []
    for text in lines:
        if signed_on([text]) is not None:
            continue
        for m in _CITED.finditer(key(text)):
            d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
            try:
                found.append(date(int(y), int(mo), int(d)))
            except ValueError:
                continue
    return found


def day_held(found: date, written: str, signed: date | None, dates: tuple[date, ...]) -> bool:
    """Whether a day read as ``written`` (its digits) may be the letter's: with a digital
    signature's note, on its day or up to ``DAYS_BEFORE_SIGNING`` before it; without one,
    written with two digits as a clerk writes a day (a digit lost at the blank's edge reads
    ``8`` for 28); and never before a date the page cites.

    >>> day_held(date(2025, 1, 20), "20", date(2025, 1, 21), ())
    True
    >>> day_held(date(2025, 1, 8), "8", None, ()), day_held(date(2025, 1, 8), "08", None, ())
    (False, True)
    >>> day_held(date(2025, 1, 8), "08", None, (date(2025, 1, 10),))
    False
    """
    if any(found < d for d in dates if d.year <= found.year):  # a year OCR misread: 2925
        return False
    if signed is None:
        return len(written) == 2
    return signed - timedelta(days=DAYS_BEFORE_SIGNING) <= found <= signed


def slash_at(k: str, start: int) -> int:
    """Where the ký hiệu's slash is after ``start``, or the mark OCR read for it after a
    number written by hand (``Số:l145)TB-ĐHTĐ``); -1 when there is none.

    >>> slash_at("so: 0) /ttr-ubnd", 0), slash_at("so:l145)tb-dhtd", 0), slash_at("so: tb", 0)
    (7, 7, -1)
    """
    found = [n for n in (k.find(mark, start) for mark in "/)|") if n >= 0]
    return k.find("/", start) if "/" in k[start:] else min(found, default=-1)


def with_number(text: str, value: str) -> str:
    """The Số line with ``value`` in its blank, what OCR read there left out.

    >>> with_number("Số: 0) /TIr-UBND", "09"), with_number("Số: /TB-UBND", "493")
    ('Số: 09 /TIr-UBND', 'Số: 493 /TB-UBND')
    """
    k = key(text)
    so = SO.search(k)
    assert so is not None
    return f"{text[:so.end()].rstrip()} {value} /{text[slash_at(k, so.end()) + 1:]}"


def with_day(text: str, day: date) -> str:
    """The date line with the day and the month in their blanks.

    >>> with_day("Lâm Đông, ngày - tháng 11 năm 2025", date(2025, 11, 13))
    'Lâm Đông, ngày 13 tháng 11 năm 2025'
    >>> with_day("Quảng Ngãi, ngàytháng 01 năm 2025", date(2025, 1, 20))
    'Quảng Ngãi, ngày 20 tháng 01 năm 2025'
    """
    k = key(text)
    ngay = NGAY.search(k)
    assert ngay is not None
    thang = k.index("thang", ngay.end())
    nam = k.index("nam", thang)
    month = text[thang + 5:nam].strip()
    if not month.isdigit() or int(month) != day.month:
        month = f"{day.month:02d}"
    return f"{text[:ngay.start()]}ngày {day.day:02d} tháng {month} {text[nam:]}"


def rewritten(words: list[Word], mine: list[Word], text: str) -> list[Word]:
    """The page's words with ``mine`` (words of one line) made one word of ``text``."""
    first = min(mine, key=lambda w: w.x0)
    one = Word(text, first.x0, max(w.x1 for w in mine), min(w.top for w in mine),
               max(w.bottom for w in mine), first.size, first.bold, first.line)
    return [one if w is first else w for w in words if w is first or w not in mine]

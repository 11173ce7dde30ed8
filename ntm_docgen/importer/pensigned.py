"""A day written by hand on a scan whose digital signature's note holds the letter's day
(``handwritten._day``): the note leaves six days the letter may be dated, so PP-OCR's looks at
the blank need not all read alike; a day is taken when the looks that read a day of those six
read the same one, at least two of them, and every other look read a part of it (a digit lost
at an end: ``07`` read ``7``) or no day of the six (``#8``, ``45``) (docs/accuracy.md, "the
pen's day held by the signing note")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from ntm_docgen.importer.penread import EDGE_MARKS, looks, missing, readable
from ntm_docgen.importer.pentrust import day_held
from ntm_docgen.importer.signing import signed_on

#: A signing note's day and time alone on a line, read with marks lost (``18032024 092939``
#: for ``18.03.2024 09:29:39``, ``1209.2024 07:49:43``): a day, a month, a year, a time.
_RUN_TOGETHER = re.compile(r"^(\d{2})[./-]?(\d{2})[./-]?(20\d{2}) ?\d{2}:?\d{2}:?\d{2}$")


def signed_note(lines: list[str]) -> date | None:
    """The day of the digital signature's note among the page's top ``lines``
    (``signing.signed_on``), or of a line that is the note's day and time alone with their
    marks lost.

    >>> signed_note(["TRUNG TÂM CÔNG", "18032024 092939", "+07:00"])
    datetime.date(2024, 3, 18)
    >>> signed_note(["1209.2024 07:49:43"])
    datetime.date(2024, 9, 12)
    >>> signed_note(["2611202434586"]), signed_note(["Số 12032024 092939"])
    (None, None)
    """
    found = signed_on(lines)
    runs = [run for text in lines if (run := _RUN_TOGETHER.match(text.strip()))]
    for run in runs if found is None else ():
        try:
            return date(int(run[3]), int(run[2]), int(run[1]))
        except ValueError:
            continue
    return found


def held(crop: Any, span: tuple[int, int], fits: Callable[[str], bool],
         tesseract: Callable[[Any], str | None]) -> str | None:
    """The day PP-OCR's looks read on the blank ``span`` of the line ``crop`` (grey) when a
    signing note holds the letter's day (``day_of_window``; ``fits``: ``in_window``), what
    Tesseract's ways agree on there (``tesseract``) the same or nothing."""
    left, right = span
    if missing() is not None or not readable(right - left, crop.height):
        return None
    blank = crop.crop((left + 2, 0, right - 2, crop.height))
    value = day_of_window(looks(blank), fits)
    return value if value is not None and tesseract(blank) in (None, value) else None


def day_of_window(looks: list[str], fits: Callable[[str], bool]) -> str | None:
    """The day the looks read (``penread.looks``), or None; ``fits``: whether digits make a day
    the signing note allows.

    >>> fits = lambda d: d in ("12", "13", "14", "15", "16", "17")
    >>> day_of_window(["15", "15", "15", "45"], fits), day_of_window(["17", "17", "7", "1"], fits)
    ('15', '17')
    >>> day_of_window(["15", "1", "#5", "15"], fits), day_of_window(["15", "17", "15", "15"], fits)
    ('15', None)
    >>> day_of_window(["15", "", "", ""], fits), day_of_window(["155", "155", "15", "15"], fits)
    (None, None)
    >>> day_of_window(["22", "2", "2", "22"], fits), day_of_window(["15", "15", "7", "15"], fits)
    (None, None)
    """
    read = [look.strip(EDGE_MARKS) for look in looks]
    days = {int(r) for r in read if _digits(r) and fits(r)}
    if len(days) != 1:
        return None
    day = max((r for r in read if _digits(r) and int(r) == min(days)), key=len)
    if sum(r == day for r in read) < 2:
        return None
    for other in read:
        if other == day or not _digits(other):
            continue
        lost = len(other) == len(day) - 1 and (day.startswith(other) or day.endswith(other))
        if len(other) > len(day) or len(other) < len(day) and not lost:
            return None  # a digit more, or one lost and another misread
    return day


def in_window(year: int, month: str, signed: date, dates: tuple[date, ...]
              ) -> Callable[[str], bool]:
    """Whether digits make a day of ``month`` the signing note ``signed`` allows
    (``pentrust.day_held``), after every letter the page cites."""
    def fits(digits: str) -> bool:
        try:
            found = date(year, int(month), int(digits))
        except ValueError:
            return False
        return day_held(found, digits, signed, dates)
    return fits


def _digits(text: str) -> bool:
    return text.isdigit() and text.isascii()

"""Dates as a clerk types them: ``31/12/2026``, ``5/1/2026``, ``05.01.2026`` or the ISO
``2026-12-31``; a year typed short (``0026``) told apart from a day the calendar lacks."""

from __future__ import annotations

import re
from datetime import date

_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
#: The first year a letter of the state can bear: a year before it is a year typed short
#: ("0026-12-05" for 2026) or a slip of the keyboard, never a letter's.
FIRST_YEAR = 1945


class YearError(ValueError):
    """A date whose year is before ``FIRST_YEAR``: typed short, as ``0026`` for 2026."""

    def __init__(self, text: str, year: int) -> None:
        super().__init__(f"{text!r}: the year {year} is before {FIRST_YEAR}")
        self.year = year


def year_in_full(year: int) -> int | None:
    """The year a clerk who typed ``year`` with two digits most likely meant (26 → 2026,
    99 → 1999); None for a year of more digits, which is no short form.

    >>> year_in_full(26), year_in_full(99), year_in_full(1926)
    (2026, 1999, None)
    """
    if year >= 100:
        return None
    return 2000 + year if year < 50 else 1900 + year


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> date:
    """Read a date as clerks write it (``31/12/2026``, ``5/1/2026``, ``05.01.2026``) or in ISO
    form (``2026-12-31``). ValueError for anything else, or a day the calendar does not have.

    >>> parse_date("31/12/2026"), parse_date("5/1/2026"), parse_date(" 2026-01-05 ")
    (datetime.date(2026, 12, 31), datetime.date(2026, 1, 5), datetime.date(2026, 1, 5))
    >>> parse_date("31/02/2026")
    Traceback (most recent call last):
    ValueError: '31/02/2026' is a day the calendar does not have
    >>> parse_date("05/12/0026")
    Traceback (most recent call last):
    ntm_docgen.vietnamese.typeddate.YearError: '05/12/0026': the year 26 is before 1945
    """
    text = text.strip()
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = map(int, match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
    else:
        raise ValueError(f"{text!r} is not DD/MM/YYYY or YYYY-MM-DD")
    if year < FIRST_YEAR:
        raise YearError(text, year)
    try:
        return date(year, month, day)
    except ValueError as e:
        raise ValueError(f"{text!r} is a day the calendar does not have") from e

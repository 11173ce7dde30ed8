"""A workbook's number or date as its cell's format shows it, where the format says more than
the value: zeros padding a whole number, thousands grouped, a percent, a negative in brackets,
a unit after the number, a date as month and year. A letter prints what she sees in her
spreadsheet, written the Vietnamese way (``1.250.000``, ``2,5``).

The format's language is the spreadsheet's (ECMA-376 Part 1, 18.8.31). No maintained Python
library renders it (the one port of SheetJS's renderer, ``ssf``, was last released in 2020
and fails at start with today's Babel), so the parts a list of recipients uses are read here
and the number itself is written by Babel, rounded half up as the spreadsheet rounds."""

from __future__ import annotations

import decimal
import functools
import re
from datetime import date, datetime
from typing import Any

from babel.numbers import format_decimal

from ntm_docgen.vietnamese.text import thang

#: One section of a format: its quoted texts and escaped characters kept whole.
_TOKEN = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\[\]]*\]|[^"\\_*]')
#: The number's own part of a section: digits, grouping, decimals, an exponent.
_CORE = re.compile(r"[0#?][0#?,]*(?:\.[0#?]*)?,*(?:[Ee][+-][0#?]+)?|\.[0#?]+,*|(?i:general)")
#: A condition of a section (``[>=1000000]``).
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]")
#: The date parts a list writes (``dd/mm/yyyy``, ``mm/yyyy``), the longest first; a month's or
#: a day's name (``mmm``, ``mmmm``, ``ddd``, ``dddd``), a time, are left to the date as the
#: letter writes it.
_DATE = re.compile(r"(?i)(yyyy|yy|d{3,}|dd|d|m{3,}|mm|m)")
#: The formats a spreadsheet shows by the computer's own short date (``mm-dd-yy`` is 01/07/2025
#: on a Vietnamese Windows): left to the date as the letter writes it.
_SYSTEM_DATES = frozenset({"mm-dd-yy", "m/d/yy", "m/d/yyyy", "d-mmm-yy", "d-mmm", "mmm-yy"})
_LONGEST = 200  # characters of a format read; a longer one is left (no list writes one)


def shown(cell: Any, value: Any) -> Any:
    """``value`` as ``cell``'s format shows it: a number padded with zeros (the STT 01, 02, … a
    clerk formats as ``00``), grouped with dots and its decimals after a comma, a percent, a
    negative in brackets, a unit; a date as the parts the format shows. A value the format
    says nothing more of (``General``, text) as it is.

    >>> class Cell:
    ...     def __init__(self, number_format): self.number_format = number_format
    >>> shown(Cell("00"), 7), shown(Cell("#,##0"), 1250000), shown(Cell("#,##0.00"), 1234.5)
    ('07', '1.250.000', '1.234,50')
    >>> shown(Cell("General"), 1250000), shown(Cell("#,##0"), "1250000"), shown(Cell("@"), 2.5)
    (1250000, '1250000', 2.5)
    >>> shown(Cell("#,##0"), 1234.5), shown(Cell("0%"), 0.05), shown(Cell("0"), 2.5)
    ('1.235', '5%', '3')
    >>> shown(Cell("#,##0;(#,##0)"), -1250000), shown(Cell('#,##0 "đ"'), 1250000)
    ('(1.250.000)', '1.250.000 đ')
    >>> shown(Cell('_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'), 1250000)
    '1.250.000'
    >>> shown(Cell("[Red]#,##0"), -5), shown(Cell("mm/yyyy"), datetime(2025, 7, 1))
    ('-5', '07/2025')
    >>> shown(Cell('"Năm 2025: "0'), 7), shown(Cell('#,##0,," triệu"'), 1250000)
    ('Năm 2025: 7', '1 triệu')
    >>> shown(Cell('#,##0.0,," tr"'), 2500000), shown(Cell("0.0,"), 123456)
    ('2,5 tr', '123,5')
    >>> shown(Cell('General" kg"'), 5.5), shown(Cell(";;;"), 5), shown(Cell("0;-0;;@"), 0)
    ('5,5 kg', '', '')
    >>> shown(Cell("#,###"), 0), shown(Cell("#,###"), 1250), shown(Cell("#.##"), 0.5)
    ('', '1.250', ',5')
    >>> shown(Cell("mmmm yyyy"), datetime(2025, 7, 1)), shown(Cell("dddd"), date(2025, 7, 1))
    ('tháng 7 năm 2025', datetime.date(2025, 7, 1))
    """
    number_format = str(getattr(cell, "number_format", "") or "")
    if len(number_format) > _LONGEST or isinstance(value, bool):
        return value
    if isinstance(value, (date, datetime)):
        return _date(number_format, value)
    if not isinstance(value, (int, float)) or value != value or value in (float("inf"),
                                                                          float("-inf")):
        return value
    section, signed = _section(number_format, value)
    if section == "" and ";" in number_format:
        return ""  # a section left empty shows nothing (;;; hides a cell)
    if section is None or section.strip().lower() in ("general", "") or "@" in section:
        return value
    try:
        return _number(section, abs(value) if not signed else value)
    except (ValueError, ArithmeticError):  # a format Babel cannot write: the value as it is
        return value


@functools.lru_cache(maxsize=256)
def _sections(number_format: str) -> tuple[str, ...]:
    """The sections of a format, read once for every cell of a list that holds it."""
    parts: list[str] = []
    current: list[str] = []
    for token in _TOKEN.findall(number_format):
        if token == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(token)
    return (*parts, "".join(current))


def _section(number_format: str, value: float) -> tuple[str | None, bool]:
    """The section that shows ``value``, and whether the value keeps its sign there (a
    negative in the first section of one, or under a condition, prints its minus)."""
    sections = _sections(number_format)[:4]
    conditions = [_CONDITION.search(s) for s in sections[:2]]
    if any(conditions):
        for section, condition in zip(sections[:2], conditions, strict=False):
            if condition is None or _holds(condition, value):
                return section, True
        return (sections[2] if len(sections) > 2 else None), True
    if value < 0 and len(sections) > 1:
        return sections[1], False
    if value == 0 and len(sections) > 2:
        return sections[2], False
    return sections[0], True


def _holds(condition: re.Match, value: float) -> bool:
    limit = float(condition[2])
    return {"<": value < limit, ">": value > limit, "=": value == limit,
            "<=": value <= limit, ">=": value >= limit, "<>": value != limit}[condition[1]]


def _number(section: str, value: float) -> str:
    """``value`` written by one section: its texts kept, its colour, fill and spacing left
    out, its number written by Babel in Vietnamese, rounded half up."""
    shown_as: list[str] = []
    format_chars: list[str] = []  # the same text, its literal characters blanked
    percent = 0
    for token in _TOKEN.findall(section):
        literal = ""
        if token.startswith('"'):
            literal = token[1:-1]
        elif token.startswith("\\"):
            literal = token[1]
        elif token.startswith("[$"):  # a currency: [$đ-42A] writes đ
            literal = token[2:-1].split("-")[0]
        elif token.startswith(("[", "_", "*")):
            continue
        else:
            percent += token == "%"
            shown_as.append(token)
            format_chars.append(token)
            continue
        shown_as.append(literal)
        format_chars.append("\0" * len(literal))
    text = "".join(shown_as)
    found = _CORE.search("".join(format_chars))
    if found is None:
        return text.strip()
    core = found[0]
    number = decimal.Decimal(format(value, ".15g")) * 100 ** percent  # 15 digits, as shown
    if core.lower() == "general":  # General" kg": the number as General writes it, and the unit
        core = "0.#########"
    while core.endswith(","):  # #,##0, shows thousands; #,##0,, millions
        core, number = core[:-1], number / 1000
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_HALF_UP
        written = format_decimal(number, format=core.replace("?", "#"), locale="vi")
    if "0" not in core.split(".")[0] and written.lstrip("-")[:1] == "0":  # #,### shows no 0
        written = written.replace("0", "", 1)  # before its decimals: 0 is "", 0,5 is ",5"
    return f"{text[:found.start()]}{written}{text[found.end():]}".strip()


def _date(number_format: str, value: date) -> Any:
    """A date as a format of its day, month and year alone shows it (``mm/yyyy``, ``"Tháng "mm"
    năm "yyyy``, its quoted words kept); a month named without its day (``mmmm yyyy``, which
    shows "Tháng Bảy 2025") as the decree writes a month, ``tháng 7 năm 2025``; any other
    format (a day's name, a time, the computer's own short date) left to the letter. A day or
    a month after her own word "ngày" or "tháng" is written as the decree writes a date's.

    >>> day = date(2025, 7, 1)
    >>> _date('"Tháng "mm" năm "yyyy', day), _date("mmmm yyyy", day), _date("mmmm-yy", day)
    ('Tháng 7 năm 2025', 'tháng 7 năm 2025', 'tháng 7 năm 2025')
    >>> _date('"ngày "d" tháng "m" năm "yyyy', date(2026, 1, 5)), _date("dd/mm/yyyy", day)
    ('ngày 05 tháng 01 năm 2026', '01/07/2025')
    >>> _date("dddd dd/mm/yyyy", day), _date("d mmmm yyyy", day)
    (datetime.date(2025, 7, 1), datetime.date(2025, 7, 1))
    """
    tokens = [t for t in _TOKEN.findall(_sections(number_format)[0])
              if not t.startswith(("[", "_", "*"))]
    shape = "".join("" if t.startswith(('"', "\\")) else t for t in tokens).lower()
    if shape in _SYSTEM_DATES or not _DATE.search(shape) or \
            re.sub(r"[dmy]+|[/.\-, ]", "", shape):
        return value
    named = [m[0] for m in _DATE.finditer(shape) if len(m[0]) > 2 and m[0][0] in "dm"]
    if named:  # a day's or a month's name: "Tháng Bảy", "Thứ Ba"
        if "d" in shape or "y" not in shape or any(n[0] == "d" for n in named):
            return value  # with its day: the date as the letter writes a date
        return f"tháng {thang(value.month)} năm {value.year}"
    parts = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}",
             "dd": f"{value.day:02d}", "d": str(value.day),
             "mm": f"{value.month:02d}", "m": str(value.month)}
    written: list[str] = []
    run = ""  # the format's own letters in runs (mm, yyyy), its quoted words kept

    def part(found: re.Match[str]) -> str:  # after her word "tháng" or "ngày", as the decree
        after = "".join(written).rstrip().lower() if found.start() == 0 else ""
        if found[0][0].lower() == "m" and after.endswith("tháng"):
            return thang(value.month)  # writes them: tháng 7, tháng 01, ngày 05
        return f"{value.day:02d}" if after.endswith("ngày") else parts[found[0].lower()]

    for token in [*tokens, '""']:
        if token.startswith(('"', "\\")):
            written += [_DATE.sub(part, run), token[1:-1] if token.startswith('"') else token[1]]
            run = ""
        else:
            run += token
    return "".join(written)

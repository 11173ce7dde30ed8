"""A workbook's number as its cell's format shows it, where the format says more than the
number: zeros padding a whole number, thousands grouped. A letter prints what she sees in her
spreadsheet, written the Vietnamese way (``1.250.000``, ``2,5``)."""

from __future__ import annotations

import re
from typing import Any

from babel.numbers import format_decimal

#: A number format that pads a whole number with zeros (``00`` shows 1 as 01; ``0000000000``
#: keeps a phone number's first 0).
_ZEROS = re.compile(r"0{2,}")
#: A number format that groups thousands, with its decimals if any (``#,##0``, ``#,##0.00``):
#: the money and the counts of a list. A format of other parts (a currency, a colour) is left.
_GROUPED = re.compile(r"#,##0(?:\.0{1,6})?")


def shown(cell: Any, value: Any) -> Any:
    """``value`` as ``cell``'s format shows it (its first part, for numbers above zero): padded
    with zeros (the STT 01, 02, … a clerk formats as ``00``), or its thousands grouped with
    dots and its decimals after a comma; any other value as it is.

    >>> class Cell:
    ...     def __init__(self, number_format): self.number_format = number_format
    >>> shown(Cell("00"), 7), shown(Cell("#,##0"), 1250000), shown(Cell("#,##0.00"), 1234.5)
    ('07', '1.250.000', '1.234,50')
    >>> shown(Cell("General"), 1250000), shown(Cell("#,##0"), "1250000"), shown(Cell("0"), 2.5)
    (1250000, '1250000', 2.5)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    number_format = (getattr(cell, "number_format", "") or "").split(";")[0]
    if _GROUPED.fullmatch(number_format):
        return format_decimal(value, format=number_format, locale="vi")
    if not _ZEROS.fullmatch(number_format) or value != int(value) or value < 0:
        return value
    return str(int(value)).zfill(len(number_format))

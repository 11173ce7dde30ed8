"""The letter's date against the documents it cites: a letter cannot cite one issued after it.

A letter copied from last year's and sent without its date line changed still reads "năm 2025"
while its căn cứ cite documents of 2026; or the cited date is the one mistyped. Either way the
page says something that cannot be: a document numbered and dated before the letter cites it
(``Kế hoạch số 12/KH-UBND ngày 10/01/2026``) is dated after the letter's own date. A deadline
(``trước ngày 30/6/2026``) is no citation: only a date right after a number and its ký hiệu is.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ntm_docgen.check.common import where
from ntm_docgen.check.elements import Letter
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.rules_head import NGAY_FORM
from ntm_docgen.i18n import _

#: ``số 12/KH-UBND ngày 10/01/2026``, ``số 42/2024/QH15 ngày 29 tháng 11 năm 2024``: a number
#: with its ký hiệu, then (after a comma at most) its date, in figures or in words.
_CITED = re.compile(
    r"\bsố\s*:?\s*(?P<so>\d[\w.\-]{0,40}/[\w.\-/]{1,60})\s{0,3},?\s{1,3}ngày\s+(?P<d>\d{1,2})\s*"
    r"(?:[/.\-]|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(?P<y>\d{4})\b")


def cited_dates(text: str) -> list[tuple[str, date]]:
    """Each document ``text`` cites with its number and date: the number and the date.

    >>> cited_dates("Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2026 và Luật số 42/2024/QH15 "
    ...             "ngày 29 tháng 11 năm 2024; báo cáo trước ngày 30/6/2026.")
    [('12/KH-UBND', datetime.date(2026, 1, 10)), ('42/2024/QH15', datetime.date(2024, 11, 29))]
    >>> cited_dates("Văn bản số 5/UBND ngày 31/02/2026")  # no such day: nothing to compare
    []
    """
    out = []
    for match in _CITED.finditer(text):
        try:
            out.append((match["so"], date(int(match["y"]), int(match["m"]), int(match["d"]))))
        except ValueError:
            continue
    return out


def latest_day(text: str) -> date | None:
    """The latest day the date line ``text`` can mean: its day, or the month's last day when
    the day is left blank for the signing (``ngày   tháng 4 năm 2026``), or the year's last
    when the month is blank too; None without a year.

    >>> latest_day("Hà Nội, ngày 05 tháng 3 năm 2026"), latest_day("Huế, ngày  tháng 4 năm 2026")
    (datetime.date(2026, 3, 5), datetime.date(2026, 4, 30))
    >>> latest_day("Huế, ngày  tháng  năm 2026"), latest_day("Huế, ngày  tháng  năm")
    (datetime.date(2026, 12, 31), None)
    """
    match = NGAY_FORM.search(text)
    if match is None or not match["y"]:
        return None
    year = int(match["y"])
    try:
        if not match["m"]:
            return date(year, 12, 31)
        month = int(match["m"])
        day = int(match["d"]) if match["d"] else calendar.monthrange(year, month)[1]
        return date(year, month, day)
    except ValueError:  # a month 13 or a day 32: the date line's own rules tell it
        return None


def before_cited(letter: Letter) -> list[Finding]:
    """The first document the letter cites that is dated after the letter's own date."""
    line = letter.ngay
    latest = latest_day(line.clean) if line is not None else None
    if line is None or latest is None:
        return []
    for para in letter.body:  # the Căn cứ lines among them (check/locate)
        for so, cited in cited_dates(para.clean):
            if cited > latest:
                return [Finding(
                    "ngay.before_cited", where(line.para), short(line.clean),
                    _("dated before document {so} of {cited}, which it cites").format(
                        so=so, cited=f"{cited:%d/%m/%Y}"),
                    _("a date on or after the documents it cites"), anchor=line.para.el,
                    note=_('the letter is dated "{line}" but cites document {so} of {cited}, '
                           'issued after it ({where}); check the year of the date line, or '
                           'the date of the document cited').format(
                        line=short(line.clean), so=so, cited=f"{cited:%d/%m/%Y}",
                        where=where(para)))]
    return []

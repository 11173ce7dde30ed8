"""A copy dated before its original: the original's date read from its place-and-date line."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ntm_docgen.copies.docxopen import open_docx
from ntm_docgen.copies.package import paragraph_text, w
from ntm_docgen.letter.spec import BanSao
from ntm_docgen.letter.spec_warnings import copied_before

#: The place-and-date line (``Lạng Sơn, ngày 31 tháng 5 năm 2019``): the comma before ``ngày``
#: tells it from a date cited in a căn cứ.
_DATE_LINE = re.compile(r",\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                        re.IGNORECASE)
#: A Word original's date line is among its first paragraphs (the header's table).
_HEADER_PARAGRAPHS = 40


def original_date(original: Path) -> date | None:
    """The original's date, from its place-and-date line (page 1's header of a PDF's text, or
    the day and month a signature field draws into it; the first paragraphs of a Word file);
    None when no such line reads as a date."""
    lines: Iterable[str]
    if original.suffix.lower() == ".pdf":
        from ntm_docgen.copies.pdftext import first_page_header, stamped_date

        # the page's own date line first; an e-office letter's day and month, left blank in
        # it, are drawn by the văn thư's signature field
        lines = first_page_header(original)
        if not any(_DATE_LINE.search(" ".join(x.split())) for x in lines):
            drawn = stamped_date(original)
            lines = [] if drawn is None else [f", ngày {drawn[0]} tháng {drawn[1]} năm {drawn[2]}"]
    else:
        paragraphs = open_docx(original).body.iter(w("p"))
        lines = (paragraph_text(p) for p in itertools.islice(paragraphs, _HEADER_PARAGRAPHS))
    for line in lines:
        found = _DATE_LINE.search(" ".join(line.split()))
        if found:
            try:
                return date(int(found[3]), int(found[2]), int(found[1]))
            except ValueError:  # a day 32: no date to hold the copy's against
                return None
    return None


def dated_before(original: Path, ban_sao: BanSao) -> list[str]:
    """A warning when the copy is dated before the document it copies (a slip of the year or
    the month: no document is copied before it is issued)."""
    if ban_sao.ngay is None:
        return []
    return copied_before("ngay", ban_sao.ngay, original_date(original))

"""Put the words of PDF pages back in a letter's reading order: columns, furniture, footnotes.

The header and the signature of a letter are borderless tables of two columns: a line of the
page holds the issuer and the motto, ``Số:`` and the date, a Nơi nhận item and the signer's
title. Read line by line, their columns interleave; here each such block is read column by
column, row by row as a Word table is (issuer, motto, number and V/v, date). Page numbers,
running headers and footnotes at the page's foot are set apart, never spliced into the body.
"""

from __future__ import annotations

import re
from collections import Counter

from ntm_docgen.importer.cleaning import is_scanner_mark, key, ocr_noise
from ntm_docgen.importer.footmarks import with_marks
from ntm_docgen.importer.footrule import notes_of, scanned_footnotes
from ntm_docgen.importer.motto import opens_motto
from ntm_docgen.importer.numberdate import read_ngay
from ntm_docgen.importer.pdfcolumns import reading_order
from ntm_docgen.importer.pdflayout import (
    Line,
    Page,
    PdfText,
    opens_signature,
    page_lines,
)
from ntm_docgen.importer.pdftable import body_tables, joined_tables, with_grids
from ntm_docgen.vietnamese.loai import split_heading

_NOTE_MARK = re.compile(r"^(\(?\d{1,2}\)?|\*+|[¹²³⁴⁵⁶⁷⁸⁹])\s*\S")
_PAGE_NUMBER = re.compile(r"^[-–(\s]*(trang\s*)?\d{1,3}(\s*/\s*\d{1,3})?[-–)\s]*$")
_NUMBERED = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.|[IVXL]{1,5}\.|[a-zđ]\)|Điều \d+)\s")


def order_page(page: Page, running: set[str]) -> tuple[list[Line], list[tuple[str, int, str]]]:
    """The page's lines in reading order, and the page furniture and footnotes set apart."""
    lines = with_grids(page)
    apart: list[tuple[str, int, str]] = []
    kept: list[Line] = []
    for line in lines:
        edge = line.bottom < 0.09 * page.height or line.top > 0.91 * page.height
        text = line.text
        if edge and _PAGE_NUMBER.match(key(text)):
            apart.append(("page number", page.number, text))
        elif edge and " ".join(text.split()) in running:
            apart.append(("running header", page.number, text))
        else:
            kept.append(line)
    kept, notes = _footnotes(kept, page)
    apart.extend(("footnote", page.number, n) for n in notes)
    # a table of the body, read below as running text: named for a warning by its first line
    if not page.ocr:  # OCR's lines part at a stamp or a blot: not told for a table
        apart.extend(("table", page.number, " | ".join(cells)) for cells in body_tables(kept))
    ordered = reading_order(kept)
    if page.ocr:  # a column's line at a time: a stamp beside a Nơi nhận item is its own
        apart.extend(("scanner app", page.number, " ".join(x.text.split()))
                     for x in ordered if not x.table and is_scanner_mark(x.text))
        ordered = [x for x in ordered if x.table or not is_scanner_mark(x.text)]
        apart.extend(("ocr noise", page.number, " ".join(x.text.split()))
                     for x in ordered if not x.table and _noise(x.text))
        ordered = [x for x in ordered if x.table or not _noise(x.text)]
    return ordered, apart


#: A line a field of the decree's layout opens with its label: the Số line, the Lưu line.
_LABELLED = re.compile(r"^[-–]?\s*(s[o6]|luu)\s*:\s*\S")


def _noise(text: str) -> bool:
    """A line OCR read from a stamp, a signature or a smudge (``cleaning.ocr_noise``), but
    never one that opens with the label of the Số or the Lưu line, whose number or drafter
    written by hand OCR read as marks (``Số: †4/UBND-KTTH``, ``- Lưu: VT, NC(V¡16).``): the
    label says which field it is, and what it read right (the ký hiệu, the units) is kept;
    nor the place and date line, its day and month written by hand read as marks (``Cần Thơ,
    ngàyg)kthánglÙnăm 2025``): its place and year are printed.

    >>> _noise("Số: †4/UBND-KTTH"), _noise("- Lưu: VT, NC(V¡16)."), _noise("†4/UBND-KTTH")
    (False, False, True)
    >>> _noise("Cần Thơ, ngàyg)kthánglÙnăm 2025"), _noise("g)kthánglÙ")
    (False, True)
    """
    return ocr_noise(text) and not _LABELLED.match(key(text)) and read_ngay(text) is None


def _footnotes(lines: list[Line], page: Page) -> tuple[list[Line], list[str]]:
    """Footnotes: the lines at the page's foot, in a smaller type than the body's, the first
    opening with a mark (``1``, ``(2)``, ``*``); a Nơi nhận list (small too) is no footnote.
    A scan's are those under the short rule over them (``footrule``)."""
    if page.ocr:
        return scanned_footnotes(lines, page)
    sizes = [w.size for line in lines for s in line.segments for w in s]
    if not sizes:
        return lines, []
    body = Counter(round(s) for s in sizes).most_common(1)[0][0]
    start = len(lines)
    while start > 0 and _small(lines[start - 1], body) \
            and lines[start - 1].top > 0.6 * page.height and len(lines[start - 1].segments) == 1:
        start -= 1
    foot = with_marks(lines[start:], page)  # a raised mark before its note
    while foot and not _NOTE_MARK.match(foot[0].text):
        foot = foot[1:]
    if not foot or any(key(x.text).startswith("noi nhan") for x in lines[start:]):
        return lines, []
    return lines[:len(lines) - len(foot)], notes_of(foot)


def _small(line: Line, body: int) -> bool:
    return max(w.size for s in line.segments for w in s) <= body - 1.5


#: A heading's number a line opens with: a part of the letter, never a running header, even
#: where a long PDF prints the same heading at the top of two pages.
_HEADING = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.|[ivxlc]{1,6}\."
                      r"|(dieu|chuong|phan|muc)\s+[\divxlc]+\b)")


def running_headers(pages: list[Page]) -> set[str]:
    """Lines standing at the top or foot of two pages or more, the same on each; a line that
    opens with a heading's number (``II. NỘI DUNG``, ``Điều 3.``, ``Chương I``) is a part of
    the letter even so.

    >>> bool(_HEADING.match(key("II. NỘI DUNG TỔNG KẾT"))), bool(_HEADING.match(key("Chương II")))
    (True, True)
    >>> bool(_HEADING.match(key("SỞ NỘI VỤ TỈNH LẠNG SƠN"))), bool(_HEADING.match(key("2025")))
    (False, False)
    """
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        edge = [(" ".join(line.text.split()), line.bottom < 0.09 * page.height)
                for line in page_lines(page)
                if line.bottom < 0.09 * page.height or line.top > 0.91 * page.height]
        # a page that opens a document with the decree's header (a Quyết định, the plan it
        # issues on the next page): the issuer and the motto at its top are that header's
        opens = any(opens_motto(text) for text, top in edge if top)
        seen.update({text for text, top in edge if not (opens and top)})
    return {text for text, count in seen.items()
            if count >= 2 and len(text) > 3 and not _HEADING.match(key(text))}


def pdf_text(pages: list[Page]) -> PdfText:
    """The letter's lines in reading order over all pages (``---`` where a new part opens a
    page after a finished one), the bold lines, and what was set apart. A body line wrapped
    at the right margin is joined to the next when that one starts at the left margin: a new
    paragraph of the decree's layout starts indented."""
    running = running_headers(pages)
    result = PdfText(lines=[], ocr_pages=[p.number for p in pages if p.ocr])
    bold: set[str] = set()
    last: tuple[Line, tuple[float, float, bool]] | None = None
    signed = False  # the letter's Nơi nhận or signature was read: a page of capitals after it
    #                 opens an attachment
    starts: list[int] = []  # where each page's lines begin
    for page in pages:
        starts.append(len(result.lines))
        lines, apart = order_page(page, running)
        result.set_apart.extend(apart)
        result.set_apart.extend((f"by hand: {name}", page.number, value)
                                for name, value in page.hand)
        result.set_apart.extend(("table", page.number, row) for row in page.tables)
        result.set_apart.extend(("mark box", page.number, text) for text in page.boxes)
        margins = _margins(lines)
        first = True
        for line in lines:
            text = " ".join(line.text.split())
            if all(w.bold for s in line.segments for w in s):
                bold.add(text)
            if last is not None and margins and _wrapped(last, line, margins):
                glue = "" if re.search(r"\w[-/]$", result.lines[-1]) else " "  # "134/TB-" "VPCP"
                result.lines[-1] = f"{result.lines[-1]}{glue}{text}"
            else:
                if first and result.lines and text.isupper() and (signed or opens_part(text)):
                    result.lines.append("---")  # an attachment on a new page
                result.lines.append(text)
            last, first = ((line, margins) if margins else None), False
            signed = signed or opens_signature(text)
    result.lines = joined_tables(result.lines, starts)
    result.bold = frozenset(bold)
    return result


_PART = re.compile(r"^(phu luc|mau( so)?\b)")


def opens_part(text: str) -> bool:
    """A line in capitals that opens a part of its own at the top of a page: an appendix, a
    form, or a document of a type (``DANH SÁCH``, ``QUY CHẾ``). A heading of the body
    (``II. KHEN THƯỞNG``) or any other line in capitals at a page's top is where the text ran
    on when the page before it ended: no page break of the writer's.

    >>> opens_part("PHỤ LỤC I"), opens_part("Mẫu số 01"), opens_part("QUY CHẾ THI ĐUA")
    (True, True, True)
    >>> opens_part("II. KHEN THƯỞNG"), opens_part("CÁC XÃ ĐẠT CHUẨN NĂM 2025")
    (False, False)

    A type's name with a colon (``QUYẾT ĐỊNH:``, ``QUYẾT NGHỊ:``) is a decision's enacting
    words, carried over to the next page after its căn cứ, not a document of its own:

    >>> opens_part("QUYẾT ĐỊNH:"), opens_part("QUYẾT ĐỊNH")
    (False, True)
    """
    if text.rstrip().endswith(":") and not _PART.match(key(text)):
        return False
    return bool(_PART.match(key(text))) or split_heading(text) is not None


def _margins(lines: list[Line]) -> tuple[float, float, bool] | None:
    """The body's left margin (the leftmost start of two lines or more), its right margin,
    and whether its paragraphs open with an indent (then a line at the left margin never
    opens one)."""
    body = [x for x in lines if not x.column and not x.table and len(x.segments) == 1]
    if len(body) < 3:
        return None
    starts = Counter(round(x.x0) for x in body)
    left = min((x for x, n in starts.items() if n >= 2), default=min(starts))
    indented = sum(1 for x in body if 15 <= x.x0 - left <= 60) >= 2
    ends = sorted(x.x1 for x in body)
    return float(left), ends[int(0.9 * (len(ends) - 1))], indented


def _wrapped(before: tuple[Line, tuple[float, float, bool]], line: Line,
             margins: tuple[float, float, bool]) -> bool:
    """``line`` goes on from the line before it: that one filled the line to the right
    margin, this one starts at the left margin, both are body lines. Where every paragraph
    of the page but one fits on its line, the starts counted are their first lines, one
    indent right of the margin: a line that starts one indent left of them goes on too."""
    previous, (left0, right0, _) = before
    left, _, indented = margins
    if previous.table or line.table or previous.column or line.column \
            or len(previous.segments) > 1 or len(line.segments) > 1 \
            or all(w.bold for w in previous.segments[0]):
        return False  # a column, or a title in bold (the trích yếu): lines as they stand
    full = previous.x1 >= right0 - 0.04 * (right0 - left0)
    ended, text = previous.text.rstrip(), line.text
    if _NUMBERED.match(text) or (ended.isupper() and not text.isupper()) \
            or (text.startswith(("-", "+", "•")) and (ended.endswith((".", ":", ";"))
                                                     or text[1:].strip()[:1].isupper())):
        return False  # a heading, a numbered point, a bullet: a paragraph of its own
    at_margin = abs(line.x0 - left) <= 3 \
        or (15 <= left - line.x0 <= 60 and abs(previous.x0 - left) <= 3)
    return full and at_margin and abs(previous.x0 - left0) <= 60 \
        and (indented or not ended.endswith((".", ":", ";", "./.")))

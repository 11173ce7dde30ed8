"""The words of PDF pages and the lines they make: ``Word``, ``Page``, ``Line`` (cut into segments
where a wide gap parts two columns), ``PdfText``; and the runs of lines set in two columns
(the header, the Nơi nhận beside the signature)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING, Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.vietnamese.loai import split_heading

if TYPE_CHECKING:
    from ntm_docgen.importer.pdfemphasis import PdfEmphasis


@dataclass(frozen=True)
class Word:
    """One word of a page, in points from the page's top-left corner; ``size``: font size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    line: int = -1  # the line OCR put the word on (a scan's lines may slope); -1: none
    marks: str = ""  # a text layer's: each letter's bold and italic (``pdfemphasis``)


@dataclass
class Page:
    """The words of one page (``number`` from 1), whether OCR read them, and the fields OCR
    read from a pen's hand there (``("so", "09")``)."""

    number: int
    width: float
    height: float
    words: list[Word]
    ocr: bool = False
    hand: list[tuple[str, str]] = field(default_factory=list)
    #: the first row of each ruled table OCR read again apart (``ocrblank``)
    tables: list[str] = field(default_factory=list)
    #: what OCR read inside a framed mark of its header that is no mark (``markbox``)
    boxes: list[str] = field(default_factory=list)
    #: the ruled tables of its text layer read cell by cell (``pdfgrid.Grid``)
    grids: list[Any] = field(default_factory=list)
    #: a scan's short rules over its footnotes, their heights in points (``footrule``)
    rules: list[float] = field(default_factory=list)


@dataclass
class Line:
    """A line of a page cut into segments where a wide gap parts two columns."""

    segments: list[list[Word]]
    top: float
    bottom: float
    column: bool = False  # read as a column of a two-column block (header, signature)
    table: bool = False  # a pipe row of a ruled table read cell by cell (``pdfgrid``)

    @property
    def text(self) -> str:
        return "   ".join(_text(s) for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0][0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1][-1].x1


@dataclass
class PdfText:
    """The lines of a PDF in reading order, and what was set apart (kind, page, text)."""

    lines: list[str]
    set_apart: list[tuple[str, int, str]] = field(default_factory=list)
    bold: frozenset[str] = frozenset()
    ocr_pages: list[int] = field(default_factory=list)
    #: the bold and italic of a text layer's lines (``pdfemphasis.PdfEmphasis``)
    emphasis: PdfEmphasis | None = None


_KINH_GUI = re.compile(r"^k\w{2,3}h\s+g\w{1,3}\b")
_SIGNED = re.compile(r"^(n\w{1,2}i\s+nh\w{1,2}n\s*:|(tm|kt|tl|tuq)\s*\.\s*[^\W\d_])")


#: The words of a date and a number, which a letter never prints run into their number
#: (``ngày 23``, ``4 năm``, ``số 61/2018``) however near their boxes come (a scan's ``ngày``
#: and ``23`` 0.2 point apart).
_DATE_WORDS = frozenset({"ngay", "thang", "nam", "so"})


def _text(words: list[Word]) -> str:
    """The words of a segment; two that touch (``CN`` and a note in small type, ``(Khôi)``,
    set on another baseline) are written together, as printed, but a date's word and its
    number as OCR read them (a text layer's words stay as its boxes place them).

    >>> _text([Word("ngày", 0, 30, 0, 10, 10, line=3), Word("23", 30.2, 40, 1, 10, 10, line=3)])
    'ngày 23'
    >>> _text([Word("ngày", 0, 30, 0, 10, 10), Word("23", 30.2, 40, 1, 10, 10)])
    'ngày23'
    >>> _text([Word("CN", 0, 20, 0, 10, 10), Word("(Khôi)", 20.2, 40, 2, 10, 7)])
    'CN(Khôi)'
    """
    out = words[0].text if words else ""
    for before, word in zip(words, words[1:], strict=False):
        touch = word.x0 - before.x1 < 0.5 and before.top != word.top
        read = before.line >= 0 and _numbered(before.text, word.text)  # by OCR
        out += ("" if touch and not read else " ") + word.text
    return out


def _numbered(before: str, word: str) -> bool:
    """``before`` and ``word`` are a date's or a number's word and its number."""
    first, second = key(before), key(word)
    return first in _DATE_WORDS and second[:1].isdigit() or \
        first[-1:].isdigit() and second.rstrip(",.;") in _DATE_WORDS


def page_lines(page: Page) -> list[Line]:
    """The page's words grouped into lines (by their baselines), each cut into
    segments at gaps wider than one and a half times the font size."""
    words = sorted(page.words, key=lambda w: w.bottom)
    rows: list[list[Word]] = []
    if page.ocr and words and all(w.line >= 0 for w in words):
        by_line: dict[int, list[Word]] = {}
        for word in words:
            by_line.setdefault(word.line, []).append(word)
        typed = median(w.size for w in words)
        rows = sorted(by_line.values(), key=lambda r: _placed_by(r, typed))
        words = []
    for word in words:
        if rows:
            last = rows[-1]
            base = median(w.bottom for w in last)
            if abs(word.bottom - base) <= 0.45 * max(word.size, max(w.size for w in last), 4):
                last.append(word)
                continue
        rows.append([word])
    lines = []
    for row in rows:
        row = _without_superscripts(sorted(row, key=lambda w: w.x0))
        segments: list[list[Word]] = [[row[0]]]
        for word in row[1:]:
            gap = word.x0 - segments[-1][-1].x1
            if gap > 1.5 * max(word.size, segments[-1][-1].size, 8):
                segments.append([word])
            else:
                segments[-1].append(word)
        lines.append(Line(segments, min(w.top for w in row), max(w.bottom for w in row)))
    return lines


def _placed_by(row: list[Word], typed: float) -> float:
    """Where a line OCR read stands on the page, for its order: its words' middle baseline,
    the words many times the page's type tall left out (the seal's ring and the signature's
    stroke read as letters beside a Nơi nhận item: ``- Bộ Y tế;`` and ``PHÓ X`` 52 points
    tall, whose baseline would put the item under the next one).

    >>> item = Word("- Bộ Y tế;", 87, 132, 591, 607, 12.3)
    >>> seal = Word("PHÓ X", 400, 505, 585, 651, 52.6)
    >>> _placed_by([item, seal], 8.0), _placed_by([seal], 8.0)
    (607, 651)
    """
    kept = [w.bottom for w in row if w.size <= 2.5 * typed]
    return median(kept or [w.bottom for w in row])


def _without_superscripts(row: list[Word]) -> list[Word]:
    """A footnote's mark in the text (a small raised number) is not a word of the line."""
    if len(row) < 2:
        return row
    size = median(w.size for w in row)
    base = median(w.bottom for w in row)
    kept = [w for w in row if not (w.size < 0.75 * size and w.bottom < base - 0.25 * size
                                   and w.text.strip("()*").isdigit())]
    return kept or row


def column_blocks(lines: list[Line]) -> list[tuple[int, int, float]]:
    """The runs of lines set in two columns (the header, the Nơi nhận beside the signature):
    each as its first line, the line after its last, and the x between its columns."""
    blocks = []
    i = 0
    while i < len(lines):
        if len(lines[i].segments) < 2 or full_width(lines[i]):
            i += 1
            continue
        j = i + 1
        left_end = max(s[-1].x1 for s in lines[i].segments[:-1])
        right_start = lines[i].segments[-1][0].x0
        while j < len(lines) and not full_width(lines[j]) \
                and (len(lines[j].segments) >= 2
                     or lines[j].x1 <= right_start + 4 or lines[j].x0 >= left_end - 4):
            if len(lines[j].segments) >= 2:
                left_end = max(left_end, max(s[-1].x1 for s in lines[j].segments[:-1]))
                right_start = min(right_start, lines[j].segments[-1][0].x0)
            j += 1
        blocks.append((i, j, (left_end + right_start) / 2))
        i = j
    return blocks


def opens_signature(text: str) -> bool:
    """``Nơi nhận:`` or a signing authority (``KT. GIÁM ĐỐC``, ``TM. ỦY BAN NHÂN DÂN``): the
    block of the Nơi nhận beside the signature starts here."""
    return bool(_SIGNED.match(key(text)))


def full_width(line: Line) -> bool:
    """A line that stands across the page: Kính gửi, a type name (``KẾ HOẠCH``)."""
    if line.table:
        return True
    first = _text(line.segments[0])
    return bool(_KINH_GUI.match(key(first))) or (first.isupper() and split_heading(first)
                                                  is not None and len(line.segments) == 1)

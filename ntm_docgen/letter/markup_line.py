"""How one body line reads (contract §2): a heading or not, its bold and italic, its bulk values."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ntm_docgen.files.ooxml import rpr, run
from ntm_docgen.vietnamese.text import is_upper_vi

_ROMAN = r"(?:XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_HEADING = re.compile(rf"^{_ROMAN}\.(\s|$)")
# The words may be in any case (PHẦN, Phần), the numeral may not: "Phần lớn", "Phần còn lại" and
# "Chương trình" are sentences, not headings.
_PART_HEADING = re.compile(r"^(?:(?i:Phần thứ)\s+\w+|(?:(?i:Phần)|(?i:Chương))\s+(?:[IVXLC]+|\d+)\b"
                           r"|(?i:Mục)\s+\d+\b)")

#: An article's number at a line's start ("Điều 3."), set bold on its own.
DIEU = re.compile(r"^(Điều\s+\d+[a-zđ]?\.)")
#: A numbered line ("1.2. ", "d) ") that may title what follows it.
SUBHEADING = re.compile(r"^(\d+(\.\d+)*\.|[a-zđ]\))\s")
#: Where a bulk value starts and ends in a body (bulk/fill.py puts them there): the body's
#: markup is read from the letter's own text with each value standing as one plain character,
#: so a value ``---`` or ``I. ...`` prints as written. Two noncharacters, never typed by a clerk.
VALUE_START, VALUE_END = "\ufdd0", "\ufdd1"
VALUE = re.compile("\ufdd0[^\ufdd0\ufdd1]*\ufdd1")


def inline_runs(text: str, size: float, bold: bool = False, italic: bool = False) -> str:
    """Runs for one line with ``**bold**`` and ``*italic*`` (nested either way, ``***both***``);
    everything else literal.

    >>> "<w:b/>" in inline_runs("a **b** c", 14), "<w:i/>" in inline_runs("*x*", 14)
    (True, True)
    >>> "&amp; &lt;x&gt; {{ y }}" in inline_runs("& <x> {{ y }}", 14)
    True
    >>> ">* Đối với" in inline_runs("* Đối với", 14)
    True
    >>> [(t, b, i) for t, b, i in _spans("**đậm *nghiêng* hết**", False, False)]
    [('đậm ', True, False), ('nghiêng', True, True), (' hết', True, False)]
    >>> list(_spans("***x***", False, False)), list(_spans("2 " + chr(92) + "* 3", False, False))
    ([('x', True, True)], [('2 * 3', False, False)])
    """
    return "".join(run(piece, rpr(size, b, i)) for piece, b, i in _spans(text, bold, italic)) \
        or run("", rpr(size, bold, italic))


def read_pieces(text: str) -> list[tuple[str, bool, bool]]:
    """The line's (text, bold, italic) pieces as it prints (``markup_text`` writes them back)."""
    return list(_spans(text, False, False))


def _spans(text: str, bold: bool, italic: bool) -> Iterator[tuple[str, bool, bool]]:
    """Split a line into (text, bold, italic) pieces: bold pairs first, italic inside them."""
    position = 0
    for start, end in _marked(text, 2):
        yield from _italic_spans(text[position:start], bold, italic)
        yield from _italic_spans(text[start + 2:end - 2], True, italic)
        position = end
    yield from _italic_spans(text[position:], bold, italic)


def _italic_spans(text: str, bold: bool, italic: bool) -> Iterator[tuple[str, bool, bool]]:
    position = 0
    for start, end in _marked(text, 1):
        if start > position:
            yield _unescape(text[position:start]), bold, italic
        yield _unescape(text[start + 1:end - 1]), bold, True
        position = end
    if position < len(text):
        yield _unescape(text[position:]), bold, italic


def _closers(text: str, size: int) -> list[int]:
    """Where a ``**`` (size 2) or ``*`` (size 1) may close a span: touching the text on its
    left (not a space, not an escaping backslash, not an opening bracket: ``(*)`` and ``(**)``
    are a report's footnote marks), and not a lone star more."""
    out = []
    start = text.find("*", 1)
    while start >= 0:
        before = text[start - 1]
        after = text[start + size:start + size + 2]
        if (text.startswith("*" * size, start) and not before.isspace()
                and before not in "\\([" and (size == 2 or before != "*")
                and not (after[:1] == "*" and (size == 1 or after[1:2] != "*"))):
            out.append(start)
        start = text.find("*", start + 1)
    return out


def _marked(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each ``**bold**`` (size 2) or ``*italic*`` (size 1) span, paired
    left to right, each opening mark with the first closing one after it: one pass over the
    line (a lazy regular expression rescans the rest of the line from every opening mark)."""
    closers = _closers(text, size)
    position = 0
    next_closer = 0
    while True:
        start = text.find("*" * size, position)
        if start < 0:
            return
        inner = text[start + size:start + size + 1]
        if (start == 0 or text[start - 1] not in "\\*") and inner and not inner.isspace() \
                and inner not in ")]" and (size == 2 or inner != "*"):
            while next_closer < len(closers) and closers[next_closer] < start + size + 1:
                next_closer += 1
            if next_closer == len(closers):
                return  # no closing mark after this one, so none after any later one
            end = closers[next_closer]
            yield start, end + size
            position = end + size
        else:
            position = start + 1


def _unescape(text: str) -> str:
    return as_printed(text.replace("\\*", "*"))


def as_read(line: str) -> str:
    """The line as its markup is read: each bulk value one plain character.

    >>> as_read("Gửi \ufdd0I. ABC\ufdd1"), as_read("\ufdd0---\ufdd1")
    ('Gửi 0', '0')
    """
    return VALUE.sub("0", line) if VALUE_START in line else line


def as_printed(text: str) -> str:
    """The text as printed: without the marks around bulk values."""
    return text.replace(VALUE_START, "").replace(VALUE_END, "") if VALUE_START in text else text


def _cited(after: str) -> bool:
    """What follows a part's name in a sentence that cites it: a word in lower case, with no
    mark between ("Chương II của Kế hoạch này …", "Phần thứ hai của báo cáo …")."""
    return after[:1].isspace() and after.lstrip()[:1].islower()


def heading_kind(line: str) -> str | None:
    """What kind of heading a line is: ``roman``, ``part``, ``dieu``, ``caps`` or None.

    >>> [heading_kind(s) for s in ["I. MỤC ĐÍCH", "Phần thứ nhất", "Chương II", "Điều 1. Ban hành",
    ...                             "ĐỀ CƯƠNG", "1. Thuận lợi", "Mục 2. Khen thưởng", "Ví dụ"]]
    ['roman', 'part', 'part', 'dieu', 'caps', None, 'part', None]
    >>> [heading_kind(s) for s in ["Phần lớn các xã đã đạt chuẩn.", "Phần còn lại do xã chi.",
    ...     "Chương trình hành động", "Mục đích", "Phần I. Kết quả", "PHẦN II", "Chương 3"]]
    [None, None, None, None, 'part', 'part', 'part']
    >>> [heading_kind(s) for s in ["Chương II của Kế hoạch này quy định kinh phí.",
    ...     "Phần thứ hai của báo cáo nêu kết quả.", "Phần thứ hai: Nhiệm vụ", "Chương II NHỮNG"]]
    [None, None, 'part', 'part']
    """
    if _ROMAN_HEADING.match(line):
        return "roman"
    part = _PART_HEADING.match(line)
    if part and not _cited(line[part.end():]):
        return "part"
    if DIEU.match(line):
        return "dieu"
    if is_upper_vi(line):
        return "caps"
    return None

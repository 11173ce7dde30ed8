"""Body markup (contract §2) to WordprocessingML: one line, one paragraph, nothing evaluated."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import cast

from markupsafe import escape

from ntm_docgen.files.ooxml import page_break, paragraph, ppr, rpr, run
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter import markup_table as T
from ntm_docgen.letter.fit import text_width
from ntm_docgen.vietnamese.text import is_upper_vi, nfc
from ntm_docgen.vietnamese.words import held

_ROMAN = r"(?:XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_HEADING = re.compile(rf"^{_ROMAN}\.(\s|$)")
# The words may be in any case (PHẦN, Phần), the numeral may not: "Phần lớn", "Phần còn lại" and
# "Chương trình" are sentences, not headings.
_PART_HEADING = re.compile(r"^(?:(?i:Phần thứ)\s|(?:(?i:Phần)|(?i:Chương))\s+(?:[IVXLC]+|\d+)\b"
                           r"|(?i:Mục)\s+\d+\b)")
_DIEU = re.compile(r"^(Điều\s+\d+[a-zđ]?\.)")
_SUBHEADING = re.compile(r"^(\d+(\.\d+)*\.|[a-zđ]\))\s")
#: Where a bulk value starts and ends in a body (bulk/fill.py puts them there): the body's
#: markup is read from the letter's own text with each value standing as one plain character,
#: so a value ``---`` or ``I. ...`` prints as written. Two noncharacters, never typed by a clerk.
VALUE_START, VALUE_END = "\ufdd0", "\ufdd1"
_VALUE = re.compile("\ufdd0[^\ufdd0\ufdd1]*\ufdd1")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


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
    return _plain(text.replace("\\*", "*"))


def _shape(line: str) -> str:
    """The line as its markup is read: each bulk value one plain character.

    >>> _shape("Gửi \ufdd0I. ABC\ufdd1"), _shape("\ufdd0---\ufdd1")
    ('Gửi 0', '0')
    """
    return _VALUE.sub("0", line) if VALUE_START in line else line


def _plain(text: str) -> str:
    """The text as printed: without the marks around bulk values."""
    return text.replace(VALUE_START, "").replace(VALUE_END, "") if VALUE_START in text else text


def body_paragraph(text: str, *, bold: bool = False, italic: bool = False, align: str = "both",
                   indent: bool = True, size: float = L.SIZE_BODY, keep_next: bool = False) -> str:
    """One body paragraph: justified, first line indented, 6 pt before, 1.15 lines."""
    props = ppr(align=align, before=L.BODY_BEFORE, line=L.BODY_LINE, keep_next=keep_next,
                first_line=L.BODY_FIRST_LINE if indent else None)
    return paragraph(inline_runs(text, size, bold, italic), props)


def heading_kind(line: str) -> str | None:
    """What kind of heading a line is: ``roman``, ``part``, ``dieu``, ``caps`` or None.

    >>> [heading_kind(s) for s in ["I. MỤC ĐÍCH", "Phần thứ nhất", "Chương II", "Điều 1. Ban hành",
    ...                             "ĐỀ CƯƠNG", "1. Thuận lợi", "Mục 2. Khen thưởng", "Ví dụ"]]
    ['roman', 'part', 'part', 'dieu', 'caps', None, 'part', None]
    >>> [heading_kind(s) for s in ["Phần lớn các xã đã đạt chuẩn.", "Phần còn lại do xã chi.",
    ...     "Chương trình hành động", "Mục đích", "Phần I. Kết quả", "PHẦN II", "Chương 3"]]
    [None, None, None, None, 'part', 'part', 'part']
    """
    if _ROMAN_HEADING.match(line):
        return "roman"
    if _PART_HEADING.match(line):
        return "part"
    if _DIEU.match(line):
        return "dieu"
    if is_upper_vi(line):
        return "caps"
    return None


def _heading(line: str, width: int, lead: bool) -> str:
    """A heading as written when it fits on one line; one that wraps never breaks inside a
    number phrase or a short bracket ("GIAI ĐOẠN 2011 - 2020", "NĂM 2010"): those spaces are
    non-breaking (``words.held``), so that Word breaks it before them.

    >>> _heading("II. NỘI DUNG NĂM 2026", L.TEXT_WIDTH, lead=False)
    'II. NỘI DUNG NĂM 2026'
    """
    if text_width(_plain(line), L.SIZE_BODY, bold=True) <= width:
        return line
    return held(line, lead)


#: Stands for a bulk value in a line laid out once for every letter (``_slotted``).
_SLOT = "\ufdd2"
#: A value that cannot move the line's markup or its runs: not empty (an empty one drops its
#: run's text), without a star, a backslash, a bar or a tab.
_INERT_VALUE = re.compile("\ufdd0[^\ufdd0\ufdd1\ufdd2*\\\\|\t]+\ufdd1")


def _line_paragraph(line: str, previous_kind: str | None) -> str:
    """One line of a body as its paragraph. A plain line holding bulk values is laid out once
    with each value as a slot, and each letter's values are put in the slots."""
    if VALUE_START in line and _SLOT not in line:
        values = _VALUE.findall(line)
        if all(_INERT_VALUE.fullmatch(value) for value in values):
            slotted = _slotted(_VALUE.sub(VALUE_START + _SLOT + VALUE_END, line),
                               _keeps_with_next(line))
            if slotted is not None and len(slotted) == len(values) + 1:
                pieces = [slotted[0]]
                for value, after in zip(values, slotted[1:], strict=True):
                    pieces += (escape(value[1:-1]), after)
                return "".join(pieces)
    return _laid_line(line, previous_kind)


@lru_cache(maxsize=64)
def _slotted(line: str, keep_next: bool) -> list[str] | None:
    """A plain line's paragraph cut at its slots, or None for a heading (its layout depends on
    the values' widths)."""
    if heading_kind(_shape(line)) is not None:
        return None
    return body_paragraph(line, keep_next=keep_next).split(_SLOT)


def _keeps_with_next(line: str) -> bool:
    """Whether a plain line is a short numbered title ("1.2. Cá nhân", "d) Đối với các xã:"),
    kept with the text after it."""
    plain = _plain(line)
    return bool(_SUBHEADING.match(_shape(line))) and len(plain) < 90 \
        and not plain.endswith((".", ";"))


@lru_cache(maxsize=1024)  # bulk letters share most of their lines
def _laid_line(line: str, previous_kind: str | None) -> str:
    kind = heading_kind(_shape(line))
    marker = _DIEU.match(line) if kind == "dieu" else None
    if marker is not None:
        rest = line[marker.end():]
        runs = run(marker.group(1), rpr(L.SIZE_BODY, bold=True)) + inline_runs(rest, L.SIZE_BODY)
        props = ppr(align="both", before=L.BODY_BEFORE, line=L.BODY_LINE,
                    first_line=L.BODY_FIRST_LINE)
        return paragraph(runs, props)
    if kind == "part" or (kind == "caps" and previous_kind == "part"):
        return body_paragraph(_heading(line, L.TEXT_WIDTH, lead=True), bold=True,
                              align="center", indent=False, keep_next=True)
    if kind in ("roman", "caps"):
        return body_paragraph(_heading(line, L.TEXT_WIDTH - L.BODY_FIRST_LINE, lead=False),
                              bold=True, keep_next=True)
    return body_paragraph(line, keep_next=_keeps_with_next(line))


def table_xml(rows: list[list[str]], header: bool = True, width: int = L.TEXT_WIDTH) -> str:
    """A real table with single borders from margin to margin, the first row bold, centred and
    repeated on each page, row numbers centred and numbers right-aligned, 6 pt above it and a
    paragraph below that parts it from what follows (Word merges adjacent tables).

    >>> xml = table_xml([["STT", "Nội dung"], ["1", "A"]])
    >>> xml.startswith("<w:p>"), xml.count("<w:tr>"), xml.endswith("</w:p>")
    (True, 2, True)
    """
    columns = max(len(r) for r in rows)
    widths = T.column_widths(rows, columns, width)
    if header:  # a header that wraps keeps its unit whole: "Số cây (nghìn cây)"
        heads = [held(c) if not T.fits(c, w, bold=True) else c
                 for c, w in zip(rows[0], widths, strict=False)]
        if heads != rows[0]:
            rows = [heads, *rows[1:]]
            widths = T.column_widths(rows, columns, width)
    align = {"tt": "center", "number": "right", "text": "left"}
    aligns = [align[kind] for kind in T.column_kinds(rows, columns)]
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out = [T.spacer(T.GAP_ABOVE, keep_next=True), "<w:tbl>", T.table_properties(sum(widths)),
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for index, row in enumerate(rows):
        is_header = header and index == 0
        out.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if is_header else ""))
        for width, cell, where in zip(widths, row + [""] * (columns - len(row)), aligns,
                                      strict=True):
            props = ppr(align="center" if is_header else where, before=2, after=2)
            text = inline_runs(cell, L.SIZE_TABLE, bold=is_header)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f"{paragraph(text, props)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>" + T.spacer(T.GAP_BELOW))
    return "".join(out)


def _is_rule(line: str) -> bool:
    """A table's rule line (``|---|---|``); a bare ``---`` is a page break, not a rule."""
    return "|" in line and _TABLE_RULE.match(line) is not None


def _blocks(text: str) -> Iterator[tuple[str, object]]:
    lines = [line.strip() for line in nfc(text).splitlines()]
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line:
            index += 1
            continue
        shape = _shape(line)
        if shape == "---":
            yield "break", None
            index += 1
            continue
        if shape.startswith("|") and index + 1 < len(lines) \
                and _is_rule(_shape(lines[index + 1])):
            rows = [_cells(line)]
            index += 2
            while index < len(lines) and _shape(lines[index]).startswith("|"):
                if index + 1 < len(lines) and _is_rule(_shape(lines[index + 1])):
                    break  # a header row over its rule: the next table starts here
                rows.append(_cells(lines[index]))
                index += 1
            yield "table", rows
            continue
        yield "line", line
        index += 1


def _cells(line: str) -> list[str]:
    """A table row's cells, split at the line's own ``|`` (a value's are escaped)."""
    return [_plain(cell) for cell in T.cells(line)]


def tidy_breaks(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Page breaks that break something: several in a row count as one, and none at the start
    or the end (an empty page, a title or the signature alone on its page).

    >>> [k for k, _ in tidy_breaks(list(_blocks("---\\na\\n---\\n\\n---\\nb\\n---")))]
    ['line', 'break', 'line']
    """
    out: list[tuple[str, object]] = []
    for block in blocks:
        if block[0] == "break" and (not out or out[-1][0] == "break"):
            continue
        out.append(block)
    while out and out[-1][0] == "break":
        out.pop()
    return out


def body_xml(text: str, final_mark: bool = True, width: int = L.TEXT_WIDTH) -> str:
    """The XML of a whole body (tables across ``width`` twips). With ``final_mark``, the last
    sentence ends ``./.``.

    >>> xml = body_xml("I. MỤC ĐÍCH\\nĐánh giá kết quả.")
    >>> xml.count("<w:p>"), "kết quả./.</w:t>" in xml
    (2, True)
    """
    if VALUE_START in text:
        filled = _filled_body(text, final_mark, width)
        if filled is not None:
            return filled
    return _laid_body(text, final_mark, width)


#: A bulk value that cannot move the body's layout wherever it stands on a plain line: inert
#: (``_INERT_VALUE``) and without a line break.
_BODY_VALUE = re.compile("\ufdd0[^\ufdd0\ufdd1\ufdd2*\\\\|\t\n\r\x0b\x0c\x1c-\x1e\x85"
                         "\u2028\u2029]+\ufdd1")


def _filled_body(text: str, final_mark: bool, width: int) -> str | None:
    """A body with bulk values, from the same body laid out once with a slot for each value
    (``_slotted_body``), or None where the values could change its layout: the letters of a
    bulk run differ in their values only, so the body is read and laid out once for them all.
    """
    values = _VALUE.findall(text)
    if _SLOT in text or not all(_BODY_VALUE.fullmatch(value) for value in values) \
            or not unicodedata.is_normalized("NFC", text):
        return None
    laid = _slotted_body(_VALUE.sub(VALUE_START + _SLOT + VALUE_END, text), final_mark, width)
    if laid is None or len(laid[0]) != len(values) + 1:
        return None
    pieces, end_marked = laid
    if final_mark and not end_marked and "./." in _plain(text):
        return None  # the letter's own ./. may be in a value's line: read it whole
    out = [pieces[0]]
    for value, after in zip(values, pieces[1:], strict=True):
        out += (escape(value[1:-1]), after)
    return "".join(out)


@lru_cache(maxsize=16)
def _slotted_body(text: str, final_mark: bool, width: int) -> tuple[list[str], bool] | None:
    """The body laid out with its slots, cut at them, and whether a line of its own already
    ends ``./.``; None when a value's place decides the layout: a heading's width, a table's
    columns, a short numbered title kept with the next line, or the end of the line that gets
    the final ``./.``."""
    if nfc(text) != text:
        return None
    blocks = tidy_breaks(list(_blocks(text)))
    lines = [str(value) for kind, value in blocks if kind == "line"]
    tables = cast(list[list[list[str]]], [value for kind, value in blocks if kind == "table"])
    if any(_SLOT in cell for rows in tables for row in rows for cell in row) \
            or any(_SLOT in line and (heading_kind(_shape(line)) is not None
                                      or _SUBHEADING.match(_shape(line))) for line in lines):
        return None
    if final_mark and blocks and blocks[-1][0] == "line":
        last = str(blocks[-1][1])
        if _SLOT in last and len(_plain(last).rpartition(_SLOT)[2]) < 3:
            return None
    end_marked = any("./." in _plain(line) for line in lines)
    return _laid_body(text, final_mark, width).split(_SLOT), end_marked


def _laid_body(text: str, final_mark: bool, width: int) -> str:
    """``body_xml`` of a text read whole."""
    blocks = tidy_breaks(list(_blocks(text)))
    if final_mark:
        blocks = _with_final_mark(blocks)
    out = []
    previous: str | None = None
    for kind, value in blocks:
        if kind == "break":
            out.append(page_break())
        elif kind == "table":
            out.append(table_xml(value, width=width))  # type: ignore[arg-type]
        else:
            assert isinstance(value, str)
            out.append(_line_paragraph(value, previous))
            previous = heading_kind(_shape(value))
    if final_mark and blocks and blocks[-1][0] == "line":
        # the last paragraph stays on the page of the signature block
        out[-1] = out[-1].replace("<w:p><w:pPr>", "<w:p><w:pPr><w:keepNext/>", 1)
    return "".join(out)


def widest_table(text: str) -> int:
    """The number of columns of the widest pipe table in a body (0 without a table).

    >>> widest_table("Bảng:\\n| a | b | c |\\n|---|---|---|\\n| 1 | 2 | 3 |"), widest_table("x")
    (3, 0)
    """
    tables = [value for kind, value in _blocks(text) if kind == "table"]
    return max((max(len(row) for row in rows) for rows in tables), default=0)  # type: ignore[attr-defined]


def closing_mark(line: str) -> str | None:
    """The last line with the closing ``./.`` of practice, or None to leave it as written
    (a heading, an ellipsis, a line ending in other punctuation, or one that has it). The
    ``;`` of a list's last item gives way to it, as in the Nơi nhận list.

    >>> closing_mark("Trân trọng."), closing_mark("thi hành Quyết định này"), closing_mark("2020)")
    ('Trân trọng./.', 'thi hành Quyết định này./.', '2020)./.')
    >>> closing_mark("- Báo cáo kết quả về Sở Nội vụ;"), closing_mark("{{ ten }}")
    ('- Báo cáo kết quả về Sở Nội vụ./.', '{{ ten }}./.')
    >>> closing_mark("đạt 100%"), closing_mark("[1]")
    ('đạt 100%./.', '[1]./.')
    >>> closing_mark("năm 2025.;"), closing_mark("các nội dung khác...;"), closing_mark("sau:;")
    ('năm 2025./.', None, None)
    >>> closing_mark("Kết thúc ..."), closing_mark("như sau:"), closing_mark("II. NỘI DUNG")
    (None, None, None)
    >>> closing_mark("Điều 3. Các ông, bà chịu trách nhiệm thi hành.")
    'Điều 3. Các ông, bà chịu trách nhiệm thi hành./.'
    """
    return _closed(line, heading_kind(line))


def _closed(line: str, kind: str | None) -> str | None:
    if line.endswith(("./.", "...", "…")) or kind not in (None, "dieu"):
        return None
    if line.endswith(".") and not line.endswith(".."):
        return line + "/."
    if line.endswith(";"):  # a list's last item: its ``;`` gives way to the mark
        rest = line.rstrip("; ")
        return _closed(rest, kind) if rest else None
    if line[-1].isalnum() or line[-1] in ")]}”\"'»%":
        return line + "./."
    return None


def _list_end_dropped(line: str) -> str:
    """``line`` without the ``;`` that ends it (and the spaces around it), whether the letter
    or a bulk value at its end wrote it: a letter reads the same as the one typed with the
    value in place.

    >>> _list_end_dropped("Gửi Sở ;"), _list_end_dropped("Gửi \ufdd0xã A;\ufdd1 ")
    ('Gửi Sở', 'Gửi \ufdd0xã A\ufdd1')
    """
    ends = ""
    while line and line[-1] in "; " + VALUE_END:
        if line[-1] == VALUE_END:  # the value's mark stays; its own ``;`` goes
            ends = VALUE_END + ends
        line = line[:-1]
    return line + ends


def _with_final_mark(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The blocks with ``./.`` after the last line of the body proper. A body that already has it
    (before a table, a note or a Phụ lục it carries) keeps it there and gets no second one: the
    decree's end mark closes the text once."""
    if any(kind == "line" and "./." in _plain(value) for kind, value in blocks):  # type: ignore[arg-type]
        return blocks
    for position in range(len(blocks) - 1, -1, -1):
        kind, value = blocks[position]
        if kind == "line":
            assert isinstance(value, str)
            plain = _plain(value)
            fixed = _closed(plain, heading_kind(_shape(value))) if plain else None
            if fixed is None:
                return blocks
            if not fixed.startswith(plain):  # the list's ``;`` gives way to the mark
                value = _list_end_dropped(value)
                plain = _plain(value)
            value += fixed[len(plain):]
            return blocks[:position] + [("line", value)] + blocks[position + 1:]
        if kind == "table":
            return blocks
    return blocks

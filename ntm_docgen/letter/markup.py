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
from ntm_docgen.letter.fit import text_width
from ntm_docgen.letter.markup_end import with_final_mark
from ntm_docgen.letter.markup_line import (
    DIEU,
    SUBHEADING,
    VALUE,
    VALUE_END,
    VALUE_START,
    as_printed,
    as_read,
    heading_kind,
    inline_runs,
)
from ntm_docgen.letter.markup_line import _spans as _spans  # importable from here, as before
from ntm_docgen.letter.markup_table import is_rule, row_cells, table_xml
from ntm_docgen.vietnamese.text import nfc
from ntm_docgen.vietnamese.words import held


def body_paragraph(text: str, *, bold: bool = False, italic: bool = False, align: str = "both",
                   indent: bool = True, size: float = L.SIZE_BODY, keep_next: bool = False) -> str:
    """One body paragraph: justified, first line indented, 6 pt before, 1.15 lines."""
    props = ppr(align=align, before=L.BODY_BEFORE, line=L.BODY_LINE, keep_next=keep_next,
                first_line=L.BODY_FIRST_LINE if indent else None)
    return paragraph(inline_runs(text, size, bold, italic), props)


def _heading(line: str, width: int, lead: bool) -> str:
    """A heading as written when it fits on one line; one that wraps never breaks inside a
    number phrase or a short bracket ("GIAI ĐOẠN 2011 - 2020", "NĂM 2010"): those spaces are
    non-breaking (``words.held``), so that Word breaks it before them.

    >>> _heading("II. NỘI DUNG NĂM 2026", L.TEXT_WIDTH, lead=False)
    'II. NỘI DUNG NĂM 2026'
    """
    if text_width(as_printed(line), L.SIZE_BODY, bold=True) <= width:
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
        values = VALUE.findall(line)
        if all(_INERT_VALUE.fullmatch(value) for value in values):
            slotted = _slotted(VALUE.sub(VALUE_START + _SLOT + VALUE_END, line),
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
    if heading_kind(as_read(line)) is not None:
        return None
    return body_paragraph(line, keep_next=keep_next).split(_SLOT)


def _keeps_with_next(line: str) -> bool:
    """Whether a plain line is a short numbered title ("1.2. Cá nhân", "d) Đối với các xã:"),
    kept with the text after it, typed bold too (``**1.2. Cá nhân**``, as import writes it)."""
    plain = as_printed(line).strip("*")
    return bool(SUBHEADING.match(as_read(line).lstrip("*"))) and len(plain) < 90 \
        and not plain.endswith((".", ";"))


@lru_cache(maxsize=1024)  # bulk letters share most of their lines
def _laid_line(line: str, previous_kind: str | None) -> str:
    kind = heading_kind(as_read(line))
    marker = DIEU.match(line) if kind == "dieu" else None
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


def _blocks(text: str) -> Iterator[tuple[str, object]]:
    lines = [line.strip() for line in nfc(text).splitlines()]
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line:
            index += 1
            continue
        shape = as_read(line)
        if shape == "---":
            yield "break", None
            index += 1
            continue
        if shape.startswith("|") and index + 1 < len(lines) \
                and is_rule(as_read(lines[index + 1])):
            rows = [row_cells(line)]
            index += 2
            while index < len(lines) and as_read(lines[index]).startswith("|"):
                if index + 1 < len(lines) and is_rule(as_read(lines[index + 1])):
                    break  # a header row over its rule: the next table starts here
                rows.append(row_cells(lines[index]))
                index += 1
            yield "table", rows
            continue
        yield "line", line
        index += 1


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
    values = VALUE.findall(text)
    if _SLOT in text or not all(_BODY_VALUE.fullmatch(value) for value in values) \
            or not unicodedata.is_normalized("NFC", text):
        return None
    laid = _slotted_body(VALUE.sub(VALUE_START + _SLOT + VALUE_END, text), final_mark, width)
    if laid is None or len(laid[0]) != len(values) + 1:
        return None
    pieces, end_marked = laid
    if final_mark and not end_marked and "./." in as_printed(text):
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
            or any(_SLOT in line and (heading_kind(as_read(line)) is not None
                                      or SUBHEADING.match(as_read(line))) for line in lines):
        return None
    if final_mark and blocks and blocks[-1][0] == "line":
        last = str(blocks[-1][1])
        if _SLOT in last and len(as_printed(last).rpartition(_SLOT)[2]) < 3:
            return None
    end_marked = any("./." in as_printed(line) for line in lines)
    return _laid_body(text, final_mark, width).split(_SLOT), end_marked


def _laid_body(text: str, final_mark: bool, width: int) -> str:
    """``body_xml`` of a text read whole."""
    blocks = tidy_breaks(list(_blocks(text)))
    if final_mark:
        blocks = with_final_mark(blocks)
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
            previous = heading_kind(as_read(value))
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

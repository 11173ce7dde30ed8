"""A letter's text kept as Markdown (a legal-text site's page as a crawler saved it): its
emphasis read as the bold and italic the page prints, its wrapped lines joined as the page
joins them, so that the importer reads the letter and not the Markdown's marks.

Such a page prints the letter's header and signature as a table's cells (a line ``|`` between
them) and its body as paragraphs with a blank line between them, every line wrapped at about
eighty characters wherever a space fell: inside a bold name (``**TM. ỦY BAN NHÂN`` /
``DÂN**``), inside the italic place and date line, inside a paragraph. Read as Markdown reads
it: a mark opened on a line and closed on a later one holds one printed line; a paragraph is
the lines between two blank lines; in a cell, each line the page printed stays a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ntm_docgen.letter.markup_text import Piece, marked

#: a line opening with a bold mark on a word, as a page's Markdown prints its headings
_BOLD_OPENING = re.compile(r"^\*\*[^\s*]")
#: how many lines of a text so opened make it Markdown: no clerk's typed letter has two
_MARKDOWN_LINES = 2
#: the width the page's lines were wrapped at (about eighty characters), with some slack; a
#: long line is one of more than 60, and nine in ten of them no wider than the width make a
#: wrapped text (a clerk's text keeps a paragraph on one line, hundreds of characters long)
_WRAP_WIDTH = 90
_LONG_LINE = 60
_WRAPPED_SHARE = 0.9
#: a mark left open no further than this many lines: past it, the star is no mark
_SPAN_LINES = 8
_STARS = re.compile(r"\*+")


@dataclass(frozen=True)
class MarkdownText:
    """The lines the page prints, its wholly bold lines, and each line's markup where it
    prints a part bold or italic (``{text: markup}``, emphasis.py's form)."""

    lines: list[str]
    bold: frozenset[str]
    emphasis: dict[str, str]


def is_markdown(lines: list[str]) -> bool:
    """Whether a text file's lines are a page's Markdown wrapped at a fixed width: two lines
    or more open with a bold mark on a word (``**ỦY BAN NHÂN DÂN**``, ``**Điều``), and nine
    in ten of its long lines end by the wrapping's width. A text whose paragraphs stand on a
    line each is read as it is, even with a bold mark in it: its lines are the page's.

    >>> wrapped = ["**ỦY BAN NHÂN DÂN**", "**KẾ HOẠCH**", "Thực hiện Chỉ thị số 21/CT-TTg"
    ...            " ngày 25 tháng 11 năm 2022 của Thủ tướng Chính", "phủ về chuyển đổi số."]
    >>> is_markdown(wrapped), is_markdown([*wrapped[:2], " ".join(wrapped[2:]) * 2])
    (True, False)
    >>> is_markdown(["TM. ỦY BAN NHÂN DÂN (***)", "Ghi chú (*)", "* Đối với các xã"])
    False
    """
    if sum(1 for line in lines if _BOLD_OPENING.match(line)) < _MARKDOWN_LINES:
        return False
    long = [line for line in lines if len(line) > _LONG_LINE]
    return bool(long) and sum(len(line) <= _WRAP_WIDTH for line in long) \
        >= _WRAPPED_SHARE * len(long)


def read_markdown(lines: list[str]) -> MarkdownText:
    """The printed lines of a page kept as Markdown (module docstring).

    >>> read_markdown(["|", "**TM. ỦY BAN NHÂN", "DÂN**", "KT. CHỦ TỊCH", "|"]).lines
    ['|', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', '|']
    >>> read_markdown(["*Căn cứ Luật Tổ chức", "chính quyền địa phương;*", "", "Điều 1. Ban",
    ...                "hành Kế hoạch."]).lines
    ['Căn cứ Luật Tổ chức chính quyền địa phương;', '', 'Điều 1. Ban hành Kế hoạch.']
    """
    out: list[str] = []
    bold: set[str] = set()
    emphasis: dict[str, str] = {}
    for written in _printed_lines(lines):
        pieces = _pieces(written)
        text = "".join(p[0] for p in pieces)
        line = " ".join(text.split())
        out.append(line)
        if not line:
            continue
        if all(b for t, b, _ in pieces if t.strip()):
            bold.add(line)
        trimmed = _trimmed(pieces)
        if any((b or i) and t.strip() for t, b, i in trimmed) \
                and "".join(p[0] for p in trimmed) == line:
            emphasis[line] = marked(trimmed)
    return MarkdownText(out, frozenset(bold), emphasis)


def _printed_lines(lines: list[str]) -> list[str]:
    """The Markdown's lines joined where the page printed one line: a mark's span, a list's
    dash alone on its line with the item under it, a paragraph outside the table's cells."""
    out: list[str] = []
    in_cell = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            in_cell = False
            out.append("")
            i += 1
            continue
        if line.strip() == "|" or line.startswith("|"):
            in_cell = True
            out.append(line)
            i += 1
            continue
        i, line = _span(lines, i)
        while in_cell and line.strip() == "-" and i < len(lines) and _continues(lines[i]):
            i, more = _span(lines, i)
            line = f"- {more.strip()}"
        while not in_cell and i < len(lines) and _continues(lines[i]):
            i, more = _span(lines, i)
            line = f"{line.rstrip()} {more.strip()}"
        out.append(line)
    return out


def _continues(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("|")


def _span(lines: list[str], i: int) -> tuple[int, str]:
    """The line at ``i`` with the lines a mark opened on it runs over, and the index after."""
    line = lines[i]
    end = i + 1
    while _open(line) and end < len(lines) and end - i < _SPAN_LINES \
            and _continues(lines[end]):
        line = f"{line.rstrip()} {lines[end].strip()}"
        end += 1
    return (end, line) if not _open(line) else (i + 1, lines[i])


def _open(line: str) -> bool:
    bold = italic = False
    for _, run in _marks(line):
        bold ^= len(run) // 2 % 2 == 1
        italic ^= len(run) % 2 == 1
    return bold or italic


def _marks(line: str) -> list[tuple[int, str]]:
    """The star runs of ``line`` that are marks: not a star standing alone between spaces
    (``b/a * 100%``), nor one in brackets (``(*)``), nor one escaped."""
    out = []
    for found in _STARS.finditer(line):
        run, start, end = found.group(), found.start(), found.end()
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        if before == "\\" or (before == "(" and after == ")"):
            continue
        if len(run) == 1 and before.isspace() and after.isspace():
            continue
        out.append((start, run))
    return out


def _pieces(line: str) -> list[Piece]:
    """(text, bold, italic) pieces of ``line``, its marks taken off."""
    pieces: list[Piece] = []
    bold = italic = False
    at = 0
    for start, run in _marks(line):
        if start > at:
            pieces.append((line[at:start], bold, italic))
        bold ^= len(run) // 2 % 2 == 1
        italic ^= len(run) % 2 == 1
        at = start + len(run)
    if at < len(line):
        pieces.append((line[at:], bold, italic))
    return [(text.replace("\\*", "*"), b, i) for text, b, i in pieces]


def _trimmed(pieces: list[Piece]) -> list[Piece]:
    """The pieces of the line as read (spaces collapsed, none at its ends), for its markup."""
    out: list[Piece] = []
    for text, b, i in pieces:
        text = re.sub(r"\s+", " ", text)
        if out and out[-1][0].endswith(" ") and text.startswith(" "):
            text = text[1:]
        if not out and not text.strip():
            continue
        if not out:
            text = text.lstrip()
        if text:
            out.append((text, b, i))
    while out and not out[-1][0].strip():
        out.pop()
    if out:
        out[-1] = (out[-1][0].rstrip(), out[-1][1], out[-1][2])
    return out

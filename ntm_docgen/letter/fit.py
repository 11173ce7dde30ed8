"""Fit short lines to their places: printed widths from Times New Roman metrics, and breaks
where clerks make them (between words, balanced, names and numbers kept whole)."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from itertools import repeat

from ntm_docgen.files.ooxml import mm
from ntm_docgen.files.resources import data_dir
from ntm_docgen.vietnamese.words import BEFORE, FREE, NAME, PHRASE, QUOTED, WORD, bonds

#: What a break costs, in twips of line length: inside a word dearest, inside a name or a
#: number dear, inside a quoted name less, and (a gain) before a word clerks start a line with.
_COSTS = {WORD: mm(60), PHRASE: mm(45), NAME: mm(30), QUOTED: mm(20), FREE: 0,
          BEFORE: -mm(8)}
#: A line more than the fewest is taken when it saves breaks that cost more than this (1741's
#: clerk: "Sơ kết Phong trào thi đua / “Cả nước ... nông thôn mới” / giai đoạn 2016 - 2020").
_EXTRA_LINE = mm(25)
#: Lines past which a text is filled as Word fills a paragraph, not balanced: the balance
#: weighs every split into each number of lines (a trích yếu of 8,000 characters took two
#: minutes and 1.3 GB, one of 100,000 more than five minutes and 4 GB); no heading, name or
#: trích yếu of a real letter comes near.
BALANCED_LINES = 12
#: Stands for a space of a run of spaces while a line is broken (never broken inside).
_HOLD = "\u00a0"
#: Word and LibreOffice must not wrap a line the estimate says fits: keep 1 % in hand.
_SLACK = 0.99


@cache
def _widths() -> dict[str, dict[str, int]]:
    with (data_dir() / "font_widths.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def _face(bold: bool, italic: bool) -> str:
    return ("bold_" if bold else "") + "italic" if italic else "bold" if bold else "regular"


def text_width(text: str, size: float, bold: bool = True, italic: bool = False) -> int:
    """Estimated printed width of ``text`` in twips (Times New Roman metrics).

    >>> text_width("Độc lập - Tự do - Hạnh phúc", 13) > text_width("Độc lập", 13)
    True
    """
    table = _widths()[_face(bold, italic)]
    units = sum(map(table.get, text, repeat(600)))
    return round(units / 1000 * size * 20)


def balanced(line: str, width: int, size: float, bold: bool = True,
             italic: bool = False, whole_words: bool = False) -> list[str]:
    """``line`` as a clerk breaks it to fit ``width`` twips: unchanged when it fits, else in the
    fewest lines that fit (one more when that keeps a word, a name or a quoted name whole),
    the breaks chosen so that the longest line is shortest, between words
    (vietnamese/words.py) and before the words clerks start a line with.

    >>> from ntm_docgen.files.ooxml import mm
    >>> balanced("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", mm(70), 12)
    ['SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']
    >>> balanced("SỞ NỘI VỤ", mm(70), 12)
    ['SỞ NỘI VỤ']
    >>> balanced("TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", mm(91), 14)
    ['TM. ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']
    """
    # a draft's blanks ("ngày    tháng    năm 2026") are kept, and kept on one line
    held = re.sub(r" {2,}", lambda m: _HOLD * len(m.group()), " ".join(line.split(" ")).strip())
    held = " ".join(x for x in held.split(" ") if x)
    lines = _balanced(held, round(width * _SLACK), size, bold, italic, whole_words)
    return [x.replace(_HOLD, " ") for x in lines]


@lru_cache(maxsize=4096)
def _balanced(line: str, width: int, size: float, bold: bool, italic: bool,
              whole_words: bool = False) -> tuple[str, ...]:
    words = line.split(" ")
    if len(words) < 2 or text_width(line, size, bold, italic) <= width:
        return (line,)
    spans = _Spans(words, size, bold, italic)
    # no fewer lines hold it: their widths and the spaces between them add up to the line's
    fewest = max(2, -(-(spans.width(0, len(words)) + spans.space) // (width + spans.space)))
    if fewest > BALANCED_LINES:
        return _filled(spans, width)
    costs = [_COSTS[bond] for bond in bonds(line)]
    for count in range(fewest, len(words) + 1):
        best = _best_split(spans, costs, count, width)
        if best is None:
            continue
        more = _best_split(spans, costs, count + 1, width) if count < len(words) else None
        if more is not None and (best[1] - more[1] > _EXTRA_LINE or whole_words and
                                 _inside_a_word(best[2], costs) > _inside_a_word(more[2], costs)):
            return more[2]
        return best[2]
    return (line,)  # a single word wider than the place: nothing better to do


def _inside_a_word(lines: tuple[str, ...], costs: list[int]) -> int:
    """How many of the breaks between ``lines`` fall inside a word (``CHƯƠNG / TRÌNH``): in the
    signature, one line more is taken to keep every word whole ("TM. BAN CHỈ ĐẠO / CÁC CHƯƠNG
    TRÌNH / MỤC TIÊU QUỐC GIA TỈNH"); the header's issuer keeps its fewest lines, as clerks
    write it and as import reads it back."""
    at, inside = 0, 0
    for line in lines[:-1]:
        at += len(line.split(" "))
        inside += costs[at - 1] == _COSTS[WORD]
    return inside


def _filled(spans: _Spans, width: int) -> tuple[str, ...]:
    """The words as Word fills a paragraph: each line as many as fit."""
    lines, start, total = [], 0, len(spans.words)
    while start < total:
        end = start + 1
        while end < total and spans.width(start, end + 1) <= width:
            end += 1
        lines.append(spans.text(start, end))
        start = end
    return tuple(lines)


class _Spans:
    """Printed widths of runs of words, from the words' own widths."""

    def __init__(self, words: list[str], size: float, bold: bool, italic: bool) -> None:
        self.words = words
        self.space = text_width(" ", size, bold, italic)
        self.starts = [0]
        for word in words:
            self.starts.append(self.starts[-1] + text_width(word, size, bold, italic))

    def width(self, start: int, end: int) -> int:
        return self.starts[end] - self.starts[start] + self.space * (end - start - 1)

    def text(self, start: int, end: int) -> str:
        return " ".join(self.words[start:end])


def _best_split(spans: _Spans, costs: list[int], count: int,
                width: int) -> tuple[int, int, tuple[str, ...]] | None:
    """The split into ``count`` lines no wider than ``width`` with the least longest line plus
    break costs: (that score, the break costs alone, the lines), or None when none fits."""
    total = len(spans.words)

    @cache
    def best(start: int, parts: int) -> tuple[int, int, tuple[str, ...]] | None:
        if parts == 1:
            own = spans.width(start, total)
            return (own, own, (spans.text(start, total),)) if own <= width else None
        found = None
        for end in range(start + 1, total - parts + 2):
            head = spans.width(start, end)
            if head > width:
                break
            rest = best(end, parts - 1)
            if rest is None:
                continue
            longest = max(head, rest[1])
            penalty = rest[0] - rest[1] + costs[end - 1]
            if found is None or longest + penalty < found[0]:
                found = (longest + penalty, longest, (spans.text(start, end), *rest[2]))
        return found

    result = best(0, count)
    if result is None:
        return None
    return result[0], result[0] - result[1], result[2]


def fitted(lines: list[str], width: int, size: float, bold: bool = True,
           italic: bool = False, whole_words: bool = False) -> list[str]:
    """Every line of ``lines`` balanced to ``width`` (``whole_words``: one line more rather
    than a break inside a word, as the signature's lines are broken)."""
    return [part for line in lines
            for part in balanced(line, width, size, bold, italic, whole_words)]

"""Fit short lines to their cells: printed widths from Times New Roman metrics, balanced wraps."""

from __future__ import annotations

import json
from functools import cache

from ntm_docgen.files.ooxml import mm
from ntm_docgen.files.resources import data_dir, load_data

#: What a break costs, in twips of line length: inside words that belong together, and (a
#: gain) before a word clerks start a line with.
_SPLIT_PAIR = mm(30)
_BREAK_BEFORE = -mm(8)


@cache
def _widths() -> dict[str, dict[str, int]]:
    with (data_dir() / "font_widths.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def text_width(text: str, size: float, bold: bool = True) -> int:
    """Estimated printed width of ``text`` in twips (Times New Roman metrics)."""
    table = _widths()["bold" if bold else "regular"]
    units = sum(table.get(c, 600) for c in text)
    return round(units / 1000 * size * 20)


def balanced(line: str, width: int, size: float, bold: bool = True) -> list[str]:
    """``line`` as it should be broken to fit ``width`` twips: unchanged when it fits, else in
    the fewest lines that fit, the break points chosen so that the longest line is shortest
    (clerks break "SỞ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG", never leave "TRƯỜNG" alone).

    >>> from ntm_docgen.files.ooxml import mm
    >>> balanced("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", mm(70), 12)
    ['SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']
    >>> balanced("SỞ NỘI VỤ", mm(70), 12)
    ['SỞ NỘI VỤ']
    >>> balanced("TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", mm(91), 14)
    ['TM. ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN']
    """
    words = line.split()
    if len(words) < 2 or text_width(line, size, bold) <= width:
        return [line]
    for count in range(2, len(words) + 1):
        best = _best_split(words, count, size, bold)
        if best is not None and max(text_width(x, size, bold) for x in best) <= width:
            return best
    return [line]  # a single word wider than the cell: nothing better to do


@cache
def _breaks() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("ngat_dong.yaml")
    return (frozenset(data["ngat_truoc"]), frozenset(data["khong_tach"]),
            frozenset(data["khong_cuoi"]))


def _boundary_cost(before: str, after: str) -> int:
    """What breaking between two words costs: dear inside a pair or after a word that leads
    into the next, cheap before a word clerks start a line with."""
    break_before, keep, never_last = _breaks()
    cost = _SPLIT_PAIR if f"{before} {after}".upper() in keep else 0
    cost += _SPLIT_PAIR if before.upper() in never_last else 0
    return cost + (_BREAK_BEFORE if after.upper() in break_before else 0)


def _best_split(words: list[str], count: int, size: float, bold: bool) -> list[str] | None:
    """The split of ``words`` into ``count`` lines with the shortest longest line, each break
    weighed by :func:`_boundary_cost`."""
    @cache
    def best(start: int, parts: int) -> tuple[int, int, tuple[str, ...]] | None:
        if parts == 1:
            text = " ".join(words[start:])
            width = text_width(text, size, bold)
            return width, width, (text,)
        found = None
        for end in range(start + 1, len(words) - parts + 2):
            head = " ".join(words[start:end])
            rest = best(end, parts - 1)
            if rest is None:
                continue
            longest = max(text_width(head, size, bold), rest[1])
            penalty = rest[0] - rest[1] + _boundary_cost(words[end - 1], words[end])
            if found is None or longest + penalty < found[0]:
                found = (longest + penalty, longest, (head, *rest[2]))
        return found

    result = best(0, count)
    return list(result[2]) if result else None


def fitted(lines: list[str], width: int, size: float, bold: bool = True) -> list[str]:
    """Every line of ``lines`` balanced to ``width``."""
    return [part for line in lines for part in balanced(line, width, size, bold)]

"""Points ``a)``, ``b)``, … of a letter's body in the order of the Vietnamese alphabet."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: The letters points take, in order (nd30-layout row 6): the Vietnamese alphabet without its
#: letters with marks (ă, â, ê, ô, ơ, ư) but đ; no f, j, w, z.
ALPHABET = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
            "s", "t", "u", "v", "x", "y")
#: a point: a small letter and a closing bracket opening the line ("a) ", "đ) ")
_POINT = re.compile(r"^([a-zđ])\)\s")
#: a line above the points' level closes their list: a numbered item ("1.", "1.1.", "2)"), a
#: Roman heading ("II."), an Điều, Chương, Mục or Phần
_ABOVE = re.compile(r"^(\d+(\.\d+)*[.)]|[IVXLC]+\.|(Điều|Chương|Mục|Phần)\s)", re.IGNORECASE)


@dataclass(frozen=True)
class OutOfOrder:
    """The first point of a list whose letter is not the one that comes next."""

    index: int  # the line's index in the lines given
    found: str  # the letter typed
    expected: str  # the letter that comes next


def point(line: str) -> str | None:
    """The letter of a point opening ``line``, or None.

    >>> point("a) Nguyên nhân khách quan."), point("đ) Khác"), point("(f) trong câu"), point("A) x")
    ('a', 'đ', None, None)
    """
    match = _POINT.match(line.lstrip())
    return match.group(1) if match else None


def out_of_order(lines: Sequence[str]) -> list[OutOfOrder]:
    """The first point out of the alphabet's order in each list of points (a list begins at its
    ``a)`` and ends at a line of a higher level); a point with no ``a)`` above it is no list's.

    >>> out_of_order(["a) x", "b) x", "c) x", "d) x", "e) x", "f) x"])
    [OutOfOrder(index=4, found='e', expected='đ')]
    >>> out_of_order(["a) x", "b) x", "c) x", "d) x", "đ) x", "e) x", "f) x"])
    [OutOfOrder(index=6, found='f', expected='g')]
    >>> out_of_order(["a) x", "- y", "b) x", "2. Z", "a) x", "c) x", "d) x"])
    [OutOfOrder(index=5, found='c', expected='b')]
    >>> out_of_order(["a) x", "b) x", "c) x", "Ghi chú (f) khác"]), out_of_order(["f) lẻ"])
    ([], [])

    Points quoted from another text are that text's, not the letter's:

    >>> out_of_order(["a) Khoản 3 quy định:", "b) Điểm b quy định:", "“b) Trước khi …;",
    ...               "c) Hết thời gian …”.", "c) Khoản 2 quy định:"])
    []
    """
    found: list[OutOfOrder] = []
    last: str | None = None  # the letter of the list's last point; None: no list open
    cited = quoted(lines)
    for i, line in enumerate(lines):
        if i in cited:
            continue  # a decree's own points, quoted in the letter
        letter = point(line)
        if letter == "a":
            last = "a"
        elif letter is not None and last is not None:
            expected = _after(last)
            if letter != expected:
                found.append(OutOfOrder(i, letter, expected))
                last = None  # one finding per list
            else:
                last = letter
        elif letter is None and _ABOVE.match(line.lstrip()):
            last = None
    return found


#: the longest quotation looked for: a quote left open reads as none
QUOTE_LINES = 15


def quoted(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines inside a quotation: from a line that opens with "“" to the
    line that closes it with "”" (within ``QUOTE_LINES``; an opening never closed is none).

    >>> sorted(quoted(["Điểm b quy định:", "“b) x;", "c) y”.", "c) z"]))
    [1, 2]
    >>> sorted(quoted(["“Một câu trích”", "a) x"])), sorted(quoted(["“mở mà không đóng", "a) x"]))
    ([0], [])
    """
    inside: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i].lstrip()
        if text.startswith("“"):
            end = next((j for j in range(i, min(i + QUOTE_LINES, len(lines)))
                        if "”" in (text[1:] if j == i else lines[j])), None)
            if end is not None:
                inside.update(range(i, end + 1))
                i = end + 1
                continue
        i += 1
    return inside


def _after(letter: str) -> str:
    """The letter after ``letter`` in ``ALPHABET`` (after y: y again, no list runs so long).

    >>> _after("d"), _after("đ"), _after("e"), _after("y")
    ('đ', 'e', 'g', 'y')
    """
    i = ALPHABET.index(letter)
    return ALPHABET[min(i + 1, len(ALPHABET) - 1)]


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """The value of a part's Roman numeral (``so_la_ma`` of vietnamese/text.py the other way).

    >>> roman_value("IV"), roman_value("XIX"), roman_value("XIV"), roman_value("III")
    (4, 19, 14, 3)
    """
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))

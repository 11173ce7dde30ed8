"""The bold and italic of a line of the letter implemented kept on the line derive changed from
it (a level mapped, a movement renamed, "Giao" taken from a body's own task): each character
the change left keeps its marks, and the words it put in take the marks of the words they
replace (Lào Cai's Công văn 7432/UBND-XD prints "1. Công an tỉnh, các sở, ban, ngành, …" bold;
a commune's letter writes it "1. Công an tỉnh, các ban, ngành, đoàn thể xã …", bold too)."""

from __future__ import annotations

from difflib import SequenceMatcher

from ntm_docgen.letter.markup_line import read_pieces
from ntm_docgen.letter.markup_text import marked as markup

#: how much of a line must be the source line's for its marks to be carried (SequenceMatcher's
#: ratio), and the characters at either end a source line must share with it to be tried (or
#: its first ``START``: an item's number and first words, "1. Công an tỉnh, …" made "1. Công an
#: xã, …" with its list mapped down)
ALIKE, END, START = 0.6, 12, 8

Marks = tuple[bool, bool]


class Carrier:
    """The source's marked lines (plain text: its markup), looked up by their ends."""

    def __init__(self, marked: dict[str, str]) -> None:
        self.marked = marked
        self.by_end: dict[str, list[str]] = {}
        for plain in marked:
            for key in (plain[:END], plain[-END:], plain[:START]):
                self.by_end.setdefault(key, []).append(plain)

    def carried(self, line: str) -> str:
        """``line`` with the marks of the source line it was changed from, "" when none is
        alike enough or the source line had no marks."""
        if len(line) < END:
            return ""
        best, score = "", ALIKE
        for plain in {*self.by_end.get(line[:END], ()), *self.by_end.get(line[-END:], ()),
                      *self.by_end.get(line[:START], ())}:
            ratio = SequenceMatcher(None, plain, line, autojunk=False).ratio()
            if ratio >= score:
                best, score = plain, ratio
        if not best:
            return ""
        pieces = read_pieces(self.marked[best])
        was = [(b, i) for text, b, i in pieces for _ in text]
        if "".join(t for t, _b, _i in pieces) != best or not any(b or i for b, i in was):
            return ""
        return markup(_pieces(line, _marks_of(best, was, line)))


def _marks_of(plain: str, was: list[Marks], line: str) -> list[Marks]:
    """Each character of ``line``'s marks: kept where ``plain``'s stays, and where words were
    put in, the marks of what they replace (or of the words around them, when both agree).

    >>> B, N = (True, False), (False, False)
    >>> _marks_of("Giao Sở A", [N] * 5 + [B] * 4, "Sở A") == [B] * 4
    True
    >>> _marks_of("các sở, ngành", [B] * 13, "các ban, ngành") == [B] * 14
    True
    """
    out: list[Marks] = []
    plain_marks = (False, False)
    for op, a0, a1, b0, b1 in SequenceMatcher(None, plain, line, autojunk=False).get_opcodes():
        if op == "equal":
            out += was[a0:a1]
        elif op == "replace":
            out += [was[a0] if len(set(was[a0:a1])) == 1 else plain_marks] * (b1 - b0)
        elif op == "insert":
            before = was[a0 - 1] if a0 else plain_marks
            after = was[a0] if a0 < len(was) else before
            out += [before if before == after else plain_marks] * (b1 - b0)
    return out


def _pieces(line: str, marks: list[Marks]) -> list[tuple[str, bool, bool]]:
    return [(char, bold, italic) for char, (bold, italic) in zip(line, marks, strict=True)]

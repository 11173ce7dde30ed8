"""A word OCR misread once, set right by the words its letter writes around it elsewhere.

A scan's letter names the same things again and again: ``huyện Tư Nghĩa``, ``phòng, chống
AIDS, ma túy``. Where OCR read one of them wrong (``huyện Tự Nghĩa``, ``chống ATDS ma túy``,
``về mà túy``), the field holding it is wrong. The letter itself tells it: the word as read
stands nowhere else beside its neighbours, while a word of the same letters with other marks
(or, for a code of capitals of four letters or more, one letter more, fewer or other) stands
between the very same two words twice at least elsewhere in the letter, and twice as often as
the word as read stands there (OCR may misread a name twice alike: ``huyện Tự Nghĩa`` twice,
``huyện Tư Nghĩa`` four times). Such a word is written as that one.

A word stays as read where it has no neighbour on its line on either side (a sign between
counts as none), where the letter reads it beside one of its neighbours anywhere but between
those two, where it makes a word of the word list with one (a name's words aside), where it
holds a digit, where two such other words stand, or where the other differs from it by the
place of its tone mark alone (``Thuý``, ``Thúy``: how the letter spells it).

Only what OCR read (``build.import_letter``): a text PDF's, a Word file's or a text file's
words are printed as the clerk typed them, a slip too (``trên địa bản`` where the letter
writes ``địa bàn`` twice), and the copy of a letter must say what its paper says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from rapidfuzz.distance import Levenshtein

from ntm_docgen.i18n import _
from ntm_docgen.importer.ownphrase import own_phrase
from ntm_docgen.importer.respace import respaced
from ntm_docgen.importer.wordfix import _parts
from ntm_docgen.vietnamese.lexicon import paired
from ntm_docgen.vietnamese.text import is_upper_vi, strip_diacritics

#: The letter must read the other word between the same two words this often, and twice as
#: often as the word as read.
LEAST = 2
#: A code of capitals this long may differ by this many letters (``ATDS`` for ``AIDS``).
LONG_CODE, CODE_LETTERS = 4, 1

_TOKEN = re.compile(r"\S+")


def _neighbours(tokens: list[str], n: int) -> tuple[str, str]:
    """The letters of the words before and after the ``n``-th token; "" where none is on the
    line, or a sign stands between (``chống,`` ``AIDS``)."""
    own = _parts(tokens[n])
    before = _parts(tokens[n - 1]) if n > 0 else ("", "", "x")
    after = _parts(tokens[n + 1]) if n + 1 < len(tokens) else ("x", "", "")
    return (before[1] if not (before[2] or own[0]) else "",
            after[1] if not (own[2] or after[0]) else "")


def _close(read: str, other: str) -> bool:
    """``other`` may be what OCR read as ``read``: in the same case, the same letters with
    other marks (not the same marks placed otherwise, ``Thuý``, ``Thúy``), or a code of
    capitals of four letters or more with one letter more, fewer or other."""
    if read == other or read.istitle() != other.istitle() \
            or is_upper_vi(read) != is_upper_vi(other):
        return False
    if sorted(unicodedata.normalize("NFD", read)) == sorted(unicodedata.normalize("NFD", other)):
        return False  # a tone mark placed otherwise: how the letter spells it
    bare, bare_other = strip_diacritics(read.lower()), strip_diacritics(other.lower())
    if is_upper_vi(read) and min(len(read), len(other)) >= LONG_CODE:
        return Levenshtein.distance(bare, bare_other) <= CODE_LETTERS
    return bare == bare_other


def _read(lines: list[list[str]]) -> Counter[tuple[str, ...]]:
    """The pairs and triples of words the lines read side by side with no sign between, each
    with how often."""
    seen: Counter[tuple[str, ...]] = Counter()
    for tokens in lines:
        for n, token in enumerate(tokens):
            core = _parts(token)[1]
            before, after = _neighbours(tokens, n) if core else ("", "")
            if after:
                seen[(core, after)] += 1
            if before and after:
                seen[(before, core, after)] += 1
    return seen


def _word(first: str, second: str) -> bool:
    """The two make a word of the word list, and are no part of a name (``Tự Nghĩa``: a
    place's name is not judged by the word list)."""
    return not (first.istitle() and second.istitle()) and paired(first, second)


def _written(tokens: list[str], n: int, seen: Counter[tuple[str, ...]]) -> str | None:
    """The word the ``n``-th token is written as, or None where it stays as read."""
    lead, core, trail = _parts(tokens[n])
    before, after = _neighbours(tokens, n)
    if len(core) < 2 or not (before and after):
        return None
    times = seen[(before, core, after)]  # OCR may read one name wrong twice alike
    if seen[(before, core)] > times or seen[(core, after)] > times or _word(before, core) \
            or _word(core, after):
        return None  # how the letter writes it, or a word as read
    found = {key[1] for key, count in seen.items()
             if len(key) == 3 and key[0] == before and key[2] == after
             and count >= max(LEAST, 2 * times) and _close(core, key[1])}
    if len(found) != 1:
        return None
    return lead + found.pop() + trail


def own_read(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines with each word OCR misread once set right by the letter's own words around it
    (the module's rule), and each change (as read, as written).

    >>> own_read(["UBND huyện Tư Nghĩa và huyện Tư Nghĩa,", "đất tại huyện Tự Nghĩa."])[1]
    [('Tự', 'Tư')]
    >>> own_read(["chống AIDS ma túy", "chống AIDS ma túy,", "chống ATDS ma túy"])[1]
    [('ATDS', 'AIDS')]

    A word the letter reads once beside other neighbours stays (``năm nay`` / ``năm này``):

    >>> own_read(["trong năm nay", "kế hoạch năm này"])[1]
    []
    """
    tokens = [_TOKEN.findall(line) for line in lines]
    seen = _read(tokens)
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    for line, row in zip(lines, tokens, strict=True):
        spans = [m.span() for m in _TOKEN.finditer(line)]
        for n in reversed(range(len(row))):
            new = _written(row, n, seen)
            if new is not None and new != row[n]:
                start, end = spans[n]
                line = line[:start] + new + line[end:]
                changes.append((_parts(row[n])[1], _parts(new)[1]))
        out.append(line)
    return out, changes


def own_read_told(lines: list[str], warnings: list[str]) -> list[str]:
    """``own_read``'s lines, then ``ownphrase.own_phrase``'s, with warnings naming each word
    written otherwise; first each space OCR put at the wrong place moved
    (``respace.respaced``: ``Tỉnhủy``, ``Nghị quy ết``)."""
    lines, spaced = respaced(lines)
    if spaced:
        warnings.append(_("{count} words of the scan were spaced again where real letters space "
                          "them: {words}; check them against the paper").format(
                              count=len(spaced), words=", ".join(
                                  f"“{read}” → “{right}”" for read, right in spaced)))
    lines, changes = own_read(lines)
    lines, phrases, small = own_phrase(lines)  # a phrase the letter prints again; tăng Cường
    changes += phrases
    if small:
        warnings.append(_("{count} words of the scan read with a capital were written in small "
                          "letters, as the letter writes them elsewhere after the same word: "
                          "{words}; check them against the paper").format(
                              count=len(small), words=", ".join(
                                  f"“{read}” → “{right}”" for read, right in small)))
    if changes:
        warnings.append(_("{count} words of the scan were written as the letter writes them "
                          "elsewhere between the same words: {words}; check them against the "
                          "paper").format(count=len(changes), words=", ".join(
                              f"“{read}” → “{right}”" for read, right in changes)))
    return lines

"""A word OCR misread inside a phrase its letter prints again elsewhere, and a word read with
a capital where its letter writes it in small letters: set right by the letter's own text.

A letter repeats its phrases word for word: ``Sở Dân tộc - Tôn giáo tỉnh``, ``Trường Đại học
Công Thương Thành phố Hồ Chí Minh``. Where OCR read one word of such a phrase wrong by a
letter (``Sở Dân lộc - Tôn giáo``, ``Thành phố Hà Chí Minh``), the two words before it and
the two after it stand elsewhere in the letter around another word, one letter or some marks
from it, with the same signs on the word itself (a sign after one of the four words aside:
``Thành phố Hồ Chí Minh.``): the letter itself says what was printed. The word is written as
that one where the letter prints it so more often than as read, and no third word stands
there. The two words on each side are read across the lines' ends (OCR's lines are the
paper's, a paragraph goes on at the next), and at least three of the four hold letters.

A word read with a capital of the same shape as its small letter in the middle of a sentence
(``tăng Cường và``: ``C`` and ``c`` differ in size only) is written in small letters where the
letter writes it so after the same word twice at least, never as read, the two make a word of
the word list, and it makes none with the small word after it (``của Công ty``: a name).
``importer/ocrmarks.small_capitals`` asks instead the word's other letters to be no higher
than an ``x``, where the letter gives no evidence.

A word stays as read where it makes a word of the word list with a neighbour (a name's words
aside), holds a digit, is one letter long or a Roman number (``khóa XV``), stands elsewhere in
the letter, or differs from the other by the place of its tone mark alone (``Thuý``,
``Thúy``: how the letter spells it). Only what OCR read (``ownread.own_read_told``): a typed
letter's slip is its paper's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from rapidfuzz.distance import Levenshtein

from ntm_docgen.importer.ocrmarks import EDGE
from ntm_docgen.importer.wordfix import _parts
from ntm_docgen.vietnamese.lexicon import paired
from ntm_docgen.vietnamese.text import is_upper_vi, strip_diacritics

#: Words on each side of a word that must stand around the other word elsewhere.
SIDE = 2
#: A word in small letters after the same word this often, for a capital read to be small.
LEAST_SMALL = 2
#: Capitals a small letter of the same shape is read as (``ocrmarks._SAME_SHAPE``).
_SAME_SHAPE = frozenset("COSUVWXZ")

_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
#: A token's signs before and after its letters and digits.
_EDGES = re.compile(r"^(\W*).*?(\W*)$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")  # a part's or a term's number: ``khóa XV``, ``XVI``


def _close(read: str, other: str) -> bool:
    """``other`` may be what OCR read as ``read``: in the same case, the same letters with
    other marks (not the same marks placed otherwise) or one letter more, fewer or other.

    >>> _close("lộc", "tộc"), _close("Hà", "Hồ"), _close("ATDS", "AIDS")
    (True, True, True)
    >>> _close("Thuý", "Thúy"), _close("tộc", "Tộc"), _close("UBND", "HĐND")
    (False, False, False)
    """
    if read == other or read.istitle() != other.istitle() \
            or is_upper_vi(read) != is_upper_vi(other):
        return False
    if sorted(unicodedata.normalize("NFD", read)) == sorted(unicodedata.normalize("NFD", other)):
        return False
    bare, bare_other = strip_diacritics(read.lower()), strip_diacritics(other.lower())
    return bare == bare_other or Levenshtein.distance(bare, bare_other) == 1


def _word(first: str, second: str) -> bool:
    """The two make a word of the word list, and are no part of a name."""
    return not (first.istitle() and second.istitle()) and paired(first, second)


def _context(stream: list[str], n: int) -> tuple[str, ...] | None:
    """The ``SIDE`` tokens on each side of the ``n``-th and its own signs, or None near the
    letter's ends or where fewer than three of the four hold letters."""
    if n < SIDE or n + SIDE >= len(stream):
        return None
    around = tuple(t.strip(EDGE) or t  # their words, a sign of their own aside: ``Minh.``
                   for t in (*stream[n - SIDE:n], *stream[n + 1:n + 1 + SIDE]))
    if sum(bool(_LETTER.search(t)) for t in around) < 2 * SIDE - 1:
        return None
    edges = _EDGES.match(stream[n])
    return (*around, *edges.groups()) if edges else None  # its own signs: ``(NCKH),``


def _phrase(stream: list[str]) -> dict[int, str]:
    """The tokens written otherwise by the phrases of the letter: {place: core}."""
    where: dict[tuple[str, ...], Counter[str]] = {}
    for n in range(len(stream)):
        key = _context(stream, n)
        if key is not None:  # a number there too: ``Nậm Cang 1A``, ``IA``, ``LA``
            where.setdefault(key, Counter())[_parts(stream[n])[1] or stream[n]] += 1
    once = Counter(_parts(t)[1] for t in stream)
    out: dict[int, str] = {}
    for n, token in enumerate(stream):
        core, key = _parts(token)[1], _context(stream, n)
        if len(core) < 2 or key is None or once[core] > 1 or _ROMAN.match(core):
            continue
        seen = where[key]
        others = [w for w, count in seen.items() if count > seen[core] and _close(core, w)]
        if len(others) != 1 or len(seen) > 2 or _word(_parts(stream[n - 1])[1], core) \
                or _word(core, _parts(stream[n + 1])[1]):
            continue
        out[n] = others[0]
    return out


def _small(stream: list[str]) -> dict[int, str]:
    """The words read with a capital of a small letter's shape mid-sentence: {place: core}."""
    def before(n: int) -> str:
        prev = stream[n - 1] if n > 0 else "."
        return "" if prev[-1:] in ".:;!?" else prev.strip(EDGE)

    pairs = Counter((before(n), _parts(t)[1]) for n, t in enumerate(stream))
    out: dict[int, str] = {}
    for n, token in enumerate(stream[:-1]):
        core, prev, after = _parts(token)[1], before(n), stream[n + 1].strip(EDGE)
        if core[:1] in _SAME_SHAPE and core[1:].islower() and prev.isalpha() \
                and prev.islower() and token[-1:] not in ".:;!?" and after[:1].islower() \
                and pairs[(prev, core)] == 1 and pairs[(prev, core.lower())] >= LEAST_SMALL \
                and paired(prev, core.lower()) and not paired(core.lower(), after):
            out[n] = core.lower()  # a word that opens a name stays: ``của Công ty``
    return out


Changes = list[tuple[str, str]]


def own_phrase(lines: list[str]) -> tuple[list[str], Changes, Changes]:
    """The lines with each word set right by the letter's phrases and by its small words (the
    module's rules), and the changes (as read, as written) of each rule.

    >>> own_phrase(["cho Sở Dân tộc - Tôn giáo tỉnh;", "cho Sở Dân tộc - Tôn giáo",
    ...             "tỉnh và cho Sở Dân lộc - Tôn", "giáo tỉnh."])[1]
    [('lộc', 'tộc')]
    >>> own_phrase(["về tăng cường và", "tăng cường công tác", "tiếp tục tăng Cường và"])[2]
    [('Cường', 'cường')]

    A phrase printed once each way is no evidence of which is the paper's:

    >>> own_phrase(["cho Sở Dân tộc - Tôn giáo", "cho Sở Dân lộc - Tôn giáo"])[1]
    []
    """
    rows = [_TOKEN.findall(line) for line in lines]
    stream = [t for row in rows for t in row]
    small, phrase = _small(stream), _phrase(stream)
    written = {**small, **phrase}
    out: list[str] = []
    first = 0
    for line, row in zip(lines, rows, strict=True):
        spans = [m.span() for m in _TOKEN.finditer(line)]
        for i in reversed(range(len(row))):
            new = written.get(first + i)
            if new is not None:
                lead, _core, trail = _parts(row[i])
                start, end = spans[i]
                line = line[:start] + lead + new + trail + line[end:]
        out.append(line)
        first += len(row)
    return (out, [(_parts(stream[n])[1], phrase[n]) for n in sorted(phrase)],
            [(_parts(stream[n])[1], small[n]) for n in sorted(small) if n not in phrase])

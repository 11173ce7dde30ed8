"""A space OCR put at the wrong place, inside a syllable or between two, put where real letters
put it.

Tesseract parts a syllable (``Nghị quy ết``), runs two together (``choông``, ``dựán``,
``Tỉnhủy``), or does both at once (``điều độngông``, read ``độ ngông``), and the long field
holding it is wrong. Vietnamese tells where the space goes: every word of a letter is a
syllable of a closed set (underthesea's dictionary, ``lexicon.known``), and the letters the
office writes pair their syllables in known ways (``scanwords.written``: the pairs real
letters no held-out set holds write, with how many letters write each).

A word that is no syllable, or two words side by side (no sign between) one of which is none
or whose pair no letter writes, are written again with their letters as read and the space
moved: taken out where the letters make one syllable (``Quyết``), or put where both sides are
syllables (``Tỉnh ủy``, ``động ông``). Each way of writing them is weighed by how many letters
write the pairs it makes: its own, and with the words on either side (``điều động``). The one
way taken weighs ``LEAST`` at least and ``FAR`` times what any other way weighs, the words as
read among them. A dot or a colon OCR read for the space or inside a syllable (``Căn.cứ``,
``Luật T:ổ chức``) is weighed the same way. Not touched: a word of capitals and small
letters (a name run together, ``ThịnhLong``), two capitalised words (a name, ``Công Ti``),
words of no mark (a code, a foreign word), a word with a digit or another sign inside, two
syllables that make a word of the dictionary as read, or that are written again only where the
new way makes a word of the dictionary with a neighbour (``điều động``; ``thịt heo``, which the
office letters seldom write, is no ``thị theo``).

Only what OCR read (``ownread.own_read_told``): a typist's own run-together words stay as
typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ntm_docgen.importer.scanwords import LEAST, written
from ntm_docgen.importer.wordfix import _parts as parts_of
from ntm_docgen.vietnamese.lexicon import _placements, paired
from ntm_docgen.vietnamese.lexicon import known as in_dictionary
from ntm_docgen.vietnamese.text import is_upper_vi, strip_diacritics

#: How many times what the way taken weighs must outweigh any other way's.
FAR = 4

#: The most letters of two syllables (``nghiêng`` has seven).
LONGEST = 14

_TOKEN = re.compile(r"\S+")
#: A word's signs and letters, and whether the dictionary holds a syllable, each worked out
#: once: a table of remains reads the same words thousands of times.
_parts = cache(parts_of)
_known = cache(in_dictionary)
#: Two runs of letters with a dot or a colon between them, signs round them.
_GLUED = re.compile(r"^(\W*)([^\W\d_]+)[.:]([^\W\d_]+)(\W*)$")


@cache
def _count(first: str, second: str) -> int:
    """How many letters write the two syllables side by side (case and the place of a tone
    mark forgiven); 0 where either is empty."""
    if not first or not second:
        return 0
    grams = written()
    return max((grams.get((a, b), 0) for a in _placements(first) for b in _placements(second)),
               default=0)


def _weight(words: list[str], before: str, after: str) -> int:
    """What a way of writing weighs: how many letters write each pair it makes, with the
    words on either side."""
    chain = [before, *words, after]
    return sum(_count(a, b) for a, b in zip(chain, chain[1:], strict=False))


def _cased(letters: str) -> bool:
    """Letters whose case a space may move through: all small, all capitals, or one capital
    opening them."""
    return letters.islower() or is_upper_vi(letters) or letters[0].isupper() \
        and letters[1:].islower()


def _ways(letters: str, cut: int | None) -> Iterator[list[str]]:
    """The ways of writing ``letters`` as one syllable or two, but the way read (``cut``: the
    place of the space read, None where none was)."""
    if cut is not None and _syllable(letters):
        yield [letters]
    for at in range(1, len(letters)):
        head, tail = letters[:at], letters[at:]
        if at != cut and _syllable(head) and _syllable(tail) \
                and (tail.islower() or letters.isupper()):
            yield [head, tail]


@cache
def _syllable(letters: str) -> bool:
    """A syllable of the dictionary that the letters write, with a vowel (``c``, ``đ``: a
    list's letter, an initial), of one letter only in small letters (``ở``; ``E TỤC`` is no
    Vietnamese)."""
    return _voiced(letters) and (len(letters) > 1 or letters.islower()) \
        and max(written().get((p,), 0) for p in _placements(letters)) >= LEAST


def _voiced(letters: str) -> bool:
    """A syllable of the dictionary with a vowel (the dictionary holds ``c``, ``g`` alone)."""
    return any(c in "aeiouy" for c in strip_diacritics(letters.lower())) \
        and bool(_known(letters))


def _rewritten(cores: list[str], before: str, after: str) -> list[str] | None:
    """The words ``cores`` (one or two side by side) written with the space moved, or None
    where the letters do not tell."""
    letters = "".join(cores)
    if letters.isascii() or len(letters) > LONGEST or not _cased(letters):
        return None
    if len(cores) == 2 and cores[0].istitle() and cores[1].istitle():
        return None  # a name's words: the word list holds no names
    read = _weight(cores, before, after) if all(_known(c) for c in cores) else 0
    cut = len(cores[0]) if len(cores) == 2 else None
    weighed = sorted(((_weight(way, before, after), way) for way in _ways(letters, cut)),
                     reverse=True)
    if not weighed:
        return None
    best, way = weighed[0]
    others = [read, *(w for w, _ in weighed[1:])]
    if best < LEAST or best < FAR * max(others):
        return None
    chain = [before, *way, after]
    if all(_voiced(c) for c in cores) and not any(
            a and b and paired(a, b) for a, b in zip(chain, chain[1:], strict=False)):
        return None  # syllables as read, and no word of the dictionary otherwise: thịt heo
    return way


def respace(line: str) -> tuple[str, list[tuple[str, str]]]:
    """A line of OCR's words with each space OCR put at the wrong place moved, and each
    change (as read, as written).

    >>> respace("Kết luận của Ban Thường vụ Tỉnhủy về công tác cán bộ")[1]
    [('Tỉnhủy', 'Tỉnh ủy')]
    >>> respace("Căn.cứ Luật T:ổ chức Chính phủ; Căn cứ Nghị định.số 39/2022/NĐ-CP")[0]
    'Căn cứ Luật Tổ chức Chính phủ; Căn cứ Nghị định số 39/2022/NĐ-CP'

    >>> respace("theo Nghị quy ết số 12; đưa toàn bộ dựán vào vận hành")[0]
    'theo Nghị quyết số 12; đưa toàn bộ dự án vào vận hành'
    >>> respace("Chủ tịch UBND tỉnh đã điều độ ngông Tôn Long Hiếu")[1]
    [('độ ngông', 'động ông')]

    Words the letters write as read, a name and a code stay:

    >>> respace("cho ông Trần Ngọc Vinh, Sở Công Thương, iPhone, ThịnhLong, TP.HCM, v.v.")[1]
    []
    """
    spans = [m.span() for m in _TOKEN.finditer(line)]
    tokens = [line[a:b] for a, b in spans]
    changes: list[tuple[str, str]] = []
    n = 0
    while n < len(tokens):
        taken = _at(tokens, n) or _speck(tokens, n)
        if taken is not None:
            size, lead, way, trail = taken
            text = lead + " ".join(way) + trail
            changes.append((" ".join(tokens[n:n + size]), text))
            tokens[n:n + size] = [text]
            spans[n:n + size] = [(spans[n][0], spans[n + size - 1][1])]
        n += 1
    for (start, end), text in reversed(list(zip(spans, tokens, strict=True))):
        line = line[:start] + text + line[end:]
    return line, changes


def _at(tokens: list[str], n: int) -> tuple[int, str, list[str], str] | None:
    """The ``n``-th token alone, or with the next, written with its space moved: how many
    tokens, the signs before, the words written, the signs after; None where they stay."""
    lead, core, trail = _parts(tokens[n])
    if not core:
        return None
    before_core, after = _beside(tokens, n, lead, trail)
    nxt = _parts(tokens[n + 1]) if n + 1 < len(tokens) else ("x", "", "")
    if not _known(core):
        way = _rewritten([core], before_core, after)
        if way is not None:
            return 1, lead, way, trail
    if trail or nxt[0] or not nxt[1]:
        return None  # a sign between: two words apart
    far = _parts(tokens[n + 2]) if n + 2 < len(tokens) else ("x", "", "")
    after = far[1] if not (nxt[2] or far[0]) else ""
    if _known(core) and _known(nxt[1]) and (_count(core, nxt[1]) or paired(core, nxt[1])):
        return None  # a pair the letters write, or a word of the dictionary, as read
    way = _rewritten([core, nxt[1]], before_core, after)
    if way is None:
        return None
    return 2, lead, way, nxt[2]


def _speck(tokens: list[str], n: int) -> tuple[int, str, list[str], str] | None:
    """The ``n``-th token with a speck OCR read, a dot or a colon glued between letters (no
    text prints one so): for the space between two syllables the letters write side by side
    (``Căn.cứ``, ``định.số``), or inside one syllable (``Luật T:ổ chức``), as the letters and
    the words beside it tell. A dot before a space is left (``Ngày. tháng. năm sinh``: a
    form's heading may print one)."""
    glued = _GLUED.match(tokens[n])
    if glued is None:
        return None
    lead, head, tail, trail = glued.groups()
    ways = []
    if tail.islower() and (head.islower() or head.istitle()) and _syllable(head) \
            and _syllable(tail) and _count(head, tail) >= LEAST:
        ways.append([head, tail])
    if _cased(head + tail) and _syllable(head + tail):
        ways.append([head + tail])
    weighed = sorted(((_weight(way, *_beside(tokens, n, lead, trail)), way) for way in ways),
                     reverse=True)
    if not weighed or weighed[0][0] < LEAST \
            or len(weighed) > 1 and weighed[0][0] < FAR * weighed[1][0]:
        return None
    return 1, lead, weighed[0][1], trail


def _beside(tokens: list[str], n: int, lead: str, trail: str) -> tuple[str, str]:
    """The letters of the words before and after the ``n``-th token; "" where none is, or a
    sign stands between."""
    before = _parts(tokens[n - 1]) if n else ("", "", "x")
    after = _parts(tokens[n + 1]) if n + 1 < len(tokens) else ("x", "", "")
    return (before[1] if not (before[2] or lead) else "",
            after[1] if not (trail or after[0]) else "")


def respaced(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines of a letter OCR read, each with its spaces put where real letters put them
    (``respace``), and each change."""
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    for line in lines:
        line, moved = respace(line)
        out.append(line)
        changes += moved
    return out, changes

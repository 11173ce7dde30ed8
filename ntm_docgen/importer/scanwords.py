"""A scan's syllable OCR misread set right by the words real letters write, and a citation's
shape: the evidence ``wordfix`` and ``ownwords`` lack where one neighbour alone tells.

OCR reads a long field's one word wrong with confidence (``Bồ trí``, ``giao đự toán``,
``thống nhất cúa Thành viên``, ``công ghiệp``), and the field is wrong. ``wordfix`` asks a
word OCR was sure of to make a word with both neighbours, ``ownwords`` asks the letter to read
the word elsewhere. Here the evidence is the administrative vocabulary: the pairs and triples
of syllables real letters no held-out set holds write side by side (``data/cap_tu_hanh_chinh
.tsv``, built by ``tools/admin_pairs.py``, each with how many letters write it).

A syllable the letters do not write (fewer than ``LEAST`` of them), that makes no word of
underthesea's list, nor a pair of the letters, with either neighbour as read, is written as
the one syllable of its letters with other marks (or, where it is no syllable at all, of one
letter more, fewer or other) that makes with a neighbour a word of the commoner list that the
letters write, or pairs the letters write on both sides. A neighbour that makes a word with
its own other neighbour is evidence only through a triple the letters write whose pair is a
word of the whole list (``chi ngân sách``; ``tổ chức đó`` is no evidence for ``dỡ bỏ``). A
syllable that makes a word or a pair of the letters with a neighbour as read, or stands in a
name, is never changed.

A citation's shape: ``khoản I Điều 3`` is ``khoản 1`` (a clause is numbered in digits), a
bracket between a ký hiệu and its date that no bracket opened on its line or the two above is
a speck (``79/QĐ-UBND) ngày``), a comma between ``ngày`` and its date is one (``ngày,
11/01/2025``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ntm_docgen.files.resources import data_dir
from ntm_docgen.importer.ocrmarks import cased
from ntm_docgen.importer.wordfix import _agree, _parts
from ntm_docgen.vietnamese.lexicon import (
    TONES,
    alike,
    common_words,
    known,
    lexicon,
    paired,
    placed_as,
)

#: How many letters must write a syllable, a pair or a triple for it to be evidence.
LEAST = 3

_STROKES = re.compile(r"^([Il|\]]{1,2})([,;]?)$")
_KY_HIEU_CLOSED = re.compile(r"^(\d+[/-][\wĐđ/-]*[A-ZĐ][\wĐđ/-]*)\)([.,;:]?)$")
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\b")


@cache
def written() -> dict[tuple[str, ...], int]:
    """The pairs and triples of syllables real letters write, with how many letters do."""
    out: dict[tuple[str, ...], int] = {}
    path = data_dir() / "cap_tu_hanh_chinh.tsv"
    for row in path.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            gram, count = row.split("\t")
            out[tuple(gram.split())] = int(count)
    return out


def _in_letters(*gram: str) -> bool:
    return written().get(tuple(g.lower() for g in gram), 0) >= LEAST


def _word(first: str, second: str) -> bool:
    """A word of the commoner list that the letters write (``bố trí``, ``dự toán``)."""
    return (first, second) in common_words() and _in_letters(first, second)


@cache
def _alphabet() -> tuple[str, ...]:
    """The letters the word list's syllables are written with."""
    return tuple(sorted({c for s in lexicon().syllables for c in s}))


@cache
def _one_letter(syllable: str) -> tuple[str, ...]:
    """The syllables of the word list one letter more, fewer or other make of ``syllable``
    (``ghiệp``: ``nghiệp``)."""
    letters = _alphabet()
    edits = {syllable[:i] + syllable[i + 1:] for i in range(len(syllable))}
    for i in range(len(syllable) + 1):
        for c in letters:
            edits.add(syllable[:i] + c + syllable[i:])
            if i < len(syllable):
                edits.add(syllable[:i] + c + syllable[i + 1:])
    syllables = lexicon().syllables
    return tuple(sorted(e for e in edits if e != syllable and e in syllables))


def _neighbours(line: list[str], n: int) -> tuple[str, str]:
    own = _parts(line[n])
    before = _parts(line[n - 1]) if n > 0 else ("", "", "x")
    after = _parts(line[n + 1]) if n + 1 < len(line) else ("x", "", "")
    return (before[1] if not (before[2] or own[0]) else "",
            after[1] if not (own[2] or after[0]) else "")


def _far(line: list[str], n: int, step: int) -> str:
    """The letters of the word two from the ``n``-th (``step`` -1 before, 1 after), where
    nothing parts it from the word between."""
    m = n + step
    if not 0 <= m < len(line):
        return ""
    return _neighbours(line, m)[0 if step < 0 else 1]


def _named(line: list[str], n: int) -> bool:
    """The ``n``-th word stands in a name: it and a word beside it, no sign between,
    capitalised (``Thanh Hóa``, ``Công Thương``; not ``Sở (Bố trí``)."""
    def title(core: str) -> bool:
        return len(core) > 1 and core[0].isupper() and core[1:].islower()

    return title(_parts(line[n])[1]) and any(title(w) for w in _neighbours(line, n))


def _fits(core: str, before: str, after: str, far: tuple[str, str]) -> bool:
    """``core`` (lower case) makes with a neighbour what the word list and the letters tell."""
    sides: list[str | None] = []
    for side, other, step in ((before, far[0], -1), (after, far[1], 1)):
        if not side:
            sides.append(None)
            continue
        pair = (side, core) if step < 0 else (core, side)
        taken = bool(other) and (paired(other, side) if step < 0 else paired(side, other))
        if taken:
            triple = (other, side, core) if step < 0 else (core, side, other)
            sides.append("word" if paired(*pair) and _in_letters(*triple) else None)
        else:
            sides.append("word" if _word(*pair) else "pair" if _in_letters(*pair) else None)
    return "word" in sides or sides == ["pair", "pair"]


def _mended(line: list[str], n: int) -> str | None:
    """The ``n``-th word of ``line`` set right, or None where nothing tells."""
    lead, core, trail = _parts(line[n])
    if len(core) < 2 or sum(c in TONES for c in unicodedata.normalize("NFD", core)) > 1:
        return None
    low = core.lower()
    if _in_letters(low) or _named(line, n):
        return None  # a syllable the letters write, or a name's
    if n and len(line[n - 1]) == 1 and (line[n - 1] + low).lower() in lexicon().syllables:
        return None  # "G iấy": a word OCR parted, not a letter lost from this one
    before, after = _neighbours(line, n)
    before = before if before and _agree(core, before) else ""
    after = after if after and _agree(core, after) else ""
    if not (before or after):
        return None
    before, after = before.lower(), after.lower()
    if (before and (paired(before, low) or _in_letters(before, low))
            or after and (paired(low, after) or _in_letters(low, after))):
        return None  # a word, or a pair letters write, as read: never changed
    far = (_far(line, n, -1).lower() if before else "",
           _far(line, n, 1).lower() if after else "")
    others = [o for o in alike(core) if o != low]
    if known(low) is False:
        others += [o for o in _one_letter(low) if o not in others]
    fits = [o for o in others if _fits(o, before, after, far)]
    if len(fits) != 1:
        return None
    return lead + cased(core, placed_as(fits[0], core) if fits[0] in alike(core)
                        else fits[0]) + trail


def _cited(line: list[str], above: list[list[str]]) -> list[str]:
    """A citation's shape set right on one line; ``above``: the two lines before it, where a
    bracket may have opened."""
    out = list(line)
    opened = " ".join(w for words in above for w in words)
    for n, text in enumerate(out):
        after = out[n + 1] if n + 1 < len(out) else ""
        strokes = _STROKES.match(after)
        if text.lower() == "khoản" and strokes and (strokes[2] or n + 2 < len(out)
                                                     and out[n + 2].lower() == "điều"):
            out[n + 1] = "1" * len(strokes[1]) + strokes[2]
        if text.lower() == "ngày," and _DATE.match(after):
            out[n] = text[:-1]
        closed = _KY_HIEU_CLOSED.match(text)
        before = opened + " " + " ".join(out[:n])
        if closed and not closed[2] and after.lower() == "ngày" \
                and before.count("(") <= before.count(")"):
            out[n] = closed[1] + closed[2]
    return out


def mend_words(lines: list[list[str]]) -> list[list[str]]:
    """The words of a letter's lines read by OCR, each the letters' words set right written
    so, and each citation's shape.

    >>> mend_words([["Điều", "1.", "Bồ", "trí", "10.522,6", "triệu", "đồng"]])[0][2]
    'Bố'
    >>> mend_words([["sửa", "đổi", "khoản", "I", "Điều", "3"]])[0][3]
    '1'

    A word that makes a word with a neighbour as read stays (``bồ câu``):

    >>> mend_words([["chim", "bồ", "câu"]])[0][1]
    'bồ'
    """
    out: list[list[str]] = []
    for at, line in enumerate(lines):
        line = _cited(line, lines[max(0, at - 2):at])
        line = [(_mended(line, n) or text) for n, text in enumerate(line)]
        out.append(line)
    return out


def mend_running(lines: list[list[str]], on: frozenset[int]) -> list[list[str]]:
    """:func:`mend_words` over a scan's lines, a line and the next read as one where the
    paragraph goes on there (the places of ``on``, ``secondread.going_on``: ``giảng`` /
    ``viển thực hiện``).

    >>> mend_running([["các", "Khoa", "và", "giảng"], ["viển", "thực", "hiện"]], frozenset({0}))
    [['các', 'Khoa', 'và', 'giảng'], ['viên', 'thực', 'hiện']]
    """
    runs: list[list[int]] = []
    for n in range(len(lines)):
        if n and n - 1 in on:
            runs[-1].append(n)
        else:
            runs.append([n])
    joined = mend_words([[w for n in run for w in lines[n]] for run in runs])
    out: list[list[str]] = []
    for run, words in zip(runs, joined, strict=True):
        for n in run:
            out.append(words[:len(lines[n])])
            words = words[len(lines[n]):]
    return out

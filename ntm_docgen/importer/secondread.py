"""Judge the words OCR read (each a ``Read``) by their letters and marks: which are worth a second
look, whether a second reading is better (marks alone changed, as Vietnamese, a letter for a
sign of no word), a capital's lost ``^`` under its tone; and which lines of a paragraph go on."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from ntm_docgen.vietnamese.marks import known, paired

#: Marks that shape a letter (circumflex, breve, horn), as combining signs.
_SHAPES = frozenset("\u0302\u0306\u031b")
#: Tone marks, as combining signs: grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Tone marks by the shape of their stroke: a tilde lies flat; a grave runs down to the right,
#: an acute down to the left; a hook above stands upright.
TILDE, GRAVE, ACUTE, HOOK = "\u0303", "\u0300", "\u0301", "\u0309"


#: A word read with a confidence under this (of 100) is looked at again whatever its letters.
DOUBTFUL = 80.0
#: A word whose circumflex, breve or horn bears a tone read with a confidence under this is
#: looked at again (``chầp`` for ``chấp`` at 77, ``chuyền`` for ``chuyển`` at 89).
UNSURE = 90.0
#: The least confidence of a second reading that adds a mark the first left out.
SURE_ENOUGH = 60.0


@dataclass(frozen=True)
class Read:
    """One word as OCR read it: its text, confidence, and box in the image's pixels."""

    text: str
    conf: float
    box: tuple[int, int, int, int]  # left, top, right, bottom
    line_height: int
    line: int = 0  # the words of one line of print share it


#: A box: left, top, right, bottom.
Box = tuple[float, float, float, float]


def going_on(lines: Sequence[Sequence[Box]]) -> frozenset[int]:
    """The places ``i`` among ``lines`` (the boxes of each line's words, in reading order)
    whose paragraph goes on at line ``i + 1``: line ``i`` reaches the right margin (where the
    lines of five words or more end, as the median tells), and line ``i + 1`` comes right
    under it (within three letters' height) and starts no further right than it (a
    paragraph's first line is indented, its next ones are not).

    >>> line = lambda left, right, top: [(x, top, x + (right - left) / 5, top + 10)
    ...                                  for x in range(left, right, (right - left) // 5)]
    >>> going_on([line(116, 520, 200), line(82, 521, 215), line(82, 250, 230),
    ...           line(116, 520, 250), line(82, 500, 265), line(140, 300, 280)])
    frozenset({0, 1, 3})
    """
    spans = [(min(b[0] for b in line), min(b[1] for b in line), max(b[2] for b in line),
              max(b[3] for b in line)) if line else None for line in lines]
    ends = [s[2] for s, line in zip(spans, lines, strict=True) if s and len(line) >= 5]
    if not ends:
        return frozenset()
    right = median(ends)
    out = set()
    for i, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
        if a is None or b is None:
            continue
        tall = median([box[3] - box[1] for box in (*lines[i], *lines[i + 1])])
        if a[2] >= right - 3 * tall and b[0] <= a[0] + tall and b[0] < a[2] \
                and 0 < b[1] - a[1] <= 3 * tall:
            out.add(i)
    return frozenset(out)


def letters(word: str) -> list[tuple[str, frozenset[str], str]]:
    """Each letter of ``word`` as its bare letter, the marks that shape it, and its tone.

    >>> letters("nổ")[1]
    ('o', frozenset({'̂'}), '̉')
    >>> [x[0] for x in letters("Đồng")]
    ['Đ', 'o', 'n', 'g']
    """
    out: list[tuple[str, frozenset[str], str]] = []
    for sign in unicodedata.normalize("NFD", word):
        if out and sign in _SHAPES:
            base, shapes, tone = out[-1]
            out[-1] = (base, shapes | {sign}, tone)
        elif out and sign in _TONES:
            out[-1] = (out[-1][0], out[-1][1], sign)
        else:
            out.append((sign, frozenset(), ""))
    return out


def worth_a_look(read: Read) -> bool:
    """A word with a letter shaped by a circumflex, breve or horn (``ô``, ``ư``) that bears
    no tone or a tilde (what OCR reads for a mark stacked over the ``^`` that it cannot
    tell), or another tone OCR is not sure of; a word in capitals with a toned ``A``, ``E``
    or ``O`` that has no ``^`` (``CHÁT`` for ``CHẤT``: a capital's marks stack highest); or
    any word with a vowel OCR doubts. A word with no letter that takes a mark is not looked
    at again.

    >>> r = lambda t, c=96.0: Read(t, c, (0, 0, 1, 1), 1)
    >>> worth_a_look(r("nô")), worth_a_look(r("nỗ")), worth_a_look(r("các"))
    (True, True, False)
    >>> worth_a_look(r("chất")), worth_a_look(r("chầp", 77)), worth_a_look(r("CHÁT", 60))
    (False, True, True)
    >>> worth_a_look(r("2026", 40)), worth_a_look(r("-", 10))
    (False, False)
    >>> [worth_a_look(r(t)) for t in ("CHÁT", "QUYÉT", "CÁC", "Các", "CHẤT")]
    [True, True, True, False, False]
    """
    signs = letters(read.text)
    shaped = [tone for _, shapes, tone in signs if shapes]
    if any(tone in ("", TILDE) for tone in shaped):
        return True
    if sum(base.isupper() for base, _, _ in signs) >= 2 and not any(
            base.islower() for base, _, _ in signs) and any(
            base in "AEO" and tone and not shapes for base, shapes, tone in signs):
        return True  # in capitals the ^ under a tone is lost most (ĐÓC, QUYÉT, CHÁT)
    doubt = UNSURE if shaped else DOUBTFUL
    return read.conf < doubt and any(base.lower() in "aeiouy" for base, _, _ in signs)


def better(first: Read, second: Read, sharp: bool = True) -> bool:
    """The second reading is taken: the same letters in the same case, marks alone differ
    (on no letter does it drop one), and it is as sure as the first; on a sharp print, also
    when it adds a mark the first left out and is fairly sure (``SURE_ENOUGH``): a mark over
    a circumflex that the line's box cut off is read with less confidence than the word
    without it, even where it is plain to see.

    >>> r = lambda t, c: Read(t, c, (0, 0, 1, 1), 1)
    >>> better(r("nô", 96), r("nổ", 64)), better(r("chầp", 77), r("chấp", 96))
    (True, True)
    >>> better(r("nô", 96), r("nổ", 64), sharp=False), better(r("câp", 92), r("cấp", 96), False)
    (False, True)
    >>> better(r("nhân", 96), r("nhần", 56))
    False
    >>> better(r("kiểm", 94), r("kiêm", 77)), better(r("nổ", 69), r("nỗ", 60))
    (False, False)
    >>> better(r("sơ,", 96), r("SƠ,", 99)), better(r("kiểm", 93), r("kim", 99))
    (False, False)
    >>> better(r("CHÁT", 70), r("CHẤT", 90)), better(r("đên", 93), r("dến", 99))
    (True, False)
    """
    a, b = letters(first.text), letters(second.text)
    if first.text == second.text or len(a) != len(b) \
            or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
        return False
    if any(x[2] and not y[2] or x[1] - y[1] for x, y in zip(a, b, strict=True)):
        return False  # a mark dropped: the first reading saw it
    added = any(not x[2] and y[2] or y[1] - x[1] for x, y in zip(a, b, strict=True))
    changed = any(x[2] and y[2] and x[2] != y[2] for x, y in zip(a, b, strict=True))
    if sharp and added and not changed and second.conf >= SURE_ENOUGH:
        return True
    return second.conf >= first.conf


#: Signs no Vietnamese letter holds, which OCR reads for a letter it could not make out
#: (``Ca†”?`` for ``Cai”``: the ``i`` and the closing quote run together).
_NO_TEXT_SIGNS = frozenset("†‡§¶©®¥£¤¢¬¦")


def for_a_sign(first: str, second: str) -> bool:
    """The second reading of a word, where the first holds a sign no Vietnamese text holds
    among its letters, is taken when it holds no such sign nor any digit, reads the first's
    letters with at most one more where the sign stood, and each of its syllables is one of
    the dictionary. A first reading with a digit is left alone: a number written by hand
    (``†4``, ``đ§``) is not made a word.

    >>> for_a_sign("Ca†”?", "Cai”"), for_a_sign("ngư†i", "người"), for_a_sign("Cai", "Cải")
    (True, True, False)
    >>> for_a_sign("†4", "tá"), for_a_sign("Ca†", "Cam§"), for_a_sign("Ca†", "Cxyz")
    (False, False, False)
    """
    if not any(c in _NO_TEXT_SIGNS for c in first) or any(c.isdigit() for c in first) \
            or any(c in _NO_TEXT_SIGNS or c.isdigit() for c in second):
        return False
    a = [base for base, _, _ in letters(first) if base.isalpha()]
    b = [base for base, _, _ in letters(second) if base.isalpha()]
    if len(a) < 2 or len(b) - len(a) not in (0, 1) \
            or not any(b[:i] + b[i + len(b) - len(a):] == a for i in range(len(b) + 1)):
        return False
    syllables = _syllables(second)
    return bool(syllables) and all(known(x) for x in syllables)


def _syllables(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def as_vietnamese(first: str, second: str, before: str = "", after: str = "") -> bool:
    """The second reading of a word reads as Vietnamese at least as well as the first: never
    a syllable the dictionary lacks where the first was one (``công`` read again ``cỗng``, a
    speck over the ``^``; a word with a capital may be a name the dictionary lacks:
    ``Nguyễn``), and never a tone read for another that unmakes a word of the
    dictionary the first made with the syllable before or after it (``thẩm quyền`` read again
    ``thậm quyền``, ``đối với`` read ``đổi với``). ``before``, ``after``: the words beside it
    on its line.

    >>> as_vietnamese("công", "cỗng"), as_vietnamese("thẩm", "thậm", "", "quyền")
    (False, False)
    >>> as_vietnamese("chầp", "chấp", "việc", "hành"), as_vietnamese("ông/bả", "ông/bà")
    (True, True)
    >>> as_vietnamese("nô", "nổ", "liệu", "công"), as_vietnamese("Nguyên", "Nguyễn", "", "Văn")
    (True, True)
    """
    a, b = _syllables(first), _syllables(second)
    left, right = _syllables(before)[-1:], _syllables(after)[:1]
    if len(a) != len(b) or not a or known(a[0]) is None:
        return True  # no dictionary to judge by
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            continue
        if x.islower() and known(x) and not known(y):
            return False  # a word with a capital may be a name the dictionary lacks
        tones = [t for _, _, t in letters(x) if t], [t for _, _, t in letters(y) if t]
        if tones[0] and tones[1] and tones[0] != tones[1]:
            words = [left + a + right, left + b + right]
            at = i + len(left)
            made = [sum(paired(w[j], w[j + 1]) for j in (at - 1, at)
                        if j >= 0 and j + 1 < len(w)) for w in words]
            if made[1] < made[0]:
                return False
    return True


def with_hat(word: str) -> str:
    """``word``, in capitals, with a circumflex under the tone of its one toned ``A``, ``E``
    or ``O`` (``CHÁT`` is ``CHẤT``): called where a mark stands stacked over another above
    the word, which a tone alone never does; the word as it was when it is not in capitals,
    has a letter shaped already, or more than one such letter.

    >>> with_hat("CHÁT"), with_hat("QUYÉT"), with_hat("HÓA"), with_hat("Chát"), with_hat("CẤP")
    ('CHẤT', 'QUYẾT', 'HỐA', 'Chát', 'CẤP')
    >>> with_hat("ÁNH SÁNG"), with_hat("CÁC")
    ('ÁNH SÁNG', 'CẤC')
    """
    signs = letters(word)
    toned = [n for n, (base, shapes, tone) in enumerate(signs) if base in "AEO" and tone]
    if any(base.islower() or shapes for base, shapes, _ in signs) or len(toned) != 1:
        return word
    base, _, tone = signs[toned[0]]
    signs[toned[0]] = (base, frozenset({"\u0302"}), tone)
    return unicodedata.normalize("NFC", "".join(
        b + "".join(sorted(s)) + t for b, s, t in signs))

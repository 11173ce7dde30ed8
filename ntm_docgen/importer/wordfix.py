"""A syllable OCR was unsure of set right by underthesea's word list, as a post-corrector does.

Tesseract reads a real syllable with a wrong mark (``thí công``, ``sửa đối``) or a stroke read
on a ``d`` (``Giáo đục``), and the whole field it stands in is wrong. A word read with a
confidence under ``UNSURE``, or read as no syllable of the list at all (``Vẵn phòng``), that
makes no word of the list with the word before or after it on its line is written as the one
syllable with the same letters and other marks that makes more of the words beside it words
of underthesea's commoner list, of two or three syllables (``thi công``, ``sửa đổi``,
``Giáo dục``). A neighbour the list joins to its other neighbour already is no evidence
(``bản đồ số 101`` stays: ``đồ sộ`` would only take ``đồ`` from ``bản đồ``). A syllable OCR
was sure of stays as read (the list holds no names, and ``năm này`` is as much Vietnamese as
``năm nay``), unless it makes no word with the word before it nor with the
one after, and one syllable of its letters with other marks makes a word of the commoner list
with each and is no rarer a word of its own (``đường biến giới``: ``biên``; ``hợp từ hình``
stays, ``từ`` being commoner than ``tử``). A line's last word and the next line's first are
neighbours where the paragraph goes on there (``going_on``: ``Luật sửa`` / ``đối``).
"""

from __future__ import annotations

from functools import cache

from ntm_docgen.importer.ocrmarks import cased
from ntm_docgen.importer.secondread import Box, Read, going_on
from ntm_docgen.vietnamese.lexicon import (
    alike,
    common_words,
    known,
    paired,
    placed_as,
    rank,
)
from ntm_docgen.vietnamese.text import is_upper_vi

#: A word read with a confidence under this (of 100) is one OCR was unsure of.
UNSURE = 90.0


def _parts(text: str) -> tuple[str, str, str]:
    """A word's leading signs, its letters, its trailing signs; letters "" when signs or
    digits stand among them (``b/c``, ``2026``)."""
    def sign(char: str) -> bool:
        return not (char.isalnum() or char == "_")

    start, end = 0, len(text)
    while start < end and sign(text[start]):
        start += 1
    while end > start and sign(text[end - 1]):
        end -= 1
    letters = text[start:end]
    if letters and all(char.isalnum() and not char.isdecimal() for char in letters):
        return text[:start], letters, text[end:]
    return text, "", ""


def _lines_going_on(reads: list[Read]) -> frozenset[int]:
    """The lines of ``reads`` whose paragraph goes on at the next line (``going_on``)."""
    boxes: dict[int, list[Box]] = {}
    for read in reads:
        boxes.setdefault(read.line, []).append(read.box)
    order = sorted(boxes)
    on = going_on([boxes[n] for n in order])
    return frozenset(order[i] for i in on if order[i + 1] == order[i] + 1)


def _next(reads: list[Read], n: int, step: int, on: frozenset[int] = frozenset()) -> str:
    """The letters of the word right before (``step`` -1) or after (1) the ``n``-th on its
    line, or across the end of a line whose paragraph goes on at the next (a line of
    ``on``: ``Luật sửa`` / ``đổi``); "" where none is, or a sign stands between (``đối,``
    ``bổ``: a comma parts two words)."""
    m = n + step
    if not 0 <= m < len(reads):
        return ""
    if reads[m].line != reads[n].line and min(reads[m].line, reads[n].line) not in on:
        return ""
    own, other = _parts(reads[n].text), _parts(reads[m].text)
    if (own[0] or other[2]) if step < 0 else (own[2] or other[0]):
        return ""
    return other[1]


def _chain(reads: list[Read], n: int, on: frozenset[int]) -> tuple[list[str], int]:
    """The letters of the ``n``-th word and of the two on each side of it that run on with
    it (no sign between; across the end of a line of ``on``), and where the ``n``-th stands
    among them."""
    before: list[str] = []
    after: list[str] = []
    m = n
    while len(before) < 2 and (word := _next(reads, m, -1, on)):
        before.insert(0, word)
        m -= 1
    m = n
    while len(after) < 2 and (word := _next(reads, m, 1, on)):
        after.append(word)
        m += 1
    return [*before, _parts(reads[n].text)[1], *after], len(before)


def _covered(words: list[str]) -> int:
    """The most syllables of ``words`` that words of two or three syllables of the commoner
    list cover, none sharing a syllable with another (``thi công công trình``: four;
    ``bản đồ sộ``: two).

    >>> _covered(["thi", "công", "công", "trình"]), _covered(["bản", "đồ", "sộ"])
    (4, 2)
    """
    common = common_words()
    lower = [w.lower() for w in words]
    most = [0] * (len(words) + 1)
    for i in range(1, len(words) + 1):
        most[i] = max([most[i - 1]] + [most[i - k] + k for k in (2, 3)
                                        if i >= k and all(lower[i - k:i])
                                        and tuple(lower[i - k:i]) in common
                                        and _one_word(words[i - k:i])])
    return most[-1]


def _one_word(words: list[str]) -> bool:
    """The syllables may be one word by their case: all in capitals, or none in capitals
    but the first's first letter (``Giáo dục``; ``cấp Giấy`` is two words).

    >>> _one_word(["Giáo", "dục"]), _one_word(["KIỂM", "TRA"]), _one_word(["cặp", "Giấy"])
    (True, True, False)
    """
    if all(len(w) > 1 and is_upper_vi(w) for w in words):
        return True
    return all(w.islower() for w in words[1:]) and words[0][1:].islower()


def _agree(word: str, other: str) -> bool:
    """``other`` may tell how ``word`` reads: a word in capitals by another in capitals, and
    only so (``AI`` beside ``Bảo`` is a name's part in capitals; ``UBND tỉnh``), a word with
    a capital by one in lower case (``Bùi Đức``: the words of a name stand together, and the
    list holds no names).

    >>> _agree("KIỀM", "TRA"), _agree("AI", "Bảo"), _agree("Đức", "Bùi"), _agree("Cô", "phần")
    (True, False, False, True)
    >>> _agree("tỉnh", "UBND")
    False
    """
    capitals = [len(w) > 1 and is_upper_vi(w) for w in (word, other)]
    if capitals[0] or capitals[1]:
        return capitals[0] and capitals[1]
    return other.islower() or word.islower()


def _closed(reads: list[Read], n: int, core: str, beside: list[str],
            on: frozenset[int]) -> bool:
    """The syllable ``core``, the ``n``-th of ``reads``, stands where it can be judged: on
    each side a sign, or a word of its case (``UBND tỉnh``: a word in capitals beside it may
    make a phrase with it that the list cannot hold), not the end of its line (a line runs on
    to the next: ``quy định chỉ`` / ``tiết``); and no word beside it would make a word with
    it as read were that word read with other marks (``chuyền đổi số``: ``chuyển đổi`` as
    much as ``đối số``)."""
    lead, _, trail = _parts(reads[n].text)
    for step, word, sign in ((-1, beside[0], lead), (1, beside[1], trail)):
        m = n + step
        if sign or word == "" and 0 <= m < len(reads) and (
                reads[m].line == reads[n].line or min(reads[m].line, reads[n].line) in on) \
                and _parts(reads[m].text)[2 if step < 0 else 0]:
            continue  # a sign parts it from what stands there
        if not word or not _agree(core, word):
            return False
        pair = (lambda x: (x, core.lower())) if step < 0 else (lambda x: (core.lower(), x))
        if any(pair(other) in common_words() for other in alike(word)
               if other != word.lower()):
            return False
    return True


def _torn(core: str, chosen: str, near: list[str], at: int) -> bool:
    """Another syllable of the same letters makes a word of the whole list with the word on
    the side ``chosen`` makes none with (``cấp điểu chỉnh``: ``cấp điệu`` by the commoner
    list, ``điều chỉnh`` by the whole): the list pulls both ways.

    >>> _torn("điểu", "điệu", ["cấp", "điểu", "chỉnh"], 1)
    True
    """
    before = near[at - 1] if at > 0 else ""
    after = near[at + 1] if at + 1 < len(near) else ""
    sides = [before and paired(before, chosen), after and paired(chosen, after)]
    for other in alike(core):
        if other == chosen:
            continue
        if not sides[0] and before and paired(before, other) \
                or not sides[1] and after and paired(other, after):
            return True
    return False


@cache
def _common_pairs() -> frozenset[tuple[str, str]]:
    """The pairs of syllables side by side in the words of the commoner list."""
    return frozenset(pair for word in common_words() for pair in zip(word, word[1:],
                                                                      strict=False))


def _alone(words: list[str], at: int) -> str | None:
    """The one syllable with the letters of ``words[at]``, a syllable OCR was sure of that
    makes no word with either neighbour, and other marks that makes a word of the commoner
    list with the word before it and with the word after it (``đường biến giới``:
    ``biên``). None where a sign stands on a side (one word is too little: ``ngành thuộc
    tỉnh;`` is no ``thuộc tính``), where a neighbour makes a word with its own other
    neighbour already (``nhân dân tỉnh báo cáo`` is no ``dân tình``, ``tình báo``), where the
    case parts them (``quan tại Công văn``: ``tài công``), where no syllable or more than
    one does, or where the one that does is a rarer word of its own (``hợp từ hình``:
    ``hợp tử``, ``tử hình``; ``từ`` is the commoner).

    >>> _alone(["chung", "đường", "biến", "giới", "có"], 2)
    'biên'
    >>> _alone(["thuộc", "tỉnh"], 1), _alone(["nhân", "dân", "tỉnh", "báo", "cáo"], 2)
    (None, None)
    >>> _alone(["liên", "quan", "tại", "Công"], 2), _alone(["tổng", "hợp", "từ", "hình"], 2)
    (None, None)
    """
    core = words[at]
    near = [w.lower() for w in words]
    if not 0 < at < len(words) - 1:
        return None
    before, after = near[at - 1], near[at + 1]
    if at > 1 and paired(near[at - 2], before) or at + 2 < len(near) and paired(after,
                                                                                near[at + 2]):
        return None  # a neighbour is taken by a word of its own
    pairs = _common_pairs()
    fits = [other for other in alike(core) if other != core.lower()
            and (before, other) in pairs and (other, after) in pairs
            and _one_word([words[at - 1], cased(core, other)])
            and _one_word([cased(core, other), words[at + 1]])]
    if len(fits) != 1 or rank(fits[0]) > rank(core):
        return None
    return fits[0]


def _makes_a_word(syllable: str, before: str, after: str) -> bool:
    return bool(before and paired(before, syllable) or after and paired(syllable, after))


def settled(reads: list[Read]) -> dict[int, str]:
    """The words of ``reads`` (their places in the list) the word list sets right, with their
    text.

    >>> r = lambda t, c=96.0: Read(t, c, (0, 0, 1, 1), 1)
    >>> settled([r("bản"), r("vẽ"), r("thí", 40), r("công")])
    {2: 'thi'}
    >>> settled([r("Luật"), r("sửa"), r("đối,", 50), r("bộ", 45), r("sung")])
    {2: 'đổi,', 3: 'bổ'}
    >>> settled([r("Bộ"), r("Giáo"), r("đục", 30), r("và")])
    {2: 'dục'}

    A word OCR was sure of, one that makes a word with a neighbour as read, and one two
    syllables would set right (``trí thức``, ``tri thức``) stay as read:

    >>> settled([r("bản"), r("vẽ"), r("thí", 90), r("công")])
    {}
    >>> settled([r("năm", 50), r("nay", 50)]), settled([r("trì", 40), r("thức")])
    ({}, {})
    """
    out: dict[int, str] = {}
    on = _lines_going_on(reads)
    for n, read in enumerate(reads):
        lead, core, trail = _parts(read.text)
        syllable = known(core) is not False
        if len(core) < 2:
            continue
        words, at = _chain(reads, n, on)
        beside = [words[at + d] if 0 <= at + d < len(words) else "" for d in (-1, 1)]
        if _makes_a_word(core, *beside):
            continue
        if read.conf >= UNSURE and syllable:  # OCR was sure, and read a syllable
            right = _alone(words, at) if _closed(reads, n, core, beside, on) else None
            if right is not None:
                out[n] = lead + cased(core, placed_as(right, core)) + trail
            continue
        if syllable and not _closed(reads, n, core, beside, on):
            continue
        near = [w if _agree(core, w) else "" for w in words]  # the words that may tell
        near[at] = core
        now = _covered(near)
        gains: dict[int, list[str]] = {}
        for other in alike(core):
            gain = _covered([*near[:at], cased(core, other), *near[at + 1:]]) - now
            if gain > 0:
                gains.setdefault(gain, []).append(other)
        best = gains[max(gains)] if gains else []
        if len(best) == 1 and not _torn(core, best[0], near, at):
            out[n] = lead + cased(core, placed_as(best[0], core)) + trail
    return out

"""A syllable OCR read with a wrong mark set right by the letter's own words, as ``wordfix``
sets one right by underthesea's word list: the word it makes, read with other marks, with a
word beside it, where the letter reads that very word elsewhere.

A scan's OCR reads a real syllable with a wrong mark (``cá nhận liên quan``, ``một cửa liền
thông``, ``Sở Y tê tỉnh``) where ``wordfix`` has too little to go on: OCR was sure of it, and
only one of its neighbours makes a word with it read otherwise, which the word list alone
does not settle (``ngành thuộc tỉnh;`` is no ``thuộc tính``). The letter settles it when it
reads that word elsewhere, beside the same neighbour (``cá nhân``, ``liên thông``, ``Y tế``):
the syllable that makes no word of the word list with either neighbour as read is written as
the one syllable of its letters with other marks that makes such a word the letter reads
elsewhere. A name (its words capitalised, ``Hoàng Văn Thuân``) is not judged by its
neighbours, nor a word in capitals by one in lower case (``wordfix._agree``).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace

from ntm_docgen.importer.ocrmarks import cased
from ntm_docgen.importer.owncodes import own_codes
from ntm_docgen.importer.pdflayout import Page, Word
from ntm_docgen.importer.scanwords import mend_running
from ntm_docgen.importer.secondread import going_on
from ntm_docgen.importer.wordfix import _agree, _common_pairs, _one_word, _parts
from ntm_docgen.vietnamese.lexicon import TONES, alike, paired, placed_as, rank

#: How often the letter must read a word elsewhere to set a syllable right by it: once for a
#: word of underthesea's commoner list whose syllable is no rarer a word of its own than the
#: one read, twice for one of the whole list or a rarer syllable; a word the list does not
#: hold is no evidence (a letter's scan may read one misreading again and again: ``các cặp``
#: is no word, ``các cấp`` none of the list either).
ONCE, TWICE = 1, 2


def _needed(pair: tuple[str, str], other: str, read: str,
            common: frozenset[tuple[str, str]]) -> float:
    """How often the letter must read ``pair`` elsewhere to set ``read`` right as ``other``
    by it; more than it can where the word list holds no such word."""
    if not paired(*pair):
        return float("inf")
    return ONCE if pair in common and rank(other) <= rank(read) else TWICE


def _cased_alike(words: list[str]) -> bool:
    """Two syllables may be one word by their case (``wordfix._one_word``; ``Y tế``)."""
    return _one_word(words) or len(words[0]) == 1 and words[1].islower()


def _taken(line: list[str], n: int, step: int) -> bool:
    """The word ``step`` from the ``n``-th makes a word of the word list with its own other
    neighbour (``có quan hệ``: ``quan hệ``): no evidence of what the ``n``-th reads."""
    m = n + step
    if not 0 <= m < len(line):
        return False
    other = _neighbours(line, m)[0 if step < 0 else 1]
    word = _parts(line[m])[1]
    return bool(other) and (paired(other, word) if step < 0 else paired(word, other))


def _neighbours(line: list[str], n: int) -> tuple[str, str]:
    """The letters of the words right before and after the ``n``-th of ``line``; "" where
    none is, or a sign stands between (``nhận,`` ``liên``)."""
    own = _parts(line[n])
    before = _parts(line[n - 1]) if n > 0 else ("", "", "x")
    after = _parts(line[n + 1]) if n + 1 < len(line) else ("x", "", "")
    return (before[1] if not (before[2] or own[0]) else "",
            after[1] if not (own[2] or after[0]) else "")


def _read(lines: list[list[str]]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """The pairs of syllables the lines read side by side with no sign between, in lower
    case, each with how often; and how often each syllable stands in no word of the word
    list with either neighbour (``tại``, ``về`` often do: words of their own)."""
    pairs: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for line in lines:
        for n in range(len(line)):
            before, after = _neighbours(line, n)
            core = _parts(line[n])[1].lower()
            if core and after:
                pairs[(core, after.lower())] += 1
            if core and not _in_a_word(before, core, after):
                alone[core] += 1
    return pairs, alone


def _in_a_word(before: str, core: str, after: str) -> bool:
    return bool(before and paired(before, core) or after and paired(core, after))


def set_right(lines: list[list[str]]) -> list[list[str]]:
    """The words of a letter's lines read by OCR, each syllable the letter's own words set
    right written so.

    >>> lines = [["Điều", "4.", "các", "tổ", "chức", "và", "cá", "nhận", "liên", "quan"],
    ...          ["cấp", "cho", "cá", "nhân", "đủ", "điều", "kiện"]]
    >>> set_right(lines)[0][-3:]
    ['nhân', 'liên', 'quan']

    Without the word elsewhere, or with a neighbour that makes a word with it as read, it
    stays:

    >>> set_right([["các", "tổ", "chức", "và", "cá", "nhận", "liên", "quan"]])[0][5]
    'nhận'
    >>> set_right([["ngành", "thuộc", "tỉnh", "Lâm"], ["thuộc", "tỉnh;"]])[0][2]
    'tỉnh'

    nor where the neighbour makes a word with its own other neighbour (``có quan hệ``), or
    the letter reads the syllable as read standing alone more often than the word:

    >>> set_right([["cá", "nhân", "có", "quan", "hệ"], ["cơ", "quan"]])[0][2]
    'có'
    >>> set_right([["quy", "định", "tại", "khoản", "3"], ["tài", "khoản", "số"],
    ...            ["ở", "tại", "đây"]])[0][2]
    'tại'
    """
    pairs, alone = _read(lines)
    common = _common_pairs()
    out = []
    for line in lines:
        line = list(line)
        for n, text in enumerate(line):
            lead, core, trail = _parts(text)
            if len(core) < 2 or sum(c in TONES for c in unicodedata.normalize("NFD", core)) > 1:
                continue  # two tones read ("gíá"): which one was printed is not told
            before, after = _neighbours(line, n)
            low = core.lower()
            if _in_a_word(before, low, after):
                continue  # a word with a neighbour as read
            found: dict[str, int] = {}
            for other in alike(core):
                if other == low:
                    continue
                right = cased(core, other)
                for side, pair, step, word in ((before, (before.lower(), other), -1,
                                                [before, right]),
                                               (after, (other, after.lower()), 1,
                                                [right, after])):
                    if side and _agree(core, side) and _cased_alike(word) \
                            and pairs[pair] >= _needed(pair, other, low, common) \
                            and not _taken(line, n, step):
                        found[other] = found.get(other, 0) + pairs[pair]
            if len(found) == 1 and next(iter(found.values())) >= alone[low]:
                line[n] = lead + cased(core, placed_as(next(iter(found)), core)) + trail
        out.append(line)
    return out


def own_words(pages: list[Page]) -> list[Page]:
    """The pages with the words of those read by OCR set right by the letter's own words
    (``set_right``) and codes (``owncodes``), and by the words real letters write and a
    citation's shape (``scanwords``); a page read from its text layer stays as it is."""
    lines: list[list[Word]] = []
    for page in pages:
        if not page.ocr:
            continue
        for n, word in enumerate(page.words):
            if n and page.words[n - 1].line == word.line and word.line >= 0:
                lines[-1].append(word)
            else:
                lines.append([word])
    if not lines:
        return pages
    mended = own_codes(set_right([[w.text for w in line] for line in lines]))  # HDT: HĐT
    on = going_on([[(w.x0, w.top, w.x1, w.bottom) for w in line] for line in lines])
    mended = mend_running(mended, on)  # by the words real letters write: Bồ trí, khoản I Điều
    changed = {id(w): t for line, texts in zip(lines, mended, strict=True)
               for w, t in zip(line, texts, strict=True) if t != w.text}
    if not changed:
        return pages
    return [replace(page, words=[replace(w, text=changed[id(w)]) if id(w) in changed else w
                                 for w in page.words]) if page.ocr else page
            for page in pages]

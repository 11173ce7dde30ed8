"""A lunar year's name (can chi: ``Ất Tỵ``, ``Bính Ngọ``) read without its marks, spelt again.

A Tết letter names the lunar year, and a scan's reader often loses the marks of those two
syllables: they are names, not words of its list (``Tết Nguyên đán At Ty - năm 2025``). The
sixty names pair a heavenly stem with an earthly branch of the same parity (``Ất`` goes with
``Tỵ``, never ``Tý``), so the letters alone, without marks, name one year of the cycle: the
name is spelt as the cycle spells it. A stem and a branch are taken as a year's name only after
``Tết``, ``Nguyên đán`` or ``năm``, or before a year whose name they are (``Ất Ty - năm
2025``), and only when each word is read without any mark or spelt as the cycle spells it: a
word read with other marks is another word (``xã Xuân Tân đầu tư``, ``năm Quý hội nghị``), and
``Xuân`` names places and people too often to say a year follows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import strip_diacritics

STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")

_WORD = re.compile(r"\w+")
#: what stands before a year's name: Tết, Nguyên đán, năm (compared without marks)
_BEFORE = re.compile(r"(?:\btet|\bnguyen dan|\bnam)\s*[-–,:]?\s*$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^\W{0,3}(?:nam\s+)?(\d{4})\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # each pair of words is looked at: a letter's words come back
def _bare(word: str) -> str:
    return strip_diacritics(unicodedata.normalize("NFC", word)).casefold().replace("đ", "d")


def _as_read(word: str, name: str) -> bool:
    """Whether ``word`` is read without any mark, or spelt as the cycle spells ``name``."""
    return _bare(word) == word.casefold() or word.casefold() == name.casefold()


def year_name(year: int) -> str:
    """The lunar year's name of YEAR: ``year_name(2025)`` is ``Ất Tỵ``.

    >>> year_name(2024), year_name(2026)
    ('Giáp Thìn', 'Bính Ngọ')
    """
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


def _by_letters(names: tuple[str, ...]) -> dict[str, list[int]]:
    """The places of NAMES in the cycle by their letters without marks (``ty``: Tý and Tỵ)."""
    places: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        places.setdefault(_bare(name), []).append(i)
    return places


#: the stems' and the branches' places in the cycle by their letters without marks (``tan``:
#: Tân; ``ty``: Tý and Tỵ): a word of no such letters is no name, and is not looked at again
_STEMS_BARE = _by_letters(STEMS)
_BRANCHES_BARE = _by_letters(BRANCHES)


def _places(word: str, names: tuple[str, ...], by_letters: dict[str, list[int]]) -> list[int]:
    """The places in NAMES of the names WORD's letters spell, read as the cycle spells them."""
    return [i for i in by_letters.get(_bare(word), ()) if _as_read(word, names[i])]


def _named(stem: str, branch: str) -> tuple[str, str] | None:
    """The stem and branch of the cycle whose letters are STEM and BRANCH's, or None."""
    stems = _places(stem, STEMS, _STEMS_BARE)
    if not stems:
        return None
    branches = _places(branch, BRANCHES, _BRANCHES_BARE)
    pairs = [(i, j) for i in stems for j in branches if i % 2 == j % 2]
    return (STEMS[pairs[0][0]], BRANCHES[pairs[0][1]]) if len(pairs) == 1 else None


def _cased(right: str, read: str) -> str:
    return right.upper() if read.isupper() and len(read) > 1 else right


def spelt_again(line: str) -> tuple[str, int]:
    """LINE with each lunar year's name read without its marks spelt as the cycle spells it,
    and how many were.

    >>> spelt_again("nhân dịp Tết Nguyên đán At Ty - năm 2025")
    ('nhân dịp Tết Nguyên đán Ất Tỵ - năm 2025', 1)
    >>> spelt_again("Tết At Tỵ"), spelt_again("ông Tân Tý")
    (('Tết Ất Tỵ', 1), ('ông Tân Tý', 0))
    >>> spelt_again("xã Xuân Tân đầu tư"), spelt_again("năm Quý hội nghị")
    (('xã Xuân Tân đầu tư', 0), ('năm Quý hội nghị', 0))
    """
    line = unicodedata.normalize("NFC", line)
    words = list(_WORD.finditer(line))
    count = 0
    for first, second in zip(words, words[1:], strict=False):
        named = _named(first[0], second[0])
        if named is None or line[first.end():second.start()] != " ":
            continue
        after = _YEAR_AFTER.match(_bare(line[second.end():]))
        if not _BEFORE.search(_bare(line[:first.start()])) and not (
                after and year_name(int(after[1])) == " ".join(named)):
            continue
        right = f"{_cased(named[0], first[0])} {_cased(named[1], second[0])}"
        if right != line[first.start():second.end()]:
            # the same letters, so the same length: the spans after it hold
            line = line[:first.start()] + right + line[second.end():]
            count += 1
    return line, count


def year_names_spelt(raw: list[str], warnings: list[str]) -> list[str]:
    """The lines with every lunar year's name read without its marks spelt again, with a
    warning naming how many were."""
    out, count = [], 0
    for line in raw:
        line, n = spelt_again(line)
        out.append(line)
        count += n
    if count:
        warnings.append(_("{count} names of a lunar year (such as “Ất Tỵ”) were read without "
                          "their marks and were written as the sixty-year cycle spells them: "
                          "check them against the paper").format(count=count))
    return out

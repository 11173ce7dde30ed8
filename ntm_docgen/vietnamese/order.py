"""The Vietnamese alphabetical order: names sorted as a Vietnamese reader looks them up.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f, j, w, z where the
Latin alphabet has them): ă, â, đ, ê, ô, ơ, ư are letters of their own, after a, a, d, e, o, o,
u; the tones tell apart only words whose letters are the same, in the dictionary's order (no
mark, huyền, hỏi, ngã, sắc, nặng). Python's own order puts "Đ" after "Z" and "à" after "o".
"""

from __future__ import annotations

import unicodedata

LETTERS = ("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
           "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z")
_RANK = {letter: rank for rank, letter in enumerate(LETTERS, start=2)}
#: The tone marks (combining), in the dictionary's order after the unmarked word.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

Key = tuple[tuple[tuple[int, str], ...], tuple[int, ...], str]


def vietnamese_key(text: str) -> Key:
    """A sort key for ``text`` in the Vietnamese alphabetical order: its letters first (a
    space or a sign before any letter, so a shorter word comes first), then its tones, then
    the text as written.

    >>> ", ".join(sorted(["Lâm Đồng", "Lào Cai", "Điện Biên", "Cao Bằng", "Lai Châu", "Đắk Lắk",
    ...                   "Cà Mau", "Lạng Sơn", "Gia Lai", "Đồng Nai"], key=vietnamese_key))
    'Cà Mau, Cao Bằng, Đắk Lắk, Điện Biên, Đồng Nai, Gia Lai, Lai Châu, Lạng Sơn, Lào Cai, Lâm Đồng'
    >>> sorted(["má", "mà", "ma", "mạ", "mả", "mã"], key=vietnamese_key)
    ['ma', 'mà', 'mả', 'mã', 'má', 'mạ']
    """
    letters: list[tuple[int, str]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", text).casefold():
        parts = unicodedata.normalize("NFD", char)
        tones.append(next((_TONES[mark] for mark in parts if mark in _TONES), 0))
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
        rank = _RANK.get(base)
        letters.append((rank, "") if rank is not None else (1 if base.isdigit() else 0, base))
    return tuple(letters), tuple(tones), text

"""Syllables held against underthesea's word list (Viet74K): their tones, known words and pairs."""

from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: The five tone marks, as combining characters.
TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
#: underthesea's word list, as its package ships it.
_DICTIONARY = ("corpus", "data", "Viet74K.txt")
#: The commoner half of it (38,350 words), which underthesea ships beside it.
_COMMON = ("corpus", "data", "Viet39K.txt")


def has_tone(syllable: str) -> bool:
    """Whether a syllable carries one of the five tone marks.

    >>> has_tone("hại"), has_tone("thiêt"), has_tone("Đào")
    (True, False, True)
    """
    return any(c in TONES for c in unicodedata.normalize("NFD", syllable))


def untoned(syllable: str) -> str:
    """The syllable without its tone mark.

    >>> untoned("Đào"), untoned("thiệt")
    ('Đao', 'thiêt')
    """
    return nfc("".join(c for c in unicodedata.normalize("NFD", syllable) if c not in TONES))


@dataclass(frozen=True)
class Lexicon:
    """The syllables of the dictionary and its pairs of adjacent syllables, in lower case."""

    syllables: frozenset[str] = frozenset()
    pairs: frozenset[tuple[str, str]] = frozenset()


def _shipped(parts: tuple[str, ...]) -> Path | None:
    """A file of underthesea's package; None where underthesea or the file is missing."""
    found = importlib.util.find_spec("underthesea")
    places = list(found.submodule_search_locations or []) if found else []
    path = Path(places[0]).joinpath(*parts) if places else None
    return path if path is not None and path.is_file() else None


@cache
def lexicon() -> Lexicon:
    """underthesea's word list, read once; empty where underthesea is not installed."""
    path = _shipped(_DICTIONARY)
    if path is None:
        return Lexicon()
    syllables: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = nfc(line).lower().split()
        syllables.update(parts)
        pairs.update(zip(parts, parts[1:], strict=False))
    return Lexicon(frozenset(syllables), frozenset(pairs))


@cache
def common_words() -> frozenset[tuple[str, ...]]:
    """The words of two and three syllables of underthesea's commoner word list, in lower
    case: read once, where a word OCR read is set right by the list (rare words of the whole
    list, ``triệu đông``, ``dật sử``, would set right what was read right)."""
    path = _shipped(_COMMON)
    if path is None:
        return frozenset()
    words = (tuple(nfc(line).lower().split()) for line in path.read_text(encoding="utf-8")
             .splitlines())
    return frozenset(w for w in words if 2 <= len(w) <= 3)


#: underthesea's word lists from the smallest (the commonest words) to the whole.
_TIERS = (("corpus", "data", "Viet11K.txt"), ("corpus", "data", "Viet22K.txt"), _COMMON)


@cache
def _ranks() -> dict[str, int]:
    """Each word of one syllable by the smallest of underthesea's lists that holds it."""
    out: dict[str, int] = {}
    for rank, parts in enumerate(_TIERS):
        path = _shipped(parts)
        for line in path.read_text(encoding="utf-8").splitlines() if path else ():
            word = nfc(line).strip().lower()
            if word and " " not in word:
                out.setdefault(word, rank)
    return out


def rank(syllable: str) -> int:
    """How common ``syllable`` is as a word of its own: 0 where underthesea's smallest list
    (11,373 words) holds it, 1 where the next (22,426) does, 2 the commoner half (38,350), 3
    else (the place of its tone mark forgiven).

    >>> rank("từ"), rank("tử"), rank("Tỉnh"), rank("xyz")
    (0, 2, 0, 3)
    """
    ranks = _ranks()
    return min((ranks.get(p, len(_TIERS)) for p in _placements(syllable)), default=len(_TIERS))


@cache
def half_toned() -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The dictionary's pairs with the tone of their second, then of their first syllable
    left out (``tổng hơp``: a pair whose other syllable lost its mark too): made only where
    marks a PDF drew apart are put back, since taking the tones off every pair costs most of
    the dictionary's loading (0.8 s of 1.1 s), which a second look at a scan never needs."""
    pairs = lexicon().pairs
    return (frozenset((a, untoned(b)) for a, b in pairs),
            frozenset((untoned(a), b) for a, b in pairs))


def _placements(syllable: str) -> set[str]:
    """``syllable`` in lower case with its tone mark on each of its vowels: the dictionary
    writes ``hoá``, ``thuỷ`` where a letter today writes ``hóa``, ``thủy``; the place of the
    mark never makes another syllable.

    >>> sorted(_placements("Hóa"))
    ['hoá', 'hóa']
    """
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tones = [c for c in decomposed if c in TONES]
    if len(tones) != 1:
        return {nfc(decomposed)}
    bare = [c for c in decomposed if c not in TONES]
    out = set()
    for i, c in enumerate(bare):
        if c in _VOWELS:
            end = i + 1
            while end < len(bare) and unicodedata.combining(bare[end]):
                end += 1
            out.add(nfc("".join(bare[:end]) + tones[0] + "".join(bare[end:])))
    return out or {nfc(decomposed)}


def _toned_at(syllable: str) -> int | None:
    """The place, among its letters, of the letter that bears the tone of ``syllable``."""
    letters = -1
    for c in unicodedata.normalize("NFD", syllable.lower()):
        if c in TONES:
            return letters
        if not unicodedata.combining(c):
            letters += 1
    return None


def placed_as(syllable: str, read: str) -> str:
    """``syllable`` with its tone mark on the letter ``read`` bears its mark on, where the
    place of a mark makes the same syllable (``hoà``, ``hòa``): as the letter wrote it.

    >>> placed_as("hoà", "HÕA"), placed_as("hoà", "hoa"), placed_as("thi", "thí")
    ('hòa', 'hoà', 'thi')
    """
    at = _toned_at(read)
    same = [p for p in sorted(_placements(syllable)) if _toned_at(p) == at]
    return same[0] if at is not None and same else syllable


def known(syllable: str) -> bool | None:
    """Whether the dictionary holds ``syllable`` (case and the place of its tone mark
    forgiven); None when no dictionary is installed.

    >>> known("Chấp"), known("hóa"), known("cỗng")
    (True, True, False)
    """
    syllables = lexicon().syllables
    return bool(_placements(syllable) & syllables) if syllables else None


def paired(first: str, second: str) -> bool:
    """Whether the two syllables stand side by side in a word of the dictionary (case and the
    place of a tone mark forgiven).

    >>> paired("chấp", "hành"), paired("chầp", "hành"), paired("Hóa", "CHẤT")
    (True, False, True)
    """
    pairs = lexicon().pairs
    return any((a, b) in pairs for a in _placements(first) for b in _placements(second))


@cache
def _by_letters() -> dict[str, tuple[str, ...]]:
    """The dictionary's syllables by their letters without marks (``đ`` as ``d``), each
    syllable once whatever vowel its tone mark is written on (``hoá``, ``hóa``)."""
    out: dict[str, dict[frozenset[str], str]] = {}
    for syllable in sorted(lexicon().syllables):
        if syllable.isalpha():
            same = out.setdefault(strip_diacritics(syllable), {})
            same.setdefault(frozenset(_placements(syllable)), syllable)
    return {k: tuple(sorted(v.values())) for k, v in out.items()}


def alike(syllable: str) -> tuple[str, ...]:
    """The syllables of the dictionary with the letters of ``syllable`` and other marks
    (tones; the shapes of ``â``, ``ơ``, ``ư``; the stroke of ``đ``), in lower case, the
    syllable itself among them when the dictionary holds it.

    >>> alike("Thí")
    ('thi', 'thì', 'thí', 'thĩ', 'thỉ', 'thị')
    >>> "dục" in alike("đục"), "văn" in alike("Vẵn"), alike("xyz")
    (True, True, ())
    """
    return _by_letters().get(strip_diacritics(nfc(syllable).lower()), ())


def with_tone(syllable: str, mark: str) -> str | None:
    """``syllable`` with the tone ``mark`` on the vowel that makes a syllable of the dictionary
    (case kept), or None when no vowel does.

    >>> with_tone("thiêt", "\u0323"), with_tone("Giao", "\u0301"), with_tone("cua", "\u0309")
    ('thiệt', 'Giáo', 'của')
    >>> with_tone("xyz", "\u0301") is None
    True
    """
    syllables = lexicon().syllables
    decomposed = unicodedata.normalize("NFD", syllable)
    for i, c in enumerate(decomposed):
        if c.lower() not in _VOWELS:
            continue
        end = i + 1
        while end < len(decomposed) and unicodedata.combining(decomposed[end]):
            end += 1
        candidate = nfc(decomposed[:end] + mark + decomposed[end:])
        if candidate.lower() in syllables:
            return candidate
    return None


def long_word_parts(inside: set[int], bare: list[str]) -> list[int]:
    """The spaces of a word or set phrase of four syllables or more ("chương trình mục tiêu
    quốc gia") between two words of the dictionary, each of two syllables or more: where it
    breaks best when it must ("CHƯƠNG TRÌNH / MỤC TIÊU QUỐC GIA"), a name ("Kon Tum") never.

    >>> long_word_parts({0, 1, 2, 3, 4}, "chương trình mục tiêu quốc gia".split())
    [1, 3]
    """
    out = []
    for i in sorted(inside):  # the dictionary loaded only for such a word: most lines have none
        first = last = i
        while first - 1 in inside:
            first -= 1
        while last + 1 in inside:
            last += 1
        if last - first >= 2 and i - first >= 1 and last - i >= 1 and lexicon().pairs and \
                not paired(bare[i], bare[i + 1]):
            out.append(i)
    return out

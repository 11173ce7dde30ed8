"""Syllables held against underthesea's word list (Viet74K): their tones, known words and pairs."""

from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ntm_docgen.vietnamese.text import nfc

#: The five tone marks, as combining characters.
TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
#: underthesea's word list, as its package ships it.
_DICTIONARY = ("corpus", "data", "Viet74K.txt")


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


@cache
def lexicon() -> Lexicon:
    """underthesea's word list, read once; empty where underthesea is not installed."""
    found = importlib.util.find_spec("underthesea")
    places = list(found.submodule_search_locations or []) if found else []
    path = Path(places[0]).joinpath(*_DICTIONARY) if places else None
    if path is None or not path.is_file():
        return Lexicon()
    syllables: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = nfc(line).lower().split()
        syllables.update(parts)
        pairs.update(zip(parts, parts[1:], strict=False))
    return Lexicon(frozenset(syllables), frozenset(pairs))


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



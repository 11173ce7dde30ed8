"""Abbreviations in a body's name (``UBND``, ``CTMTQG``): known ones, and capitals that make no
Vietnamese syllable."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.lexicon import untoned
from ntm_docgen.vietnamese.text import upper_vi

#: A syllable (no tone): onset (``Krông``, ``Blao`` too), one to three vowels, a final.
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdkpđg][lr]|[bcdđghklmnpqrstvx])?"
                       r"[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnptkl])?")


def is_abbreviation(word: str) -> bool:
    """A header's word printed as an abbreviation: a known one, or capitals that are no syllable.

    >>> [is_abbreviation(w) for w in ("CTMTQG", "ĐBQH", "UBND", "KRÔNG", "ĐẮK", "SƠN", "Sở")]
    [True, True, True, False, False, False, False]
    """
    return word in abbreviations() or (len(word) > 1 and word.isalpha() and word.isupper()
                                        and not _SYLLABLE.fullmatch(untoned(word).lower()))


@cache
def abbreviations() -> frozenset[str]:
    """The abbreviations of bodies a header prints: ``data/viet_tat.yaml``'s and the common ones."""
    known = load_data("viet_tat.yaml") or {}
    return frozenset(str(a) for a in known.get("co_quan", {})) | {
        "UBND", "HĐND", "MTTQ", "BHXH", "BHYT", "CNTT", "TTHC", "NTM", "OCOP", "TW"}


@cache
def by_capitals() -> dict[str, str]:
    """Each known abbreviation by its capitals (``UBND`` under ``UBND``, ``TTg`` under ``TTG``),
    to write one typed in any case as printed."""
    return {upper_vi(a): a for a in abbreviations()}

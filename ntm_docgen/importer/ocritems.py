"""Mend the words of a Nơi nhận item OCR misreads in a scan's small type: the item's first
word read with another vowel before a body's name the tool knows (``- Bệ Tài chính;``, ``-
Cúc Sở: Nội vụ``), a code's ``C`` read as ``Œ`` (``TTgŒP``, ``HŒC``), a speck read as a
bracket inside a code (``UBMTT(Q``), and a phrase's last word before a slash (``Trợ
ly/Thư ký``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.ocrmarks import EDGE, cased, word_key
from ntm_docgen.vietnamese.text import nfc

#: the dash an item of the Nơi nhận, or its Lưu line, opens with
_DASHES = ("-", "–", "+", "•")
#: an ``Œ`` between two letters of a code (``TTgŒP``, ``HŒC``): its ``C``
_OE_IN_CODE = re.compile(r"(?<=[A-ZĐg])Œ(?=[A-ZĐ])")
#: a bracket opened before a code's last capital and never closed (``UBMTT(Q``)
_BRACKET_IN_CODE = re.compile(r"^([A-ZĐ]{3,})\(([A-ZĐ])$")
#: the vowels, where two readings of one word may differ
_VOWELS = re.compile(r"[aeiouy]+")


@cache
def _openers() -> dict[tuple[str, ...], str]:
    """An item's first word by the letters, without diacritics, of the words after it, for the
    bodies of data/ocr_sua.yaml ``ten_co_quan`` and the items' openings ``mo_muc``
    (``Các Sở``)."""
    data = load_data("ocr_sua.yaml")
    out: dict[tuple[str, ...], str] = {}
    for name in (*data["mo_muc"], *data["ten_co_quan"]):
        words = nfc(name).replace(",", "").split()
        if len(words) >= 2:
            out[tuple(word_key(w) for w in words)] = words[0].lower()
    return out


@cache
def _heads() -> frozenset[str]:
    """The words a body's name opens with (data/ocr_sua.yaml ``dau_ten``), in small letters."""
    return frozenset(nfc(w).lower() for w in load_data("ocr_sua.yaml")["dau_ten"])


def _another_vowel(read: str, right: str) -> bool:
    """``read`` is ``right`` with other vowels and the same letters about them."""
    return read != right and _VOWELS.sub("*", read) == _VOWELS.sub("*", right)


def item_opening(texts: list[str]) -> None:
    """An item's first word read with another vowel before the words of a body's name the
    data lists, written as that name's (in place); a word that makes a listed name as read
    stays.

    >>> t = "- Bệ Tài chính;".split(); item_opening(t); t
    ['-', 'Bộ', 'Tài', 'chính;']
    >>> t = "- Cúc Sở: Nội vụ, Tư pháp;".split(); item_opening(t); " ".join(t)
    '- Các Sở: Nội vụ, Tư pháp;'
    >>> t = "- Cục Thuế tỉnh;".split(); item_opening(t); " ".join(t)
    '- Cục Thuế tỉnh;'
    >>> t = "- Cục Sở hữu trí tuệ;".split(); item_opening(t); " ".join(t)
    '- Cục Sở hữu trí tuệ;'
    >>> t = "Bệ Tài chính".split(); item_opening(t); " ".join(t)
    'Bệ Tài chính'
    """
    if len(texts) < 3 or texts[0] not in _DASHES:
        return
    core = texts[1].strip(EDGE)
    read = word_key(core)
    keys = tuple(word_key(t.strip(EDGE)) for t in texts[1:])
    if not core.isalpha() or core.lower() in _heads() \
            or any(keys[:len(k)] == k for k in _openers()):
        return  # "- Cục Sở hữu trí tuệ;": a body's own head word, no "Các Sở" misread
    for k, first in _openers().items():
        if keys[1:len(k)] == k[1:] and _another_vowel(read, k[0]):
            texts[1] = texts[1].replace(core, cased(core, first), 1)
            return


def codes(texts: list[str]) -> None:
    """On an item's line, a code's ``C`` read as ``Œ`` and a speck read as a bracket inside
    a code written as printed (in place).

    >>> t = "- VPCP: BTCN, Thư ký TTgŒP,".split(); codes(t); t[-1]
    'TTgCP,'
    >>> t = "- Lưu: VT, KTTH, NC, HŒC.".split(); codes(t); t[-1]
    'HCC.'
    >>> t = "- BTT UBMTT(Q Việt Nam tỉnh;".split(); codes(t); t[2]
    'UBMTTQ'
    >>> t = "- VPUB: CVP, PCVP(KTTH), Œuvre".split(); codes(t); t[3:]
    ['PCVP(KTTH),', 'Œuvre']
    >>> t = "- Lưu: VT, KSTTHC(T).".split(); codes(t); t[-1]
    'KSTTHC(T).'

    >>> t = "Tờ trình số 06/TTr-SGŒTVT".split(); codes(t); t[-1]
    '06/TTr-SGŒTVT'
    """
    if not texts or texts[0] not in _DASHES:
        return
    for i, text in enumerate(texts):
        text = _OE_IN_CODE.sub("C", text)
        core = text.strip(EDGE.replace("(", ""))
        code = _BRACKET_IN_CODE.match(core)
        if code is not None and ")" not in text:
            text = text.replace(core, code.group(1) + code.group(2), 1)
        texts[i] = text


def slashed(texts: list[str], mend: Callable[[list[str]], None]) -> None:
    """``mend`` (the phrases of data/ocr_sua.yaml) run again with each two words joined by a
    slash (``ly/Thư``) parted, so a phrase may end on the first (``Trợ lý``); in place.

    >>> def lys(t): t[:] = [("lý" + x[2:]) if x.startswith("ly") and t[0] == "Trợ" else x
    ...                      for x in t]
    >>> t = "Trợ ly/Thư ký của TTgCP".split(); slashed(t, lys); t
    ['Trợ', 'lý/Thư', 'ký', 'của', 'TTgCP']
    >>> t = "(để b/c);".split(); slashed(t, lys); t
    ['(để', 'b/c);']
    """
    parts: list[str] = []
    joined: list[int] = []  # the parted words' places in ``parts``
    for text in texts:
        head, slash, tail = text.partition("/")
        if slash and len(head.strip(EDGE)) >= 2 and len(tail.strip(EDGE)) >= 2 \
                and head.strip(EDGE).isalpha() and tail.strip(EDGE).isalpha():
            joined.append(len(parts))
            parts.extend((head + "/", tail))
        else:
            parts.append(text)
    if not joined:
        return
    mend(parts)
    out: list[str] = []
    n = 0
    while n < len(parts):
        if n in joined:
            out.append(parts[n] + parts[n + 1])
            n += 2
        else:
            out.append(parts[n])
            n += 1
    texts[:] = out


def mend_items(texts: list[str], phrased: Callable[[list[str]], None]) -> None:
    """The words of one OCR line mended as an item of the Nơi nhận (``item_opening``,
    ``codes``), with ``phrased`` (the phrases of data/ocr_sua.yaml) run again across its
    slashes (``slashed``); in place.

    >>> t = "- Bệ Tài chính; TTgŒP".split(); mend_items(t, lambda t: None); " ".join(t)
    '- Bộ Tài chính; TTgCP'
    """
    slashed(texts, phrased)
    item_opening(texts)
    codes(texts)

"""Mend on a scanned page what no Vietnamese syllable writes: a ``t`` read as an ``f``
(``fại``, ``fhực``, ``Bộ Y fẾ``: no syllable begins with f), a ``1`` read as a letter
among a number's digits (``I5 năm``), a syllable OCR split from the letter it lost (``Ủ
ban``) and a word run into its number (``ngày23``, ``4năm``, ``số61/2018``)."""

from __future__ import annotations

import re

from ntm_docgen.importer.ocrmarks import EDGE, word_key
from ntm_docgen.vietnamese.lexicon import known, paired
from ntm_docgen.vietnamese.text import nfc


def _letters(text: str) -> tuple[str, str, str]:
    """A word's leading signs, its letters and what follows them."""
    core = text.strip(EDGE)
    start = text.find(core) if core else 0
    return text[:start], core, text[start + len(core):]


def no_f(texts: list[str]) -> None:
    """A word OCR read with an ``f`` for its first letter, which no Vietnamese syllable has,
    written with a ``t`` where that makes a syllable of the word list (the cross-bar of a
    ``t`` read as an ``f``'s): one with a mark (``fại``, ``fhực``), or one that so makes a
    word with a word beside it (``Công fy``); a word of the list as read (``fax``), one in
    capitals, and a foreign word with no mark that makes no word so (``file``, ``fan``)
    stay; in place.

    >>> t = "(fại Phụ lục) về fhực hiện của Bộ Y fế, Công fy TNHH, số fax, trang fan".split()
    >>> no_f(t); " ".join(t)
    '(tại Phụ lục) về thực hiện của Bộ Y tế, Công ty TNHH, số fax, trang fan'
    >>> t = ["fHỰC", "HIỆN"]; no_f(t); t
    ['THỰC', 'HIỆN']
    """
    for i, text in enumerate(texts):
        lead, core, trail = _letters(text)
        if len(core) < 2 or core[0] != "f" or not core.isalpha() or known(core) is not False:
            continue
        right = ("t" + core[1:]).lower()
        if len(core) > 2 and core[1:].isupper():  # a word in capitals: "fHỰC" is "THỰC"
            right = right.upper()
        if not known(right):
            continue
        before = texts[i - 1].strip(EDGE).lower() if i > 0 and not lead else ""
        after = texts[i + 1].strip(EDGE).lower() if i + 1 < len(texts) and not trail else ""
        if not core.isascii() or before and paired(before, right) \
                or after and paired(right, after):
            texts[i] = lead + right + trail


#: A number of digits with a ``1`` read as a stroke of its shape (``I5``, ``l5``): before a
#: word of time, where no Roman numeral stands (``15 năm``).
_STROKES = re.compile(r"^(?=.*\d)[\dIl|\]]{2,4}$")
_ONES = str.maketrans("Il|]", "1111")
_COUNTED = frozenset({"nam", "thang", "ngay"})


def counted(texts: list[str]) -> None:
    """A number before ``năm``, ``tháng`` or ``ngày`` read with a letter or a bracket for a
    ``1`` among its digits written in digits: ``I5 năm``; a Roman numeral has no digit
    (``cấp II năm``), and a sign of another shape (``IŠ năm``) cannot be told; in place.

    >>> t = "tổng kết I5 năm thi hành, 1l tháng, cấp II năm, IŠ năm".split(); counted(t); t
    ['tổng', 'kết', '15', 'năm', 'thi', 'hành,', '11', 'tháng,', 'cấp', 'II', 'năm,', 'IŠ', 'năm']
    """
    for i in range(len(texts) - 1):
        dated = i > 0 and word_key(texts[i - 1].strip(EDGE)) in ("ngay", "thang")
        if _STROKES.match(texts[i]) and word_key(texts[i + 1].strip(EDGE)) in _COUNTED \
                and not texts[i].isdigit() and not dated:  # a date's: ``ocrnumbers``
            texts[i] = texts[i].translate(_ONES)


def lost_letter(texts: list[str]) -> None:
    """A syllable of one letter OCR read without the ``y`` after it (``Ủ ban``: the ``y``'s
    tail under the line lost) written with it, where so and only so it makes a word of the
    list with the word after it (``Ủy ban``); in place.

    >>> t = "thuộc Ủ ban nhân dân tỉnh, ủ men".split(); lost_letter(t); t[:3], t[-2:]
    (['thuộc', 'Ủy', 'ban'], ['ủ', 'men'])
    """
    for i in range(len(texts) - 1):
        core, after = texts[i], texts[i + 1].strip(EDGE).lower()
        if len(core) != 1 or not core.isalpha() or not after or paired(core.lower(), after):
            continue
        right = core + ("Y" if core.isupper() and texts[i + 1][1:2].isupper() else "y")
        if known(right) and paired(right.lower(), after):
            texts[i] = right


#: A word of a date or a number run into its digits (``ngày23``, ``số61/2018``), and a number
#: run into the word after it (``4năm``, ``03năm``).
_WORD_NUMBER = re.compile(r"^(?P<w>[^\W\d_]+)(?P<n>\d[\d/.]*\S*)$")
_NUMBER_WORD = re.compile(r"^(?P<n>\d{1,4})(?P<w>[^\W\d_]+)(?P<t>[,;.]?)$")
_DATE_WORDS = frozenset({"ngay", "thang", "nam", "so"})


def parted(texts: list[str]) -> None:
    """A word of a date or a number OCR ran into its digits parted from them by a space, as
    printed (``ngày23`` ``ngày 23``, ``4năm`` ``4 năm``, ``số61/2018/NĐ-CP``); in place, the
    two kept as one word of the line.

    >>> t = "ngày23 tháng 4năm 2018, Nghị định số61/2018/NĐ-CP, Số:12, 03năm".split()
    >>> parted(t); t
    ['ngày 23', 'tháng', '4 năm', '2018,', 'Nghị', 'định', 'số 61/2018/NĐ-CP,', 'Số:12,', '03 năm']
    """
    for i, text in enumerate(texts):
        text = nfc(text)
        found = _WORD_NUMBER.match(text)
        if found and word_key(found["w"]) in _DATE_WORDS and found["w"].islower():
            texts[i] = f"{found['w']} {found['n']}"
            continue
        found = _NUMBER_WORD.match(text)
        if found and word_key(found["w"]) in _DATE_WORDS - {"so"} and found["w"].islower():
            texts[i] = f"{found['n']} {found['w']}{found['t']}"



def q_for_o(texts: list[str]) -> None:
    """A code of capitals OCR read with an ``Ọ`` for its ``Q`` (the tail of the Q read as the
    dot under an O: ``QHỌT`` for QHQT, the Vụ Quan hệ quốc tế): written with the Q when the
    code is no syllable and, so written, holds no vowel, as codes of initials do; in place.

    >>> t = "các Vụ: TH, QHỌT, CN, ĐẠI HỌC, HỌ, TỌA".split(); q_for_o(t); " ".join(t)
    'các Vụ: TH, QHQT, CN, ĐẠI HỌC, HỌ, TỌA'
    """
    for i, text in enumerate(texts):
        lead, core, trail = _letters(text)
        if len(core) < 3 or "Ọ" not in core or not core.isupper() or known(core.lower()):
            continue
        right = core.replace("Ọ", "Q")
        if not any(c in "AEIOUYĂÂÊÔƠƯ" for c in right) and right.isascii():
            texts[i] = lead + right + trail


#: The word between a date's month and its year, as OCR may misread its vowel (``nềšm``).
_YEAR_WORD = re.compile(r"^n[a-z]{1,2}m$")
_YEAR = re.compile(r"^(?:19|20)\d\d\b")


def year_word(texts: list[str]) -> None:
    """The ``năm`` of a date whose vowel OCR misread under a pen's or a seal's marks (``tháng 02
    nềšm 2025``) written as printed: between ``tháng`` and its number and a year, no other word
    stands; in place.

    >>> t = "ngày 20 tháng 02 nềšm 2025, tháng 3 nzm 2024".split(); year_word(t); " ".join(t)
    'ngày 20 tháng 02 năm 2025, tháng 3 năm 2024'
    >>> t = "tháng 02 năm 2025, có 3 nhóm 2025".split(); year_word(t); " ".join(t)
    'tháng 02 năm 2025, có 3 nhóm 2025'
    """
    for i in range(2, len(texts) - 1):
        read = word_key(texts[i])
        if _YEAR_WORD.match(read) and read != "nam" and texts[i - 1].isdigit() \
                and word_key(texts[i - 2].strip(EDGE)) == "thang" and _YEAR.match(texts[i + 1]):
            texts[i] = "năm"

"""Mend the numbers and dates OCR misreads: letters read for the digits of a day (``ngày U6_``),
a month (``tháng II``) or the number on the Số line (``4ó6``), a word a number follows
(``SÓ 1050``, ``Điêu 5``), the National Assembly's code (``QHI5``), and a date, a range of
years or a ký hiệu OCR parted (``16/ 12/2021``, ``2021- 2026``, ``1743/QĐ-`` ``BGTVT``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.ocrmarks import (
    EDGE,
    cased,
    word_key,
)
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.vietnamese.text import nfc

#: A day OCR read with a letter for a digit (``U6_``, ``l5``, ``O9``): one or two signs, a
#: digit among them.
_DAY = re.compile(r"^(?=.*\d)[\dOoUDlI|\]]{1,2}[_.,]?$")
_DIGITS = str.maketrans("OoUDlIÌ|]", "000011111")
#: A letter's number on its ``Số:`` line read with a letter for a digit (``4ó6``, ``1O5``):
#: digits, and letters shaped like one (the ``6`` whose stem reads as an acute over ``o``),
#: before the ``/`` of the ký hiệu.
_NUMBER = re.compile(r"^(?=.*\d)(?=.*[^\d/])(?P<so>[\dOoóUDlI|]{2,9})(?P<rest>/\S*)?$")
_NUMBER_DIGITS = str.maketrans("OoóUDlI|", "00600111")


@cache
def _before_numbers() -> dict[str, str]:
    """The words of data/ocr_sua.yaml ``truoc_so`` by their letters without diacritics."""
    return {word_key(w): nfc(w) for w in load_data("ocr_sua.yaml")["truoc_so"]}


#: A month between ``tháng`` and ``năm`` read with ``I`` or ``l`` for a ``1`` (``tháng II năm``).
_MONTH = re.compile(r"^[\dOIÌl|\]]{1,3}$")


def _month(word: str, after: str, unit: str = "nam", most: int = 12) -> bool:
    """Whether ``word``, between ``tháng`` and a word whose letters are ``nam``, is a month
    of a date read with a letter for a digit: no letter writes ``tháng II năm``; so too a day
    between ``ngày`` and ``tháng`` (``unit``), up to the 31st (``most``): ``ngày II tháng``.

    >>> _month("II", "nam"), _month("I2", "nam"), _month("11", "nam"), _month("II", "nay")
    (True, True, False, False)
    >>> _month("1Ì", "nam")  # the 1's foot and a speck over it
    True
    >>> _month("II", "thang", "thang", 31), _month("II", "nam", "thang", 31)
    (True, False)
    """
    if after != unit or not _MONTH.match(word) or word.isdigit():
        return False
    return 1 <= int(_strokes(word)) <= most


def _strokes(word: str) -> str:
    """A day or month's signs in digits; three strokes of a ``1`` (``I1]``: a serif or a
    speck read as one more) are 11, the only day or month they can make.

    >>> _strokes("I1]"), _strokes("1]"), _strokes("l2")
    ('11', '11', '12')
    """
    digits = word.translate(_DIGITS)
    return "11" if digits == "111" else digits


def numbered(texts: list[str], keys: list[str]) -> None:
    """A word a number follows written as data/ocr_sua.yaml lists it, and a day after
    ``ngày`` with a letter read for a digit written in digits (in place)."""
    words = _before_numbers()
    for i in range(len(texts) - 1):
        after = texts[i + 1]
        number = _NUMBER.match(after)
        if keys[i] == "so" and texts[i].endswith(":") and number and (
                number["rest"] or i + 2 < len(texts) and texts[i + 2].startswith("/")):
            texts[i + 1] = number["so"].translate(_NUMBER_DIGITS) + (number["rest"] or "")
            after = texts[i + 1]
        right = words.get(keys[i])
        if keys[i] == "ngay" and _month(after, keys[i + 2] if i + 2 < len(keys) else "",
                                        "thang", 31):
            texts[i + 1] = after = _strokes(after)  # "ngày II tháng": the 11th
        if keys[i] == "ngay" and _DAY.match(after) and not after.rstrip("_.,").isdigit():
            texts[i + 1] = after.rstrip("_.,").translate(_DIGITS)
            after = texts[i + 1]
        if keys[i] == "dieu" and after.rstrip(".,;") in ("l", "|") and texts[i][:1].isupper():
            texts[i + 1] = after = "1" + after[1:]  # "Điều l và ...": no article is lettered
        if keys[i] == "thang" and _month(after, keys[i + 2] if i + 2 < len(keys) else ""):
            texts[i + 1] = after = _strokes(after)
        if right is None or not after[:1].isdigit():
            continue
        core = texts[i].strip(EDGE)
        if core and word_key(core) == keys[i]:
            texts[i] = texts[i].replace(core, cased(core, right), 1)


#: A law's code of the National Assembly after its year (``/2025/QH15``) read with an ``I``
#: for the term's ``1`` (``QHI5``, ``QHI.5``) or beside it (``QHI15``).
_ASSEMBLY = re.compile(r"(?<=/)QH[Il|](?:\.?(\d)\b|(1\d)\b)")


def assembly(text: str) -> str:
    """The National Assembly's code in ``text`` as printed.

    >>> assembly("163/2024/QHI15"), assembly("123/2025/QHI.5;"), assembly("QHI5")
    ('163/2024/QH15', '123/2025/QH15;', 'QHI5')
    """
    return _ASSEMBLY.sub(lambda m: "QH" + (m[2] or "1" + m[1]), text)


#: A date OCR parted after a slash (``16/`` ``12/2021``), and a range of years with a space
#: on one side of its dash only (``2021-`` ``2026``, ``2021`` ``-2026``).
_DAY_MONTH = re.compile(r"^\d{1,2}/$")
_MONTH_YEAR = re.compile(r"^\d{1,2}/(19|20)\d\d\b")
_YEAR_DASH = re.compile(r"^(?P<a>(19|20)\d\d)-$")
_DASH_YEAR = re.compile(r"^-(?P<b>(19|20)\d\d\b.*)$")
_YEAR = re.compile(r"^(19|20)\d\d\b")
#: The National Assembly's code after a year parted at its dot (``123/2025/QHI`` ``.5``).
_ASSEMBLY_CUT = re.compile(r"/QH[Il|]\.?$")
_TERM_DIGIT = re.compile(r"^\.?\d(?!\d)")
#: A ký hiệu OCR parted after its dash (``1743/QĐ-`` ``BGTVT``): a number, a slash, capitals.
_CODE_DASH = re.compile(r"\d/[A-ZĐ][A-ZĐ&]*-$")
_CODE_REST = re.compile(r"^[A-ZĐ][A-ZĐ&]+\b")
#: A number's first digit read as a stroke standing apart from the rest (``số I 747/QĐ``).
_ONE = frozenset({"1", "I", "l", "|", "]"})
_NUMBER_ON = re.compile(r"^\d{2,}/[A-ZĐ\d]")


def _beside(left: Word, right: Word) -> bool:
    """``right`` follows ``left`` on the same row within a letter's width (a Tesseract line
    may hold words of two rows, the next row's first word after this one's last).

    >>> _beside(Word("NĐ-", 0, 20, 0, 10, 10), Word("CP", 22, 34, 1, 11, 10))
    True
    >>> _beside(Word("NĐ-", 200, 220, 0, 10, 10), Word("CP", 20, 34, 14, 24, 10))
    False
    """
    return 0 <= right.x0 - left.x1 + 1 <= max(left.size, right.size) \
        and min(left.bottom, right.bottom) > max(left.top, right.top)


def numbers_spaced(line: list[Word]) -> list[Word]:
    """The words of one OCR line with a date parted after a slash made one (``16/12/2021``),
    a range of years spaced on both sides of its dash (``2021 - 2026``), as printed, the
    National Assembly's code parted at the dot OCR read in it made one (``2025/QH15``), so is
    a ký hiệu parted after its dash (``1743/QĐ-BGTVT``) and a month read as two signs.

    >>> words = [Word(t, 0, 1, 0, 1, 1) for t in "ngày 16/ 12/2021 nhiệm kỳ 2021- 2026".split()]
    >>> [w.text for w in numbers_spaced(words)]
    ['ngày', '16/12/2021', 'nhiệm', 'kỳ', '2021 - 2026']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["2021", "-2026;"]])]
    ['2021 - 2026;']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in "2021 - 2026".split()])]
    ['2021 - 2026']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["số", "3/", "5"]])]
    ['số', '3/', '5']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["2025/QHI", ".5"]])]
    ['2025/QH15']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["QHI", ".5"]])]
    ['QHI', '.5']
    >>> [w.text for w in numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["1743/QĐ-", "BGTVT,"]])]
    ['1743/QĐ-BGTVT,']
    >>> words = [Word(t, 0, 1, 0, 1, 1) for t in "Quyết định số I 747/QĐ-BGTVT".split()]
    >>> [w.text for w in numbers_spaced(words)][2:], numbers_spaced(words[2:])[0].text
    (['số', '1747/QĐ-BGTVT'], 'số')
    >>> words = [Word(t, 0, 1, 0, 1, 1) for t in "ngày 22 tháng l Ì năm 2019".split()]
    >>> [w.text for w in numbers_spaced(words)][2:5]
    ['tháng', '11', 'năm']
    """
    out: list[Word] = []
    for n, word in enumerate(line):
        before = out[-1].text if out else ""
        text = None
        if _DAY_MONTH.match(before) and _MONTH_YEAR.match(word.text):
            text = before + word.text
        elif _YEAR_DASH.match(before) and _YEAR.match(word.text):
            text = f"{before[:-1]} - {word.text}"
        elif _YEAR.fullmatch(before) and _DASH_YEAR.match(word.text):
            text = f"{before} - {word.text[1:]}"
        elif before == "-" and len(out) > 1 and _YEAR.fullmatch(out[-2].text) \
                and _YEAR.match(word.text):  # the dash a word of its own, touching the year
            out.pop()
            text = f"{out[-1].text} - {word.text}"
        elif _ASSEMBLY_CUT.search(before) and _TERM_DIGIT.match(word.text):
            text = assembly(before + word.text)  # "123/2025/QHI" ".5": the code QH15
        elif _CODE_DASH.search(before) and _CODE_REST.match(word.text) \
                and _beside(out[-1], word):
            text = before + word.text  # "1743/QĐ-" "BGTVT,": one ký hiệu
        elif before in _ONE and len(out) > 1 and word_key(out[-2].text) == "so" \
                and _NUMBER_ON.match(word.text):
            text = "1" + word.text  # "số I 747/QĐ-BGTVT": a number has no space in it
        elif len(before) == 1 and len(word.text) == 1 and len(out) > 1 \
                and word_key(out[-2].text) == "thang" and n + 1 < len(line) \
                and _month(before + word.text, word_key(line[n + 1].text)):
            text = (before + word.text).translate(_DIGITS)  # "tháng l Ì năm": 11
        if text is None:
            out.append(word)
        else:
            out[-1] = replace(out[-1], text=text, x1=word.x1, top=min(out[-1].top, word.top),
                              bottom=max(out[-1].bottom, word.bottom))
    return out

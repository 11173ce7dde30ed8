"""A citation OCR read with a space or a stray sign inside it, written in the one shape the
decree gives a number, a date and a ký hiệu (``số N/YYYY/LOẠI-CQ``, ``N/LOẠI-CQ``, ``d/m/yyyy``)
where no other reading fits: a year parted from its last digit (``92/201 7/NĐ-CP``), a month
(``31/1 2/2024``), a number (``số 37 7/QĐ-BGDĐT``), a slash read twice (``61//2018``) or not
at all before the type's code (``125TTr-HĐND``), a sign after ``số`` (``số.34/2023``), a type's
code with a ``D`` for its ``Đ`` or a ``0`` for its ``Q`` (``/0D-``, ``/QD-``). A digit read as
another is never guessed: ``11 23/2021`` stays ``1123/2021`` at most, both digits as read."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.ocrmarks import word_key
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.unsure import note
from ntm_docgen.vietnamese.text import nfc

#: A number and its year with the year's last digit parted (``92/201`` ``7/NĐ-CP``).
_YEAR_CUT = re.compile(r"^\S*\d/(?:19|20)\d$")
_YEAR_END = re.compile(r"^\d(?=/|[;,.)]|$)")
#: A date whose month OCR parted (``31/1`` ``2/2024``): the day, the month's first digit.
_MONTH_CUT = re.compile(r"^(?P<d>\d{1,2})/(?P<m>1)$")
_MONTH_END = re.compile(r"^(?P<m>[0-2])/(?:19|20)\d\d\b")
#: A number after ``số`` parted in two (``số 37`` ``7/QĐ-BGDĐT``, ``số 1`` ``20/2020/NĐ-CP``).
_NUMBER_HEAD = re.compile(r"^\d{1,3}$")
_NUMBER_TAIL = re.compile(r"^\d{1,4}/(?:\d{4}/)?[A-ZĐ0O]")
#: A slash read twice inside a number (``61//2018``, ``09//BB-VPHC``).
_TWO_SLASHES = re.compile(r"(?<=\d)//(?=[\dA-ZĐ])")
#: A sign OCR read after ``số`` before its number (``số.34/2023/QĐ-UBND``, ``số,`` ``08/2016``).
_SO_SIGN = re.compile(r"^(?P<so>[Ss]ố)[.,](?P<n>\d+/\S+)?$")
_NUMBER = re.compile(r"^\d+/[\dA-ZĐ]")
#: A number's type code after its slash (``/QD-``, ``/0D-``), or run into it (``125TTr-``).
_CODE = re.compile(r"(?<=\d/)(?P<code>[A-Za-zĐ0]{2,4})(?=-)")
_RUN_IN = re.compile(r"^(?P<n>\d{1,5})(?P<code>[A-ZĐ][A-Za-zĐ]{1,3})(?=-[A-ZĐ])")


@cache
def _codes() -> frozenset[str]:
    """The type codes of Phụ lục III and of the legal documents a căn cứ cites."""
    data = load_data("loai.yaml")
    return frozenset(nfc(r["ma"]).split("-")[0] for key in ("loai", "ky_hieu_quy_pham")
                     for r in data[key] if r.get("ma"))


def _code(code: str) -> str:
    """A type code as the table writes it, where OCR read a ``D`` for its ``Đ`` or a ``0``
    (``O``) for its ``Q`` and one code only has those letters.

    >>> _code("QD"), _code("0D"), _code("ND"), _code("HD"), _code("QĐ"), _code("XY")
    ('QĐ', 'QĐ', 'NĐ', 'HD', 'QĐ', 'XY')
    """
    codes = _codes()
    if code in codes:
        return code
    fits = {c for c in codes if len(c) == len(code) and all(
        a == b or (a, b) in (("D", "Đ"), ("0", "Q"), ("O", "Q")) for a, b in zip(code, c,
                                                                              strict=True))}
    return fits.pop() if len(fits) == 1 else code


def cited_word(text: str) -> str:
    """One OCR word with a citation's stray sign taken out.

    >>> cited_word("61//2018/NĐ-CP"), cited_word("09//BB-VPHC"), cited_word("số.34/2023/QĐ")
    ('61/2018/NĐ-CP', '09/BB-VPHC', 'số 34/2023/QĐ')
    >>> cited_word("125TTr-HĐND"), cited_word("07QĐ-HĐT"), cited_word("44/2022/QD-UBND")
    ('125/TTr-HĐND', '07/QĐ-HĐT', '44/2022/QĐ-UBND')
    >>> cited_word("377/0D-BGDĐT"), cited_word("12/HD-UBND"), cited_word("2021-2025")
    ('377/QĐ-BGDĐT', '12/HD-UBND', '2021-2025')
    """
    text = _TWO_SLASHES.sub("/", text)
    so = _SO_SIGN.match(text)
    if so and so["n"]:
        text = f"{so['so']} {so['n']}"
    run_in = _RUN_IN.match(text)
    if run_in and run_in["code"] in _codes():
        text = f"{run_in['n']}/{text[len(run_in['n']):]}"
    return _CODE.sub(lambda m: _code(m["code"]), text)


def _beside(left: Word, right: Word) -> bool:
    """``right`` follows ``left`` on its row within a letter's width."""
    return 0 <= right.x0 - left.x1 + 1 <= max(left.size, right.size) \
        and min(left.bottom, right.bottom) > max(left.top, right.top)


def _joined(out: list[Word], word: Word) -> str | None:
    """The text of the last word of ``out`` and ``word`` as one citation's, or None."""
    before = out[-1].text
    if not _beside(out[-1], word):
        return None
    if _YEAR_CUT.match(before) and _YEAR_END.match(word.text):
        return before + word.text  # "92/201" "7/NĐ-CP": a year has four digits
    cut, end = _MONTH_CUT.match(before), _MONTH_END.match(word.text)
    if cut and end and 1 <= int(cut["d"]) <= 31:
        return before + word.text  # "31/1" "2/2024": the month 12
    if _NUMBER_HEAD.match(before) and _NUMBER_TAIL.match(word.text) and len(out) > 1 \
            and word_key(out[-2].text) == "so":
        note(before + word.text)  # which of its digits was misread only the paper says
        return before + word.text  # "số 37" "7/QĐ": no number has a space in it
    return None


def cited_spaced(line: list[Word]) -> list[Word]:
    """The words of one OCR line with each citation's parts made one and its stray signs
    taken out (``cited_word``); a sign after ``số`` alone before its number taken out too.

    >>> w = lambda ts: [Word(t, 10 * i, 10 * i + 8, 0, 10, 10) for i, t in enumerate(ts)]
    >>> [x.text for x in cited_spaced(w("Nghị định số 92/201 7/NĐ-CP ngày".split()))]
    ['Nghị', 'định', 'số', '92/2017/NĐ-CP', 'ngày']
    >>> [x.text for x in cited_spaced(w("ngày 31/1 2/2024 của".split()))]
    ['ngày', '31/12/2024', 'của']
    >>> [x.text for x in cited_spaced(w("số 37 7/0D-BGDĐT".split()))]
    ['số', '377/QĐ-BGDĐT']
    >>> [x.text for x in cited_spaced(w("Nghị định số, 08/2016/NĐ-CP".split()))]
    ['Nghị', 'định', 'số', '08/2016/NĐ-CP']
    >>> [x.text for x in cited_spaced(w("có 3 20/2020/NĐ-CP".split()))]  # no "số": kept
    ['có', '3', '20/2020/NĐ-CP']
    """
    out: list[Word] = []
    for n, word in enumerate(line):
        word = replace(word, text=cited_word(word.text)) if any(
            c.isdigit() for c in word.text) else word
        so = _SO_SIGN.match(word.text)
        if so and not so["n"] and n + 1 < len(line) and _NUMBER.match(line[n + 1].text):
            word = replace(word, text=so["so"])  # "số," "08/2016/NĐ-CP"
        text = _joined(out, word) if out else None
        if text is None:
            out.append(word)
        else:
            out[-1] = replace(out[-1], text=cited_word(text), x1=word.x1,
                              top=min(out[-1].top, word.top),
                              bottom=max(out[-1].bottom, word.bottom))
    return out

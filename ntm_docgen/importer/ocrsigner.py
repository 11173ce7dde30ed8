"""Mend the signature's lines OCR misreads: a signer's name a stamp's ring crossed
(``[loàng Văn Thuân``) or read after signs of no word (a rank under the signature's stroke),
and the deputy's title under ``KT.`` (``THỊ TRƯỞNG``, ``N: CỤC TRƯỞNG``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import groupby

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import ocr_noise
from ntm_docgen.importer.ocrmarks import (
    EDGE,
    word_key,
)
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.vietnamese.text import is_upper_vi, nfc


@cache
def _family_names() -> tuple[tuple[str, str], ...]:
    """The family names of data/ocr_sua.yaml ``ho``, the commonest first, each with its
    letters without diacritics."""
    names = dict.fromkeys(nfc(w) for w in load_data("ocr_sua.yaml")["ho"])
    return tuple((name, word_key(name)) for name in names)


def _distance(a: str, b: str) -> int:
    """Signs to change, add or drop to make ``a`` into ``b`` (Levenshtein).

    >>> _distance("loang", "hoang"), _distance("pham", "phi")
    (1, 2)
    """
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _family_name(word: str) -> str | None:
    """The family name of data/ocr_sua.yaml ``ho`` that ``word`` is a letter or two away from
    in its letters without marks (one for a word of three letters or fewer, and then only one
    name may be that near), the commonest of the nearest; None for a family name itself."""
    found = word_key(word)
    names = _family_names()
    if not found or any(key == found for _, key in names):
        return None
    most = 1 if len(found) <= 3 else 2
    near = sorted((_distance(found, key), i) for i, (_, key) in enumerate(names))
    near = [x for x in near if x[0] <= most]
    if not near or most == 1 and len(near) > 1 and near[1][0] == near[0][0]:
        return None
    return names[near[0][1]][0]


def mend_name(texts: list[str]) -> list[str]:
    """A line that is a person's name (three to five words with capitals, not all in capitals;
    the first word's capital may be lost), after at most specks of a stamp, with its first word
    made the family name OCR misread under the stamp's ring; the specks before it left out.

    >>> mend_name(["[loàng", "Văn", "Thuân"]), mend_name(["š", "Huằng", "Chí", "Hiền"])
    (['Hoàng', 'Văn', 'Thuân'], ['Hoàng', 'Chí', 'Hiền'])
    >>> mend_name(["ˆ-", "Phim", "Huy", "Nam", "Sơn"])
    ['Phạm', 'Huy', 'Nam', 'Sơn']
    >>> mend_name(["Hoàng", "Văn", "Thuân"]), mend_name(["Sở", "Công", "Thương"])
    (['Hoàng', 'Văn', 'Thuân'], ['Sở', 'Công', 'Thương'])
    >>> mend_name(["PHÓ", "GIÁM", "ĐỐC"]), mend_name(["Ban", "Giám", "đốc", "Sở"])
    (['PHÓ', 'GIÁM', 'ĐỐC'], ['Ban', 'Giám', 'đốc', 'Sở'])

    A name that opens with a family name after signs that make no words (a rank the
    signature's stroke crossed, ``Thượng tướng`` read ``Th treTrđ fú ưng``) is the name alone;
    after words (``Thượng tướng``, ``Đồng chí``) the line stays as read.

    >>> mend_name(["Th", "treTrđ", "fú", "ưng", "Nguyễn", "Văn", "Long"])
    ['Nguyễn', 'Văn', 'Long']
    >>> mend_name(["Thượng", "tướng", "Nguyễn", "Văn", "Long"])[0]
    'Thượng'
    """
    family = {k for _, k in _family_names()}
    for start in range(1, len(texts) - 2):
        words = texts[start:]
        if len(words) <= 4 and all(w.isalpha() and w[:1].isupper() for w in words) \
                and not all(is_upper_vi(w) for w in words) and word_key(words[0]) in family \
                and ocr_noise(" ".join(texts[:start])):
            return words
    for start in range(len(texts) - 2):
        if any(len(t.strip(EDGE + "ˆ~`^")) > 2 for t in texts[:start]):
            return texts
        words = [texts[start].lstrip("[]|(){}!'\"`“”‘’-_.,:;~^ˆ"), *texts[start + 1:]]
        if not 3 <= len(words) <= 5 or not all(w.isalpha() for w in words) \
                or not all(w[:1].isupper() for w in words[1:]) \
                or all(is_upper_vi(w) for w in words):
            continue
        right = _family_name(words[0])
        if right is None and len(words[0]) <= 2:
            continue  # a speck before the name (``š``)
        return texts if right is None else [right, *words[1:]]
    return texts


def mend_names(words: list[Word]) -> list[Word]:
    """The words of a column read by OCR, each line mended by ``mend_name``."""
    out: list[Word] = []
    for _, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        texts = mend_name([w.text for w in line])
        if texts == [w.text for w in line]:
            out.extend(line)
            continue
        kept = line[len(line) - len(texts):]
        out.extend(replace(w, text=t) for w, t in zip(kept, texts, strict=True))
    return out


_SIGNS_FOR = re.compile(r"^KT\.?\s*(?P<head>\S.*)$")


def _deputy(line: str) -> str | None:
    """The title of whoever signs ``KT.`` (ký thay) for the head the line names: the head's
    deputy, ``PHÓ`` before the head's title, and ``THỨ TRƯỞNG`` for a ``BỘ TRƯỞNG``.

    >>> _deputy("KT. CỤC TRƯỞNG"), _deputy("KT.BỘ TRƯỞNG"), _deputy("TM. ỦY BAN NHÂN DÂN")
    ('PHÓ CỤC TRƯỞNG', 'THỨ TRƯỞNG', None)
    """
    found = _SIGNS_FOR.match(line.strip())
    if found is None or not is_upper_vi(found["head"]):
        return None
    head = " ".join(found["head"].split())
    return "THỨ TRƯỞNG" if word_key(head) == "bo truong" else f"PHÓ {head}"


def mend_deputy(authority: str, texts: list[str]) -> list[str]:
    """The line under ``KT. <head>`` in a signature, read by OCR in capitals, made the deputy's
    title the decree puts there when its letters are one or two away from it (``THỊ TRƯỞNG``
    under ``KT. BỘ TRƯỞNG``) or it ends in the head's title after a mark or two where ``PHÓ``
    was (``N: CỤC TRƯỞNG`` under ``KT. CỤC TRƯỞNG``: a stamp's ring crossed it).

    >>> mend_deputy("KT. BỘ TRƯỞNG", ["THỊ", "TRƯỞNG"])
    ['THỨ', 'TRƯỞNG']
    >>> mend_deputy("KT. CỤC TRƯỞNG", ["N:", "CỤC", "TRƯỞNG"])
    ['PHÓ', 'CỤC', 'TRƯỞNG']
    >>> mend_deputy("KT. BỘ TRƯỞNG", ["BỘ", "QUỐC", "PHÒNG"]), mend_deputy("KT. CHỦ TỊCH", ["Lê"])
    (['BỘ', 'QUỐC', 'PHÒNG'], ['Lê'])
    """
    deputy = _deputy(authority)
    if deputy is None or not texts or not is_upper_vi(" ".join(texts)):
        return texts
    right = deputy.split()
    found = " ".join(k for k in (word_key(t.strip(EDGE)) for t in texts) if k)
    want, head = word_key(deputy), word_key(deputy.removeprefix("PHÓ "))
    near = _distance(found, want) <= 2 < len(want) - 4
    lost = deputy.startswith("PHÓ ") and found.endswith(head) \
        and len(found) - len(head) <= 3
    if len(texts) != len(right) or " ".join(texts) == deputy or not (near or lost):
        return texts
    return right

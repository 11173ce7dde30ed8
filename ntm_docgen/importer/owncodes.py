"""A code of capitals OCR read with a ``D`` for its ``Đ`` set right by the letter's own codes:
a scan's Nơi nhận item ``- HDT;`` where the letter's number and its căn cứ print ``CTHĐT``
and ``BBH-HĐT`` (the Tây Đô decision bonhiem). OCR loses the stroke of a small type's ``Đ``;
a body's code (the Hội đồng trường's ``HĐT``) is printed alike wherever the letter names it,
so the one the letter prints with its ``Đ`` is the one read without it."""

from __future__ import annotations

import re
from collections import Counter

from ntm_docgen.importer.ocrmarks import EDGE

#: a code of three capitals or more (a part of a ký hiệu between its dashes and slashes;
#: two, ``BD`` Bình Dương and ``BĐ`` Bình Định, may both be printed)
_CODE = re.compile(r"^[A-ZĐ]{3,8}$")
_PARTS = re.compile(r"[-/&]")


def _parts(word: str) -> list[str]:
    """The codes of a word, or of each word of a column's line read as one (``- HDT;``)."""
    return [p for token in word.split() for p in _PARTS.split(token.strip(EDGE))
            if _CODE.match(p)]


def own_codes(lines: list[list[str]]) -> list[list[str]]:
    """The words of ``lines`` with a code read with ``D`` written with the ``Đ`` the letter
    prints it with elsewhere, where it prints it so only (never with ``D``).

    >>> own_codes([["Số:", "62", "/QĐ-CTHĐT-ĐHTĐ"], ["biên", "bản", "số", "27/BBH-HĐT"],
    ...            ["-", "HDT;"]])[-1]
    ['-', 'HĐT;']

    A code the letter prints with ``D`` elsewhere too, or a code it never prints with ``Đ``,
    stays as read.

    >>> own_codes([["Số: 62 /QĐ-CTHĐT-ĐHTĐ"], ["27/BBH-HĐT"], ["- HDT;"]])[-1]
    ['- HĐT;']
    >>> own_codes([["27/BBH-HĐT"], ["-", "HDT;"], ["HDT"]])[1:]
    [['-', 'HDT;'], ['HDT']]
    >>> own_codes([["27/BBH-HĐT"], ["-", "UBND;"]])[1]
    ['-', 'UBND;']
    """
    counts = Counter(p for line in lines for word in line for p in _parts(word))
    right = {p.replace("Đ", "D"): p for p in counts if "Đ" in p}
    out = []
    for line in lines:
        line = list(line)
        for n, word in enumerate(line):
            for part in _parts(word):
                code = right.get(part)
                if code is not None and "Đ" not in part and counts[part] == 1:
                    line[n] = re.sub(rf"(?<![A-ZĐ]){part}(?![A-ZĐ])", code, line[n])
        out.append(line)
    return out

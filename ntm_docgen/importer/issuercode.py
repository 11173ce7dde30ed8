"""A scan's căn cứ citing a body's letter whose ký hiệu OCR read with a letter no code writes
(``Tờ trình số 573/TTr-SNỸ``, ``06/TTr-SGŒTVT``), written with the initials of the body the
căn cứ names just before it (``của Giám đốc Sở Nội vụ tại Tờ trình số …``: ``SNV``).

A body's code in a ký hiệu is written in Latin capitals, ``Đ`` and a few small letters
(``TTr``, ``SNgV``); a capital with a Vietnamese mark (``Ỹ``, ``Ơ``) or a letter of another
alphabet (``Œ``, ``Ï``) is OCR's. The code is written as the initials of the words that name the
body (``và`` aside: ``Sở Giáo dục và Đào tạo``, ``SGDĐT``) only where they are one letter more,
fewer or other than the code as read; a code read in clean letters stays as read, even where
it is not its body's initials (``BGTTT``: a code the body may print so), and so does one whose
initials are further (``SNgÏƒ``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

#: ``của <body> tại <Tờ trình|Công văn|…> số <n>/<type>-<code>``: the body named, the code.
_CITED = re.compile(r"\bcủa\s+(?P<body>[^,;:()]{2,80}?)\s+tại\s+(?:\w+\s+){0,3}?số\s+"
                    r"\d{1,6}/[A-Za-zĐđ]{1,6}-(?P<code>[^\s,;:()/-]{2,12})(?=[\s,;:)/-]|$)")
#: The letters a body's code is written with.
_CODE = re.compile(r"^[A-Za-zĐđ&]+$")
#: A word of a body's name that its code leaves out.
_LEFT_OUT = frozenset({"và"})


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w not in _LEFT_OUT and w[0].isalpha())


def _body_code(body: str, read: str) -> str | None:
    """The initials of the last words of ``body`` one letter from ``read``, where one such
    run of words opens with a capital; None where none or two are."""
    words = body.split()
    found = {_initials(words[i:]) for i in range(len(words)) if words[i][:1].isupper()}
    near = [code for code in found if len(code) >= 3 and Levenshtein.distance(code, read) == 1]
    return near[0] if len(near) == 1 else None


def codes_mended(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each body's code OCR misread written as the body's initials, and each
    change (as read, as written).

    >>> codes_mended("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 573/TTr-SNỸ ngày")
    ('Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 573/TTr-SNV ngày', [('SNỸ', 'SNV')])
    >>> codes_mended("của Sở Giao thông vận tải tại Tờ trình số 06/TTr-SGŒTVT ngày")[1]
    [('SGŒTVT', 'SGTVT')]
    >>> codes_mended("của Bộ Giao thông vận tải tại Tờ trình số 9628/TTr-BGTTT ngày")[1]
    []
    """
    changes: list[tuple[str, str]] = []
    for m in reversed(list(_CITED.finditer(text))):
        read = m.group("code")
        if _CODE.match(read):
            continue  # clean letters: the code as printed
        code = _body_code(m.group("body"), read)
        if code is not None:
            text = text[:m.start("code")] + code + text[m.end("code"):]
            changes.append((read, code))
    return text, changes[::-1]

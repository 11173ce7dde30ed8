"""The family and middle names of data/ocr_sua.yaml, and the family name OCR misread as a word."""

from __future__ import annotations

from functools import cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _
from ntm_docgen.importer.ocrmarks import word_key
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc


@cache
def family_names() -> tuple[tuple[str, str], ...]:
    """The family names of data/ocr_sua.yaml ``ho``, the commonest first, each with its
    letters without diacritics."""
    names = dict.fromkeys(nfc(w) for w in load_data("ocr_sua.yaml")["ho"])
    return tuple((name, word_key(name)) for name in names)


def distance(a: str, b: str) -> int:
    """Signs to change, add or drop to make ``a`` into ``b`` (Levenshtein, by rapidfuzz).

    >>> distance("loang", "hoang"), distance("pham", "phi")
    (1, 2)
    """
    return int(Levenshtein.distance(a, b))


@cache
def _misread() -> dict[str, str]:
    """The words of data/ocr_sua.yaml ``ho_doc_sai`` in lower case, each with the family name
    OCR misread as it."""
    return {nfc(k).lower(): nfc(v) for k, v in load_data("ocr_sua.yaml")["ho_doc_sai"].items()}


def family_name(word: str) -> str | None:
    """The family name of data/ocr_sua.yaml ``ho`` OCR misread as ``word``: the one data lists
    for it (``ho_doc_sai``: ``Trằn``, ``Hỗ``), else, for a word that is no Vietnamese syllable
    only, the name a letter or two away from it in its letters without marks (one for a word
    of three letters or fewer, and then only one name may be that near), the commonest of the
    nearest, or the one family name of its letters with other marks (``Huằng``). None for a
    family name, for any other syllable (``Lữ``, ``Vì``, ``Giang``: a name missing from the
    list stays as written), and for letters two family names share.

    >>> family_name("Trằn"), family_name("Hỗ"), family_name("Huằng"), family_name("Trần")
    ('Trần', 'Hồ', 'Hoàng', None)
    >>> family_name("Trinh"), family_name("Lữ"), family_name("Mã"), family_name("Giàn")
    (None, None, None, None)
    """
    listed = _misread().get(nfc(word).lower())
    if listed is not None:
        return listed
    names = family_names()
    if nfc(word) in {name for name, _ in names} or known(word) is not False:
        return None
    found = word_key(word)
    same = [name for name, key in names if key == found]
    if len(same) == 1 and word[:1].isupper():
        return same[0]  # its letters, other marks: the one family name they spell
    if len(found) < 2 or same:  # one sign: a speck of the stamp (``š``), no name
        return None
    most = 1 if len(found) <= 3 else 2
    near = sorted((distance(found, key), i) for i, (_, key) in enumerate(names))
    near = [x for x in near if x[0] <= most]
    if not near or most == 1 and len(near) > 1 and near[1][0] == near[0][0]:
        return None
    return names[near[0][1]][0]


def with_marks(name: str) -> str:
    """A name whose family name was read with no mark at all while its other words kept theirs
    (``Huynh Hữu Trí``: a scan lost the marks of one word), with the marks of the one family
    name of data/ocr_sua.yaml ``ho`` that has its letters (``Huỳnh``); any other name as it is:
    a page read without marks (``Hoang Thi Hién``), a listed name (``Mai``), letters no name or
    two names share.

    >>> with_marks("Huynh Hữu Trí"), with_marks("Hoang Thi Hién"), with_marks("Mai Tiến Dũng")
    ('Huỳnh Hữu Trí', 'Hoang Thi Hién', 'Mai Tiến Dũng')
    """
    first, *rest = nfc(name).split()
    if not rest or not first.isascii() or not first.isalpha() or any(w.isascii() for w in rest) \
            or first in {n for n, _ in family_names()}:
        return name
    same = [n for n, key in family_names() if key == word_key(first)]
    return " ".join([same[0], *rest]) if len(same) == 1 else name


def first_letter(name: str) -> str:
    """A signer's name whose first word is no family name of data/ocr_sua.yaml ``ho`` but
    one of them with its first letter read as another (``Phái Văn Tài``: ``Thái``, a seal's
    ring over its ``T``): that family name, when exactly one of the list ends in its other
    letters (three at least); any other name as it is. A family name missing from the list
    whose letters after the first are a listed one's is so changed too: add it to the list.

    >>> first_letter("Phái Văn Tài"), first_letter("Thái Văn Tài"), first_letter("Sở Công Thương")
    ('Thái Văn Tài', 'Thái Văn Tài', 'Sở Công Thương')
    >>> first_letter("Lê An"), first_letter("Xuân Lộc")
    ('Lê An', 'Xuân Lộc')
    """
    words = nfc(name).split()
    if not 2 <= len(words) <= 5 or len(words[0]) < 4 or not words[0][0].isupper() \
            or words[0] in {n for n, _ in family_names()}:
        return name
    rest = words[0][1:]
    found = [n for n, _ in family_names() if n[1:] == rest and n[0] != words[0][0]]
    return " ".join([found[0], *words[1:]]) if len(found) == 1 else name


def misread_first(name: str) -> str:
    """A name whose first word is one OCR reads for a family name under a seal's ring (data/
    ocr_sua.yaml ``ho_doc_sai``: ``Hỗ`` for ``Hồ``), with that family name; else as it is.

    >>> misread_first("Hỗ Đức Phớc"), misread_first("Hồ Đức Phớc")
    ('Hồ Đức Phớc', 'Hồ Đức Phớc')
    """
    first, _, rest = nfc(name).partition(" ")
    right = _misread().get(first.lower())
    return f"{right} {rest}" if right and rest else name


def name_cut(spec: dict[str, Any]) -> list[str]:
    """A warning for a scan's signer's name of one or two words whose first is no family name
    of data/ocr_sua.yaml ``ho`` (``Thanh Trà`` for ``Phạm Thị Thanh Trà``: the seal's ring over
    its first words); none for a name that opens with one, nor for a name not read.

    >>> name_cut({"ky": {"ho_ten": "Thanh Trà"}})[0][:32]
    'ky.ho_ten: the name was read “Th'
    >>> name_cut({"ky": {"ho_ten": "Lê An"}}), name_cut({"ky": {"ho_ten": "..."}})
    ([], [])
    """
    name = str((spec.get("ky") or {}).get("ho_ten") or "")
    words = name.split()
    if not 1 <= len(words) <= 2 or not words[0][:1].isupper() or not words[0].isalpha() \
            or words[0] in {n for n, _ in family_names()}:
        return []
    return [_("ky.ho_ten: the name was read “{name}”, which opens with no family name (the "
              "seal's ring over its first words?): write the whole name from the paper")
            .format(name=name)]


def first_lost(word: str) -> str | None:
    """The family name of data/ocr_sua.yaml ``ho`` a word in small letters is with its first
    letter lost under the seal's ring (``uỳnh``: ``Huỳnh``), when exactly one listed name is
    that word after one capital and the word has three letters at least; else None.

    >>> first_lost("uỳnh"), first_lost("guyễn"), first_lost("ê"), first_lost("Huỳnh")
    ('Huỳnh', 'Nguyễn', None, None)
    >>> first_lost("ương")  # Dương, Lương, Trương, Vương: no one name
    """
    if len(word) < 3 or not word[0].islower():
        return None
    found = [n for n, _ in family_names() if n[1:] == nfc(word) and n[0].isupper()]
    return found[0] if len(found) == 1 else None


@cache
def middle_names() -> dict[str, str]:
    """The middle names of data/ocr_sua.yaml ``ten_dem`` by their letters without marks."""
    return {word_key(n): nfc(n) for n in load_data("ocr_sua.yaml")["ten_dem"]}

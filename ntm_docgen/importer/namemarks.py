"""An issuer's name read in capitals with marks OCR lost or added (``CỤC CANH SAT ĐIỀU TRA``,
``TÂY ĐỒ``), given the marks the letter's own text writes it with (``Cục Cảnh sát điều tra tội
phạm về ma tuý``); the place it ends with, by the text's writing of that place."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ntm_docgen.importer.cleaning import key
from ntm_docgen.vietnamese.lexicon import TONES
from ntm_docgen.vietnamese.text import upper_vi

#: A word of the text: letters and digits, the marks on them.
_WORD = re.compile(r"\w+")


def marked_as_written(name: str, text: str) -> str:
    """``name`` (its lines in capitals) with the marks the same words carry where ``text``
    writes them, each word read with fewer marks than there (none, or some of them); the
    name as read when the text does not write it, or writes it with other marks.

    >>> marked_as_written("CỤC CANH SAT ĐIỀU TRA\\nTỘI PHẠM VỀ MA TUY",
    ...                   "Cục Cảnh sát điều tra tội phạm về ma tuý, Bộ Công an đề nghị")
    'CỤC CẢNH SÁT ĐIỀU TRA\\nTỘI PHẠM VỀ MA TUÝ'
    >>> marked_as_written("SỞ CÔNG THƯƠNG", "Sở Công Thương Lào Cai"), \\
    ...     marked_as_written("SỞ XÂY DỰNG", "Sở Xây dựng")
    ('SỞ CÔNG THƯƠNG', 'SỞ XÂY DỰNG')
    >>> marked_as_written("CỤC THUẾ", "cục thuê"), marked_as_written("BAN CHI DAO", "ban chỉ")
    ('CỤC THUẾ', 'BAN CHI DAO')

    A tone OCR added to a word the text writes without one, where the text writes the name
    twice or more, always so:

    >>> marked_as_written("TRƯỜNG ĐẠI HỌC TÂY ĐỒ", "Trường Đại học Tây Đô; Trường Đại học Tây Đô")
    'TRƯỜNG ĐẠI HỌC TÂY ĐÔ'
    >>> marked_as_written("TRƯỜNG ĐẠI HỌC TÂY ĐỒ", "Trường Đại học Tây Đô")
    'TRƯỜNG ĐẠI HỌC TÂY ĐỒ'
    >>> marked_as_written("ĐẠI HỌC TÂY ĐÔ", "Đại học Tây Đồ, Đại học Tây Đô, Đại học Tây Đô")
    'ĐẠI HỌC TÂY ĐÔ'
    """
    words = name.split()
    if not words:
        return name
    keys = [key(w) for w in words]
    found = [m.group() for m in _WORD.finditer(text)]
    found_keys = [key(w) for w in found]
    written = [[upper_vi(w) for w in found[start:start + len(words)]]
               for start in range(len(found) - len(words) + 1)
               if found_keys[start:start + len(words)] == keys]
    # the writing the text uses most first: an OCR misread in one place is not the name
    for right in sorted(written, key=lambda w: -written.count(w)):
        if all(_marks_within(w, r) or _tone_added(w, r, written)
               for w, r in zip(words, right, strict=True)):
            # a word with all its marks stays as read (a tone on another vowel: ``HOÁ``)
            right = [w if _marks_within(r, w) and not _tone_added(w, r, written) else r
                     for w, r in zip(words, right, strict=True)]
            out, n = [], 0
            for line in name.split("\n"):
                count = len(line.split())
                out.append(" ".join(right[n:n + count]))
                n += count
            return "\n".join(out)
    return name


#: The words of a level of place that open a place's name in an issuer's (``TỈNH BẠC LIÊU``).
_LEVEL = re.compile(r"\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s+")


def place_marked(name: str, text: str) -> str:
    """``name`` with the place its last line ends with (after ``TỈNH``, ``XÃ`` ...) written
    with the marks the letter's ``text`` gives it after the same level (``tỉnh Bạc Liêu``),
    when it was read with fewer marks or with a letter read twice (``QUÁẢNG``); the text's
    most used writing. Else ``name`` as read.

    >>> place_marked("ỦY BAN NHÂN DÂN\\nTỈNH BẠC LIEU", "địa bàn tỉnh Bạc Liêu; tỉnh Bạc Liêu")
    'ỦY BAN NHÂN DÂN\\nTỈNH BẠC LIÊU'
    >>> place_marked("ỦY BAN NHÂN DÂN\\nTỈNH QUÁẢNG NGÃI", "Khu công nghiệp Quảng Ngãi")
    'ỦY BAN NHÂN DÂN\\nTỈNH QUẢNG NGÃI'
    >>> place_marked("ỦY BAN NHÂN DÂN\\nTỈNH HÒA BÌNH", "tỉnh Hoà Bình"), place_marked("SỞ A", "")
    ('ỦY BAN NHÂN DÂN\\nTỈNH HÒA BÌNH', 'SỞ A')

    A mark OCR added (the horn of ``VỮNG``), where the text writes the place so twice or more,
    always the same way; a dash in the name stays as read:

    >>> place_marked("TỈNH BÀ RỊA – VỮNG TÀU", "tỉnh Bà Rịa – Vũng Tàu; tỉnh Bà Rịa - Vũng Tàu")
    'TỈNH BÀ RỊA – VŨNG TÀU'
    >>> place_marked("TỈNH BÀ RỊA – VỮNG TÀU", "tỉnh Bà Rịa – Vũng Tàu")
    'TỈNH BÀ RỊA – VỮNG TÀU'
    """
    head, _, last = name.rpartition("\n")
    levels = list(_LEVEL.finditer(last))
    if not levels:
        return name
    level, signs = last[levels[-1].start():levels[-1].end()], last[levels[-1].end():].split()
    place = [w for w in signs if _WORD.fullmatch(w)]  # ``BÀ RỊA – VŨNG TÀU``: its dash apart
    found = [m.group() for m in _WORD.finditer(text)]
    keys = [_once(key(w)) for w in found]
    written: list[list[str]] = []
    # after its level; a place of two words or more, without it (``Khu công nghiệp Quảng Ngãi``)
    for before in [level.split(), *([[]] if len(place) >= 2 else [])]:
        want = [_once(key(w)) for w in [*before, *place]]
        written = written or [[upper_vi(w) for w in found[n + len(before):n + len(want)]]
                              for n in range(len(found) - len(want) + 1)
                              if keys[n:n + len(want)] == want]
    for right in sorted(written, key=lambda w: -written.count(w)):
        if right != place and all(_marks_within(w, r) or len(w) > len(r)
                                  or _mark_added(w, r, written)
                                  for w, r in zip(place, right, strict=True)):
            # a word with all its marks stays as read (a tone on another vowel: ``HÒA``)
            words = iter([w if len(w) == len(r) and _marks_within(r, w)
                          and not _mark_added(w, r, written) else r
                          for w, r in zip(place, right, strict=True)])
            last = last[:levels[-1].end()] + " ".join(
                next(words) if _WORD.fullmatch(w) else w for w in signs)
            return f"{head}\n{last}" if head else last
        if right == place:
            break
    return name


def _mark_added(read: str, right: str, written: list[list[str]]) -> bool:
    """``read`` is ``right`` with one mark more (a tone, a hat, a horn: ``VỮNG`` for ``VŨNG``)
    and the text writes the place twice or more, always the same way.

    >>> _mark_added("VỮNG", "VŨNG", [["VŨNG"], ["VŨNG"]]), _mark_added("VỮNG", "VŨNG", [["VŨNG"]])
    (True, False)
    """
    added = _marks(read) - _marks(right)
    return len(written) >= 2 and all(w == written[0] for w in written) \
        and _marks_within(right, read) and added.total() == 1


def _once(k: str) -> str:
    """A word's key with a letter read twice running read once (``quaang`` → ``quang``)."""
    return re.sub(r"([a-z])\1", r"\1", k)


def _tone_added(read: str, right: str, written: list[list[str]]) -> bool:
    """``read`` is ``right`` with a tone OCR added to a word the text writes with none
    (``ĐỒ`` for ``ĐÔ``), and the text writes the name so twice or more, always the same way.

    >>> _tone_added("ĐỒ", "ĐÔ", [["ĐÔ"], ["ĐÔ"]]), _tone_added("ĐỒ", "ĐÔ", [["ĐÔ"]])
    (True, False)
    >>> _tone_added("ĐỒ", "ĐỐ", [["ĐỐ"], ["ĐỐ"]]), _tone_added("ĐỒ", "ĐÔ", [["ĐÔ"], ["ĐỒ"]])
    (False, False)
    """
    added = _marks(read) - _marks(right)
    return len(written) >= 2 and all(w == written[0] for w in written) \
        and _marks_within(right, read) and added.total() == 1 and set(added) <= TONES \
        and not TONES & set(_marks(right))


def _marks_within(read: str, right: str) -> bool:
    """``read`` has the letters of ``right`` and only marks that ``right`` has (fewer, or the
    same)."""
    return not _marks(read) - _marks(right)


def _marks(word: str) -> Counter[str]:
    """The marks of a word's letters (NFD's combining characters), each as often as written."""
    return Counter(c for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))

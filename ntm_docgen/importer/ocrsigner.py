"""Mend the signature's lines OCR misreads: a signer's name a stamp's ring crossed
(``[loàng Văn Thuân``) or read after signs of no word (a rank under the signature's stroke),
the authority's mark read with look-alike signs (``"k1, THỦ TƯỚNG``), and the deputy's title
under ``KT.`` (``THỊ TRƯỞNG``, ``N: CỤC TRƯỞNG``, ``N Ủ TƯỚNG``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import groupby

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import ocr_noise
from ntm_docgen.importer.familyname import distance, family_name, family_names, middle_names
from ntm_docgen.importer.ocrmarks import (
    EDGE,
    word_key,
)
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import is_upper_vi, nfc


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
    family = {k for _, k in family_names()}
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
        right = family_name(words[0])
        if right is None and len(words[0]) <= 2:
            continue  # a speck before the name (``š``)
        return texts if right is None else [right, *words[1:]]
    return texts


def middle_name(texts: list[str]) -> list[str]:
    """A name of three to five words opening with a family name, its second word read as no
    Vietnamese syllable with the letters of a middle name of data/ocr_sua.yaml ``ten_dem``
    (``Nguyễn Vẵn Long``): that middle name. A syllable of the language stays (``Vân``).

    >>> middle_name(["Nguyễn", "Vẵn", "Long"]), middle_name(["Lê", "Vân", "Anh"])
    (['Nguyễn', 'Văn', 'Long'], ['Lê', 'Vân', 'Anh'])
    >>> middle_name(["Sở", "Vẵn", "hóa"])
    ['Sở', 'Vẵn', 'hóa']
    """
    if not 3 <= len(texts) <= 5 or not all(w.isalpha() and w[:1].isupper() for w in texts) \
            or word_key(texts[0]) not in {k for _, k in family_names()}:
        return texts
    middle = middle_names().get(word_key(texts[1]))
    if middle is None or texts[1] == middle or known(texts[1].lower()) is not False:
        return texts
    return [texts[0], middle, *texts[2:]]


def mend_names(words: list[Word]) -> list[Word]:
    """The words of a column read by OCR, each line mended by ``mend_name``."""
    out: list[Word] = []
    for _, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        texts = middle_name(mend_name([w.text for w in line]))
        if texts == [w.text for w in line]:
            out.extend(line)
            continue
        kept = line[len(line) - len(texts):]
        out.extend(replace(w, text=t) for w, t in zip(kept, texts, strict=True))
    return out


#: The marks of an authority before a head's title (ký thay, thay mặt), as OCR reads their
#: ``T`` on a scan: a ``1``, an ``I``, an ``l`` or a ``7`` (``"k1, THỦ TƯỚNG``).
_MARKS = ("KT", "TM")
_T_LOOKS = str.maketrans({"1": "T", "I": "T", "l": "T", "7": "T"})


@cache
def _titles() -> frozenset[str]:
    """The heads' titles of data/chuc_danh.yaml ``chuc_danh``."""
    return frozenset(nfc(t) for t in load_data("chuc_danh.yaml")["chuc_danh"])


@cache
def _signing_words() -> tuple[frozenset[str], str, dict[str, str]]:
    """data/chuc_danh.yaml's marks of an authority (``dau_quyen_han``), the word before a
    head's title that makes it the deputy's (``pho``) and the deputies named otherwise
    (``cap_pho``: ``THỨ TRƯỞNG`` for a ``BỘ TRƯỞNG``)."""
    data = load_data("chuc_danh.yaml")
    return (frozenset(nfc(m) for m in data["dau_quyen_han"]), nfc(data["pho"]),
            {nfc(k): nfc(v) for k, v in data["cap_pho"].items()})


def mend_authority(texts: list[str]) -> list[str]:
    """A line that is a head's title of data/chuc_danh.yaml in capitals after a mark of two
    signs that reads ``KT`` or ``TM`` with its ``T`` read as a look-alike sign, in either case
    and among quotes and commas (``"k1, THỦ TƯỚNG``): the authority the decree prints there,
    ``KT. THỦ TƯỚNG``. A mark read right, or before no title, stays as read.

    >>> mend_authority(['"k1,', "THỦ", "TƯỚNG"]), mend_authority(["K1.", "CHỦ", "TỊCH"])
    (['KT.', 'THỦ', 'TƯỚNG'], ['KT.', 'CHỦ', 'TỊCH'])
    >>> mend_authority(["KT,", "THỦ", "TƯỚNG"]), mend_authority(["k1,", "Thủ", "tướng"])
    (['KT,', 'THỦ', 'TƯỚNG'], ['k1,', 'Thủ', 'tướng'])
    >>> mend_authority(["Số", "THỦ", "TƯỚNG"]), mend_authority(["1", "CHỦ", "TỊCH"])
    (['Số', 'THỦ', 'TƯỚNG'], ['1', 'CHỦ', 'TỊCH'])
    """
    if len(texts) < 2 or " ".join(texts[1:]) not in _titles():
        return texts
    core = texts[0].strip(EDGE)
    mark = core.upper().translate(_T_LOOKS)
    if len(core) != 2 or core.upper() in _MARKS or mark not in _MARKS:
        return texts
    return [f"{mark}.", *texts[1:]]


def mend_title(texts: list[str]) -> list[str]:
    """A line that is a head's title of data/chuc_danh.yaml in capitals, its last word read
    apart or with a mark of the signature's stroke glued to it (signs of one letter at most:
    ``HIỆU TRƯỞNGÖ#~”``, ``HIỆU TRƯỞ NGÈ``): the title. A title with a word after it
    (``TRƯỞNG PHÒNG TCCB``) stays as read.

    >>> mend_title(["HIỆU", "TRƯỞNGÖ#~”"]), mend_title(["HIỆU", "TRƯỞ", "NGÈ"])
    (['HIỆU', 'TRƯỞNG'], ['HIỆU', 'TRƯỞNG'])
    >>> mend_title(["TRƯỞNG", "PHÒNG", "TCCB"]), mend_title(["HIỆU", "TRƯỞNG"])
    (['TRƯỞNG', 'PHÒNG', 'TCCB'], ['HIỆU', 'TRƯỞNG'])
    >>> mend_title(["Hiệu", "trưởng", "và"])
    ['Hiệu', 'trưởng', 'và']
    """
    joined = "".join(texts)
    for title in _titles():
        words = title.split()
        tail = joined.removeprefix("".join(words))
        if tail == joined or not tail or not len(words) <= len(texts) <= len(words) + 1 \
                or texts[:len(words) - 1] != words[:-1] \
                or sum(c.isalpha() for c in tail) > 1 or " " in tail:
            continue
        return words
    return texts


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
    _, pho, named = _signing_words()
    return next((v for k, v in named.items() if word_key(k) == word_key(head)), f"{pho} {head}")


def mend_deputy(authority: str, texts: list[str]) -> list[str]:
    """The line under ``KT. <head>`` in a signature, read by OCR in capitals, made the deputy's
    title the decree puts there when its letters are one or two away from it (``THỊ TRƯỞNG``
    under ``KT. BỘ TRƯỞNG``) or it ends in the head's title after a mark or two where ``PHÓ``
    was (``N: CỤC TRƯỞNG`` under ``KT. CỤC TRƯỞNG``: a stamp's ring crossed it), or its
    words but the last read shorter than the title's, the last right (``N Ủ TƯỚNG`` under
    ``KT. THỦ TƯỚNG``: the ring took their first letters).

    >>> mend_deputy("KT. BỘ TRƯỞNG", ["THỊ", "TRƯỞNG"])
    ['THỨ', 'TRƯỞNG']
    >>> mend_deputy("KT. CỤC TRƯỞNG", ["N:", "CỤC", "TRƯỞNG"])
    ['PHÓ', 'CỤC', 'TRƯỞNG']
    >>> mend_deputy("KT. THỦ TƯỚNG", ["N", "Ủ", "TƯỚNG"])
    ['PHÓ', 'THỦ', 'TƯỚNG']
    >>> mend_deputy("KT. CHỦ TỊCH", ["HỘI", "ĐỒNG", "TỊCH"])
    ['HỘI', 'ĐỒNG', 'TỊCH']
    >>> mend_deputy("KT. BỘ TRƯỞNG", ["BỘ", "QUỐC", "PHÒNG"]), mend_deputy("KT. CHỦ TỊCH", ["Lê"])
    (['BỘ', 'QUỐC', 'PHÒNG'], ['Lê'])
    """
    deputy = _deputy(authority)
    if deputy is None or not texts or not is_upper_vi(" ".join(texts)):
        return texts
    right = deputy.split()
    found = " ".join(k for k in (word_key(t.strip(EDGE)) for t in texts) if k)
    pho = _signing_words()[1] + " "
    want, head = word_key(deputy), word_key(deputy.removeprefix(pho))
    near = distance(found, want) <= 2 < len(want) - 4
    lost = deputy.startswith(pho) and found.endswith(head) \
        and len(found) - len(head) <= 3
    keys = found.split()
    cut = len(keys) == len(right) and keys[-1] == word_key(right[-1]) \
        and all(len(k) < len(word_key(w)) for k, w in zip(keys[:-1], right, strict=False))
    if len(texts) != len(right) or " ".join(texts) == deputy or not (near or lost or cut):
        return texts
    return right


def signs(line: str) -> bool:
    """The line, read in a signer's column, is one of the signature's: an authority or a
    head's title of data/chuc_danh.yaml, or its deputy's (``KT. THỦ TƯỚNG``, ``PHÓ THỦ
    TƯỚNG``, ``THỨ TRƯỞNG``), or a name of two to five words opening with a family name of
    data/ocr_sua.yaml ``ho`` (a name of two, ``Nguyễn Minh``, not in capitals: a stamp's
    ``HÀ NỘI``); not a stamp's marks (``hiếp, ÔN, ĐẠI”``).

    >>> signs("KT. THỦ TƯỚNG"), signs("PHÓ THỦ TƯỚNG"), signs("THỨ TRƯỞNG"), signs("Hồ Đức Phớc")
    (True, True, True, True)
    >>> signs("TUQ. CHỦ TỊCH"), signs("Nguyễn Minh"), signs("HÀ NỘI")
    (True, True, False)
    >>> signs("hiếp, ÔN, ĐẠI”"), signs("CA M84 4T"), signs("Hòa Bình"), signs("THỦ")
    (False, False, False, False)
    """
    marks, pho, named = _signing_words()
    words = line.split()
    title = " ".join(words[1:]) if words and words[0] in marks else line
    if title.removeprefix(f"{pho} ") in _titles() or title in named.values():
        return True
    family = {k for _, k in family_names()}
    return 2 <= len(words) <= 5 and word_key(words[0]) in family \
        and all(w.isalpha() and w[:1].isupper() for w in words) \
        and not (len(words) == 2 and all(is_upper_vi(w) for w in words))

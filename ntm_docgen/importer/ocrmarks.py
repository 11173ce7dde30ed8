"""Mend the marks OCR misreads on one word: the ``^`` lost under a capital's tone (``HẠ TÀNG``)
or read twice (``Quyêết``), a tone placed on another vowel kept as printed, a province's name
(``LÂM ĐÒNG``), a capital read again after its own letter (``TổỔ``), a stray ``?`` in a word;
with the word's letters without marks and the case it was read in."""

from __future__ import annotations

import re
import unicodedata

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.secondread import with_hat
from ntm_docgen.vietnamese.donvi import province_key, province_name, province_named
from ntm_docgen.vietnamese.lexicon import TONES, known, paired, untoned
from ntm_docgen.vietnamese.text import is_upper_vi, nfc, strip_diacritics, upper_vi

EDGE = "()[]“”\"',;:.!?-"


def word_key(word: str) -> str:
    return strip_diacritics(nfc(word)).casefold().replace("đ", "d")


def cased(found: str, right: str) -> str:
    """``right`` in the case OCR read (``ĐÓC`` → ``ĐỐC``, ``Giảm`` → ``Giám``)."""
    if is_upper_vi(found) and len(found) > 1:
        return upper_vi(right)
    return right[:1].upper() + right[1:] if found[:1].isupper() else right


#: The tone marks, apart from the hat of â, ê, ô they may sit on.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_HATTED = re.compile(r"([âêôÂÊÔấầẩẫậếềểễệốồổỗộẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘ]){2}")


def one_hat(word: str) -> str:
    """A word with one vowel read twice, bare and toned (``Quyêết``): no Vietnamese syllable
    writes â, ê or ô twice, so the toned one is kept; of two tones neither is chosen.

    >>> one_hat("Quyêết"), one_hat("QUYÊẾT"), one_hat("Quyết"), one_hat("xoong")
    ('Quyết', 'QUYẾT', 'Quyết', 'xoong')
    >>> one_hat("điểều")
    'điểều'
    """
    def kept(match: re.Match[str]) -> str:
        a, b = match.group()[0], match.group()[1]
        bare_a, bare_b = (nfc(unicodedata.normalize("NFD", c).translate(_TONE_MARKS))
                          for c in (a, b))
        if bare_a != bare_b or (bare_a != a and bare_b != b):
            return a + b  # two tones ("điểều"): which one was printed is not told
        return b if bare_a == a else a
    return _HATTED.sub(kept, word)


def province(texts: list[str]) -> None:
    """The name of a province of the 2025 list after ``TỈNH`` or ``tỉnh``, read with other
    marks (``LÂM ĐÒNG``), written as the list writes it, in the case it was read in; so is
    the name of a province merged away in 2025 (data/bulk.yaml ``sap_nhap_2025``), which the
    letters written before 1 July 2025 name. Before such a name the word read ``TÍNH``,
    ``TINH`` or ``tĩnh`` is ``tỉnh`` (its hook and dot OCR reads as one mark, or loses),
    unless it ends ``Hà Tĩnh``.

    >>> t = "CÔNG AN TỈNH LÂM ĐÒNG".split(); province(t); t
    ['CÔNG', 'AN', 'TỈNH', 'LÂM', 'ĐỒNG']
    >>> t = "ỦY BAN NHÂN DÂN TÍNH QUẢNG NGÃI".split(); province(t); t
    ['ỦY', 'BAN', 'NHÂN', 'DÂN', 'TỈNH', 'QUẢNG', 'NGÃI']
    >>> t = "THÀNH PHỐ HỖ CHÍ MINH".split(); province(t); t
    ['THÀNH', 'PHỐ', 'HỒ', 'CHÍ', 'MINH']
    >>> t = "tỉnh Hà Tĩnh Quảng Trị".split(); province(t); t
    ['tỉnh', 'Hà', 'Tĩnh', 'Quảng', 'Trị']
    >>> t = "UBND tỉnh Lâm Đồng;".split(); province(t); t
    ['UBND', 'tỉnh', 'Lâm', 'Đồng;']
    >>> t = "tỉnh Bình Thuạn".split(); province(t); t
    ['tỉnh', 'Bình', 'Thuận']
    >>> t = "TINH BẠC LIÊU".split(); province(t); t
    ['TỈNH', 'BẠC', 'LIÊU']
    >>> t = "tinh Bắc Giang".split(); province(t); t
    ['tỉnh', 'Bắc', 'Giang']
    """
    for i, text in enumerate(texts[:-1]):
        city = word_key(text) in ("pho", "tp.") and (word_key(text) == "tp." or i > 0 and word_key(
            texts[i - 1]) == "thanh")
        if word_key(text) != "tinh" and not city:
            continue
        for n in (3, 2, 1):
            cores = [t.strip(EDGE) for t in texts[i + 1:i + 1 + n]]
            if len(cores) < n or not all(cores):
                continue
            name = _listed(" ".join(cores))
            if len(name) != n:
                continue
            for j, (core, right) in enumerate(zip(cores, name, strict=True)):
                texts[i + 1 + j] = texts[i + 1 + j].replace(core, cased(core, right), 1)
            if not city and (i == 0 or word_key(texts[i - 1]) != "ha"):
                texts[i] = cased(text, "tỉnh")
            break


def _listed(text: str) -> list[str]:
    """The words of the province ``text`` names as the 2025 list writes it, or as data/bulk.yaml
    writes a province merged away in 2025; none for any other text."""
    found = province_named(text)
    if found and province_key(found.name) == province_key(text):
        return province_name(found).removeprefix("Thành phố ").split()
    former = {province_key(old): old for old in load_data("bulk.yaml")["sap_nhap_2025"]}
    return former.get(province_key(text), "").split()


def hats(texts: list[str]) -> None:
    """A word in capitals whose one toned ``A``, ``E`` or ``O`` OCR read without its ``^``
    (``HẠ TÀNG``, ``HÓA CHÁT``: a capital's marks stack highest, and the ``^`` under the tone
    is lost first) gets it back when only so it makes a word of the dictionary with the word
    before or after it on its line, in capitals too (``HẠ TẦNG``, ``HÓA CHẤT``).

    >>> t = "CỤC HÓA CHÁT".split(); hats(t); t
    ['CỤC', 'HÓA', 'CHẤT']
    >>> t = "HẠ TÀNG VÀ GIAO".split(); hats(t); t
    ['HẠ', 'TẦNG', 'VÀ', 'GIAO']
    >>> t = "CÁC CƠ QUAN".split(); hats(t); t
    ['CÁC', 'CƠ', 'QUAN']
    >>> t = "hóa chát".split(); hats(t); t
    ['hóa', 'chát']
    """
    cores = [t.strip(EDGE) for t in texts]
    for n, core in enumerate(cores):
        hatted = with_hat(core) if core and is_upper_vi(core) and core.isalpha() else core
        if hatted == core:
            continue
        beside = [(cores[j], j < n) for j in (n - 1, n + 1) if 0 <= j < len(cores)
                  and cores[j].isalpha() and is_upper_vi(cores[j])]
        if _makes_a_word(hatted, beside) and not _makes_a_word(core, beside):
            texts[n] = texts[n].replace(core, hatted, 1)
            cores[n] = hatted


def placed_otherwise(read: str, right: str) -> bool:
    """``read`` is ``right`` with its tone mark on another vowel (``UỶ`` for ``ỦY``, ``hoá``
    for ``hóa``): the same syllable, as the older rule places the mark; it is kept as printed.

    >>> placed_otherwise("UỶ", "Ủy"), placed_otherwise("ỦY", "Ủy")
    (True, False)
    >>> placed_otherwise("ĐÓC", "đốc"), placed_otherwise("Uy", "Ủy")
    (False, False)
    """
    a, b = (unicodedata.normalize("NFD", x.lower()) for x in (read, right))
    tones = [c for c in a if c in TONES], [c for c in b if c in TONES]
    return a != b and tones[0] == tones[1] and untoned(read.lower()) == untoned(right.lower())


def _makes_a_word(word: str, beside: list[tuple[str, bool]]) -> bool:
    """``word`` makes a word of the dictionary with one of the words ``beside`` it, each with
    whether it stands before it."""
    return any(paired(other.lower(), word.lower()) if first else paired(word.lower(),
                                                                           other.lower())
               for other, first in beside)


def _marked_twice(lower: str, upper: str) -> bool:
    """``upper`` is ``lower`` read again in capitals, a letter with a mark (``ổ``, ``Ổ``)."""
    return lower.islower() and upper == lower.upper() and not lower.isascii()


def undoubled(word: str) -> str:
    """A word whose last letter, one with a mark, OCR read twice, in capitals the second time
    (``TổỔ``: the capital's marks stack high), with that letter once; a word in capitals
    stays.

    >>> undoubled("TổỔ"), undoubled("chức,"), undoubled("TỔ"), undoubled("khóA")
    ('Tổ', 'chức,', 'TỔ', 'khóA')
    """
    core = word.strip(EDGE)
    if len(core) >= 2 and _marked_twice(core[-2], core[-1]):
        return word.replace(core, core[:-1], 1)
    return word


def doubled(before: str, word: str) -> bool:
    """``word`` is one letter with a mark, in capitals, that the last letter of ``before``
    read again (``Tổ`` ``Ổ``); a letter after a word in capitals (``TỔ`` ``Ổ``) or a plain
    one (``khóa`` ``A``) is a word of its own.

    >>> doubled("Tổ", "Ổ"), doubled("khóa", "A"), doubled("TỔ", "Ổ"), doubled("Tổ", "Ố")
    (True, False, False, False)
    """
    core = before.strip(EDGE)
    return len(word) == 1 and bool(core) and _marked_twice(core[-1], word)


_STRAY = re.compile(r"(?<=[^\W\d_])[?:](?=[^\W\d_])")


def unquestioned(texts: list[str]) -> None:
    """A ``?`` or ``:`` OCR read between two letters of a word that is a syllable without it
    (``xế?p``, ``T:ổ``; ``Số:l145`` is a number line, ``định:số`` two words), and a ``?`` at
    a word's end with the sentence going on in lower case after it (``xếp? lương``: a speck,
    no question) left out, in place.

    >>> t = "hướng dẫn xếp? lương, xế?p hạng. Vì sao? Tại".split(); unquestioned(t); t
    ['hướng', 'dẫn', 'xếp', 'lương,', 'xếp', 'hạng.', 'Vì', 'sao?', 'Tại']
    >>> t = "Luật T:ổ chức, Số: 12, lúc 10:30, Số:l145/TB định:số".split(); unquestioned(t); t
    ['Luật', 'Tổ', 'chức,', 'Số:', '12,', 'lúc', '10:30,', 'Số:l145/TB', 'định:số']
    """
    for i, text in enumerate(texts):
        if known(_STRAY.sub("", text.strip(EDGE))):  # not "Số:l145", "định:số": two words
            text = _STRAY.sub("", text)
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if text.endswith("?") and text[:-1].isalpha() and after[:1].islower():
            text = text[:-1]
        texts[i] = text


def lowered(word: str) -> str:
    """A word read in lower case with a capital with a mark among its letters (``mỘt``,
    ``trưỜng``: a small letter's marks stack as high as a capital's) in lower case, where
    that is a syllable of the word list; units and names of mixed case (``kW``, ``eForm``)
    stay.

    >>> lowered("mỘt"), lowered("trưỜng,"), lowered("kW"), lowered("eForm"), lowered("Một")
    ('một', 'trường,', 'kW', 'eForm', 'Một')
    """
    core = word.strip(EDGE)
    if len(core) < 2 or not core[0].islower() or not core.isalpha() \
            or not any(c.isupper() and not c.isascii() for c in core):
        return word
    return word.replace(core, core.lower(), 1) if known(core.lower()) else word


#: Capitals a small letter of the same shape is read as: only their size tells them apart.
_SAME_SHAPE = frozenset("COSUVWXZ")
#: Small letters that rise no higher than an ``x`` (no mark, no ascender): after such a
#: capital, a word of them only is as tall read either way, which OCR cannot tell.
_LOW = frozenset("acemnorsuvwxzgpqy")


def small_capitals(texts: list[str]) -> None:
    """A word OCR read with a capital of the same shape as its small letter (``bổ Sung``:
    ``S`` and ``s`` differ in size only) in the middle of a sentence, in lower case where it
    makes a word of the dictionary with the small word before it (its other letters
    no higher than an ``x``: ``Chủ``, ``Sổ`` are told by their marks) and the sentence goes on
    in small letters after it, with which it makes no word: a name, whose words are
    capitalised (``Giám đốc Sở Nội vụ``), or a word that opens one (``của Công ty``),
    stays; in place.

    >>> t = "Luật sửa đổi, bổ Sung một số điều".split(); small_capitals(t); t[4]
    'sung'
    >>> t = "Giám đốc Sở Nội vụ, cơ Sở Giáo dục, bổ Sung.".split(); small_capitals(t); t
    ['Giám', 'đốc', 'Sở', 'Nội', 'vụ,', 'cơ', 'Sở', 'Giáo', 'dục,', 'bổ', 'Sung.']
    >>> t = "của Công ty cổ phần".split(); small_capitals(t); t[1]
    'Công'
    """
    for i in range(1, len(texts) - 1):
        before, core, after = (t.strip(EDGE) for t in texts[i - 1:i + 2])
        if core[:1] not in _SAME_SHAPE or not core[1:] or not set(core[1:]) <= _LOW \
                or not before.isalpha() or not before.islower() \
                or texts[i - 1][-1:] in ".:;!?" or texts[i][-1:] in ".:;!?" \
                or not after[:1].islower():
            continue
        if paired(before, core.lower()) and not paired(core.lower(), after):
            texts[i] = texts[i].replace(core, core.lower(), 1)


#: The vowels of a syllable, by its letters without marks: a word with none is a sign.
_VOWELS = frozenset("aeiouy")


def stroke_cut(line: str) -> str:
    """A title's line without what a pen stroke across its end left: words of signs and no
    vowel (``.Z``, ``JZ“``) and a letter no syllable ends with glued to its last word
    (``ƯỞNGZ-``, ``TRƯỜNGJ``).

    >>> stroke_cut("PHÓ nh TỊCH .Z"), stroke_cut("HIỆU ƯỞNGZ-"), stroke_cut("BỘ TRƯỞNG")
    ('PHÓ nh TỊCH', 'HIỆU ƯỞNG', 'BỘ TRƯỞNG')

    An abbreviation of capitals (``TT``, ``HĐND``, ``SNV``) has no vowel either, and is kept
    (found by a review: "PHÓ CHỦ TỊCH TT" lost its TT in every import):

    >>> stroke_cut("PHÓ CHỦ TỊCH TT"), stroke_cut("PHÓ GIÁM ĐỐC SNV")
    ('PHÓ CHỦ TỊCH TT', 'PHÓ GIÁM ĐỐC SNV')
    """
    words = line.split()
    while len(words) > 1 and not any(c in _VOWELS for c in word_key(words[-1])) \
            and not _abbreviation(words[-1]):
        words.pop()
    if words:
        last = words[-1].rstrip(EDGE + "“’")
        if len(last) > 2 and last[-1] in "JZFW" and is_upper_vi(last[:-1]):
            words[-1] = last[:-1]
    return " ".join(words)


def _abbreviation(word: str) -> bool:
    """Two or more capitals a Vietnamese word may hold (``TT``, ``HĐND``), nothing else."""
    return len(word) > 1 and word.isalpha() and word.isupper() and not set(word) & set("JZFW")

"""Mend what OCR misreads on a scanned page: a wrong diacritic in a phrase every letter uses
(``GIÁM ĐÓC``, ``(đê báo cáo)``) or in a word a number follows (``SÓ 1050``, ``Điêu 5``), the
letters read for the digits of a day (``ngày U6_``) or of the number on the Số line (``4ó6``),
look-alike signs (``1105⁄KH`` with a fraction slash), the name of a body with its spaces lost
(``BỘCÔNGAN``), a signer's name a stamp's ring crossed (``[loàng Văn Thuân``) or read
after signs of no word (a rank under the signature's stroke), the ``^`` lost under the tone
of a capital (``HẠ TÀNG``, by underthesea's word list), a province's name (``LÂM ĐÒNG``), a
date and a range of years OCR parted (``16/ 12/2021``, ``2021- 2026``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache
from itertools import groupby

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import key, ocr_noise, rules
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.relook import with_hat
from ntm_docgen.vietnamese.donvi import province_key, province_name, province_named
from ntm_docgen.vietnamese.lexicon import TONES, paired, untoned
from ntm_docgen.vietnamese.text import is_upper_vi, nfc, strip_diacritics, upper_vi

#: Signs OCR reads for a plain one: the fraction slash of ``1105⁄KH-ĐKT``.
_SIGNS = str.maketrans({"\u2044": "/", "\u2215": "/"})
_EDGE = "()[]“”\"',;:.!?-"
#: A day OCR read with a letter for a digit (``U6_``, ``l5``, ``O9``): one or two signs, a
#: digit among them.
_DAY = re.compile(r"^(?=.*\d)[\dOoUDlI|]{1,2}[_.,]?$")
_DIGITS = str.maketrans("OoUDlIÌ|", "00001111")
#: A letter's number on its ``Số:`` line read with a letter for a digit (``4ó6``, ``1O5``):
#: digits, and letters shaped like one (the ``6`` whose stem reads as an acute over ``o``),
#: before the ``/`` of the ký hiệu.
_NUMBER = re.compile(r"^(?=.*\d)(?=.*[^\d/])(?P<so>[\dOoóUDlI|]{2,9})(?P<rest>/\S*)?$")
_NUMBER_DIGITS = str.maketrans("OoóUDlI|", "00600111")


def _key(word: str) -> str:
    return strip_diacritics(nfc(word)).casefold().replace("đ", "d")


@cache
def _phrases() -> dict[tuple[str, ...], tuple[tuple[str, ...], bool]]:
    """Each phrase by the letters of its words without diacritics, with whether the data
    writes it in capitals (a title: it mends only words read in capitals); a key two phrases
    share is left out (``THỦ TRƯỞNG``, ``THỨ TRƯỞNG``)."""
    rows = [*load_data("ocr_sua.yaml")["cum_tu"], *load_data("chuc_danh.yaml")["chuc_danh"]]
    table: dict[tuple[str, ...], dict[str, bool]] = {}
    for phrase in rows:
        words = tuple(nfc(phrase).split())
        if len(words) >= 2:
            forms = table.setdefault(tuple(_key(w) for w in words), {})
            forms[" ".join(words).casefold()] = all(is_upper_vi(w) for w in words)
    out = {}
    for k, forms in table.items():
        if len(forms) == 1:
            ((phrase, capitals),) = forms.items()
            out[k] = (tuple(phrase.split()), capitals)
    return out


#: Signs OCR reads for a note's last letter: a ``c`` read as a sign of its shape, or an ``e``.
_LOOKS_LIKE = {"c": "©€¢e"}


@cache
def _notes() -> tuple[str, ...]:
    """The notes of a Nơi nhận item of data/ocr_sua.yaml ``ghi_chu``."""
    return tuple(nfc(n) for n in load_data("ocr_sua.yaml")["ghi_chu"])


def _noted(texts: list[str]) -> None:
    """The note in brackets, after ``(để`` or alone (``(b/e)``), written as data/ocr_sua.yaml
    ``ghi_chu`` lists it when OCR lost its slash or read its last letter as a sign of that
    shape, and ``Đ/c`` (đồng chí) read with such a sign (``Đ/e``), in place."""
    for i, text in enumerate(texts):
        core = text.strip(_EDGE)
        if len(core) == 3 and _key(core[:2]) == "d/" and core[2] in _LOOKS_LIKE["c"]:
            texts[i] = text.replace(core, core[:2] + "c", 1)
    for i, text in enumerate(texts):
        after = i + 1 < len(texts) and text.startswith("(") and _key(text[1:]) == "de"
        at, skip = (i + 1, 0) if after else (i, 1)
        if not (after or text.startswith("(")):
            continue
        core = texts[at][skip:].rstrip(");,.:")
        if not texts[at][skip + len(core):].startswith(")") or core in _notes():
            continue
        for note in _notes():
            if core == note.replace("/", "") or len(core) == 3 and core[:2] == note[:2] \
                    and core[2] in _LOOKS_LIKE.get(note[2], ""):
                texts[at] = texts[at][:skip] + note + texts[at][skip + len(core):]
                break


def _joined(word: str) -> str:
    """The last of two words joined by a slash (``tỉnh/thành``), else the word: where a phrase
    may begin."""
    head, _, tail = word.rpartition("/")
    return tail if len(head) >= 2 and len(tail) >= 2 and head.isalpha() else word


@cache
def _before_numbers() -> dict[str, str]:
    """The words of data/ocr_sua.yaml ``truoc_so`` by their letters without diacritics."""
    return {_key(w): nfc(w) for w in load_data("ocr_sua.yaml")["truoc_so"]}


@cache
def _names_run_together() -> dict[str, str]:
    """The names of data/ocr_sua.yaml ``ten_co_quan`` by their letters without diacritics and
    without the spaces between their words."""
    return {"".join(_key(w) for w in nfc(name).split()): nfc(name)
            for name in load_data("ocr_sua.yaml")["ten_co_quan"]}


def _spaced(texts: list[str]) -> None:
    """A word in capitals that is a name of data/ocr_sua.yaml ``ten_co_quan`` with the spaces
    between its words lost (``BỘCÔNGAN``) written as the name (in place)."""
    names = _names_run_together()
    for i, text in enumerate(texts):
        core = text.strip(_EDGE)
        if len(core) < 5 or not is_upper_vi(core):
            continue
        name = names.get(_key(core))
        if name is not None and " " in name:
            texts[i] = text.replace(core, name, 1)


#: A month between ``tháng`` and ``năm`` read with ``I`` or ``l`` for a ``1`` (``tháng II năm``).
_MONTH = re.compile(r"^[\dOIÌl|]{1,2}$")


def _month(word: str, after: str) -> bool:
    """Whether ``word``, between ``tháng`` and a word whose letters are ``nam``, is a month
    of a date read with a letter for a digit: no letter writes ``tháng II năm``.

    >>> _month("II", "nam"), _month("I2", "nam"), _month("11", "nam"), _month("II", "nay")
    (True, True, False, False)
    >>> _month("1Ì", "nam")  # the 1's foot and a speck over it
    True
    """
    if after != "nam" or not _MONTH.match(word) or word.isdigit():
        return False
    return 1 <= int(word.translate(_DIGITS)) <= 12


def _numbered(texts: list[str], keys: list[str]) -> None:
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
        if keys[i] == "ngay" and _DAY.match(after) and not after.rstrip("_.,").isdigit():
            texts[i + 1] = after.rstrip("_.,").translate(_DIGITS)
            after = texts[i + 1]
        if keys[i] == "dieu" and after.rstrip(".,;") in ("l", "|") and texts[i][:1].isupper():
            texts[i + 1] = after = "1" + after[1:]  # "Điều l và ...": no article is lettered
        if keys[i] == "thang" and _month(after, keys[i + 2] if i + 2 < len(keys) else ""):
            texts[i + 1] = after = after.translate(_DIGITS)
        if right is None or not after[:1].isdigit():
            continue
        core = texts[i].strip(_EDGE)
        if core and _key(core) == keys[i]:
            texts[i] = texts[i].replace(core, cased(core, right), 1)


def cased(found: str, right: str) -> str:
    """``right`` in the case OCR read (``ĐÓC`` → ``ĐỐC``, ``Giảm`` → ``Giám``)."""
    if is_upper_vi(found) and len(found) > 1:
        return upper_vi(right)
    return right[:1].upper() + right[1:] if found[:1].isupper() else right


#: A law's code of the National Assembly after its year (``/2025/QH15``) read with an ``I``
#: for the term's ``1`` (``QHI5``, ``QHI.5``) or beside it (``QHI15``).
_ASSEMBLY = re.compile(r"(?<=/)QH[Il|](?:\.?(\d)\b|(1\d)\b)")


def _assembly(text: str) -> str:
    """The National Assembly's code in ``text`` as printed.

    >>> _assembly("163/2024/QHI15"), _assembly("123/2025/QHI.5;"), _assembly("QHI5")
    ('163/2024/QH15', '123/2025/QH15;', 'QHI5')
    """
    return _ASSEMBLY.sub(lambda m: "QH" + (m[2] or "1" + m[1]), text)


#: The tone marks, apart from the hat of â, ê, ô they may sit on.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_HATTED = re.compile(r"([âêôÂÊÔấầẩẫậếềểễệốồổỗộẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘ]){2}")


def _one_hat(word: str) -> str:
    """A word with one vowel read twice, bare and toned (``Quyêết``): no Vietnamese syllable
    writes â, ê or ô twice, so the toned one is kept; of two tones neither is chosen.

    >>> _one_hat("Quyêết"), _one_hat("QUYÊẾT"), _one_hat("Quyết"), _one_hat("xoong")
    ('Quyết', 'QUYẾT', 'Quyết', 'xoong')
    >>> _one_hat("điểều")
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


def mend_line(texts: list[str]) -> list[str]:
    """The words of one OCR line with the phrases of data/ocr_sua.yaml mended.

    >>> mend_line(["KT.", "GIÁM", "ĐÓC"]), mend_line(["-", "Bộ", "trưởng", "(đê", "b/c);"])
    (['KT.', 'GIÁM', 'ĐỐC'], ['-', 'Bộ', 'trưởng', '(để', 'b/c);'])
    >>> mend_line(["PHO", "GIAM", "ĐỌC"]), mend_line(["THỦ", "TRƯỞNG"])
    (['PHÓ', 'GIÁM', 'ĐỐC'], ['THỦ', 'TRƯỞNG'])
    >>> mend_line(["TÔNG", "GIÁM", "ĐỐC"])
    ['TỔNG', 'GIÁM', 'ĐỐC']
    >>> mend_line(["Số:", "1105⁄KH-ĐKT"])
    ['Số:', '1105/KH-ĐKT']
    >>> mend_line(["SÓ", "1050/QĐ-SCT"]), mend_line(["-", "Như", "Điêu", "5;"])
    (['SỐ', '1050/QĐ-SCT'], ['-', 'Như', 'Điều', '5;'])
    >>> mend_line("Lào Cai, ngày U6_ tháng 3 năm 2026".split())[2:5]
    ['ngày', '06', 'tháng']
    >>> " ".join(mend_line("ngày 19 tháng II năm 2025, ngày 10 tháng I2 năm 2025".split()))
    'ngày 19 tháng 11 năm 2025, ngày 10 tháng 12 năm 2025'
    >>> mend_line(["Số:", "4ó6", "/PC-VPUBND"]), mend_line(["Số:", "1O5/QĐ-UBND"])
    (['Số:', '466', '/PC-VPUBND'], ['Số:', '105/QĐ-UBND'])
    >>> mend_line(["Số:", "Oó", "năm"]), mend_line(["số", "lô", "/"])
    (['Số:', 'Oó', 'năm'], ['số', 'lô', '/'])
    >>> mend_line(["-", "Lưu:", "VT,", "CN", "(Dũng)-"])[-1]
    '(Dũng).'
    >>> mend_line(["sổ", "tay"]), mend_line(["ngày", "ký"])
    (['sổ', 'tay'], ['ngày', 'ký'])
    >>> mend_line(["khẩn", "trương", "ban", "hành"]), mend_line(["THỨ", "TRƯỞNG"])
    (['khẩn', 'trương', 'ban', 'hành'], ['THỨ', 'TRƯỞNG'])
    >>> mend_line(["của", "các", "đồng", "chỉ./."])[-1]
    'chí./.'
    >>> mend_line("- Văn phòng Quốc hội (đề b/©);".split())[-2:]
    ['(để', 'b/c);']
    >>> mend_line("- Như Điều 3 (để th);".split())[-1], mend_line(["(để", "b/e)"])[-1]
    ('t/h);', 'b/c)')
    >>> mend_line("- Thường trực Tỉnh ủy (b/e);".split())[-1], mend_line(["Đ/e", "Bộ"])
    ('(b/c);', ['Đ/c', 'Bộ'])
    >>> mend_line(["(để", "thiện)"])[-1], mend_line(["(theo)"]), mend_line(["(Phần", "I)"])
    ('t/hiện)', ['(theo)'], ['(Phần', 'I)'])
    >>> mend_line("- Các UBND tỉnh/thành phó;".split())[-2:], mend_line(["(để", "theo)"])[-1]
    (['tỉnh/thành', 'phố;'], 'theo)')
    >>> mend_line(["từ", "đó"]), mend_line(["(có", "phân", "công"])
    (['từ', 'đó'], ['(có', 'phân', 'công'])
    >>> mend_line(["BỘCÔNGAN"]), mend_line(["BOCONGTHUONG"]), mend_line(["Bộcôngan"])
    (['BỘ CÔNG AN'], ['BỘ CÔNG THƯƠNG'], ['Bộcôngan'])
    """
    texts = [_one_hat(_assembly(t.translate(_SIGNS))) for t in texts]
    # a Y alone with a diaeresis, which no Vietnamese word writes (985's "Bộ Ÿ tế")
    texts = ["Y" if t == "Ÿ" else t for t in texts]
    _spaced(texts)
    if texts and texts[-1].endswith(")-"):  # the full stop after a bracket, read as a dash
        texts[-1] = texts[-1][:-1] + "."
    cores = [t.strip(_EDGE) for t in texts]
    keys = [_key(c) for c in cores]
    _numbered(texts, keys)
    _noted(texts)
    # the closing ./. (đồng chỉ./.) left out, and the word before a slash (tỉnh/thành phó)
    cores = [_joined(t.strip(_EDGE + "/")) for t in texts]
    keys = [_key(c) for c in cores]
    phrases = _phrases()
    longest = max((len(k) for k in phrases), default=0)
    i = 0
    while i < len(texts):
        for n in range(min(longest, len(texts) - i), 1, -1):
            found = phrases.get(tuple(keys[i:i + n]))
            if found is None or not all(cores[i:i + n]):
                continue
            right, capitals = found
            if capitals and not all(is_upper_vi(c) for c in cores[i:i + n]):
                continue  # a title mends a title read in capitals, not "khẩn trương ban"
            for j, word in enumerate(right):
                core = cores[i + j]
                if not _placed_otherwise(core, word):
                    texts[i + j] = texts[i + j].replace(core, cased(core, word), 1)
            i += n - 1
            break
        i += 1
    _hats(texts)
    _province(texts)
    return texts


def _province(texts: list[str]) -> None:
    """The name of a province of the 2025 list after ``TỈNH`` or ``tỉnh``, read with other
    marks (``LÂM ĐÒNG``), written as the list writes it, in the case it was read in; a name
    the list holds no longer (a province merged in 2025) stays as read. Before such a name
    the word read ``TÍNH`` or ``tĩnh`` is ``tỉnh`` (its hook and dot OCR reads as one mark),
    unless it ends ``Hà Tĩnh``.

    >>> t = "CÔNG AN TỈNH LÂM ĐÒNG".split(); _province(t); t
    ['CÔNG', 'AN', 'TỈNH', 'LÂM', 'ĐỒNG']
    >>> t = "ỦY BAN NHÂN DÂN TÍNH QUẢNG NGÃI".split(); _province(t); t
    ['ỦY', 'BAN', 'NHÂN', 'DÂN', 'TỈNH', 'QUẢNG', 'NGÃI']
    >>> t = "THÀNH PHỐ HỖ CHÍ MINH".split(); _province(t); t
    ['THÀNH', 'PHỐ', 'HỒ', 'CHÍ', 'MINH']
    >>> t = "tỉnh Hà Tĩnh Quảng Trị".split(); _province(t); t
    ['tỉnh', 'Hà', 'Tĩnh', 'Quảng', 'Trị']
    >>> t = "UBND tỉnh Lâm Đồng;".split(); _province(t); t
    ['UBND', 'tỉnh', 'Lâm', 'Đồng;']
    >>> t = "tỉnh Bình Thuạn".split(); _province(t); t
    ['tỉnh', 'Bình', 'Thuạn']
    """
    for i, text in enumerate(texts[:-1]):
        city = _key(text) in ("pho", "tp.") and (_key(text) == "tp." or i > 0 and _key(
            texts[i - 1]) == "thanh")
        if _key(text) != "tinh" and not city:
            continue
        for n in (3, 2, 1):
            cores = [t.strip(_EDGE) for t in texts[i + 1:i + 1 + n]]
            if len(cores) < n or not all(cores):
                continue
            found = province_named(" ".join(cores))
            name = province_name(found).removeprefix("Thành phố ").split() if found else []
            if not found or len(name) != n or province_key(found.name) != province_key(
                    " ".join(cores)):
                continue
            for j, (core, right) in enumerate(zip(cores, name, strict=True)):
                texts[i + 1 + j] = texts[i + 1 + j].replace(core, cased(core, right), 1)
            if not city and (i == 0 or _key(texts[i - 1]) != "ha"):
                texts[i] = cased(text, "tỉnh")
            break


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


def _numbers_spaced(line: list[Word]) -> list[Word]:
    """The words of one OCR line with a date parted after a slash made one (``16/12/2021``),
    a range of years spaced on both sides of its dash (``2021 - 2026``), as printed, the
    National Assembly's code parted at the dot OCR read in it made one (``2025/QH15``), so is
    a ký hiệu parted after its dash (``1743/QĐ-BGTVT``) and a month read as two signs.

    >>> words = [Word(t, 0, 1, 0, 1, 1) for t in "ngày 16/ 12/2021 nhiệm kỳ 2021- 2026".split()]
    >>> [w.text for w in _numbers_spaced(words)]
    ['ngày', '16/12/2021', 'nhiệm', 'kỳ', '2021 - 2026']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["2021", "-2026;"]])]
    ['2021 - 2026;']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in "2021 - 2026".split()])]
    ['2021 - 2026']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["số", "3/", "5"]])]
    ['số', '3/', '5']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["2025/QHI", ".5"]])]
    ['2025/QH15']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["QHI", ".5"]])]
    ['QHI', '.5']
    >>> [w.text for w in _numbers_spaced([Word(t, 0, 1, 0, 1, 1) for t in ["1743/QĐ-", "BGTVT,"]])]
    ['1743/QĐ-BGTVT,']
    >>> words = [Word(t, 0, 1, 0, 1, 1) for t in "ngày 22 tháng l Ì năm 2019".split()]
    >>> [w.text for w in _numbers_spaced(words)][2:5]
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
            text = _assembly(before + word.text)  # "123/2025/QHI" ".5": the code QH15
        elif _CODE_DASH.search(before) and _CODE_REST.match(word.text) \
                and _beside(out[-1], word):
            text = before + word.text  # "1743/QĐ-" "BGTVT,": one ký hiệu
        elif len(before) == 1 and len(word.text) == 1 and len(out) > 1 \
                and _key(out[-2].text) == "thang" and n + 1 < len(line) \
                and _month(before + word.text, _key(line[n + 1].text)):
            text = (before + word.text).translate(_DIGITS)  # "tháng l Ì năm": 11
        if text is None:
            out.append(word)
        else:
            out[-1] = replace(out[-1], text=text, x1=word.x1, top=min(out[-1].top, word.top),
                              bottom=max(out[-1].bottom, word.bottom))
    return out


def _hats(texts: list[str]) -> None:
    """A word in capitals whose one toned ``A``, ``E`` or ``O`` OCR read without its ``^``
    (``HẠ TÀNG``, ``HÓA CHÁT``: a capital's marks stack highest, and the ``^`` under the tone
    is lost first) gets it back when only so it makes a word of the dictionary with the word
    before or after it on its line, in capitals too (``HẠ TẦNG``, ``HÓA CHẤT``).

    >>> t = "CỤC HÓA CHÁT".split(); _hats(t); t
    ['CỤC', 'HÓA', 'CHẤT']
    >>> t = "HẠ TÀNG VÀ GIAO".split(); _hats(t); t
    ['HẠ', 'TẦNG', 'VÀ', 'GIAO']
    >>> t = "CÁC CƠ QUAN".split(); _hats(t); t
    ['CÁC', 'CƠ', 'QUAN']
    >>> t = "hóa chát".split(); _hats(t); t
    ['hóa', 'chát']
    """
    cores = [t.strip(_EDGE) for t in texts]
    for n, core in enumerate(cores):
        hatted = with_hat(core) if core and is_upper_vi(core) and core.isalpha() else core
        if hatted == core:
            continue
        beside = [(cores[j], j < n) for j in (n - 1, n + 1) if 0 <= j < len(cores)
                  and cores[j].isalpha() and is_upper_vi(cores[j])]
        if _makes_a_word(hatted, beside) and not _makes_a_word(core, beside):
            texts[n] = texts[n].replace(core, hatted, 1)
            cores[n] = hatted


def _placed_otherwise(read: str, right: str) -> bool:
    """``read`` is ``right`` with its tone mark on another vowel (``UỶ`` for ``ỦY``, ``hoá``
    for ``hóa``): the same syllable, as the older rule places the mark; it is kept as printed.

    >>> _placed_otherwise("UỶ", "Ủy"), _placed_otherwise("ỦY", "Ủy")
    (True, False)
    >>> _placed_otherwise("ĐÓC", "đốc"), _placed_otherwise("Uy", "Ủy")
    (False, False)
    """
    a, b = (unicodedata.normalize("NFD", x.lower()) for x in (read, right))
    tones = [c for c in a if c in TONES], [c for c in b if c in TONES]
    return a != b and tones[0] == tones[1] and untoned(read.lower()) == untoned(right.lower())


def _speck_before_can_cu(line: list[Word]) -> bool:
    """A line that opens a căn cứ (``Căn cứ``, ``Xét``, ``Theo đề nghị``) after one sign
    standing alone, not a dash (``Ộ Căn cứ Văn bản ...``: a speck read as a letter).

    >>> _speck_before_can_cu([Word(t, 0, 1, 0, 1, 1) for t in "Ộ Căn cứ Luật;".split()])
    True
    >>> _speck_before_can_cu([Word(t, 0, 1, 0, 1, 1) for t in "- Căn cứ Luật;".split()])
    False
    """
    if len(line) < 3 or len(line[0].text) != 1 or line[0].text in "-–+•":
        return False
    return bool(rules()["mo_dau"]["can_cu"].match(key(" ".join(w.text for w in line[1:]))))


def _makes_a_word(word: str, beside: list[tuple[str, bool]]) -> bool:
    """``word`` makes a word of the dictionary with one of the words ``beside`` it, each with
    whether it stands before it."""
    return any(paired(other.lower(), word.lower()) if first else paired(word.lower(),
                                                                           other.lower())
               for other, first in beside)


@cache
def _family_names() -> tuple[tuple[str, str], ...]:
    """The family names of data/ocr_sua.yaml ``ho``, the commonest first, each with its
    letters without diacritics."""
    names = dict.fromkeys(nfc(w) for w in load_data("ocr_sua.yaml")["ho"])
    return tuple((name, _key(name)) for name in names)


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
    found = _key(word)
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
                and not all(is_upper_vi(w) for w in words) and _key(words[0]) in family \
                and ocr_noise(" ".join(texts[:start])):
            return words
    for start in range(len(texts) - 2):
        if any(len(t.strip(_EDGE + "ˆ~`^")) > 2 for t in texts[:start]):
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
    return "THỨ TRƯỞNG" if _key(head) == "bo truong" else f"PHÓ {head}"


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
    found = " ".join(k for k in (_key(t.strip(_EDGE)) for t in texts) if k)
    want, head = _key(deputy), _key(deputy.removeprefix("PHÓ "))
    near = _distance(found, want) <= 2 < len(want) - 4
    lost = deputy.startswith("PHÓ ") and found.endswith(head) \
        and len(found) - len(head) <= 3
    if len(texts) != len(right) or " ".join(texts) == deputy or not (near or lost):
        return texts
    return right


def mend_ocr(words: list[Word]) -> list[Word]:
    """The words of an OCR'd page, each Tesseract line mended (``mend_line``; a deputy's title
    under ``KT.``, ``mend_deputy``), and marks read
    after a letter's closing ``./.`` (``Trân trọng./.JÍ~``, glued or as words of their own)
    made a line of their own, to be set apart as marks of no word."""
    out: list[Word] = []
    free = 1 + max((w.line for w in words), default=0)
    above = ""
    for _, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        texts = mend_deputy(above, mend_line([w.text for w in line]))
        above = " ".join(texts)
        line = _numbers_spaced([replace(w, text=t) if t != w.text else w
                                for w, t in zip(line, texts, strict=True)])
        if _speck_before_can_cu(line):  # "Ộ Căn cứ ...": the speck a line of its own
            line = [replace(line[0], line=free), *line[1:]]
            free += 1
        end = next((n for n in range(len(line) - 1, -1, -1) if "./." in line[n].text), None)
        if end is not None:
            word = line[end]
            head, glued = word.text.rsplit("./.", 1)
            tail = [t for t in (glued, *(w.text for w in line[end + 1:])) if t]
            if tail and ocr_noise(" ".join(tail)):
                rest = line[end + 1:]
                if glued:
                    cut = word.x0 + (word.x1 - word.x0) * (len(head) + 3) / len(word.text)
                    line[end] = replace(word, text=head + "./.", x1=cut)
                    rest = [replace(word, text=glued, x0=cut), *rest]
                line = [*line[:end + 1], *(replace(w, line=free) for w in rest)]
                free += 1
        out.extend(line)
    return out

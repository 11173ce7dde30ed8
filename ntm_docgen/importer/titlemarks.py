"""What stands over or in a letter's title lines that is not the title: a receiving office's
stamp beside it (its ĐẾN, its labels, the government portal's name), marks of no word, and a
heading's letters OCR misread (a lost Q of QUYẾT ĐỊNH, a speck between letters); and the one
title that opens as a ground does (``Thực hiện chương trình ...`` under ``KẾ HOẠCH``)."""

from __future__ import annotations

import re

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key, received_stamp, rules
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.text import is_upper_vi


def capitals(line: str) -> bool:
    """A short line in capitals (a header or title line)."""
    return is_upper_vi(line) and len(line) <= 80


#: The labels of a receiving office's stamp under its ĐẾN (Số, Ngày, Giờ, Chuyển).
_STAMP_FIELD = re.compile(r"^(so|ngay|gio|chuyen)\b")


def received_beside(lines: list[str], i: int) -> bool:
    """``lines[i]``, under a trích yếu in sentence case, is a line of a receiving office's
    stamp read beside it, round the line of its ``ĐẾN`` (the decree's dấu đến: the office's
    name over ĐẾN, Số, Ngày and Chuyển under it): the line right over it when two of its words
    or more, and half of them at least, are in capitals (the office's name, ``CỔNG THÔNG TIN
    ĐIỆN TỬ CHÍNH PHỦ`` however OCR read it), or one opening with a label of the stamp in the
    two lines under a lone ĐẾN.

    >>> stamp = ["Ủy ban nhân dân tỉnh Bắc Kạn", "gỗ Trồng TIM ĐIỆN TỬ CHÍNH PHÙ", "ĐẾN",
    ...          "Ngày..ÁOl4.0.120.24....", "THỦ TƯỚNG CHÍNH PHỦ"]
    >>> [received_beside(stamp, n) for n in range(5)]
    [False, True, False, True, False]
    >>> received_beside(["Về việc hỗ trợ UBND, HĐND xã", "[ĐẾN rơm", "tỉnh Lào Cai"], 0)
    False
    """
    after = next((x for x in lines[i + 1:i + 3] if x), "")
    if received_stamp(after) or _PORTAL.search(key(lines[i])):
        return _office_name(lines[i])
    if _PORTAL.search(key(after)) and _office_name(after):
        return _lone_den(lines[i])  # the portal's ĐẾN, misread, over its name
    if i and _PORTAL.search(key(lines[i - 1])) and _office_name(lines[i - 1]):
        return no_words(lines[i])  # its ĐẾN, Giờ and Ngày read as one row of signs
    return bool(_STAMP_FIELD.match(key(lines[i]))) \
        and any(received_stamp(x) and len(x.split()) == 1 for x in lines[max(0, i - 2):i])


#: The name of the government portal's stamp, its first words however OCR read them
#: (``CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ``, ``sản rộn TIN mẽ TỪ CHÍNH PHÙ``): the portal sets
#: its dấu đến on every letter it publishes, its ĐẾN not always read.
_PORTAL = re.compile(r"\btu\s+chinh\s+phu(\s+\w)?$")


def portal_over_addressee(lines: list[str], warnings: list[str]) -> list[str]:
    """The body's lines without the government portal's receiving stamp read right over its
    Kính gửi (a công văn's header has the stamp beside its date; OCR reads the portal's name
    after it, its ĐẾN not read: VPCP's 3722 of held_out_43), with a warning naming the line.

    >>> said = []
    >>> portal_over_addressee(["GÔNG THÔNG TIN BIỆN TU CHÍNH PHÙ", "Kính gửi:", "- Bộ A."], said)
    ['Kính gửi:', '- Bộ A.']
    >>> portal_over_addressee(["Cổng thông tin điện tử Chính phủ", "Kính gửi:"], [])[0]
    'Cổng thông tin điện tử Chính phủ'
    """
    first = next((n for n, x in enumerate(lines) if x.strip()), None)
    if first is None or not _PORTAL.search(key(lines[first])) or not _office_name(lines[first]):
        return lines
    after = next((x for x in lines[first + 1:] if x.strip()), "")
    if not rules()["mo_dau"]["kinh_gui"].match(key(after)):
        return lines
    warnings.append(_("kinh_gui: the line “{line}” over the Kính gửi was read as the receiving "
                      "stamp of the government portal and left out of the letter; check it "
                      "on the paper").format(line=lines[first]))
    return lines[:first] + lines[first + 1:]


def _office_name(line: str) -> bool:
    """Two words or more of ``line``, and half of them at least, are in capitals.

    >>> _office_name("sản rộn TIN mẽ TỪ CHÍNH PHÙ"), _office_name("của Cổng thông tin điện tử")
    (True, False)
    """
    words = line.split()
    capitals = sum(1 for w in words if len(w) >= 2 and is_upper_vi(w))
    return capitals >= 2 and 2 * capitals >= len(words)


def _lone_den(line: str) -> bool:
    """One word of two to four capitals: the big ``ĐẾN`` of a receiving stamp, however OCR
    read it (``ĐẾI``).

    >>> _lone_den("ĐẾI"), _lone_den("ĐẾN"), _lone_den("Điều"), _lone_den("THỦ TƯỚNG")
    (True, True, False, False)
    """
    word = line.strip(" .,;:[]()|")
    return " " not in word and 2 <= len(word) <= 4 and is_upper_vi(word)


def no_words(line: str) -> bool:
    """Fewer than half of the line's pieces are syllables of the dictionary (False when no
    dictionary is installed).

    >>> no_words("lÂyyava vs TFEAokpessed22s.esseeeeedeeeee"), no_words("THỦ TƯỚNG CHÍNH PHỦ")
    (True, False)
    """
    pieces = line.split()
    found = [known(p.strip(".,;:-–()").lower()) for p in pieces]
    return bool(pieces) and None not in found and 2 * sum(map(bool, found)) < len(pieces)


#: QUYẾT ĐỊNH whose large Q OCR lost or read as signs before it (``UYÉT ĐỊNH``, ``l lỒ, UYÉT
#: ĐỊNH``): no Vietnamese word is spelt uyết.
_Q_LOST = re.compile(r"^(?:\S{1,3}\s+){0,2}uyet\s+dinh\s*(:?)$")


def q_put_back(line: str) -> str:
    """The type name QUYẾT ĐỊNH for a title line that is it with its Q lost; else the line.

    >>> q_put_back("l lỒ, UYÉT ĐỊNH"), q_put_back("UYẾT ĐỊNH:"), q_put_back("QUYẾT ĐỊNH")
    ('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'QUYẾT ĐỊNH')
    >>> q_put_back("Về việc thành lập ĐỊNH"), q_put_back("tuyệt định")
    ('Về việc thành lập ĐỊNH', 'tuyệt định')
    """
    match = _Q_LOST.match(key(line).strip())
    return f"QUYẾT ĐỊNH{match.group(1)}" if match and "UY" in line.upper() else line


#: A speck OCR read between two letters of a heading's words (``QUYẾT:ĐỊNH``).
_SPECK = re.compile(r"(?<=[^\W\d_])[:;.,·](?=[^\W\d_])")


def unspecked(line: str) -> str:
    """A line in capitals whose first words become a type name once a speck between two of
    their letters is read as the space it stands in; else the line as it is.

    >>> unspecked("QUYẾT:ĐỊNH CHẤP THUẬN"), unspecked("KẾ.HOẠCH"), unspecked("VH,TT&DL")
    ('QUYẾT ĐỊNH CHẤP THUẬN', 'KẾ HOẠCH', 'VH,TT&DL')
    """
    spaced = _SPECK.sub(" ", line, count=1)
    if spaced == line or split_heading(line) is not None:
        return line
    heading = split_heading(spaced)
    return spaced if heading is not None and heading.loai is not None else line


#: A document cited by its number (``Kế hoạch số 2300/KH-UBND``, ``30-CTr/TU``, ``ngày 19/02``).
_CITES_NUMBER = re.compile(r"\bsố\s*\d|\d\s*/\s*[\dA-ZĐ]", re.IGNORECASE)


def thuc_hien_title(lines: list[str], i: int) -> bool:
    """``lines[i]``, right under the type name, a trích yếu that begins ``Thực hiện``
    (``KẾ HOẠCH`` / ``Thực hiện chương trình Dân số và phát triển năm 2025``): with the lines in
    small letters that wrap it, it cites no document by its number and ends with no stop, and
    a line in capitals or opening a paragraph stands under it. A ground that opens so cites a
    document or ends with ``;`` or ``,`` (``Thực hiện Kế hoạch số 2300/KH-UBND ...;``).

    >>> thuc_hien_title(["Thực hiện chương trình Dân số năm 2025", "Căn cứ Luật A;"], 0)
    True
    >>> thuc_hien_title(["Thực hiện chương trình Dân số", "năm 2025", "I. MỤC TIÊU"], 0)
    True
    >>> thuc_hien_title(["Thực hiện Kế hoạch số 2300/KH-UBND", "Căn cứ Luật A;"], 0)
    False
    >>> thuc_hien_title(["Thực hiện chỉ đạo của UBND tỉnh tại Công văn", "số 12/UBND;"], 0)
    False
    >>> thuc_hien_title(["Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh,", "UBND xã"], 0)
    False
    """
    if not re.match(r"^thuc hien\s", key(lines[i])):
        return False
    words, j = [lines[i]], i + 1
    while j < len(lines) and (not lines[j] or lines[j][0].islower()) and len(words) < 4:
        if lines[j]:
            words.append(lines[j])
        j += 1
    text = " ".join(words).rstrip()
    after = next((line for line in lines[j:] if line), "")
    return not text.endswith((";", ",", ":", ".")) and not _CITES_NUMBER.search(text) \
        and bool(after) and after[0].isupper()

"""The names the clerk's computer saves the desk's downloads under: what the file is (its number,
its form of copy, its summary) in letters without diacritics, so that two files of one day do not
take one name."""

from __future__ import annotations

import re

from ntm_docgen import api

#: The longest download name before its suffix, cut at a word's end.
STEM_LENGTH = 60


def ascii_name(text: str, length: int = STEM_LENGTH) -> str:
    """``text`` in letters without diacritics, its words joined by hyphens, cut at a word's end
    within ``length`` characters ("" when nothing is left).

    >>> ascii_name("Đề nghị đăng ký thi đua"), ascii_name("01/KH-UBND")
    ('De-nghi-dang-ky-thi-dua', '01-KH-UBND')
    >>> ascii_name("Xây dựng nông thôn mới", 15)
    'Xay-dung-nong'
    """
    stem = re.sub(r"[^A-Za-z0-9]+", "-", api.plain_letters(text)).strip("-")
    if len(stem) > length:  # cut at a word's end, never inside one ("...-xay-dung-no")
        head = stem[:length + 1].rsplit("-", 1)[0]
        stem = head if len(head) >= length // 2 else stem[:length]  # one long word
    return stem


def issued_name(so_hieu: str, trich_yeu: str, suffix: str) -> str:
    """An issued letter's download: its number and ký hiệu first, as the văn thư files it,
    then its summary.

    >>> issued_name("01/KH-UBND", "Thực hiện chương trình Dân số năm 2025", ".docx")
    '01-KH-UBND-Thuc-hien-chuong-trinh-Dan-so-nam-2025.docx'
    """
    number = ascii_name(so_hieu)
    summary = ascii_name(trich_yeu)  # as long as a draft's: the number comes on top
    return "-".join(p for p in (number, summary) if p) + suffix if number or summary \
        else "van-ban" + suffix


def copy_name(hinh_thuc: str, so_hieu: str, original: str, suffix: str) -> str:
    """A copy's download: its form, its number when the register gave one, then the
    original's name, so that a SAO Y and a TRÍCH SAO of one letter are two files.

    >>> copy_name("TRÍCH SAO", "01/TrS-VP", "qd_150", ".pdf")
    'trich-sao-01-TrS-VP-qd_150.pdf'
    >>> copy_name("SAO Y", "", "Quyết định 150", ".docx")
    'sao-y-Quyết định 150.docx'
    """
    form = ascii_name(hinh_thuc).lower() or "ban-sao"
    number = ascii_name(so_hieu)
    return "-".join(p for p in (form, number, original) if p) + suffix

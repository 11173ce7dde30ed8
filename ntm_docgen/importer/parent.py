"""What a letter says about its issuer when the header is lost: the ký hiệu, a ``Kèm theo`` line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import key
from ntm_docgen.vietnamese.loai import Loai, find_loai, old_code
from ntm_docgen.vietnamese.text import nfc, strip_diacritics, upper_vi

_KEM_THEO = re.compile(r"kem\s+theo\s+(?P<loai>[a-z ]+?)\s+so\s*:?\s*(?P<so>\d+)\s*/\s*(?P<kh>\S+)"
                       r"\s+ngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})"
                       r"(?:\s+nam\s+|\s*/\s*)(?P<y>\d{4})(?:\s+cua\s+(?P<cq>[^)]+))?")


@dataclass(frozen=True)
class Parent:
    """The letter an attachment was issued with, as its ``(Kèm theo ...)`` line cites it."""

    loai: Loai | None
    so: int
    ky_hieu: str
    ngay: date | None
    co_quan: str | None


@cache
def agencies() -> dict[str, dict]:
    """``data/viet_tat.yaml``: issuer abbreviations → header name and whether it is central."""
    return {nfc(k): v for k, v in load_data("viet_tat.yaml")["co_quan"].items()}


def agency(abbreviation: str) -> dict | None:
    """The entry for an abbreviation (``BTĐKT``; ``BTDKT`` as OCR writes it), or None.

    >>> agency("BTĐKT")["ten"], agency("BTDKT")["ten"]
    ('BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG', 'BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG')
    """
    table = agencies()
    if abbreviation in table:
        return table[abbreviation]
    plain = strip_diacritics(abbreviation)
    return next((v for k, v in table.items() if strip_diacritics(k) == plain), None)


def split_ky_hieu(ky_hieu: str) -> tuple[str | None, str | None, str | None]:
    """``(type code, issuer abbreviation, drafting unit)`` of a ký hiệu.

    >>> split_ky_hieu("HD-SNV"), split_ky_hieu("2020/QĐ-UBND"), split_ky_hieu("VPCP-KTN")
    (('HD', 'SNV', None), ('QĐ', 'UBND', None), (None, 'VPCP', 'KTN'))
    >>> split_ky_hieu("GT-UBND"), split_ky_hieu("2019/UBTVQH14")
    (('GT', 'UBND', None), (None, 'UBTVQH14', None))
    >>> split_ky_hieu("QC-TT.HĐND-UBND")
    ('QC', 'TT.HĐND-UBND', None)
    """
    parts = ky_hieu.split("/")[-1].split("-")
    if len(parts) >= 2 and code_loai(parts[0]) is not None:
        return parts[0], "-".join(parts[1:]), None  # only a công văn names a drafting unit
    return None, parts[0] or None, "-".join(parts[1:]) or None


#: Letters a scan's OCR reads for a letter of a type code: a ``T`` read ``I`` or ``l``.
_LOOKALIKE = {"T": "Il1|"}


def mend_ky_hieu(ky_hieu: str, loai: Loai | None) -> str:
    """Put back the hyphen a copy lost after the type code: ``QĐUBND`` → ``QĐ-UBND``; and the
    type code a scan read with a look-alike letter, the type the heading names: ``TIr-UBND``
    under TỜ TRÌNH → ``TTr-UBND``.

    >>> mend_ky_hieu("QĐUBND", find_loai("QĐ")), mend_ky_hieu("2019/QĐUBND", find_loai("QĐ"))
    ('QĐ-UBND', '2019/QĐ-UBND')
    >>> mend_ky_hieu("QĐ-UBND", find_loai("QĐ")), mend_ky_hieu("UBND-VP", find_loai("CV"))
    ('QĐ-UBND', 'UBND-VP')
    >>> mend_ky_hieu("TIr-UBND", find_loai("TTr")), mend_ky_hieu("TlTr-UBND", find_loai("TTr"))
    ('TTr-UBND', 'TlTr-UBND')
    >>> mend_ky_hieu("TB-UBND", find_loai("TTr")), mend_ky_hieu("KH-UBND", find_loai("TB"))
    ('TB-UBND', 'KH-UBND')
    """
    if loai is None or loai.is_cong_van:
        return ky_hieu
    year, _, last = ky_hieu.rpartition("/")
    code = loai.ma
    first, dash, rest = last.partition("-")
    if dash and first != code and len(first) == len(code) and all(
            a == b or a in _LOOKALIKE.get(b, "") for a, b in zip(first, code, strict=True)):
        return f"{year}/" * bool(year) + f"{code}-{rest}"
    if "-" in last or not last.startswith(code) or len(last) < len(code) + 2 \
            or upper_vi(last) != last:
        return ky_hieu
    return f"{year}/" * bool(year) + f"{code}-{last[len(code):]}"


def code_loai(code: str) -> Loai | None:
    """The type of a Phụ lục III code or of a Thông tư 01/2011 code (``GT`` → Giấy giới thiệu)."""
    code = old_code(code) or code
    loai = find_loai(code)
    if loai is None or loai.is_cong_van:
        return None
    return loai if strip_diacritics(loai.ma) == strip_diacritics(code) else None


def read_kem_theo(ghi_chu: str) -> Parent | None:
    """Read ``(Ban hành kèm theo Hướng dẫn số 748/HD-BTĐKT ngày 24 tháng 4 năm 2019 của ...)``.

    >>> p = read_kem_theo("(Kèm theo Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban TĐKT)")
    >>> p.loai.ma, p.so, p.ky_hieu, p.ngay, p.co_quan
    ('HD', 748, 'HD-BTĐKT', datetime.date(2019, 4, 24), 'BAN TĐKT')
    """
    text = " ".join(ghi_chu.split())
    match = _KEM_THEO.search(key(text))
    if not match:
        return None
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        day = None
    cq = text[match.start("cq"):match.end("cq")].strip(" .") if match["cq"] else None
    return Parent(loai=find_loai(text[match.start("loai"):match.end("loai")]),
                  so=int(match["so"]), ky_hieu=text[match.start("kh"):match.end("kh")],
                  ngay=day, co_quan=upper_vi(cq) if cq else None)

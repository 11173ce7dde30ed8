"""A phụ lục's ``(Kèm theo ...)`` note that only restates its own letter's type, number and date
left to be generated: a draft's note keeps the blank number (``số       /UBND-VP``) that the
văn thư fills on the letter only, and would print it blank on the phụ lục once issued."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.vietnamese.loai import find_loai

#: ``(Kèm theo Công văn số       /UBND-VP ngày 20 tháng 3 năm 2024 của ...)`` read in ``key``'s
#: letters: the number and the day and month may be blanks; nothing after the issuer.
_OWN = re.compile(r"\(\s*kem\s+theo\s+(?P<loai>[a-z ]+?)\s+so\s*:?\s*(?P<so>\d*)\s*/\s*"
                  r"(?P<kh>[^\s)]+)\s+ngay\s*(?P<d>\d{0,2})\s*(?:thang|/)\s*(?P<m>\d{0,2})\s*"
                  r"(?:nam|/)\s*(?P<y>\d{4})(?:\s+cua\s+[^()]*)?\)\s*")


def restates_own(note: str, spec: dict[str, Any]) -> bool:
    """Whether ``note`` names the letter ``spec`` (as the importer writes it) by a blank number
    and nothing else: its type, its ký hiệu, a blank for the number, its date or blanks in its
    year (a note that writes the number out is kept, as the letter printed it).

    >>> own = {"loai": "CV", "ky_hieu": "UBND-VP", "ngay": date(2024, 3, 20)}
    >>> restates_own("(Kèm theo Công văn số       /UBND-VP ngày 20 tháng 3 năm 2024 của "
    ...              "Ủy ban nhân dân huyện Đăk Hà)", own)
    True
    >>> restates_own("(Kèm theo Công văn số 12/UBND-VP ngày 20 tháng 3 năm 2024)",
    ...              {**own, "so": 12})
    False
    >>> restates_own("(Kèm theo Công văn số /UBND-VP ngày tháng năm 2024)", own)
    True
    >>> restates_own("(Kèm theo Công văn số /UBND-VP ngày 21 tháng 3 năm 2024)", own)
    False
    >>> restates_own("(Kèm theo Kế hoạch số 44/KH-BCĐ ngày 05/01/2024 của Ban Chỉ đạo)", own)
    False
    >>> restates_own("(Ban hành kèm theo Quyết định số /QĐ-UBND ngày 20/3/2024)",
    ...              {**own, "loai": "QĐ", "ky_hieu": "QĐ-UBND"})
    False
    """
    found = _OWN.fullmatch(key(" ".join(note.split())))
    loai = find_loai(str(spec.get("loai") or ""))
    if found is None or loai is None or key(loai.ten) != found["loai"].strip():
        return False
    if spec.get("ky_hieu") and key(str(spec["ky_hieu"])) != found["kh"]:
        return False
    if found["so"]:  # a number written out is the letter's as printed: kept as it is
        return False
    day = spec.get("ngay")
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            return False
    year = day.year if isinstance(day, date) else spec.get("nam")
    if int(found["y"]) != year:
        return False
    if found["d"] or found["m"]:
        return isinstance(day, date) and (day.day, day.month) == (
            int(found["d"] or 0), int(found["m"] or 0))
    return True


def own_notes_left(spec: dict[str, Any], phu_luc: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The phụ lục with every note that only restates their letter left out, so that the
    letter renders it from its own number and date, the number given once it is issued."""
    return [{k: v for k, v in item.items() if k != "ghi_chu"}
            if restates_own(str(item.get("ghi_chu") or ""), spec) else item
            for item in phu_luc]

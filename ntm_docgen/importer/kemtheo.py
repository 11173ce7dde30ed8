"""The note that ties an attachment to its letter, ``(Kèm theo Quyết định số ... ngày ...)``:
found where a narrow cell wrapped it, and written with the blanks a draft leaves for the pen."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key
from ntm_docgen.vietnamese.text import DATE_GAP, NUMBER_GAP

#: ``(Kèm theo ...)``, ``(Ban hành kèm theo ...)``; OCR may misread the ``kèm`` of the
#: second (``(Ban hành vòm: theo Quyết định số ...``): then only before a number.
_KEM_THEO = re.compile(r"^\(.*\b(kem|k\w{1,2}m)\s+theo\b"
                       r"|^\(ban hanh\s+\S{2,5}\s+theo\s+[a-z ]{3,30}\bso\b")


def kem_theo(lines: list[str], i: int) -> tuple[str, int] | None:
    """The ``(Kèm theo ...)`` note that begins at line ``i``, even when a narrow cell wrapped
    it (``(Ban hành`` / ``kèm theo Quyết định số ...)``): its text and the index after it.

    >>> kem_theo(["(Ban hành", "kèm theo Quyết định số 5/QĐ-UBND", "ngày 2/7/2021)", "x"], 0)
    ('(Ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 2/7/2021)', 3)
    >>> kem_theo(["(Xem bảng)", "kèm theo"], 0) is None
    True

    A note whose closing bracket the letter left out ends where a table's rows begin:

    >>> kem_theo(["(Kèm theo Quyết định số 3588/QĐ-BGDĐT", "| STT | Tên sách |"], 0)
    ('(Kèm theo Quyết định số 3588/QĐ-BGDĐT', 1)
    """
    if not lines[i].startswith("("):
        return None
    parts: list[str] = []
    j = i
    while j < len(lines) and lines[j] and not lines[j].startswith("|") and len(parts) < 6:
        parts.append(lines[j])
        j += 1
        if parts[-1].endswith(")"):
            break
    text = " ".join(parts)
    return (text, j) if _KEM_THEO.match(key(text)) else None


def blanks_kept(note: str) -> str:
    """A draft's ``(Kèm theo ...)`` with its number and day left blank for the pen, as render
    writes them: the blanks a reading ran together into one space are opened again.

    >>> blanks_kept("(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của UBND tỉnh)")
    '(Kèm theo Quyết định số       /QĐ-UBND ngày    tháng    năm 2026 của UBND tỉnh)'
    >>> blanks_kept("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026)")
    '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026)'
    """
    note = re.sub(r"\bsố\s+/", f"số {NUMBER_GAP}/", note)
    return re.sub(r"\bngày\s+tháng\s+năm\b", f"ngày{DATE_GAP}tháng{DATE_GAP}năm", note)

"""An issuer's name read in capitals with marks OCR lost (``CỤC CANH SAT ĐIỀU TRA``), given the
marks the letter's own text writes it with (``Cục Cảnh sát điều tra tội phạm về ma tuý``)."""

from __future__ import annotations

import re
import unicodedata

from ntm_docgen.importer.cleaning import key
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
    """
    words = name.split()
    if not words:
        return name
    keys = [key(w) for w in words]
    found = [m.group() for m in _WORD.finditer(text)]
    found_keys = [key(w) for w in found]
    for start in range(len(found) - len(words) + 1):
        if found_keys[start:start + len(words)] != keys:
            continue
        right = [upper_vi(w) for w in found[start:start + len(words)]]
        if all(_marks_within(w, r) for w, r in zip(words, right, strict=True)):
            # a word with all its marks stays as read (a tone on another vowel: ``HOÁ``)
            right = [w if _marks_within(r, w) else r for w, r in zip(words, right, strict=True)]
            out, n = [], 0
            for line in name.split("\n"):
                count = len(line.split())
                out.append(" ".join(right[n:n + count]))
                n += count
            return "\n".join(out)
    return name


def _marks_within(read: str, right: str) -> bool:
    """``read`` has the letters of ``right`` and only marks that ``right`` has (fewer, or the
    same)."""
    a, b = (sorted(c for c in unicodedata.normalize("NFD", x) if unicodedata.combining(c))
            for x in (read, right))
    rest = list(b)
    for c in a:
        if c not in rest:
            return False
        rest.remove(c)
    return True

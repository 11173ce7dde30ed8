"""Find the national motto (Quốc hiệu, Tiêu ngữ) in a header line, even misread by OCR."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ntm_docgen.importer.cleaning import key, rules


def _tokens(line: str) -> list[tuple[int, str]]:
    """(offset, word without diacritics in capitals) for each word that has letters or digits."""
    out = []
    for match in re.finditer(r"\S+", line):
        word = re.sub(r"[\W_]", "", key(match.group())).upper()
        if word:
            out.append((match.start(), word))
    return out


def _alike(word: str, target: str) -> bool:
    """Equal, or one OCR slip away (``DPOC`` for ``DOC``, ``NGHlA`` for ``NGHIA``)."""
    if word == target:
        return True
    return len(target) >= 3 and SequenceMatcher(None, word, target).ratio() >= 0.7


def _aligned(words: list[str], motto: list[str]) -> int:
    """How many of ``words`` match ``motto`` in order, starting at some motto word."""
    best = 0
    for start in range(len(motto)):
        count, m = 0, start
        for word in words:
            if m < len(motto) and _alike(word, motto[m]):
                count, m = count + 1, m + 1
            elif m + 1 < len(motto) and _alike(word, motto[m + 1]):
                count, m = count + 1, m + 2
        best = max(best, count)
    return best


def split_motto(line: str) -> tuple[str, bool]:
    """Cut the motto off a header line: ``(what is left of it, whether a motto was there)``.

    >>> split_motto("UBND TINH LANG SON  CONG HOA XA HQI CHU NGHIA VIET NAM")
    ('UBND TINH LANG SON', True)
    >>> split_motto("SO NOQI VU DPoc lap - Tw do - Hanh phuc")
    ('SO NOQI VU', True)
    >>> split_motto("CHỦ NGHĨA VIỆT NAM"), split_motto("Độc lập -")
    (('', True), ('', True))
    >>> split_motto("HỘI NÔNG DÂN VIỆT NAM"), split_motto("SỞ NỘI VỤ")
    (('HỘI NÔNG DÂN VIỆT NAM', False), ('SỞ NỘI VỤ', False))
    """
    tokens = _tokens(line)
    data = rules()
    for start, (offset, _) in enumerate(tokens):
        tail = [word for _, word in tokens[start:]]
        need = max(2, round(0.75 * len(tail))) if start == 0 else max(4, round(0.7 * len(tail)))
        if len(tail) == 1 and start == 0:
            need = 1 if tail[0] in ("CONG", "DOC") and len(line.strip()) <= 8 else 2
        for motto in (data["quoc_hieu"], data["tieu_ngu"]):
            heads = motto if start == 0 else motto[:2]
            if any(_alike(tail[0], head) for head in heads) and _aligned(tail, motto) >= need:
                return line[:offset].strip(), True
    return line, False

"""Find the national motto (Quốc hiệu, Tiêu ngữ) and the độ mật / độ khẩn marks in a header."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.signzone import NOI_NHAN
from ntm_docgen.letter.spec import DO_KHAN, DO_MAT
from ntm_docgen.vietnamese.text import is_upper_vi


def _tokens(line: str) -> list[tuple[int, str]]:
    """(offset, word without diacritics in capitals) for each word that has letters or digits."""
    out = []
    for match in re.finditer(r"\S+", line):
        word = re.sub(r"[\W_]", "", key(match.group())).upper()
        if word:
            out.append((match.start(), word))
    return out


@lru_cache(maxsize=1 << 16)
def _alike(word: str, target: str) -> bool:
    """Equal, or one OCR slip away (``DPOC`` for ``DOC``, ``NGHlA`` for ``NGHIA``).

    Every word of every line is set against the motto's words: the answer is kept (the same
    words come back on every page), and difflib's cheap upper bounds rule out most pairs
    before its ratio is counted.

    >>> _alike("DPOC", "DOC"), _alike("NGHlA", "NGHIA"), _alike("TRIEN", "DOC")
    (True, True, False)
    """
    if word == target:
        return True
    if len(target) < 3:
        return False
    matcher = SequenceMatcher(None, word, target)
    return matcher.real_quick_ratio() >= 0.7 and matcher.quick_ratio() >= 0.7 \
        and matcher.ratio() >= 0.7


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
    found = _find_motto(line)
    return (line[:found[0]].strip(), True) if found else (line, False)


def opens_motto(line: str) -> bool:
    """The motto on this line begins with its first word (``CỘNG HÒA ...``, ``Độc lập ...``),
    the Quốc hiệu in capitals; a line that only ends it (``VIỆT NAM``) does not, nor does a
    sentence that names the country (``Chủ tịch Quốc hội nước Cộng hòa xã hội ...``).

    >>> opens_motto("CỘNG HÒA XÃ HỘI"), opens_motto("VIỆT NAM"), opens_motto("Độc lập - Tự do")
    (True, False, True)
    >>> opens_motto("- Văn phòng Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;")
    False
    """
    found = _find_motto(line)
    if not found:
        return False
    offset, motto = found
    rest = line[offset:]
    if not _alike(_tokens(rest)[0][1], motto[0]):
        return False
    letters = [c for c in rest if c.isalpha()]
    return motto is not rules()["quoc_hieu"] or sum(c.isupper() for c in letters) >= 0.75 * len(
        letters)


def _find_motto(line: str) -> tuple[int, list[str]] | None:
    """Where the motto begins on the line, and which of the two it is."""
    tokens = _tokens(line)
    data = rules()
    longest = max(len(data["quoc_hieu"]), len(data["tieu_ngu"]))
    for start, (offset, _) in enumerate(tokens):
        size = len(tokens) - start
        need = max(2, round(0.75 * size)) if start == 0 else max(4, round(0.7 * size))
        if need > longest:
            continue  # more words after here than a motto could match: a long line is no motto
        tail = [word for _, word in tokens[start:]]
        if len(tail) == 1 and start == 0:
            need = 1 if tail[0] in ("CONG", "DOC") and len(line.strip()) <= 8 else 2
        for motto in (data["quoc_hieu"], data["tieu_ngu"]):
            heads = motto if start == 0 else motto[:2]
            if any(_alike(tail[0], head) for head in heads) and _aligned(tail, motto) >= need:
                return offset, motto
    return None


def find_mottos(lines: list[str]) -> tuple[list[int], set[int]]:
    """The lines that carry the motto, and those that only look like a piece of it: a line
    that does not begin it (``VIỆT NAM`` under ``BẢO HIỂM XÃ HỘI``) is part of the motto only
    when a line just above began it."""
    motto_at: list[int] = []
    not_motto: set[int] = set()
    for i, line in enumerate(lines):
        if not line or NOI_NHAN.match(key(line)) or not split_motto(line)[1]:
            continue
        if opens_motto(line) or any(j in motto_at for j in range(i - 4, i)):
            motto_at.append(i)
        else:
            not_motto.add(i)
    return motto_at, not_motto


def read_marks(line: str) -> dict[str, str] | None:
    """A line of độ mật and độ khẩn marks (ô 10a, 10b) → the fields; None for another line.

    >>> read_marks("MẬT KHẨN"), read_marks("TỐI MẬT, HOẢ TỐC"), read_marks("Khẩn trương")
    ({'do_mat': 'MẬT', 'do_khan': 'KHẨN'}, {'do_mat': 'TỐI MẬT', 'do_khan': 'HỎA TỐC'}, None)
    """
    if not is_upper_vi(line) or len(line) > 40:
        return None
    words = re.sub(r"[\s.:,;/-]+", " ", key(line)).split()
    found: dict[str, str] = {}
    while words:
        two, one = " ".join(words[:2]), words[0]
        name, value = _MARKS.get(two) or _MARKS.get(one) or (None, "")
        if name is None or name in found:
            return None
        found[name] = value
        words = words[len(key(value).split()):]
    return found or None


_MARKS = {key(v): (name, v) for name, values in (("do_khan", DO_KHAN), ("do_mat", DO_MAT))
          for v in values}


def split_marks(line: str) -> tuple[dict[str, str], str]:
    """Độ mật and độ khẩn marks that a PDF's row or a joined line put beside another part of
    the header (``KHẨN Kon Tum, ngày ...``, ``Số: 12/UBND-VP KHẨN``, ``KHẨN`` over ``ỦY BAN NHÂN
    DÂN``, ``KHẨN V/v ...``): the marks and the rest of the line. Marks after the rest are taken
    only from a number or date line, or when they are more than a lone ``MẬT`` (a name may end
    so); a line with no marks beside it gives ``({}, line)``.

    >>> split_marks("KHẨN Kon Tum, ngày 05 tháng 01 năm 2026")
    ({'do_khan': 'KHẨN'}, 'Kon Tum, ngày 05 tháng 01 năm 2026')
    >>> split_marks("Số: 12/UBND-VP MẬT"), split_marks("ỦY BAN NHÂN DÂN HỎA TỐC")
    (({'do_mat': 'MẬT'}, 'Số: 12/UBND-VP'), ({'do_khan': 'HỎA TỐC'}, 'ỦY BAN NHÂN DÂN'))
    >>> split_marks("CỤC BẢO VỆ BÍ MẬT"), split_marks("Khẩn trương thực hiện"), split_marks("MẬT")
    (({}, 'CỤC BẢO VỆ BÍ MẬT'), ({}, 'Khẩn trương thực hiện'), ({}, 'MẬT'))
    """
    words = line.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        marks = read_marks(head) if head.isupper() else None
        if marks and not rest[0].islower():
            return marks, rest
        head, rest = " ".join(words[:-n]), " ".join(words[-n:])
        marks = read_marks(rest) if rest.isupper() else None
        if marks and (marks != {"do_mat": "MẬT"} or _number_or_date(head)):
            return marks, head
    return {}, line


def _number_or_date(line: str) -> bool:
    k = key(line)
    if re.match(r"s\w{0,2}\s*:", k):
        return True
    day = re.search(r"\bngay\b", k)  # then "thang" after it: one pass, never one per "ngay"
    return bool(day and re.search(r"\bthang\b", k[day.end():]))

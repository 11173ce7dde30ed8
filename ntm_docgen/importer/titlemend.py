"""A decision's trích yếu a stamp garbled on a scan, mended from its Điều 1, which says the same
words: the signs of no word put apart, the few words lost under the stamp put back."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ntm_docgen.importer.cleaning import key

#: The edges of a word that are not the word (a comma after it, brackets round it).
_EDGES = ",.;:()\"'“”"
#: Điều 1 at a paragraph's start.
_DIEU_1 = re.compile(r"^dieu\s*1\s*[.:]\s*")
#: The most words the stamp may have hidden where the trích yếu reads none, or reads signs.
_LOST = 2
_UNDER_SIGNS = 3


def _garbled(token: str) -> bool:
    """A token that is no word, number nor code: letters and digits mixed back and forth, or
    signs inside (``NayO8I40L2O``, ``6sï6!*tA``); a code (``1A``, ``PC04``, ``A4``, ``QH15``)
    or a year span (``2021-2026``) is none.

    >>> [_garbled(t) for t in ("NayO8I40L2O", "6sï6!*tA", "s;Á,", "1A,", "PC04", "2021-2026")]
    [True, True, True, False, False, False]
    """
    core = token.strip(_EDGES)
    if not core or core.isalpha() or re.fullmatch(r"[\d.,/–-]+", core):
        return False
    runs = re.findall(r"\d+|[^\W\d_]+", core)
    return len(runs) > 2 or any(not (c.isalnum() or c in "-–/&%.") for c in core)


def _word(token: str) -> bool:
    core = token.strip(_EDGES)
    return len(core) >= 2 and core.isalpha()


def mended_from_article(trich_yeu: str, paragraphs: list[str]) -> str:
    """``trich_yeu`` with what a stamp made of it mended from the decision's Điều 1, when it
    holds a sign of the stamp (a token of letters mixed with digits or signs) and Điều 1 says
    its words in order: the signs before its first word and between two of its words put apart,
    the words Điều 1 has there put back (at most three; where nothing was read, two, when the
    trích yếu holds two such signs or more). Else ``trich_yeu`` as read.

    >>> dieu = ["Điều 1. Thi hành kỷ luật bằng hình thức Cảnh cáo đối với ông Lê Văn A, "
    ...         "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang do đã vi phạm."]
    >>> mended_from_article("Về việc thi hành kỷ luật đối với ông Lê Văn A, NayO8I40L2O A4. "
    ...                     "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang", dieu)
    'Về việc thi hành kỷ luật đối với ông Lê Văn A, Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang'
    >>> mended_from_article("ĐEM Ngày 46 (3 ¬axA 6sï6!*tA x/Z/ Phê quả 46. nhiệm chức vụ Chủ "
    ...                     "tịch Ủy ban nhân dân tỉnh Thái Nguyên", ["Điều 1. Phê chuẩn kết "
    ...                     "quả miễn nhiệm chức vụ Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên."])
    'Phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên'

    A trích yếu with no sign of a stamp, or one Điều 1 does not say, stays as read:

    >>> mended_from_article("Về việc thi hành kỷ luật đối với ông Lê Văn A", dieu)
    'Về việc thi hành kỷ luật đối với ông Lê Văn A'
    >>> mended_from_article("Về việc cấp phép A4x cho ông B", dieu)
    'Về việc cấp phép A4x cho ông B'
    """
    read = trich_yeu.split()
    article = next((p for p in paragraphs if _DIEU_1.match(key(p))), None)
    if article is None or not any(_garbled(t) for t in read):
        return trich_yeu
    said = article[_DIEU_1.match(key(article)).end():].split()  # type: ignore[union-attr]
    keys = [key(t.strip(_EDGES)) for t in read]
    blocks = [b for b in SequenceMatcher(None, keys, [key(t.strip(_EDGES)) for t in said],
                                         autojunk=False).get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    words = sum(1 for t in read if _word(t))
    after = read[blocks[-1].a + blocks[-1].size:] if blocks else []
    if not blocks or matched < 6 or matched < 0.6 * words \
            or any(not _garbled(t) and t.strip(_EDGES) for t in after):
        return trich_yeu
    stamped = sum(_garbled(t) for t in read)  # words lost where none was read: two signs
    lead = read[:blocks[0].a]
    out = [] if sum(_garbled(t) for t in lead) >= 2 else lead
    for n, block in enumerate(blocks):
        out += read[block.a:block.a + block.size]
        if n + 1 == len(blocks):
            break
        nxt = blocks[n + 1]
        gap_read, gap_said = read[block.a + block.size:nxt.a], said[block.b + block.size:nxt.b]
        signs = not any(_word(t) for t in gap_read)
        if signs and (len(gap_said) <= _UNDER_SIGNS if gap_read
                      else len(gap_said) <= _LOST and stamped >= 2):
            out += gap_said
        else:
            out += gap_read
    return " ".join(out)


def completed_from_opening(trich_yeu: str, paragraphs: list[str], ten_loai: str) -> str:
    """``trich_yeu`` whose beginning a scan lost, completed from the body's paragraph that
    names the letter by its type and its trích yếu (``Ủy ban nhân dân tỉnh ban hành Quyết định
    Quy định chức năng, ... của Sở Công Thương tỉnh Phú Thọ như sau:``): when it opens on a
    small letter, which no trích yếu under a type's name does (``ơ cấu tổ chức ...``, a word
    cut; a công văn's, after ``V/v``, does: the caller leaves it as read), and its other
    words, three at least, follow the type's name there, the first of them right after a word
    that ends with the cut one, it is the words after the type's name down to its own last.
    Else ``trich_yeu`` as read.

    >>> opening = ["Ủy ban nhân dân tỉnh ban hành Quyết định Quy định chức năng, nhiệm vụ và cơ "
    ...            "cấu tổ chức của Sở Công Thương tỉnh Phú Thọ như sau:"]
    >>> completed_from_opening("ơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ", opening,
    ...                        "Quyết định")
    'Quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Sở Công Thương tỉnh Phú Thọ'
    >>> completed_from_opening("Quy định tổ chức của Sở", opening, "Quyết định")
    'Quy định tổ chức của Sở'
    >>> completed_from_opening("ơ cấu tổ chức của Sở Y tế", opening, "Quyết định")
    'ơ cấu tổ chức của Sở Y tế'
    """
    read = trich_yeu.split()
    if len(read) < 4 or not read[0][:1].islower():
        return trich_yeu
    cut, rest = key(read[0].strip(_EDGES)), [key(t.strip(_EDGES)) for t in read[1:]]
    name = key(ten_loai).split()
    for paragraph in paragraphs[:3]:
        said = paragraph.split()
        keys = [key(t.strip(_EDGES)) for t in said]
        for at in range(1, len(keys) - len(rest) + 1):
            if keys[at:at + len(rest)] != rest or not keys[at - 1].endswith(cut):
                continue
            named = [i for i in range(at - len(name)) if keys[i:i + len(name)] == name]
            if named:
                return " ".join(said[named[-1] + len(name):at + len(rest)]).strip(_EDGES)
    return trich_yeu

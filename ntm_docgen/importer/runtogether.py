"""Part the words OCR or a PDF ran together: syllables without their spaces (by the syllable's
shape and data/nhap.yaml ``tu_ghep``), a word glued after a comma, capitals then small letters,
the Quốc hiệu whose spaces a PDF's text layer lost."""

from __future__ import annotations

import re
import unicodedata

from ntm_docgen.importer.cleaning import SYLLABLE, key, rules

_WORD = re.compile(r"[^\W\d_]{4,}")
COMMA = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_])")


def split_syllables(word: str) -> str:
    """Two Vietnamese syllables run together (``TRIỂNKHAI``, ``kếhoạch``) get their space back.

    >>> split_syllables("TRIỂNKHAI"), split_syllables("kếhoạch"), split_syllables("nghiêng")
    ('TRIỂN KHAI', 'kế hoạch', 'nghiêng')
    >>> split_syllables("CTMTQG"), split_syllables("xady"), split_syllables("Vinamilk")
    ('CTMTQG', 'xady', 'Vinamilk')
    """
    k = key(word)
    if k == word.lower() or SYLLABLE.match(k):
        return word  # no diacritics (OCR, a code, a foreign word): leave it as written
    cuts = [f"{word[:cut]} {word[cut:]}" for cut in range(2, len(k) - 1)
            if _syllable(word[:cut]) and _syllable(word[cut:])]
    known = rules()["tu_ghep"]
    return next((c for c in cuts if c.lower() in known), cuts[0] if cuts else word)


def _syllable(part: str) -> bool:
    """A Vietnamese syllable; one closed by p, t, c or ch takes only the sắc or nặng tone.

    >>> _syllable("tổc"), _syllable("tốc"), _syllable("hành"), _syllable("xyz")
    (False, True, True, False)
    """
    k = key(part)
    if not SYLLABLE.match(k):
        return False
    if not re.search(r"(ch|[ptc])$", k):
        return True
    tones = {unicodedata.normalize("NFD", c)[-1] for c in part.lower()}
    return not tones & {"\u0300", "\u0309", "\u0303"}  # huyền, hỏi, ngã


def split_run_together(line: str) -> str:
    """Put back the space a copy lost between two words.

    >>> split_run_together("số 57/TTr-UBNDngày 10 tháng 6, thị trấn ThịnhLong")
    'số 57/TTr-UBND ngày 10 tháng 6, thị trấn Thịnh Long'
    >>> split_run_together("Quyết định số 1730/QĐ-TTg và QyĐ, iPhone, phường,thị trấn; 16,35")
    'Quyết định số 1730/QĐ-TTg và QyĐ, iPhone, phường, thị trấn; 16,35'
    >>> split_run_together("1676/BGDĐT-GDTrH, BANHÀNH, tổchức")
    '1676/BGDĐT-GDTrH, BAN HÀNH, tổ chức'
    >>> split_run_together("Các sở, ngành: CT; VH,TT&DL; YT"), split_run_together("- VP,QLHC;")
    ('Các sở, ngành: CT; VH,TT&DL; YT', '- VP, QLHC;')
    """
    words = []
    for word in line.split(" "):
        if "@" in word or "://" in word or "www." in word:
            words.append(word)
            continue
        if (spaced := spaced_motto(word)) != word:
            words.append(spaced)
            continue
        out = []
        for i, char in enumerate(word):
            if i >= 2 and _camel(word, i) or i >= 3 and _caps_then_lower(word, i):
                out.append(" ")
            out.append(char)
        words.append(_WORD.sub(lambda m: split_syllables(m.group()), "".join(out)))
    return COMMA.sub(comma_space, " ".join(words))


def spaced_motto(word: str) -> str:
    """The Quốc hiệu set condensed, whose spaces a PDF's text layer lost (a ministry's
    ``CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM`` of January 2025), gets them back at the motto's own word
    breaks, its letters and marks as the page prints them; any other word is left as it is.

    >>> spaced_motto("CỘNGHOÀXÃHỘICHỦNGHĨAVIỆTNAM"), spaced_motto("CỘNGHÒAXÃHỘI")
    ('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNGHÒAXÃHỘI')
    """
    motto = rules()["quoc_hieu"]  # its words in capitals without marks
    if key(word).upper() != "".join(motto):
        return word
    out, at = [], 0
    for part in motto:
        out.append(word[at:at + len(part)])
        at += len(part)
    return " ".join(out)


def comma_space(match: re.Match[str]) -> str:
    """A space after a comma or semicolon run into the next word (``phường,thị trấn``,
    ``VP,QLHC`` as OCR reads ``VP, QLHC``), not inside one name abbreviated with its ``&``
    (``VH,TT&DL`` for Văn hóa, Thể thao và Du lịch)."""
    text, at, end = match.string, match.start(), match.end()
    rest = text[end:].split(" ", 1)[0]
    if text[at - 1].isupper() and text[end].isupper() and "&" in rest.split(",")[0]:
        return match.group(1)
    return match.group(1) + " "


def _camel(word: str, i: int) -> bool:
    """``ThịnhLong``: a lower-case letter, then a capital that starts a lower-case word."""
    return (word[i - 1].islower() and word[i].isupper() and i + 1 < len(word)
            and word[i + 1].islower() and word[i - 2].isalpha())


def _caps_then_lower(word: str, i: int) -> bool:
    """``UBNDngày``: three or more capitals, then a lower-case word of two or more letters."""
    if not (word[i].islower() and word[i - 1].isupper()):
        return False
    caps, j = 0, i - 1
    while j >= 0 and word[j].isupper():
        caps, j = caps + 1, j - 1
    tail = re.match(r"[^\W\d_]+", word[i:])
    return caps >= 3 and tail is not None and len(tail.group()) >= 2 and tail.group().islower()

"""Part the words OCR or a PDF ran together: syllables without their spaces (by the syllable's
shape and data/nhap.yaml ``tu_ghep``), a word glued after a comma, capitals then small letters,
the Quốc hiệu or a line set in narrow type whose spaces a PDF's text layer lost; and join the
syllable a text layer parted after its first consonants."""

from __future__ import annotations

import functools
import re
import unicodedata

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.cleaning import SYLLABLE, key, rules

_WORD = re.compile(r"[^\W\d_]{4,}")
COMMA = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_])")
#: a syllable's first consonants, two or three letters that stand as no word of their own
_ONSET = re.compile(r"^(ngh|ng|nh|ch|gh|kh|ph|th|tr)$")
_PARTED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,3}) (?=([^\W\d_]+))")
#: a word in small letters run into its bracket, or a ``;`` run into the next bracket
_INTO_BRACKET = re.compile(r"(?<=[^\W\d_A-ZĐ]|;)\((?=[^\W\d_])")
_LETTERS = re.compile(r"[^\W\d_]+")
#: three capitals or more that end the word or stand before a sign
_NAME_AT = re.compile(r"[A-ZĐ]{3,}(?![^\W\d_])")


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
    >>> split_run_together("- VNPTNinh Bình; UBNDThành phố; UBNDngày; TTHCcấp; UBNDấp 3")
    '- VNPT Ninh Bình; UBND Thành phố; UBND ngày; TTHC cấp; UBND ấp 3'
    >>> split_run_together("- Cục KiểmsoátTTHC,VănphòngChính phủ; Phòng CCHC(VLi); CụcKSTTHC")
    '- Cục Kiểm soát TTHC, Văn phòng Chính phủ; Phòng CCHC(VLi); CụcKSTTHC'
    """
    line = join_parted(line)
    words = []
    parts = line.split(" ")
    for n, word in enumerate(parts):
        if "@" in word or "://" in word or "www." in word:
            words.append(word)
            continue
        if (spaced := spaced_motto(word)) != word:
            words.append(spaced)
            continue
        out = []
        for i, char in enumerate(word):
            if i >= 2 and _camel(word, i):
                out.append(" ")
            elif i >= 3 and _caps_then_lower(word, i):
                following = parts[n + 1] if n + 1 < len(parts) else ""
                out.insert(len(out) - (_capital_opens(word, i, following)), " ")
            out.append(char)
        words.append(_WORD.sub(lambda m: split_syllables(m.group()), _name_apart("".join(out))))
    spaced = COMMA.sub(comma_space, " ".join(words))
    return narrow_spaced(spaced) if _narrow(line) else spaced


def _name_apart(word: str) -> str:
    """A short name in capitals run into syllables that lost their own spaces too
    (``KiểmsoátTTHC``): the space before the name back. One syllable before capitals
    (``CụcKSTTHC``, ``KT(Nho)``) is left to a line that lost every space (``narrow_spaced``).

    >>> _name_apart("KiểmsoátTTHC,Văn"), _name_apart("CụcKSTTHC"), _name_apart("lệphíUBND")
    ('Kiểmsoát TTHC,Văn', 'CụcKSTTHC', 'lệphí UBND')
    """
    for at in range(2, len(word)):
        if word[at - 1].islower() and _NAME_AT.match(word, at):
            head = _LETTERS.findall(word[:at])[-1]
            if split_syllables(head) != head:
                return f"{word[:at]} {word[at:]}"
    return word


def _narrow(line: str) -> bool:
    """A line set in narrow type whose text layer kept no space: a Nơi nhận item squeezed onto
    one line (``- VănphòngChínhphủ(CụcKSTTHC);(báocáo)``), past its list mark."""
    body = line.lstrip("-+•* ").rstrip()
    return len(body) >= 16 and " " not in body


def narrow_spaced(line: str) -> str:
    """Inside such a line, once its syllables are parted, the spaces a clerk types before a
    bracket after a word in small letters or after a ``;``, and between a word and the capitals
    of a body's short name run into it (``CụcKSTTHC``). A line typed with its spaces never comes
    here: ``CCHC(VLi)`` and ``KT(Nho)`` stay as their offices write them.

    >>> narrow_spaced("- Văn phòng Chính phủ(CụcKSTTHC);(báo cáo)")
    '- Văn phòng Chính phủ (Cục KSTTHC); (báo cáo)'
    >>> narrow_spaced("- Phòng CCHC(VLi); Sở TTTT(để b/c)")
    '- Phòng CCHC(VLi); Sở TTTT(để b/c)'
    """
    line = _INTO_BRACKET.sub(" (", line)

    def part(match: re.Match[str]) -> str:
        word = match.group()
        cut = next((i for i in range(2, len(word)) if word[i].isupper()), len(word))
        head, tail = word[:cut], word[cut:]
        if head[0].isupper() and head[1:].islower() and len(tail) >= 3 and tail.isupper() \
                and _syllable(head):
            return f"{head} {tail}"
        return word
    return _LETTERS.sub(part, line)


def join_parted(line: str) -> str:
    """A syllable a PDF's text layer parted after its first consonants (``Ngh ị định`` where the
    page prints ``Nghị định``) is written whole again: the consonants alone are no word, and with
    the small letters after them they make one syllable. Capitals (``TH``, ``NH``: a unit's
    short name) are left as they are.

    >>> join_parted("của Chính phủ; Ngh ị định số 48/2013/NĐ-CP"), join_parted("được ngh ỉ")
    ('của Chính phủ; Nghị định số 48/2013/NĐ-CP', 'được nghỉ')
    >>> join_parted("Phòng TH ấp 3, xã Ch ư, Tr ường"), join_parted("th ị trấn, ph ường")
    ('Phòng TH ấp 3, xã Chư, Trường', 'thị trấn, phường')
    """
    def mend(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        cased = head.islower() or head[0].isupper() and head[1:].islower()
        if (cased and _ONSET.match(key(head)) and tail.islower()
                and key(tail)[0] in "aeiouy" and _syllable(head + tail)):
            return head
        return match.group()
    return _PARTED.sub(mend, line)


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
    (``VH,TT&DL`` for Văn hóa, Thể thao và Du lịch), nor inside a name of three parts or more
    each abbreviated to its initials (``BT,HT,TĐC`` for bồi thường, hỗ trợ, tái định cư).

    >>> COMMA.sub(comma_space, "Hội đồng BT,HT,TĐC dự án; VP,QLHC; phường,thị trấn")
    'Hội đồng BT,HT,TĐC dự án; VP, QLHC; phường, thị trấn'
    """
    text, at, end = match.string, match.start(), match.end()
    rest = text[end:].split(" ", 1)[0]
    if text[at - 1].isupper() and text[end].isupper() and "&" in rest.split(",")[0]:
        return match.group(1)
    word = text[text.rfind(" ", 0, at) + 1:].split(" ", 1)[0].rstrip(";:.")
    if match.group(1) == "," and _INITIALS_NAME.fullmatch(word):
        return match.group(1)
    return match.group(1) + " "


#: A name whose three parts or more are each written by its initials, commas between them.
_INITIALS_NAME = re.compile(r"[A-ZĐ]{1,3}(?:,[A-ZĐ]{1,3}){2,}")


def _camel(word: str, i: int) -> bool:
    """``ThịnhLong``: a lower-case letter, then a capital that starts a lower-case word."""
    return (word[i - 1].islower() and word[i].isupper() and i + 1 < len(word)
            and word[i + 1].islower() and word[i - 2].isalpha())


def _capital_opens(word: str, i: int, following: str) -> bool:
    """In capitals run into small letters at ``i``, the last capital opens the word
    (``VNPTNinh Bình``, ``UBNDThành phố``) where with it the small letters make a syllable,
    three capitals or more stand before it, and a name goes on in the next word or the
    capitals before it are a body's known short name (data/viet_tat.yaml); else the word opens
    after the capitals (``UBNDngày``, ``UBNDấp 3``).

    >>> _capital_opens("VNPTNinh", 5, "Bình"), _capital_opens("UBNDThành", 5, "phố")
    (True, True)
    >>> _capital_opens("UBNDấp", 4, "3"), _capital_opens("UBNDngày", 4, "10")
    (False, False)
    """
    start = i - 1
    while start > 0 and word[start - 1].isupper():
        start -= 1
    head, tail = word[start:i - 1], _LETTERS.match(word, i - 1)
    return i - 1 - start >= 3 and tail is not None and _syllable(tail.group()) \
        and (following[:1].isupper() or head in _short_names())


@functools.cache
def _short_names() -> frozenset[str]:
    return frozenset((load_data("viet_tat.yaml") or {}).get("co_quan", {}))


def _caps_then_lower(word: str, i: int) -> bool:
    """``UBNDngày``: three or more capitals, then a lower-case word of two or more letters."""
    if not (word[i].islower() and word[i - 1].isupper()):
        return False
    caps, j = 0, i - 1
    while j >= 0 and word[j].isupper():
        caps, j = caps + 1, j - 1
    tail = re.match(r"[^\W\d_]+", word[i:])
    return caps >= 3 and tail is not None and len(tail.group()) >= 2 and tail.group().islower()

"""The legacy Vietnamese font encodings (TCVN3/ABC ``.VnTime``, VNI ``VNI-Times``): which a
font name or a text says, and their text in Unicode (viparse's tables).

Text reaches a file in these encodings in ways the file's encoding alone does not tell: a
Word document or a workbook names the font of each run or cell, but a text file (a letter's
.txt, a recipients .csv) keeps only the font's letters (``Uû ban nh©n d©n``), saved as UTF-8
or as the font's own bytes; those are found by what the text reads as once converted
(viparse's content test, which leaves text alone when it cannot tell).
"""

from __future__ import annotations

import re
from pathlib import Path

from ntm_docgen.files.textcodec import decode_text, encoding_of, unmarked_utf16
from ntm_docgen.vietnamese.text import nfc, upper_vi

#: The encodings converted; viparse also knows VISCII and VPS, which no font name tells.
ENCODINGS = ("tcvn3", "vni")
#: Letters of Vietnamese that only Unicode has: TCVN3 and VNI type every letter with the
#: signs below U+0100, so text holding one of these was typed in Unicode, whatever its font.
_UNICODE_LETTERS = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
                              "\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
#: What parts the words of a line: spaces, digits, the ASCII signs and typographic quotes and
#: dashes (the old fonts' own letters are all above ASCII).
_WORD_CUTS = re.compile(r"[\s\d!-/:-@\[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+")
#: A word of the letters Vietnamese writes (in small letters).
_LETTERS = re.compile(r"[a-z\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa"
                      r"\u00fd\u0103\u0111\u0129\u0169\u01a1\u01b0\u1ea1-\u1ef9]+")
#: The names of the encodings as a clerk knows them, in messages.
NAMES = {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI (VNI-Times)"}
#: A legacy font's letters are bytes 0xA0 to 0xFF, read as Latin-1; the bytes below them are
#: Windows' own signs (Word's curly quotes, dashes), read as Windows-1252 where it has them.
_CP1252 = {0x80 + n: bytes([0x80 + n]).decode("cp1252", "replace").replace("\ufffd", chr(0x80 + n))
           for n in range(32)}
#: Fewer letters than this tell no encoding from another (viparse's own floor is 24).
MIN_LETTERS = 24
#: A text's encoding is told from its first characters: a legacy font's letters run through a
#: whole file, and the detector takes about 1.5 microseconds a character (a 22 MB list of
#: recipients took 30 s, where the rows past the limit are refused at once).
SAMPLE_CHARS = 100_000


def encoding_of_font(font: str | None) -> str | None:
    """``tcvn3`` for ``.VnTime``, ``vni`` for ``VNI-Times``, None for a Unicode font.

    >>> encoding_of_font(".VnTimeH"), encoding_of_font("VNI-Times"), encoding_of_font("Arial")
    ('tcvn3', 'vni', None)
    """
    from viparse.normalize.detector import detect_encoding

    found = detect_encoding([font]).encoding if font else None
    return found if found in ENCODINGS else None


def to_unicode(text: str, encoding: str, font: str = "") -> str:
    """``text`` typed in ``font`` of ``encoding``, in Unicode (NFC). TCVN3 has no capital
    letters with marks: a heading is typed in small ones and a capitals font (``.VnTimeH``)
    draws them, so its text is put in capitals.

    >>> to_unicode("Uû ban nh©n d©n tØnh L¹ng S¬n", "tcvn3")
    'Uỷ ban nhân dân tỉnh Lạng Sơn'
    >>> to_unicode("gi¸m ®èc", "tcvn3", ".VnTimeH"), to_unicode("UÛY BAN NHAÂN DAÂN", "vni")
    ('GIÁM ĐỐC', 'ỦY BAN NHÂN DÂN')

    Text typed in Unicode under a legacy font's name (a style that still says ``.VnTime``) is
    left as typed, not read again as TCVN3 (``tháng`` would become ``thỏng``):

    >>> to_unicode("Hà Nội, ngày 05 tháng 3", "tcvn3"), to_unicode("Sở Công Thương", "vni")
    ('Hà Nội, ngày 05 tháng 3', 'Sở Công Thương')
    """
    return text if typed_in_unicode(text) else read_in(text, encoding, font)


def read_in(text: str, encoding: str, font: str = "") -> str:
    """``text`` read in ``encoding`` whatever it holds (``to_unicode`` leaves text alone that
    holds a letter only Unicode has): the old-encoding reading ``reads_old`` weighs."""
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    charmap = get_charmap(encoding)
    if charmap is None:
        return text
    out = nfc(convert(text, charmap))
    return upper_vi(out) if encoding == "tcvn3" and _capitals_font(font) else out


def reads_old(typed: str, old: str) -> bool | None:
    """Whether text set in an old font (``.VnTime``, ``VNI-Times``) was typed in its old
    encoding: True when ``old``, the text read in that encoding, makes more of Vietnamese than
    ``typed``, the text as it is, does; False when it makes less (a clerk's Unicode is never
    turned into other words); None when both read the same (``1.2.``, ``Ph``, ``TKBT1``) or
    weigh the same (``NguyÔn Minh An``: neither name is in the dictionary): nothing tells, and
    the callers follow the rest of the letter. Text in an old font that holds a letter only
    Unicode has (``typed_in_unicode``) is Unicode before any weighing: the callers ask that
    first of the runs in the old font (a paragraph's other runs may be in Unicode fonts).

    A word counts for its reading when the dictionary holds it (``vietnamese/lexicon.py``), the
    more the commoner it is (``Số`` over ``Sè``), and once more for each neighbour it makes a
    word with (``cá nhân``); against it when the dictionary does not hold it (``nhaân``,
    ``Tõn``), twice when it holds a sign or a letter Vietnamese never writes (``nh©n``,
    ``c¸c``, ``TÑKTTW``: the old fonts' marks read as Latin-1).

    >>> reads_old("Uû ban nh©n d©n tØnh", "Uỷ ban nhân dân tỉnh")
    True
    >>> reads_old("UÛy ban nhaân", "Ủy ban nhân"), reads_old("1.2. Cá nhân", "1.2. Cỏ nhõn")
    (True, False)
    >>> reads_old("Tân Hòa", "Tõn Hũa"), reads_old("Khá", "Khỏ"), reads_old("Ph", "Ph")
    (False, False, None)
    >>> reads_old("Sè: 106/HD-SNV", "Số: 106/HD-SNV"), reads_old("Lâm", "Lõm")  # both words
    (True, None)
    >>> reads_old("- Ban TÑKTTW;", "- Ban TĐKTTW;")
    True

    Where every word the readings part on is a listed word either way (``Hà Anh Tú`` or ``Hà
    Anh Tỳ``), how common a word is does not tell a name from another where the words they make
    with their neighbours do (``anh tú``); where these tell nothing, it does (``Số``, ``Lê``).

    >>> reads_old("Hà Anh Tú", "Hà Anh Tỳ"), reads_old("Sè: 106", "Số: 106")
    (False, True)
    >>> reads_old("Lê Quang Trí", "Lờ Quang Trớ")
    False
    """
    if old.lower() == typed.lower():  # a capitals font only draws it in capitals
        return None
    from ntm_docgen.vietnamese.lexicon import known

    if known("nhân") is None:  # no dictionary to weigh by: as the old fonts' letters tell
        return True
    words = [[w for w in _WORD_CUTS.split(text.lower()) if w] for text in (typed, old)]
    pairs = _pairs(words[1]) - _pairs(words[0])
    if pairs and _listed_either_way(*words):  # the words they make with their neighbours
        return pairs > 0
    weights = _vietnamese(old), _vietnamese(typed)
    return None if weights[0] == weights[1] else weights[0] > weights[1]  # a tie tells nothing


def _listed_either_way(typed: list[str], old: list[str]) -> bool:
    """Whether each word the readings ``typed`` and ``old`` (their words, in small letters)
    part on is one of the dictionary's listed words in both (``khỏ``, a syllable of no listed
    word, tells against its reading) (``reads_old``)."""
    from ntm_docgen.vietnamese.lexicon import known, rank

    parted = [(a, b) for a, b in zip(typed, old, strict=False) if a != b]
    return (len(typed) == len(old) and bool(parted)
            and all(_LETTERS.fullmatch(w) and known(w) and rank(w) < 3
                    for pair in parted for w in pair))


def _pairs(words: list[str]) -> int:
    """How many of ``words`` stand beside a neighbour they make a dictionary word with."""
    from ntm_docgen.vietnamese.lexicon import paired

    return sum(paired(a, b) for a, b in zip(words, words[1:], strict=False)
               if a.isalpha() and b.isalpha())


def _vietnamese(text: str) -> int:
    """How much of ``text`` reads as Vietnamese words (``reads_old``)."""
    from ntm_docgen.vietnamese.lexicon import known, rank

    words = [w for w in _WORD_CUTS.split(text.lower()) if w]
    score = 0
    for word in words:
        score += ((4 - rank(word)) if known(word) else -1) if _LETTERS.fullmatch(word) else -2
    return score + _pairs(words)


def typed_in_unicode(text: str) -> bool:
    """Whether ``text`` holds a letter only Unicode has (``ơ``, ``đ``, ``ạ`` ...): no legacy font's
    text does.

    >>> typed_in_unicode("Sở Nội vụ"), typed_in_unicode("Së néi vô"), typed_in_unicode("Lào Cai")
    (True, False, False)
    """
    return _UNICODE_LETTERS.search(text) is not None


def _capitals_font(font: str) -> bool:
    """A TCVN3 font that draws every letter as a capital: ``.VnTimeH``, ``.VnArialH``."""
    name = font.split("+")[-1].strip()
    return name.upper().startswith(".VN") and name.endswith("H")


def decode_legacy(raw: bytes, path: Path, save_as: str) -> tuple[str, str | None]:
    """The text of the file ``path`` whose bytes are ``raw``, and the legacy encoding it was
    converted from (``tcvn3``, ``vni``) or None: a legacy font's own bytes (no UTF-8, read
    before Windows-1258, which reads them too), else the text as ``decode_text`` reads it
    (refused so, naming ``save_as``), its legacy letters converted when it holds them.

    >>> decode_legacy("Uû ban nh©n d©n tØnh L¹ng S¬n, Së Néi vô".encode("latin-1"), Path("a"), "")
    ('Uỷ ban nhân dân tỉnh Lạng Sơn, Sở Nội vụ', 'tcvn3')
    >>> decode_legacy("Ủy ban nhân dân tỉnh Lạng Sơn".encode(), Path("a"), "")
    ('Ủy ban nhân dân tỉnh Lạng Sơn', None)
    """
    if encoding_of(raw) is None and not unmarked_utf16(raw) and not _utf8(raw):
        bytes_text = raw.decode("latin-1").translate(_CP1252)
        legacy = legacy_encoding(bytes_text)
        if legacy is not None:
            return converted(bytes_text, legacy), legacy
    text = decode_text(raw, path, save_as)
    legacy = legacy_encoding(text)
    return (converted(text, legacy), legacy) if legacy else (text, None)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def converted(text: str, encoding: str) -> str:
    r"""``text`` of a legacy ``encoding`` in Unicode. TCVN3 has no capital letter with a tone
    mark: a heading or a name was typed in a capitals font (``.VnTimeH``) that the text no
    longer names, its toned letters small among capitals (``H\xadíNG DÉN`` for ``HƯỚNG
    DẪN``). A line whose unmarked letters are all capitals is such a heading, and so is a word
    of two unmarked capitals or more and no small one; both are put in capitals.

    >>> converted("H\xadíNG DÉN\nVÒ VIÖC\nNg\xadêi ký: NGUYÔN V¡N A, UBND", "tcvn3")
    'HƯỚNG DẪN\nVỀ VIỆC\nNgười ký: NGUYỄN VĂN A, UBND'
    >>> converted("Sè: 15/SNV-T§KT", "tcvn3")
    'Số: 15/SNV-TĐKT'
    """
    lines = to_unicode(text, encoding).split("\n")
    if encoding == "tcvn3":
        lines = [upper_vi(line) if _capitals(line, 2) else
                 " ".join(upper_vi(w) if _capitals(w, 2) else w for w in line.split(" "))
                 for line in lines]
    return "\n".join(lines)


def _capitals(text: str, least: int) -> bool:
    """Whether the unmarked letters of ``text``'s words (not of a number and its ký hiệu,
    ``15/SNV-TĐKT``) are ``least`` or more and all capitals."""
    letters = [c for word in text.split() if not any(d.isdigit() for d in word)
               for c in word if c.isascii() and c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


def legacy_encoding(text: str) -> str | None:
    """``tcvn3`` or ``vni`` when ``text`` holds a legacy font's letters and reads as
    Vietnamese once converted, else None: text holding a letter only Unicode has, too short to
    tell, or that reads as well (or as another language) either way.

    >>> legacy_encoding("Uû ban nh©n d©n tØnh L¹ng S¬n, Së N«ng nghiÖp vµ Ph¸t triÓn n«ng th«n")
    'tcvn3'
    >>> legacy_encoding("UÛy ban nhaân daân tænh Laïng Sôn, Sôû Noâng nghieäp vaø Phaùt trieån")
    'vni'
    >>> legacy_encoding("Ủy ban nhân dân tỉnh Lạng Sơn"), legacy_encoding("Señor García, está aquí")
    (None, None)
    """
    from viparse.normalize.detector import detect_encoding_by_content
    from viparse.normalize.encodings import get_charmap

    text = text[:SAMPLE_CHARS]
    if typed_in_unicode(text) or sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    if not any("\u00a0" <= c <= "\u00ff" for c in text):  # no sign a legacy font draws
        return None
    candidates = {name: charmap for name in ENCODINGS
                  if (charmap := get_charmap(name)) is not None}
    found = detect_encoding_by_content(text, candidates).encoding
    return found if found in ENCODINGS else None

"""The text of a letter kept as a .txt file: in whichever encoding Windows saved it, and text
typed in a legacy Vietnamese font (TCVN3 ``.VnTime``, VNI) read as Unicode.

A letter reaches a text file in three ways the encoding alone does not tell: saved by Notepad
as UTF-8 or UTF-16 (the usual now), as "ANSI" on a Vietnamese Windows (Windows-1258), or
copied out of an old Word file typed in a TCVN3 or VNI font. The last keeps the font's
letters, not the words (``Uû ban nh©n d©n``), whether it was then saved as UTF-8 or as the
font's own bytes; those are found by what the text reads as once converted (viparse's
content test, which leaves text alone when it cannot tell) and converted.
"""

from __future__ import annotations

from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import TEXT_BYTES, read_bounded
from ntm_docgen.files.textcodec import decode_text, encoding_of
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.legacy import ENCODINGS, to_unicode, typed_in_unicode
from ntm_docgen.vietnamese.text import upper_vi

#: A legacy font's letters are bytes 0xA0 to 0xFF, read as Latin-1; the bytes below them are
#: Windows' own signs (Word's curly quotes, dashes), read as Windows-1252 where it has them.
_CP1252 = {0x80 + n: bytes([0x80 + n]).decode("cp1252", "replace").replace("\ufffd", chr(0x80 + n))
           for n in range(32)}
#: Fewer letters than this tell no encoding from another (viparse's own floor is 24).
MIN_LETTERS = 24


def read_text_file(path: Path) -> tuple[str, str | None]:
    """The text of the .txt file ``path`` and the legacy encoding it was converted from
    (``tcvn3``, ``vni``) or None. Decoded as a recipient list is (files/textcodec.py); refused,
    naming the file and how to save it again: NUL bytes where no byte-order mark says UTF-16,
    bytes no encoding here reads."""
    raw = read_bounded(path, TEXT_BYTES)
    if encoding_of(raw) is None:
        if b"\x00" in raw:  # UTF-16 without its mark, or no text at all
            raise InputFileError(path, _("is not text: it holds NUL bytes (a file of another "
                                         "kind, or UTF-16 text without its byte-order mark); "
                                         "save it again as UTF-8 text"))
        if not _utf8(raw):  # a legacy font's own bytes, one a letter, before Windows-1258
            bytes_text = raw.decode("latin-1").translate(_CP1252)  # (which reads them too)
            legacy = legacy_encoding(bytes_text)
            if legacy is not None:
                return converted(bytes_text, legacy), legacy
    text = decode_text(raw, path, "UTF-8")
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
    mark: a heading or a name was typed in a capitals font (``.VnTimeH``) that the text file no
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

    if typed_in_unicode(text) or sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    if not any("\u00a0" <= c <= "\u00ff" for c in text):  # no sign a legacy font draws
        return None
    candidates = {name: charmap for name in ENCODINGS
                  if (charmap := get_charmap(name)) is not None}
    found = detect_encoding_by_content(text, candidates).encoding
    return found if found in ENCODINGS else None

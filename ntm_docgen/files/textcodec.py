"""The text of a file a clerk brings: UTF-8 (with or without its mark), UTF-16 by its mark,
or Windows-1258, the code page of Vietnamese Windows, where it is no UTF-8."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ntm_docgen.errors import InputFileError
from ntm_docgen.i18n import _

#: Byte-order marks, the longer first (UTF-32's starts as UTF-16's does).
_MARKS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
          (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def encoding_of(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, or None.

    >>> encoding_of(b"\\xff\\xfek\\x00"), encoding_of(b"\\xef\\xbb\\xbfk"), encoding_of(b"k")
    ('utf-16', 'utf-8-sig', None)
    """
    return next((name for mark, name in _MARKS if raw.startswith(mark)), None)


def lines_holding(text: str, char: str) -> tuple[int, ...]:
    """The numbers (from 1) of the lines of ``text`` that hold ``char``.

    >>> lines_holding("kinh_gui\\nUBND\\x00 xã A\\nB\\x00", "\\x00")
    (2, 3)
    """
    return tuple(number for number, line in enumerate(text.split("\n"), start=1)
                 if char in line)


def unmarked_utf16(raw: bytes) -> bool:
    r"""Whether ``raw`` looks like UTF-16 saved without its mark: a NUL in a quarter or more of
    its first bytes (the high byte of every Latin letter), where a text holds none, or one
    stray NUL a cell should not have.

    >>> unmarked_utf16("kinh_gui".encode("utf-16-le")), unmarked_utf16(b"kinh_gui,a\x00b")
    (True, False)
    """
    head = raw[:256]
    return len(head) >= 4 and head.count(0) * 4 >= len(head)


def windows_1258(raw: bytes) -> str | None:
    """``raw`` read as Windows-1258, or None when it cannot be that: a byte the code page does
    not define, or a tone mark left on no vowel once the text is composed (NFC), which
    Vietnamese text typed in that code page never holds but text of another one (TCVN3,
    Windows-1252) read as it does.

    >>> windows_1258("Xa\\u0303 Tân Thành".encode("cp1258"))
    'Xã Tân Thành'
    >>> windows_1258(b"\\xcc\\xcc") is None, windows_1258(b"\\x81") is None
    (True, True)
    """
    try:
        text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    if any(unicodedata.combining(c) for c in text):
        return None
    return text


#: A letter written in UTF-8 (two to four bytes): Windows-1258 text, whose Vietnamese letters
#: are a byte each or a byte and a tone mark (0xCC, 0xD2, 0xDE, 0xEC, 0xF2), holds no such pair.
_UTF8_LETTERS = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                           rb"|[\xf0-\xf4][\x80-\xbf]{3}")
#: How many such letters tell a text is UTF-8 with a bad byte, not Windows-1258 (or a legacy
#: font's bytes, in which a pair can fall so: TCVN3's "ĐÂ" is 0xD0 0xA2).
UTF8_SEEN = 2


def _damaged_utf8(raw: bytes) -> bool:
    r"""Whether ``raw``, no UTF-8, is UTF-8 all the same but for a byte or two: its letters
    of two to four bytes are several, and hold every byte over 0x7F but two (or a tenth).

    >>> _damaged_utf8("UBND xã Tân Thành, Đông".encode() + b"\xe1")
    True
    >>> _damaged_utf8("Uû ban nh©n d©n tØnh L¹ng S¬n, §¢u".encode("latin-1"))
    False
    >>> _damaged_utf8("kinh_gui\nUBND xã A\nUBND xã B\nTan".encode() + b"\xa0Hoa")
    True
    """
    found = _UTF8_LETTERS.findall(raw)
    high = sum(1 for byte in raw if byte > 0x7F)
    stray = high - sum(map(len, found))
    return len(found) >= UTF8_SEEN and stray <= max(2, high // 10)


def decode_text(raw: bytes, path: Path, save_as: str) -> str:
    """The text of the file ``path`` whose bytes are ``raw``: by its byte-order mark (UTF-8,
    UTF-16, UTF-32), else UTF-8, else Windows-1258. A file that is none of them, or UTF-16
    without its mark, is refused naming the byte and ``save_as``, how the clerk saves it again
    (``"CSV UTF-8" or .xlsx``). A NUL byte here and there is left to the caller.
    """
    encoding = encoding_of(raw)
    if encoding is None and unmarked_utf16(raw):
        raise InputFileError(path, _("is UTF-16 text without its byte-order mark, which cannot "
                                     "be told apart from other text; save it again as {kind}")
                             .format(kind=save_as))
    try:
        return raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        if encoding is None and _damaged_utf8(raw):
            # UTF-8 with a byte damaged (a stray byte pasted in): read as Windows-1258 every
            # Vietnamese letter came out garbled ("xĂ£") without a word (a black-box run)
            raise InputFileError(path, _(
                "is UTF-8 text with a damaged byte on line {line} (position {position}): retype "
                "that line, or save the file again as {kind}").format(
                line=raw[:e.start].count(b"\n") + 1, position=e.start, kind=save_as)) from e
        if encoding is None:
            text = windows_1258(raw)
            if text is not None:
                return text
            raise InputFileError(path, _(
                "is neither UTF-8 nor Windows-1258 text (bad bytes at position {position}); "
                "save it again as {kind}").format(position=e.start, kind=save_as)) from e
        raise InputFileError(path, _("is not readable {encoding} text (bad or cut-off bytes at "
                                     "position {position}); save it again as {kind}").format(
            encoding=encoding.split("-sig")[0].upper(), position=e.start, kind=save_as)) from e

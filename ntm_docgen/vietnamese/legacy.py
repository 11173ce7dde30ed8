"""The legacy Vietnamese font encodings (TCVN3/ABC ``.VnTime``, VNI ``VNI-Times``): which a
font name says, and their text in Unicode (viparse's tables)."""

from __future__ import annotations

import re

from ntm_docgen.vietnamese.text import nfc, upper_vi

#: The encodings converted; viparse also knows VISCII and VPS, which no font name tells.
ENCODINGS = ("tcvn3", "vni")
#: Letters of Vietnamese that only Unicode has: TCVN3 and VNI type every letter with the
#: signs below U+0100, so text holding one of these was typed in Unicode, whatever its font.
_UNICODE_LETTERS = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
                              "\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


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
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    if typed_in_unicode(text):
        return text
    charmap = get_charmap(encoding)
    if charmap is None:
        return text
    out = nfc(convert(text, charmap))
    return upper_vi(out) if encoding == "tcvn3" and _capitals_font(font) else out


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

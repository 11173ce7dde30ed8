"""The legacy Vietnamese font encodings (TCVN3/ABC ``.VnTime``, VNI ``VNI-Times``): which a
font name says, and their text in Unicode (viparse's tables)."""

from __future__ import annotations

from ntm_docgen.vietnamese.text import nfc, upper_vi

#: The encodings converted; viparse also knows VISCII and VPS, which no font name tells.
ENCODINGS = ("tcvn3", "vni")


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
    """
    from viparse.normalize.encodings import get_charmap
    from viparse.normalize.tables import convert

    charmap = get_charmap(encoding)
    if charmap is None:
        return text
    out = nfc(convert(text, charmap))
    return upper_vi(out) if encoding == "tcvn3" and _capitals_font(font) else out


def _capitals_font(font: str) -> bool:
    """A TCVN3 font that draws every letter as a capital: ``.VnTimeH``, ``.VnArialH``."""
    name = font.split("+")[-1].strip()
    return name.upper().startswith(".VN") and name.endswith("H")

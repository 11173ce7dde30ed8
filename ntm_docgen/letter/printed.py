"""How a template prints a value: XML-safe, escaped once, into the frame of the letter before."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

#: Characters XML 1.0 cannot hold (the specs are cleaned first; this is the safety net).
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """The last guard: ``text`` without the characters XML cannot hold (a control character
    from any field would make the part unreadable). Every printed text value passes through
    it, and the text that ready XML (``RawXml``) is built from.

    >>> xml_text("Phụ lục\x0b I\ufffe")
    'Phụ lục I'
    """
    return _XML_UNSAFE.sub("", text)


def xml_safe(value: Any) -> Any:
    """Jinja's ``finalize``: text values are guarded; ``RawXml`` was built from guarded text."""
    if isinstance(value, Markup):
        return Markup(xml_text(value))
    if isinstance(value, str):
        return xml_text(value)
    return value


#: The printed text of values met before (``printed_value``); emptied when it holds this many.
_PRINTED_KEPT = 256
_printed_texts: dict[Any, str] = {}


def printed_value(value: Any) -> str:
    """A value as a template prints it: guarded (``xml_safe``), then XML-escaped. A text or
    ``RawXml`` met before (the parts every letter of a bulk run shares, laid out once and
    handed over as the same objects) is not guarded and escaped again."""
    kind = value.__class__
    if kind is not str and kind is not RawXml and kind is not int:
        if kind is Slot:
            return str(object.__getattribute__(value, "_mark"))
        return escape(xml_safe(value))
    found = _printed_texts.get(value)
    if found is None:
        if len(_printed_texts) >= _PRINTED_KEPT:
            _printed_texts.clear()
        found = _printed_texts[value] = escape(xml_safe(value))
    return found


class RawXml:
    """Ready WordprocessingML handed to a ``{{p name }}`` tag: inserted as XML, not escaped.
    Build it only from text that went through ``xml_text``."""

    __slots__ = ("xml",)

    def __init__(self, xml: str) -> None:
        self.xml = xml

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


class NotOnlyPrinted(Exception):
    """Raised when a template does more with a value than print it (see ``Slot``)."""


#: Marks a slot's place in a template's text (a noncharacter, in no letter).
SLOT_MARK = "\ufdd3"
_SLOT_AT = re.compile(f"{SLOT_MARK}(\\d+){SLOT_MARK}")


class Slot:
    """Stands for a value when a template is run once for letters that differ in that value
    only: printing it gives its mark, and anything else (its truth in an ``if``, a loop over it,
    an attribute, a comparison) raises ``NotOnlyPrinted``, so that a value that decides more
    than the text printed in its place is never a slot."""

    __slots__ = ("_mark",)

    def __init__(self, index: int) -> None:
        object.__setattr__(self, "_mark", f"{SLOT_MARK}{index}{SLOT_MARK}")

    def __getattribute__(self, name: str) -> Any:
        if name == "__class__":
            return Slot
        raise NotOnlyPrinted(name)

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise NotOnlyPrinted

    __bool__ = __iter__ = __len__ = __eq__ = __ne__ = __hash__ = __str__ = __format__ = _refuse
    __getitem__ = __contains__ = __call__ = __lt__ = __gt__ = __le__ = __ge__ = _refuse


class Frame:
    """A template's text for one set of values, cut where a few of them (the slots) are printed:
    a letter whose other values are the same gets its text by printing its own values there.

    The text is kept as ``render_xml`` gives it (the line breaks put before each paragraph for
    the compiler taken out again) and as UTF-8, where no break can meet a slot: a break at the
    end of the piece before a slot (or in a value printed there) is taken out of the whole text.
    """

    def __init__(self, values: dict[str, Any], slots: tuple[str, ...], text: str) -> None:
        self.values = values
        self.slots = slots
        self.fixed = [(key, value) for key, value in values.items() if key not in slots]
        cut = _SLOT_AT.split(text)
        self.pieces = cut[0::2]
        self.places = [int(index) for index in cut[1::2]]
        self.clean = not any("\n" in piece[-4:] for piece in self.pieces[:-1])
        self.tidy = [tidy(piece) for piece in self.pieces]
        self.encoded = [piece.encode("utf-8") for piece in self.tidy]

    def printed(self, values: dict[str, Any]) -> list[str] | None:
        """The slots' values as printed, or None when a value besides them differs."""
        if values.keys() != self.values.keys():
            return None
        for key, value in self.fixed:
            given = values[key]
            if given is not value and given != value:
                return None
        return [printed_value(values[key]) for key in self.slots]

    def text(self, printed: list[str]) -> str:
        if self.clean and not any("\n" in value for value in printed):
            return "".join(_between(self.tidy, self.places, printed))
        return tidy("".join(_between(self.pieces, self.places, printed)))

    def utf8(self, printed: list[str]) -> bytes:
        if self.clean and not any("\n" in value for value in printed):
            return b"".join(_between(self.encoded, self.places,
                                     [value.encode("utf-8") for value in printed]))
        return self.text(printed).encode("utf-8")


def _between(pieces: list[Any], places: list[int], printed: list[Any]) -> list[Any]:
    out = [pieces[0]]
    for place, piece in zip(places, pieces[1:], strict=True):
        out += (printed[place], piece)
    return out


def tidy(text: str) -> str:
    """The compiled template's text without the line break before each paragraph."""
    return text.replace("\n<w:p", "<w:p")

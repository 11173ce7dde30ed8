"""Hyphens typed as another character: in the Tiêu ngữ and the ký hiệu, each told by name."""

from __future__ import annotations

import re

from ntm_docgen.check import fixes_text
from ntm_docgen.check.common import where
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.paras import Line
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import TYPED_FOR_HYPHEN, plain_ky_hieu

#: a dash the eye takes for a hyphen: en dash, em dash, figure dash, minus sign
_DASHES = re.compile(r"[\u2013\u2014\u2012\u2212]")
#: a character printed as the hyphen that is not the hyphen of the keyboard: the Unicode
#: hyphen and non-breaking hyphen, as text pasted from a web page or a PDF brings them
_LOOK_ALIKE = re.compile(r"[\u2010\u2011]")
_FOR_HYPHEN = re.compile(f"[{TYPED_FOR_HYPHEN}]")


def char_name(char: str) -> str:
    """The name of a character typed for the hyphen, as a văn thư may look it up.

    >>> from ntm_docgen.i18n import set_language
    >>> set_language("en")
    >>> char_name("\u2011"), char_name("\u2013"), char_name("\u2212")
    ('non-breaking hyphen', 'en dash', 'minus sign')
    """
    names = {"\u2010": _("Unicode hyphen"), "\u2011": _("non-breaking hyphen"),
             "\u2012": _("figure dash"), "\u2013": _("en dash"), "\u2014": _("em dash"),
             "\u2015": _("horizontal bar"), "\u2212": _("minus sign")}
    return names[char]


def ky_hieu_dash(line: Line, ky_hieu: str) -> Finding | None:
    """The finding for a ký hiệu whose parts are joined by another character than the
    keyboard's hyphen (``12/UBND‐VP``): it prints as the decree's, or nearly, but a search of
    the register for ``UBND-VP`` does not find it, nor does a copy of its text. None when every
    hyphen is the keyboard's. ``--fix`` types the hyphen in each one's place."""
    typed = _FOR_HYPHEN.search(ky_hieu)
    if typed is None:
        return None
    char, wanted = typed.group(), plain_ky_hieu(ky_hieu)
    values = {"kh": ky_hieu, "char": char, "code": f"U+{ord(char):04X}",
              "name": char_name(char), "wanted": wanted}
    if _LOOK_ALIKE.match(char):
        note = _('the ký hiệu "{kh}" prints right, but its hyphen is not the hyphen of the '
                 'keyboard ({code}, {name}, as text copied from a web page or a PDF brings '
                 'it): a search of the register for "{wanted}" will not find this letter; '
                 'delete it and type a hyphen "-" (the key beside 0) in its place')
    else:
        note = _('the ký hiệu "{kh}" joins its parts with "{char}" ({code}, {name}), a dash '
                 'longer than the hyphen: a search of the register for "{wanted}" will not '
                 'find this letter; type a hyphen "-" (the key beside 0) in its place, '
                 'without spaces: "{wanted}"')
    runs = [r.el for r in line.runs]
    return Finding("so.dash", where(line.para), short(line.clean),
                   _('"{char}" ({code}, {name}) in the ký hiệu').format(**values),
                   _('the hyphen "-" of the keyboard: "{wanted}"').format(**values),
                   anchor=line.para.el, note=note.format(**values),
                   fix=lambda: fixes_text.translate_text(runs, {c: "-" for c in TYPED_FOR_HYPHEN}))


def tieu_ngu_note(found: str, wanted: str) -> str:
    """What a Tiêu ngữ typed otherwise is told: the dash or the spaces the eye misses by name.

    >>> from ntm_docgen.i18n import set_language
    >>> set_language("en")
    >>> tieu_ngu_note("Độc lập – Tự do – Hạnh phúc", "Độc lập - Tự do - Hạnh phúc").split(";")[0]
    'the Tiêu ngữ joins its phrases with "–", a dash longer than the hyphen'
    >>> tieu_ngu_note("Độc lập-Tự do-Hạnh phúc", "Độc lập - Tự do - Hạnh phúc").split(";")[0]
    'the Tiêu ngữ reads "Độc lập-Tự do-Hạnh phúc": its hyphens lack a space on each side'
    >>> tieu_ngu_note("Độc lập–Tự do–Hạnh phúc", "Độc lập - Tự do - Hạnh phúc").split(";")[0]
    'the Tiêu ngữ joins its phrases with "–", a dash longer than the hyphen'
    >>> pasted = "Độc lập \u2011 Tự do \u2011 Hạnh phúc"
    >>> tieu_ngu_note(pasted, "Độc lập - Tự do - Hạnh phúc").split(" (")[0]
    'the Tiêu ngữ prints right, but its hyphens are not the hyphen of the keyboard'
    """
    look_alike = _LOOK_ALIKE.search(found)
    dash = _DASHES.search(found)
    spaced = _spaced(_DASHES.sub("-", found))
    if look_alike:
        char = {"code": f"U+{ord(look_alike.group()):04X}", "wanted": wanted,
                "name": char_name(look_alike.group())}
        if _LOOK_ALIKE.sub("-", found) == wanted:
            return _('the Tiêu ngữ prints right, but its hyphens are not the hyphen of the '
                     'keyboard ({code}, {name}, as text copied from a web page or a PDF brings '
                     'them): a search for "{wanted}" will not find it; delete each and type a '
                     'hyphen "-" (the key beside 0) in its place').format(**char)
        if _spaced(_LOOK_ALIKE.sub("-", found)) == wanted:
            return _('the Tiêu ngữ\'s hyphens are not the hyphen of the keyboard ({code}, '
                     '{name}, as text copied from a web page or a PDF brings them) and lack a '
                     'space on each side; delete each and type a hyphen "-" (the key beside 0) '
                     'with a space on each side: "{wanted}"').format(**char)
    if dash and spaced == wanted:  # the long dash told, the spaces in the sentence's "wanted"
        return _('the Tiêu ngữ joins its phrases with "{dash}", a dash longer than the '
                 'hyphen; type a hyphen "-" (the key beside 0) in its place, with a space on '
                 'each side: "{wanted}" (if Word turns it into a long dash again as you type, '
                 'press Ctrl+Z at once)').format(dash=dash.group(), wanted=wanted)
    if spaced == wanted:
        return _('the Tiêu ngữ reads "{found}": its hyphens lack a space on each side; '
                 'write "{wanted}"').format(found=found, wanted=wanted)
    return _('the Tiêu ngữ reads "{found}"; write "{wanted}": each phrase with a capital, '
             'joined by a hyphen with a space on each side').format(found=found, wanted=wanted)


def looks_right(found: str, wanted: str) -> bool:
    """True when a Tiêu ngữ is ``wanted`` but for hyphens that are not the keyboard's."""
    return _LOOK_ALIKE.sub("-", found) == wanted


def _spaced(text: str) -> str:
    """``text``'s phrases joined by a hyphen with a space on each side."""
    return " - ".join(part.strip() for part in text.split("-"))

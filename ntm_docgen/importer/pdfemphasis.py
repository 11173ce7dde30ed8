"""The bold and italic of a PDF's text layer, read from its letters' fonts, and the body's lines
of an imported spec written with them as markup, as a Word paragraph's are (``emphasis.py``):
a line read from one PDF line or joined from several is found among the page's lines by its
letters, each letter taking the weight and slant of the font it was printed in."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ntm_docgen.letter.markup_text import Piece, escaped, marked
from ntm_docgen.vietnamese.text import nfc

#: A letter's marks, one character each: plain, bold, italic, both.
PLAIN, BOLD, ITALIC, BOTH = "0", "b", "i", "x"
_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique|inclined|kursiv", re.IGNORECASE)
#: The font descriptor's flags (PDF 32000-1, 9.8.2): Italic, ForceBold.
_ITALIC_FLAG, _FORCE_BOLD = 1 << 6, 1 << 18
#: A candidate place of a line among the pages' lines is looked at this many times at most.
_TRIES = 64


@functools.lru_cache(maxsize=256)
def font_mark(name: str, descriptor: tuple[bool, bool] = (False, False)) -> str:
    """The mark of the letters of font ``name``: by its name (``TimesNewRomanPS-BoldMT``,
    ``Times New Roman,BoldItalic``, ``Helvetica-Oblique``), else by its descriptor's
    (bold, italic) where the name says nothing (``CIDFont+F2``).

    >>> [font_mark(n) for n in ("ABCDEE+TimesNewRomanPS-BoldMT", "Times New Roman,Italic",
    ...                         "Times New Roman,BoldItalic", "Helvetica-Oblique", "Times-Roman")]
    ['b', 'i', 'x', 'i', '0']
    >>> font_mark("FPBWKR+FEF4D3B4523", (False, True)), font_mark("CIDFont+F1")
    ('i', '0')
    """
    bold = bool(_BOLD_NAME.search(name)) or descriptor[0]
    italic = bool(_ITALIC_NAME.search(name)) or descriptor[1]
    return BOTH if bold and italic else BOLD if bold else ITALIC if italic else PLAIN


def page_fonts(page: Any) -> dict[str, tuple[bool, bool]]:
    """What each font's descriptor of a pdfplumber page says, by its name: (bold, italic), by
    the ForceBold and Italic flags, a weight of 600 or more and a slant. Where a resource is
    damaged, the fonts after it are left out: their letters are marked by their name alone."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psexceptions import PSException

    damaged = (PSException, KeyError, TypeError, ValueError, AttributeError, IndexError)
    out: dict[str, tuple[bool, bool]] = {}
    try:  # a damaged object: its letters are read all the same, marked by their font's name
        for _name, font in _fonts(resolve1(page.page_obj.resources), resolve1):
            said = _described(resolve1(font), resolve1)
            if said is not None:
                out[said[0]] = said[1]
    except damaged:
        return out
    return out


def _fonts(resources: Any, resolve: Any, depth: int = 0) -> Iterable[tuple[str, Any]]:
    """The fonts of a page's resources and of its forms' (two levels down)."""
    if not isinstance(resources, dict):
        return
    yield from (resolve(resources.get("Font")) or {}).items()
    if depth < 2:
        for form in (resolve(resources.get("XObject")) or {}).values():
            stream = resolve(form)
            attrs = getattr(stream, "attrs", {})
            yield from _fonts(resolve(attrs.get("Resources")), resolve, depth + 1)


def _described(font: Any, resolve: Any) -> tuple[str, tuple[bool, bool]] | None:
    if not isinstance(font, dict):
        return None
    descendants = resolve(font.get("DescendantFonts"))
    inner = resolve(descendants[0]) if isinstance(descendants, list) and descendants else font
    descriptor = resolve(inner.get("FontDescriptor")) if isinstance(inner, dict) else None
    if not isinstance(descriptor, dict):
        return None
    name = getattr(resolve(descriptor.get("FontName") or font.get("BaseFont")), "name", None)
    if not isinstance(name, str):
        return None
    flags, weight = resolve(descriptor.get("Flags")), resolve(descriptor.get("FontWeight"))
    angle = resolve(descriptor.get("ItalicAngle"))
    flags = flags if isinstance(flags, int) else 0
    bold = bool(flags & _FORCE_BOLD) or (isinstance(weight, int | float) and weight >= 600)
    italic = bool(flags & _ITALIC_FLAG) or (isinstance(angle, int | float) and angle != 0)
    return name, (bold, italic)


def word_marks(chars: Sequence[dict[str, Any]], text: str,
               fonts: dict[str, tuple[bool, bool]], translate: dict[int, str]) -> str:
    """The marks of a word's letters, one for each character of ``text`` (the word as read:
    its letters' texts, ``translate``\\ d, NFC, stripped); ``""`` when they cannot be set
    side by side."""
    names = [str(c.get("fontname", "")) for c in chars]
    marks = [font_mark(name, fonts.get(name, (False, False))) for name in names]
    pieces: list[tuple[str, str]] = []
    for char, mark in zip(chars, marks, strict=True):
        letter = str(char.get("text", "")).translate(translate)
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + letter, mark)
        else:
            pieces.append((letter, mark))
    whole = "".join(nfc(t) for t, _ in pieces)
    if whole.strip() == text:
        lead = len(whole) - len(whole.lstrip())
        flat = "".join(mark * len(nfc(t)) for t, mark in pieces)
        return flat[lead:lead + len(text)]
    shown = {m for c, m in zip(chars, marks, strict=True) if str(c.get("text", "")).strip()}
    return shown.pop() * len(text) if len(shown) == 1 else ""


class PdfEmphasis:
    """The marks of a PDF's text layer line by line, in the pages' order; :meth:`get` gives a
    body line's markup, the line read from one PDF line or joined from several."""

    def __init__(self, lines: Iterable[Sequence[tuple[str, str]]]) -> None:
        letters: list[str] = []
        marks: list[str] = []
        self.starts: set[int] = set()
        self.ends: set[int] = set()
        for words in lines:
            start = len(letters)
            for text, mark in words:
                mark = mark if len(mark) == len(text) else PLAIN * len(text)
                for letter, one in zip(text, mark, strict=True):
                    if not letter.isspace():
                        letters.append(letter)
                        marks.append(one)
            if len(letters) > start:
                self.starts.add(start)
                self.ends.add(len(letters))
        self.letters, self.marks = "".join(letters), "".join(marks)
        self.any = any(m != PLAIN for m in marks)

    def get(self, line: str, default: str | None = None) -> str | None:
        """The body line ``line`` written with its marks, where it prints a part bold or
        italic; ``default`` where it is found nowhere whole (from a line's start to a line's
        end), found in two places marked otherwise, or prints nothing marked."""
        if not self.any:
            return default
        key = "".join(c for c in line if not c.isspace())
        found: set[str] = set()
        at = self.letters.find(key) if key else -1
        for _ in range(_TRIES):
            if at < 0:
                break
            if at in self.starts and at + len(key) in self.ends:
                found.add(self.marks[at:at + len(key)])
            at = self.letters.find(key, at + 1)
        if len(found) != 1:
            return default
        written = marked(_pieces(line, found.pop()))
        return written if written != escaped(line) else default


def _pieces(line: str, marks: str) -> list[Piece]:
    """``line``'s characters with their marks (a space: plain; ``marked`` gives it its
    neighbours' where both agree)."""
    out: list[Piece] = []
    letters = iter(marks)
    for char in line:
        mark = PLAIN if char.isspace() else next(letters)
        out.append((char, mark in (BOLD, BOTH), mark in (ITALIC, BOTH)))
    return out


def pdf_emphasis(pages: list[Any]) -> PdfEmphasis:
    """The marks of the text-layer pages' lines (``pdflayout.Page``) in reading order, without
    what is set apart from the letter (a page number, a running header, a footnote); a page
    read by OCR gives none."""
    from ntm_docgen.importer.pageorder import order_page, running_headers

    running = running_headers(pages)
    return PdfEmphasis([(w.text, w.marks) for segment in line.segments for w in segment]
                       for page in pages if not page.ocr
                       for line in order_page(page, running)[0])

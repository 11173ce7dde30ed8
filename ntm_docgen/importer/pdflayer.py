"""The words of a PDF page's text layer (pdfplumber), each with its size and weight, without a
footnote's call or the blanks under a stamped number; and whether the layer reads as
Vietnamese or the page is a scan, or letters drawn as outlines, for OCR."""

from __future__ import annotations

from collections import Counter
from statistics import median
from typing import Any

from ntm_docgen.importer.pdfemphasis import page_fonts, word_marks
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.pdfmarks import marks_on_letters
from ntm_docgen.vietnamese.text import nfc, strip_diacritics


def covered(page: Any) -> bool:
    """An image covers half the page or more: a scan (a stamp or a logo does not)."""
    area = float(page.width) * float(page.height)
    return any((float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"]))
               >= 0.5 * area for i in page.images)


#: Paths a page draws when a printer driver turned its letters into outlines (``Microsoft:
#: Print To PDF`` of a letter, one or more a letter: 1,681 on a page of Sơn La's decision); an
#: emblem, a seal or a signature drawn as paths takes a few dozen to a few hundred.
OUTLINED_PATHS = 600
#: A text layer this short is taken as none: outlines are then the page's letters, whatever
#: their shape.
NEARLY_EMPTY = 10
#: A letter's outline is at most this high (points); a line of them shares its baseline,
#: ``ROW`` of them or more on one line (54 to 77 on Sơn La's lines).
GLYPH_HEIGHT = 20
ROW = 8


def outlined(page: Any, letters: int) -> bool:
    """The page draws its letters as outlines, to be read by OCR as a scan is: many curved
    paths, and a text layer of ``letters`` nearly empty or the paths of a letter's size, most
    of them standing in lines on a baseline. A chart or a map of a phụ lục (hundreds of markers
    scattered over the page) with its caption in the text layer is read from that layer."""
    curves = page.curves
    if len(curves) < OUTLINED_PATHS:
        return False
    if letters < NEARLY_EMPTY:
        return True
    small = [c for c in curves if float(c["bottom"]) - float(c["top"]) <= GLYPH_HEIGHT]
    rows = Counter(round(float(c["bottom"])) for c in small)
    return sum(n for n in rows.values() if n >= ROW) >= 0.5 * len(curves)


#: Signs Unicode counts as letters that a readable Vietnamese layer holds (degrees of a
#: coordinate table: ``104º45’``, ``3º``; micro).
_SIGNS = frozenset("ºªµ")


def unreadable_layer(words: list[Word]) -> bool:
    """A text layer that cannot be Vietnamese: a font with no Unicode map gives letters of
    other scripts (``6Ӣ CÔNG 7+ѬѪ1*`` for ``SỞ CÔNG THƯƠNG``), a poor OCR layer gives words
    with no diacritics at all (``BO CONG THIJoNG``). Such a page is read again by OCR.

    >>> w = lambda *t: [Word(x, 0, 1, 0, 1, 12) for x in t]
    >>> unreadable_layer(w("6Ӣ", "CÔNG", "7+ѬѪ1*", "Lào", "Cai")), unreadable_layer(w("Sở", "Công"))
    (True, False)
    >>> unreadable_layer(w(*["BO", "CONG", "THIJoNG", "LAO", "CAI"] * 10))
    True
    >>> unreadable_layer(w("Hệ", "tọa", "độ", "trục", "104º45’,", "múi", "chiếu", "3º"))
    False
    """
    texts = [w.text for w in words if any(c.isalpha() for c in w.text)]
    if not texts:
        return False
    foreign = sum(1 for t in texts if "(cid:" in t or any(
        c.isalpha() and c not in _SIGNS and not strip_diacritics(c).isascii() for c in t))
    plain = [t for t in (x.strip(".,;:()") for x in texts) if len(t) >= 2 and t.isalpha()]
    marked = sum(1 for t in plain if strip_diacritics(t) != t)
    return foreign >= 0.1 * len(texts) or (len(plain) >= 40 and marked < 0.08 * len(plain))


#: Letters a PDF export writes with look-alike code points (Word's ``Ƣ`` for ``Ư``).
_LOOK_ALIKE = str.maketrans({"\u01a2": "Ư", "\u01a3": "ư"})


def layer_words(page: Any) -> list[Word]:
    """The words of a page's text layer; a word's size and weight are its letters' (a change
    of font inside a word, ``CN(Khôi)`` with its note in small type, does not cut it)."""
    hidden = _covered_blanks(page.chars) | marks_on_letters(page.chars)
    inked = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in hidden)
    words = inked.extract_words(keep_blank_chars=False, use_text_flow=False, return_chars=True,
                                x_tolerance=1.5)
    out = []
    fonts = page_fonts(page)
    for w in words:
        chars = w.get("chars") or []
        calls = _footnote_calls(chars)
        if calls:  # "chính1)": the footnote's call, small and raised, glued to its word
            chars = [c for n, c in enumerate(chars) if n not in calls]
            w = {**w, "text": "".join(c["text"] for c in chars),
                 "x1": max(float(c["x1"]) for c in chars)}
        text = nfc(w["text"].translate(_LOOK_ALIKE)).strip()
        if text and chars:
            sizes = sorted(float(c.get("size", 0)) for c in chars)
            names = [str(c.get("fontname", "")).lower() for c in chars if c["text"].strip()]
            out.append(Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]),
                            float(w["bottom"]), sizes[len(sizes) // 2],
                            bold=bool(names) and all("bold" in f or "black" in f
                                                     for f in names),
                            marks=word_marks(chars, text, fonts, _LOOK_ALIKE)))
    return out


def _footnote_calls(chars: list[dict[str, Any]]) -> set[int]:
    """The places, in a word's letters, of a footnote's call printed against it (``chính¹)``):
    digits in a type under three quarters of the word's, raised above its baseline.

    >>> def c(t, size, bottom): return {"text": t, "size": size, "bottom": bottom}
    >>> _footnote_calls([c("h", 14, 563.6), c("1", 9, 557.5), c(")", 14, 563.6)])
    {1}
    >>> _footnote_calls([c("2", 14, 563.6), c("0", 14, 563.6)]), _footnote_calls([c("1", 9, 9)])
    (set(), set())
    >>> _footnote_calls([c("k", 14, 563.6), c("m", 14, 563.6), c("2", 9, 557.5)])  # km², kept
    set()
    """
    body = [c for c in chars if float(c.get("size", 0)) > 0]
    if len(body) < 2:
        return set()
    size = median(float(c["size"]) for c in body)
    base = median(float(c["bottom"]) for c in body)
    calls = {n for n, c in enumerate(chars)
             if c["text"].isdigit() and float(c.get("size", 0)) < 0.75 * size
             and float(c["bottom"]) < base - 0.25 * size
             and not (c["text"] in "23" and n and chars[n - 1]["text"] in "mM")}  # m², km³
    return calls if len(calls) < len(chars) - 1 else set()


def _covered_blanks(chars: list[dict[str, Any]]) -> set[int]:
    """Blank characters with ink over them: a number stamped over the blanks after ``Số:``
    would otherwise be cut into one word per digit by the blanks under it."""
    inked: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        if c["text"].strip():
            inked.setdefault(int(c["top"] // 4), []).append((c["x0"], c["x1"]))
    out = set()
    for c in chars:
        if c["text"].strip():
            continue
        row = int(c["top"] // 4)
        near = [span for r in (row - 1, row, row + 1) for span in inked.get(r, ())]
        if any(x0 < c["x1"] - 0.5 and c["x0"] + 0.5 < x1 for x0, x1 in near):
            out.add(id(c))
    return out

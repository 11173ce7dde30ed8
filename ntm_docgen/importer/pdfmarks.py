"""Tone marks a PDF draws as glyphs of their own, put back on the letters under them.

Some PDFs (a font with no precomposed Vietnamese letters, an old converter) draw ``tình`` as
``tinh`` and a grave accent set over the ``i``. pdfplumber gives the accent as a character of
its own, at its place: read in the line's order it cuts the word (``tì nh``), read apart it
leaves ``tinh``. Here each such mark goes onto the letter whose box it stands over.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ntm_docgen.vietnamese.marks import loose
from ntm_docgen.vietnamese.text import nfc


def marks_on_letters(chars: list[dict[str, Any]]) -> set[int]:
    """Put each loose mark of ``chars`` (pdfplumber's characters of a page) on the letter it
    stands over, changing that letter's text (``i`` + grave: ``ì``); the ids of the marks
    put, which the words are then read without. A mark over no letter is left as it is."""
    marks = [c for c in chars if _mark(c["text"])]
    if not marks:
        return set()
    letters = [c for c in chars if c["text"].strip() and not _mark(c["text"])]
    placed: set[int] = set()
    for mark in marks:
        centre = (float(mark["x0"]) + float(mark["x1"])) / 2
        under = [c for c in letters if float(c["x0"]) - 0.5 <= centre <= float(c["x1"]) + 0.5
                 and abs(float(c["top"]) - float(mark["top"])) < float(c["bottom"])
                 - float(c["top"])]
        if not under:
            continue
        base = min(under, key=lambda c: abs((float(c["x0"]) + float(c["x1"])) / 2 - centre))
        combining = _mark(mark["text"])
        assert combining is not None
        base["text"] = nfc(base["text"] + combining)
        placed.add(id(mark))
    return placed


def _mark(text: str) -> str | None:
    """The combining form of a character that is a mark alone (a combining mark, or a spacing
    tone mark), else None."""
    if len(text) != 1:
        return None
    if unicodedata.combining(text):
        return text
    return loose(text)

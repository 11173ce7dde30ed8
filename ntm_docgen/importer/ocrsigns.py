"""The signs Tesseract reads as words of their own on a scanned page: a dash told a hyphen
(``Tổ chức - Hành chính``) or an en dash (``lần thứ 17 – năm 2026``) by its width against
the letters of its line, and the signs a letter prints alone between words (``&``)."""

from __future__ import annotations

from statistics import median
from typing import Any

from ntm_docgen.importer.ocrdashink import dash_ink
from ntm_docgen.vietnamese.text import nfc

#: What Tesseract reads for a dash standing alone: a hyphen, an en dash, an em dash (its
#: model reads a printed en dash either way), a minus.
DASHES = frozenset({"-", "–", "—", "−"})
HYPHEN, EN_DASH = "-", "–"
#: A dash's width in the median width of a letter of its line's words, above which it is
#: an en dash. In Times New Roman a hyphen's ink is about 0.27 em wide and an en dash's
#: 0.5 em, a letter about 0.5 em: on the scans of every set the dashes between words in a
#: box wider than tall measure 0.5-0.6 or 0.9-1.2 letters, two between 0.7 and 0.9
#: (``docs/accuracy.md``).
EN_DASH_FROM = 0.75
#: Wider than this many letters, a stroke is a rule or a pen's line, no dash of a sentence.
RULE_FROM = 2.0
#: Signs a letter prints alone between words (``Khảo thí & Đảm bảo``, ``PCCC & CNCH``), and
#: the confidence from which Tesseract's reading of one is kept: the printed ampersands of the
#: sets' scans read at 92-93, a pen's stroke in a date's blank read ``&`` at 58.
SIGNS, SURE = frozenset({"&"}), 80.0


def kept_sign(text: str, conf: float) -> bool:
    """``text``, a sign of no letter read as a word of its own, is one a letter prints alone,
    read with confidence.

    >>> kept_sign("&", 93.0), kept_sign("&", 58.0), kept_sign("„", 96.0)
    (True, False, False)
    """
    return text in SIGNS and conf >= SURE


def _letter_width(data: dict[str, Any], line: list[int]) -> float | None:
    """The median width of a letter of the words of two letters or more on ``line``
    (Tesseract's word boxes are as wide as their ink)."""
    widths = [data["width"][i] / len(t) for i in line
              if (t := nfc(data["text"][i] or "").strip()).isalpha() and len(t) >= 2]
    return median(widths) if len(widths) >= 2 else None


def dash_kind(width: float, letter: float) -> str | None:
    """The dash a stroke ``width`` wide prints, on a line whose letters are ``letter`` wide,
    or None for a stroke too wide for a dash.

    >>> dash_kind(16, 28), dash_kind(27, 28), dash_kind(60, 28)
    ('-', '–', None)
    """
    ratio = width / letter
    if ratio > RULE_FROM:
        return None
    return EN_DASH if ratio >= EN_DASH_FROM else HYPHEN


def told_dashes(data: dict[str, Any], image: Any = None) -> None:
    """Each dash Tesseract read as a word of its own in ``data`` (``image_to_data``'s
    columns; a word of dashes alone, ``—-``, is one) written as the hyphen or the en dash its
    width on the page is (``dash_kind``), in place; a dash on a line of no words to measure it
    by, or as wide as a rule, stays as read. A dash in a box taller than wide (a speck or a
    stroke above or below it read with it, or the dash's ink left in the word before it) is
    measured by its own ink on ``image`` (``ocrdashink.dash_ink``), which becomes its box (and
    the word before it ends where its own ink does); where no one bar of ink is found, or no
    ``image`` is given, it stays as read."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if nfc(text or "").strip() and float(data["conf"][i]) >= 0:
            k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(k, []).append(i)
    for line in lines.values():
        dashes = [n for n, i in enumerate(line) if set(nfc(data["text"][i]).strip()) <= DASHES]
        letter = _letter_width(data, line) if dashes else None
        if letter is None:
            continue
        for n in dashes:
            i = line[n]
            if data["height"][i] > data["width"][i] \
                    and (image is None or not dash_ink(image, data, line, n)):
                continue  # its box holds more than the dash, and its own ink was not found
            kind = dash_kind(data["width"][i], letter)
            if kind is not None:
                data["text"][i] = kind

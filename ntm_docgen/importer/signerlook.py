"""The signer's column of a scan read again on its own: beside a Nơi nhận where the page's
reading found nothing there, and in the signature's half of the page where it read no name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from statistics import median
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.ocrfix import mend_ocr
from ntm_docgen.importer.ocrsigner import mend_names, signs
from ntm_docgen.importer.pdflayout import Page, Word, page_lines
from ntm_docgen.importer.scan import Box, inside, one_word_a_line
from ntm_docgen.importer.signercolumn import _LABEL, signer_column
from ntm_docgen.importer.signtitles import head_of, mend_titles
from ntm_docgen.vietnamese.text import is_upper_vi

#: Tesseract's words of a crop of the page (the crop, its place in points, its first line's
#: number), as ``ocrpage`` reads a column alone (``--psm 6``).
Reader = Callable[[Any, tuple[float, float], int], list[Word]]
#: How far above the Nơi nhận's label the signature's half is looked at, in its line heights:
#: the authority's line stands level with the label or a line or two above it.
ABOVE = 3
#: How much the name line is enlarged for its reading that confirms it.
ENLARGE = 2
#: How far below the page's last line, in its line heights: the name under the seal.
BELOW = 3


def signer_look(page: Any, words: list[Word], scale: float, read: Reader) -> list[Word]:
    """The page's words with the signer's title and name read again beside the Nơi nhận
    where the page's reading found nothing there (``signercolumn.signer_column``: a stamp's ring
    over them), that column read alone; only its lines that sign (an authority, a title, a
    name, ``ocrsigner.signs``; a head's title read under the seal, ``signtitles.head_of``) are
    taken, the stamp's marks left out, and set to the decree's titles
    (``signtitles.mend_titles``) before the page's lines are made, so that a title never
    runs on a Nơi nhận item wrapped beside it."""
    found = signer_column(words, page.width * scale, page.height * scale)
    if found is None:
        return words
    kept = _signing(page, found, scale, read, 1 + max((w.line for w in words), default=0))
    if not kept:
        return words
    return [w for w in words if not inside(w, found)] + kept


def name_look(page: Any, words: list[Word], scale: float, read: Reader) -> list[Word]:
    """The page's words with the signer's name read again where the page's reading gave none:
    the right half of a page with a Nơi nhận, from a few lines above its label to a few lines
    under the page's last, read alone (the seal's ring and the signature's strokes read there
    as part of a block of signs lose the name line in it). Its lines that sign
    (``ocrsigner.signs``, once set to the decree's titles) are taken when one of them is a
    name that the name line cut alone and enlarged reads the same (``_confirmed``), each in
    place of the page's words it covers; else the page's words stay as read."""
    zone = _zone(words, page.width * scale, page.height * scale)
    if zone is None or _names(w for w in words if inside(w, zone)):
        return words
    first = 1 + max((w.line for w in words), default=0)
    kept = [w for w in _signing(page, zone, scale, read, first) if signs(w.text)]
    if not _names(kept) or not all(_confirmed(page, w, scale, read, first) for w in kept
                                   if _names([w])):
        return words
    return [w for w in words if not any(_covers(k, w) for k in kept)] + kept


def _signing(page: Any, box: Box, scale: float, read: Reader, first: int) -> list[Word]:
    """The lines of ``box`` read alone that sign, set to the decree's titles."""
    crop = tuple(round(v / scale) for v in box)
    column = mend_names(mend_ocr(read(page.crop(crop), box[:2], first)))
    lines = [replace(w, text=_bare(w.text)) for w in one_word_a_line(column)]
    kept = [w for w in lines if signs(w.text) or head_of(w.text)]
    return [replace(w, text=t) for w, t in zip(kept, mend_titles([w.text for w in kept]),
                                                strict=True)]


def _confirmed(page: Any, name: Word, scale: float, read: Reader, first: int) -> bool:
    """Whether the name line, cut from the page alone and enlarged, reads the same name: a
    letter the seal's ring or the signature's stroke leaves in doubt reads otherwise at
    another size (``Phóc``, ``Phớc``), and a name in doubt is not taken."""
    from PIL import Image

    pad = 0.3 * (name.bottom - name.top)
    box = tuple(round(v / scale) for v in (name.x0 - pad, name.top - pad, name.x1 + pad,
                                            name.bottom + pad))
    crop = page.crop(box)
    crop = crop.resize((crop.width * ENLARGE, crop.height * ENLARGE), Image.Resampling.LANCZOS)
    again = mend_names(mend_ocr(read(crop, (0.0, 0.0), first)))
    return any(_bare(w.text) == name.text for w in one_word_a_line(again))


def _bare(line: str) -> str:
    """A line read in the signer's column with the signs OCR glued to a name's words left
    off, when what is left is a name (``Phạm: Minh Chính``, a stroke of the signature read
    as a colon); else the line as read.

    >>> _bare("Phạm: Minh Chính"), _bare("b= ô Đức Phớc -"), _bare("KT, THỦ TƯỚNG")
    ('Phạm Minh Chính', 'b= ô Đức Phớc -', 'KT, THỦ TƯỚNG')
    """
    words = [w.strip(_SIGNS) for w in line.split()]
    bare = " ".join(w for w in words if w)
    return bare if signs(bare) and not is_upper_vi(bare) and not signs(line) else line


#: The signs OCR reads glued to a name's word under a signature's stroke.
_SIGNS = ":;,.'\"`~-_=|/\\*+^"


def _names(words: Any) -> bool:
    """Whether a line of ``words`` (a column's lines, or a page's words grouped in lines) is
    a signer's name: a line that signs, not in capitals (one with a sign glued to a word,
    ``Phạm: Minh Chín``, is none: it is read again)."""
    found = list(words)
    if not found:
        return False
    lines = page_lines(Page(0, 1e6, 1e6, [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size)
                                          for w in found]))
    texts = [" ".join(w.text for w in s) for line in lines for s in line.segments]
    return any(signs(t) and not is_upper_vi(t) for t in texts)


def _zone(words: list[Word], width: float, height: float) -> Box | None:
    """The signature's half of a page with a Nơi nhận: right of the page's middle, from
    ``ABOVE`` line heights over the label to ``BELOW`` under the page's last line."""
    loose = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size) for w in words]
    lines = [x for x in page_lines(Page(0, width, height, loose))
             if x.top > 0.03 * height and x.bottom < 0.97 * height]
    label = next((line for line in lines if any(
        _LABEL.match(key(" ".join(w.text for w in s))) for s in line.segments)), None)
    if label is None:
        return None
    size = median(w.size for w in loose)
    right = max(x.x1 for x in lines)
    bottom = max(x.bottom for x in lines if x.top >= label.top)
    return (width / 2, max(0.0, label.top - ABOVE * size), min(width, right + size),
            min(0.97 * height, bottom + BELOW * size))


def _covers(kept: Word, word: Word) -> bool:
    """Whether a page's word stands where a line read again stands: level with it for half
    the height of the lower of the two or more (a line of a column read as one word is as
    tall as the stroke read into it), and across it."""
    level = min(kept.bottom, word.bottom) - max(kept.top, word.top)
    return level >= 0.5 * min(word.bottom - word.top, kept.bottom - kept.top) \
        and word.x1 > kept.x0 and word.x0 < kept.x1

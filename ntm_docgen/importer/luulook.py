"""The Lưu line of a scanned page read a second time by PP-OCR's recogniser, where Tesseract
read a sign no unit of a Lưu writes.

The Lưu line names the văn thư's copy and the drafting unit in codes of Latin capitals and
digits (``VT, P6``, ``VX3 (V180b)``), often in small type. Tesseract's Vietnamese model reads
such a code as a Vietnamese letter or a sign (``VT Pó``, ``VX3 (VI§0b)``); PP-OCR's recogniser
(``penread``, from the rapidocr-onnxruntime package) was taught Latin letters and digits
without Vietnamese marks. Its reading of the line is taken only when Tesseract's holds a word
that is neither a code nor a word of the dictionary, when its two looks (the line as cut and
enlarged twice) read the same, and when it reads codes alone, as many words as Tesseract's
(taken word for word: a mark or a pen's number read by one alone is never lost); a word
Tesseract read that is PP-OCR's with its marks (``tỉnh`` for ``tinh``, ``QHĐP`` for ``QHDP``) stays
Tesseract's (docs/accuracy.md, "the Lưu line read a second time by PP-OCR").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ntm_docgen.importer import penread, watch
from ntm_docgen.importer.signzone import luu_label
from ntm_docgen.importer.smallnote import _right, luu_line, tesseract_lines
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc

#: Room left round the line, in heights of it: above, below (the drafter's initials set
#: under the baseline), and after its last word.
ABOVE, BELOW, AFTER = 0.25, 0.5, 1.0
#: What a Lưu's units are written with: Latin letters and digits, the brackets round a
#: drafter or a count, the comma between units, a full stop, a dash, an ampersand.
_CODE = re.compile(r"^[A-Za-z0-9(),.\-&/]+$")
#: The label PP-OCR reads before the units, its marks lost (``- Luu:``, ``- Luru:``, ``-L:``).
_LABEL = re.compile(r"^\W*L[a-z]{0,3}\s*:\s*")


def _fold(word: str) -> str:
    """``word`` without its marks, ``Đ`` as ``D``: as PP-OCR's model would write it.

    >>> _fold("tỉnh"), _fold("QHĐP"), _fold("Pó")
    ('tinh', 'QHDP', 'Po')
    """
    bare = "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))
    return bare.replace("Đ", "D").replace("đ", "d").replace("Ð", "D")


def misread(words: list[str]) -> bool:
    """Whether Tesseract's words of a Lưu's units hold one that is neither a code nor a word
    of the dictionary: a letter or a sign read for a code's.

    >>> misread(["VT", "Pó"]), misread(["VT,", "VX3", "(VI§0b)."]), misread(["VT,", "CN."])
    (True, True, False)
    >>> misread(["VT,", "VPUBND", "tỉnh."]), misread(["VT,", "CĐS", "(2)LHQ"])
    (False, False)
    """
    for word in words:
        if _CODE.match(word.replace("Đ", "D").replace("Ð", "D")):
            continue
        letters = word.strip("().,;:-")
        if letters.isalpha() and known(letters):
            continue
        return True
    return False


def _look(crop: Any) -> str:
    """The line PP-OCR's recogniser reads on ``crop`` (grey), a white margin round it."""
    import numpy as np
    from PIL import ImageOps

    watch.tick()
    framed = ImageOps.expand(crop, 8, fill=255).convert("RGB")
    pixels = np.asarray(framed)[:, :, ::-1].copy()  # the recogniser reads OpenCV's BGR
    ((text, _score),), _seconds = penread._recogniser()([pixels])
    return nfc(str(text))


def units_read(crop: Any) -> list[str] | None:
    """The units PP-OCR's two looks read alike on ``crop``, a Lưu line (its label left out),
    or None: the looks differ, the label is not found, or a word is no code."""
    from PIL import Image

    grey = crop.convert("L")
    twice = grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS)
    found = []
    for look in (_look(grey), _look(twice)):
        label = _LABEL.match(look)
        if label is None:
            return None
        found.append(look[label.end():].split())
    first, second = found
    if "".join(first) != "".join(second) or not second:
        return None
    return second if all(_CODE.match(w) for w in second) else None


def with_marks(read: list[str], tesseract: list[str]) -> list[str]:
    """PP-OCR's words, each that Tesseract read with its marks (``tỉnh.``) as Tesseract read it.

    >>> with_marks(["VT,", "VPUBND", "tinh."], ["VT", "VPUBND", "tỉnh."])
    ['VT,', 'VPUBND', 'tỉnh.']
    """
    own = {_fold(w): w for w in tesseract}
    return [own.get(w, w) for w in read]


def look_again(image: Any, data: dict[str, Any]) -> None:
    """Tesseract's words on ``image`` (``data``, as ``image_to_data`` gives them) with a Lưu
    line's units read again by PP-OCR where Tesseract misread one, in place, word for word:
    PP-OCR's reading is taken only when it has as many words as Tesseract's."""
    if penread.missing() is not None:
        return
    for words in tesseract_lines(data):
        first = data["text"][words[0]].lstrip("-–•+ ")
        start = 0 if first else 1
        label = words[start] if start < len(words) else None
        if label is None or not data["text"][label].endswith(":") \
                or not luu_label(" ".join(data["text"][i] for i in words[start:]).lstrip(
                    "-–•+ ")):
            continue
        _mend(image, data, words, words.index(label) + 1)


def _mend(image: Any, data: dict[str, Any], words: list[int], after: int) -> None:
    """The Lưu line of ``words`` (places in ``data``), its units from ``after`` on, read
    again by PP-OCR when Tesseract misread one, in place: the words Tesseract misread take
    PP-OCR's reading, the others stay (PP-OCR's two looks may agree on a wrong code too)."""
    height = max(data["height"][i] for i in words)
    line = luu_line(data, words)
    units = line[after:]
    if not units or not misread([data["text"][i] for i in units]):
        return
    box = (max(0, min(data["left"][i] for i in line) - round(ABOVE * height)),
           max(0, min(data["top"][i] for i in line) - round(ABOVE * height)),
           min(image.width, max(_right(data, i) for i in line) + round(AFTER * height)),
           min(image.height, max(data["top"][i] + data["height"][i] for i in line)
               + round(BELOW * height)))
    read = units_read(image.crop(box))
    if read is None or len(read) != len(units):  # a word more or less: a mark, a pen's
        return  # number after the units, that PP-OCR left out or read; never lost here
    for i, word in zip(units, with_marks(read, [data["text"][i] for i in units]), strict=True):
        typed = data["text"][i]  # a code Tesseract read as another stays its own reading;
        if misread([typed]) or re.sub(r"\W", "", typed) == re.sub(r"\W", "", word):
            data["text"][i] = word  # its signs (``VT`` for ``VT,``) are PP-OCR's

